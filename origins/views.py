"""What the catalogue, product, region, map, producer and story pages show.

Every listing is built from a fixed number of queries, whatever the number of products: the
facet counts are one aggregate query per facet, and names of categories in the active language
come from one query over the (twenty) category rows.
"""

from django import forms
from django.core.paginator import Paginator
from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Page

from korzenie.structured_data import collection_page, item_list, page_node, page_url

from .forms import CatalogueFilterForm, SortOrder
from .map import map_context
from .models import (
    Category,
    OriginStoryPage,
    Producer,
    Product,
    Region,
    RegisterEntry,
    Scheme,
    StoryProducer,
)

PER_PAGE = 30
# The letters of the A–Ż jump: the Polish alphabet, without the three letters that begin no
# word (ą, ę, ń).
ALPHABET = [
    "A",
    "B",
    "C",
    "Ć",
    "D",
    "E",
    "F",
    "G",
    "H",
    "I",
    "J",
    "K",
    "L",
    "Ł",
    "M",
    "N",
    "O",
    "Ó",
    "P",
    "R",
    "S",
    "Ś",
    "T",
    "U",
    "W",
    "Y",
    "Z",
    "Ź",
    "Ż",
]
STORY_IMAGE_SPEC = "fill-480x320"
RegionLink = Product.regions.through


def localized_categories(locale_id):
    """The categories in `locale_id` (falling back to the source) and a map from the source
    (Polish) rows the products point to, to the row to show."""
    rows = list(Category.objects.select_related("locale").order_by("sort_order", "pk"))
    source = [c for c in rows if c.locale.language_code == "pl"]
    by_key = {c.translation_key: c for c in rows if c.locale_id == locale_id}
    shown = [by_key.get(c.translation_key, c) for c in source]
    return shown, {c.pk: by_key.get(c.translation_key, c) for c in source}


def name_entry_regions(product):
    """Give each register entry of a product the names of its voivodeships (no query)."""
    by_teryt = {region.teryt: region for region in product.regions.all()}
    for entry in product.entries.all():
        entry.regions = [by_teryt[code] for code in entry.teryt_codes if code in by_teryt]
    return product


def live_stories(locale_id):
    return OriginStoryPage.objects.live().public().filter(locale_id=locale_id)


# Headings for the kinds of pages that other apps link to products and stories with, by the
# name of the reverse relation (other apps' models are not imported); others use their model's
# plural name.
LINKED_LABELS = {
    "environment_topics": _("Environment topics"),
    "lessons": _("Lessons"),
}


def linked_pages(model, objects, locale_id):
    """Pages of other apps that link to these products or stories, found through their reverse
    relations (origins imports none of those apps). One query per kind of link."""
    found = []
    for relation in model._meta.related_objects:
        related = relation.related_model
        if not issubclass(related, Page) or related is OriginStoryPage:
            continue
        if not (relation.many_to_many or relation.one_to_many):
            continue
        lookup = f"{relation.field.name}__in"
        pages = (
            related.objects.live()
            .public()
            .filter(locale_id=locale_id, **{lookup: objects})
            .distinct()
            .order_by("title")
        )
        if hasattr(pages, "defer_streamfields"):
            pages = pages.defer_streamfields()
        pages = list(pages)
        if pages:
            label = LINKED_LABELS.get(
                relation.get_accessor_name(), related._meta.verbose_name_plural
            )
            found.append({"label": label, "pages": pages})
    return found


class Catalogue:
    """The catalogue's filters, facet counts and page of products, for one request."""

    def __init__(self, page, request):
        self.page = page
        self.request = request
        self.locale_id = page.locale_id
        self.base_url = page.get_url(request)
        self.regions = list(Region.objects.all())
        self.categories, self.category_for = localized_categories(self.locale_id)
        # One queryset of the live stories (PageQuerySet.public() queries the view
        # restrictions each time it is called), used as a subquery everywhere below.
        self.stories = live_stories(self.locale_id)
        self.tags = list(
            Tag.objects.filter(origins_storytag_items__content_object__in=self.stories)
            .distinct()
            .order_by("name")
        )
        self.form = CatalogueFilterForm(
            request.GET or None,
            regions=self.regions,
            categories=self.categories,
            tags=self.tags,
        )
        self.filters = self.form.filters if request.GET else {}

    # Filtering --------------------------------------------------------------------------------

    def products(self, skip=None):
        filters = self.filters
        products = Product.objects.all()
        if skip != "region" and filters.get("region"):
            products = products.filter(
                pk__in=RegionLink.objects.filter(region__slug__in=filters["region"]).values(
                    "product_id"
                )
            )
        if skip != "category" and filters.get("category"):
            products = products.filter(category__slug__in=filters["category"])
        if skip != "scheme" and filters.get("scheme"):
            schemes = filters["scheme"]
            condition = Q(eu_scheme__in=[s for s in schemes if s != Scheme.LPT])
            if Scheme.LPT in schemes:
                condition |= Q(on_national_list=True)
            products = products.filter(condition)
        if filters.get("year_from"):
            products = products.filter(year__gte=filters["year_from"])
        if filters.get("year_to"):
            products = products.filter(year__lte=filters["year_to"])
        if filters.get("q"):
            products = products.filter(name__icontains=filters["q"])
        stories = self.stories
        if skip != "story" and filters.get("story"):
            products = products.filter(pk__in=stories.values("product_id"))
        if skip != "tag" and filters.get("tag"):
            products = products.filter(
                pk__in=stories.filter(tagged_items__tag__slug__in=filters["tag"]).values(
                    "product_id"
                )
            )
        return products

    def ordered(self, products):
        sort = self.filters.get("sort") or SortOrder.NAME
        if sort == SortOrder.NEWEST:
            return products.order_by(
                F("year").desc(), F("first_entry_date").desc(nulls_last=True), "name", "pk"
            )
        if sort == SortOrder.OLDEST:
            return products.order_by(
                "year", F("first_entry_date").asc(nulls_first=True), "name", "pk"
            )
        return products.order_by("name", "pk")

    # Facets -----------------------------------------------------------------------------------

    @cached_property
    def region_counts(self):
        rows = (
            RegionLink.objects.filter(product__in=self.products(skip="region"))
            .values("region_id")
            .annotate(n=Count("product_id", distinct=True))
        )
        return {row["region_id"]: row["n"] for row in rows}

    def facets(self):
        filters = self.filters
        category_counts = {
            row["category_id"]: row["n"]
            for row in self.products(skip="category").values("category_id").annotate(n=Count("pk"))
        }
        counts_by_category = {}
        for source_pk, count in category_counts.items():
            if source_pk in self.category_for:
                counts_by_category[self.category_for[source_pk].pk] = count
        scheme_counts = self.products(skip="scheme").aggregate(
            PDO=Count("pk", filter=Q(eu_scheme=Scheme.PDO)),
            PGI=Count("pk", filter=Q(eu_scheme=Scheme.PGI)),
            TSG=Count("pk", filter=Q(eu_scheme=Scheme.TSG)),
            LPT=Count("pk", filter=Q(on_national_list=True)),
        )
        with_story = (
            self.products(skip="story").filter(pk__in=self.stories.values("product_id")).count()
        )
        tag_counts = {
            row["tagged_items__tag__slug"]: row["n"]
            for row in self.stories.filter(product__in=self.products(skip="tag"))
            .values("tagged_items__tag__slug")
            .annotate(n=Count("product_id", distinct=True))
        }

        def choices(name, items, counts):
            selected = set(filters.get(name, []))
            return [
                {
                    "value": value,
                    "label": label,
                    "count": counts.get(key, 0),
                    "checked": value in selected,
                }
                for value, label, key in items
            ]

        return {
            "region": choices(
                "region", [(r.slug, r.name, r.pk) for r in self.regions], self.region_counts
            ),
            "category": choices(
                "category", [(c.slug, c.name, c.pk) for c in self.categories], counts_by_category
            ),
            "scheme": choices(
                "scheme", [(s.value, s.label, s.value) for s in Scheme], scheme_counts
            ),
            "tag": choices("tag", [(t.slug, t.name, t.slug) for t in self.tags], tag_counts),
            "story": {"count": with_story, "checked": bool(filters.get("story"))},
        }

    @cached_property
    def sorted_by_name(self):
        return (self.filters.get("sort") or SortOrder.NAME) == SortOrder.NAME

    @cached_property
    def first_of_letters(self):
        """{letter: position of the first product whose name starts with it} in the list
        sorted by name, for the letters that start a name (one query).

        The position of the first name from a letter on is the number of names that sort
        before the letter, in the database's own collation, so it agrees with the order of
        the list whatever that collation is."""
        if not self.sorted_by_name:
            return {}
        counts = {}
        for letter in ALPHABET:
            counts[f"before_{letter}"] = Count("pk", filter=Q(name__lt=letter))
            counts[f"with_{letter}"] = Count(
                "pk", filter=Q(name__startswith=letter) | Q(name__startswith=letter.lower())
            )
        row = self.products().aggregate(**counts)
        return {letter: row[f"before_{letter}"] for letter in ALPHABET if row[f"with_{letter}"]}

    def letters(self):
        """The A–Ż jump: every letter, with the page of the list where it starts (or None)."""
        if not self.sorted_by_name:
            return []
        query = self.request.GET.copy()
        query.pop("page", None)
        prefix = f"{query.urlencode()}&" if query else ""
        return [
            {
                "letter": letter,
                "url": f"?{prefix}page={position // PER_PAGE + 1}#letter-{letter}"
                if position is not None
                else None,
            }
            for letter in ALPHABET
            for position in [self.first_of_letters.get(letter)]
        ]

    def page_of_products(self):
        products = (
            self.ordered(self.products())
            .annotate(has_story=Exists(self.stories.filter(product=OuterRef("pk"))))
            .prefetch_related(Prefetch("regions", queryset=Region.objects.order_by("teryt")))
        )
        page_obj = Paginator(products, PER_PAGE).get_page(self.request.GET.get("page"))
        letter_at = {position: letter for letter, position in self.first_of_letters.items()}
        for offset, product in enumerate(page_obj.object_list):
            product.shown_category = self.category_for.get(product.category_id)
            product.first_of_letter = letter_at.get(page_obj.start_index() - 1 + offset)
        return page_obj

    def map(self):
        query = self.request.GET.copy()
        query.pop("page", None)
        query.pop("region", None)
        suffix = f"?{query.urlencode()}" if query else ""
        return map_context(
            self.regions,
            self.region_counts,
            lambda region: self.page.subpage_url(self.request, "region", slug=region.slug) + suffix,
        )

    def context(self):
        return {
            "page": self.page,
            "form": self.form,
            "filters": self.filters,
            "base_url": self.base_url,
            "swapped_years": getattr(self.form, "swapped_years", False),
            "bad_filters": [
                (self.form[name].label, errors)
                for name, errors in self.form.errors.items()
                if name in self.form.fields
            ],
        }


def catalogue(page, request):
    view = Catalogue(page, request)
    context = {
        **page.get_context(request),
        **view.context(),
        "facets": view.facets(),
        "page_obj": view.page_of_products(),
        "letters": view.letters(),
        "querystring": _query_without(request, "page"),
    }
    base = request.build_absolute_uri(view.base_url)
    context["structured_data"] = [
        collection_page(
            page,
            request,
            [(item.name, f"{base}{item.slug}/") for item in context["page_obj"].object_list],
        )
    ]
    return TemplateResponse(request, "origins/catalogue_index_page.html", context)


def map_view(page, request):
    view = Catalogue(page, request)
    context = {
        **page.get_context(request),
        **view.context(),
        "map": view.map(),
        "querystring": _query_without(request, "page"),
    }
    title = _("Map of products")
    context.update(
        subpage_title=title,
        social_title=f"{title} · {page.title}",
        structured_data=[
            page_node(
                page,
                request,
                "CollectionPage",
                name=str(title),
                url=request.build_absolute_uri(request.path),
                mainEntity=item_list(
                    [
                        (item["region"].name, request.build_absolute_uri(item["url"]))
                        for item in context["map"]["regions"]
                    ]
                ),
            )
        ],
    )
    return TemplateResponse(request, "origins/map.html", context)


def _query_without(request, *names):
    query = request.GET.copy()
    for name in names:
        query.pop(name, None)
    return query.urlencode()


def product(page, request, slug):
    product = (
        Product.objects.filter(slug=slug)
        .prefetch_related(
            Prefetch("regions", queryset=Region.objects.order_by("teryt")),
            Prefetch("entries", queryset=RegisterEntry.objects.order_by("register", "entry_date")),
        )
        .first()
    )
    if product is None:
        raise Http404("No such product")
    name_entry_regions(product)
    _categories, category_for = localized_categories(page.locale_id)
    story = live_stories(page.locale_id).filter(product=product).defer_streamfields().first()
    producers = list(
        Producer.objects.filter(locale_id=page.locale_id, products=product).select_related("region")
    )
    regions_by_teryt = {r.teryt: r for r in product.regions.all()}
    context = {
        **page.get_context(request),
        "product": product,
        "category": category_for.get(product.category_id),
        "story": story,
        "producers": producers,
        "base_url": page.get_url(request),
        "regions_by_teryt": regions_by_teryt,
        "linked": linked_pages(Product, [product], page.locale_id),
    }
    url = request.build_absolute_uri(request.path)
    category = context["category"]
    context.update(
        subpage_title=product.name,
        social_title=product.name,
        social_description=", ".join(
            [region.name for region in product.regions.all()]
            + ([category.name] if category else [])
        ),
        structured_data=[
            product.structured_data(
                url, category, story_url=page_url(story, request) if story else None
            )
        ],
    )
    return TemplateResponse(request, "origins/product.html", context)


def region(page, request, slug):
    region = Region.objects.filter(Q(slug=slug) | Q(teryt=slug)).first()
    if region is None:
        raise Http404("No such voivodeship")
    address = page.subpage_url(request, "region", slug=region.slug)
    if request.path != address:  # a TERYT code, or an old address: one per voivodeship
        return redirect(address, permanent=True)
    _categories, category_for = localized_categories(page.locale_id)
    live = live_stories(page.locale_id)
    products = list(
        Product.objects.filter(regions=region)
        .annotate(has_story=Exists(live.filter(product=OuterRef("pk"))))
        .order_by("category__sort_order", "name", "pk")
        .only("name", "slug", "category_id", "eu_scheme", "on_national_list", "year")
    )
    groups = {}
    for item in products:
        groups.setdefault(item.category_id, []).append(item)
    by_category = [
        {"category": category_for.get(c_pk), "products": items} for c_pk, items in groups.items()
    ]
    stories = list(
        live.filter(product__regions=region)
        .select_related("product")
        .defer_streamfields()
        .order_by("title")
    )
    producers = list(
        Producer.objects.filter(locale_id=page.locale_id, region=region).order_by("name")
    )
    context = {
        **page.get_context(request),
        "region": region,
        "by_category": by_category,
        "product_count": len(products),
        "stories": stories,
        "producers": producers,
        "base_url": page.get_url(request),
        "linked": linked_pages(Product, [p.pk for p in products], page.locale_id),
    }
    context.update(
        subpage_title=region.name,
        social_title=region.name,
        social_description=region.capital_display,
        structured_data=[region.structured_data(request.build_absolute_uri(request.path))],
    )
    return TemplateResponse(request, "origins/region.html", context)


class ProducerFilterForm(forms.Form):
    region = forms.ChoiceField(label=_("Voivodeship"), required=False)
    visits = forms.BooleanField(label=_("Hosts school visits"), required=False)
    workshops = forms.BooleanField(label=_("Hosts workshops"), required=False)

    def __init__(self, data, regions):
        super().__init__(data)
        self.fields["region"].choices = [("", _("All voivodeships"))] + [
            (r.slug, r.name) for r in regions
        ]


def producers(page, request):
    regions = list(Region.objects.all())
    form = ProducerFilterForm(request.GET or None, regions)
    producers = Producer.objects.filter(locale_id=page.locale_id).select_related("region")
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        if data.get("region"):
            producers = producers.filter(region__slug=data["region"])
        if data.get("visits"):
            producers = producers.filter(hosts_school_visits=True)
        if data.get("workshops"):
            producers = producers.filter(hosts_workshops=True)
    page_obj = Paginator(producers.order_by("name", "pk"), PER_PAGE).get_page(
        request.GET.get("page")
    )
    context = {
        **page.get_context(request),
        "form": form,
        "page_obj": page_obj,
        "base_url": page.get_url(request),
    }
    title = _("Producers")
    context.update(
        subpage_title=title,
        social_title=f"{title} · {page.title}",
        structured_data=[
            page_node(
                page,
                request,
                "CollectionPage",
                name=str(title),
                url=request.build_absolute_uri(request.path),
                mainEntity=item_list(
                    [
                        (producer.name, producer.website or producer.source_url or None)
                        for producer in page_obj.object_list
                    ]
                ),
            )
        ],
    )
    return TemplateResponse(request, "origins/producers.html", context)


def catalogue_for(locale_id):
    from .models import CatalogueIndexPage

    return CatalogueIndexPage.objects.live().filter(locale_id=locale_id).first()


def story_context(page, request):
    product = (
        Product.objects.filter(pk=page.product_id)
        .select_related("category")
        .prefetch_related(
            Prefetch("regions", queryset=Region.objects.order_by("teryt")),
            Prefetch("entries", queryset=RegisterEntry.objects.order_by("register", "entry_date")),
        )
        .first()
    )
    if product is not None:
        name_entry_regions(product)
    _categories, category_for = localized_categories(page.locale_id)
    catalogue_page = catalogue_for(page.locale_id)
    return {
        "product": product,
        "category": category_for.get(product.category_id) if product else None,
        "catalogue_url": catalogue_page.get_url(request) if catalogue_page else None,
        "catalogue": catalogue_page,
        "story_producers": [
            link.producer
            for link in StoryProducer.objects.filter(page=page)
            .select_related("producer__region")
            .order_by("sort_order")
        ],
        "seasons": list(page.seasons.all()),
        "story_tags": list(page.tags.all()),
        "linked": [
            *linked_pages(Product, [page.product_id], page.locale_id),
            *linked_pages(OriginStoryPage, [page.pk], page.locale_id),
        ],
    }


def story_listing(page, request):
    stories = (
        OriginStoryPage.objects.live()
        .public()
        .child_of(page)
        .select_related("product")
        .prefetch_related(
            Prefetch(
                "image", queryset=get_image_model().objects.prefetch_renditions(STORY_IMAGE_SPEC)
            )
        )
        .defer_streamfields()
        .order_by("title")
    )
    page_obj = Paginator(stories, PER_PAGE).get_page(request.GET.get("page"))
    return {"page_obj": page_obj, "image_spec": STORY_IMAGE_SPEC}
