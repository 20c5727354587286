"""The read-only Wagtail API v2 at /api/v2/: pages, images and documents (README, "API").

One router for the whole site. The page fields of each app's page types are declared here
(``PAGE_FIELDS``) rather than as ``api_fields`` on the models, so that what leaves the site is
decided in one place: teacher notes, answer keys and quiz questions never do. Apps may add
endpoints of their own: a module ``<app>/api.py`` with ``register(router)`` is imported at
start-up (e.g. ``origins`` registering ``products``).

Filters, besides Wagtail's own (``type``, ``locale``, ``child_of``, ``descendant_of``,
``translation_of``, ``search``, ``order``, ``limit``/``offset``, and any listed field such as
``strand`` or ``kind`` once ``type`` names the page type): the product facets ``region``
(voivodeship slug), ``scheme`` (PDO, PGI, TSG or LPT) and ``category`` (category slug) on
origin stories and environment topics, and ``subject`` on lessons.
"""

from importlib import import_module

from django.apps import apps
from django.conf import settings
from rest_framework.fields import Field
from rest_framework.filters import BaseFilterBackend
from wagtail.api.conf import APIField
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.rich_text import expand_db_html

from korzenie.licence import CONTENT_LICENCE
from korzenie.search import clean_query


class ComputedField(Field):
    """A read-only field computed from the whole object: ``ComputedField(function)``.

    ``function(obj, context)`` returns plain data (dicts, lists, strings, numbers).
    """

    def __init__(self, function, **kwargs):
        self.function = function
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, instance):
        return self.function(instance, self.context)


def content_licence(page, context):
    """The licence of the page's texts: {"name": "CC BY 4.0", "url": ...} (README)."""
    return CONTENT_LICENCE.as_dict()


def rich_text(field_name):
    """A rich text field as HTML with its internal links expanded to real URLs."""

    def serialize(page, context):
        return expand_db_html(getattr(page, field_name) or "")

    return ComputedField(serialize)


def page_link(page, context):
    return {
        "id": page.pk,
        "title": page.title,
        "type": page._meta.label,
        "html_url": page.get_full_url(context.get("request")),
        "locale": page.locale.language_code if page.locale_id else None,
    }


def product_facets(product, context=None):
    """The facets of a register product: schemes, year, category, voivodeships."""
    if product is None:
        return None
    category = product.category
    return {
        "id": product.pk,
        "name": product.name,
        "slug": product.slug,
        "schemes": list(product.schemes),
        "eu_scheme": product.eu_scheme or None,
        "on_national_list": product.on_national_list,
        "year": product.year,
        "category": {"slug": category.slug, "name": category.name} if category else None,
        "regions": [
            {
                "slug": region.slug,
                "teryt": region.teryt,
                "name_pl": region.name_pl,
                "name_en": region.name_en,
            }
            for region in product.regions.all()
        ],
    }


def story_product(page, context):
    return product_facets(page.product)


def story_seasons(page, context):
    return [
        {"label": season.label, "start_month": season.start_month, "end_month": season.end_month}
        for season in page.seasons.all()
    ]


def lesson_subjects(page, context):
    return [subject.subject for subject in page.subjects.all()]


def lesson_resources(page, context):
    request = context.get("request")
    return [
        {
            "title": resource.display_title,
            "kind": resource.kind,
            "document": resource.document_id,
            "download_url": request.build_absolute_uri(resource.document.url)
            if request
            else resource.document.url,
        }
        for resource in page.resources.select_related("document")
    ]


def lesson_topics(page, context):
    return [page_link(topic, context) for topic in page.linked_topics]


def topic_products(page, context):
    return [
        product_facets(product)
        for product in page.products.select_related("category")
        .prefetch_related("regions")
        .order_by("name")
    ]


def topic_lessons(page, context):
    return [page_link(lesson, context) for lesson in page.linked_lessons()]


# What each page type shows in the API, besides title and the meta fields. Names that are model
# fields can also be used as filters (e.g. ?type=lessons.LessonPage&strand=environment).
PAGE_FIELDS = {
    "korzenie.HomePage": ["summary", "intro"],
    "korzenie.StandardPage": ["summary", "body"],
    "origins.OriginStoryPage": [
        "summary",
        ("product", ComputedField(story_product)),
        "area_of_origin",
        "latitude",
        "longitude",
        "image",
        "image_alt",
        ("seasons", ComputedField(story_seasons)),
        "tags",
        "body",
        "method",
        "sources",
    ],
    "lessons.LessonPage": [
        "summary",
        "strand",
        "age_group",
        "duration",
        ("subjects", ComputedField(lesson_subjects)),
        "tags",
        "objectives",
        "curriculum",
        "body",
        "worksheet",
        ("resources", ComputedField(lesson_resources)),
        ("environment_topics", ComputedField(lesson_topics)),
        "sources",
    ],
    "lessons.LessonIndexPage": ["summary", ("intro", rich_text("intro"))],
    "lessons.TeacherResourcesPage": ["summary", ("intro", rich_text("intro"))],
    "environment.EnvironmentIndexPage": ["summary", ("intro", rich_text("intro"))],
    "environment.EnvironmentTopicPage": [
        "summary",
        "kind",
        ("why_it_matters", rich_text("why_it_matters")),
        ("threats", rich_text("threats")),
        ("good_practices", rich_text("good_practices")),
        ("students_can_do", rich_text("students_can_do")),
        "body",
        ("products", ComputedField(topic_products)),
        ("lessons", ComputedField(topic_lessons)),
        "sources",
    ],
    "origins.OriginStoryIndexPage": ["summary"],
    "origins.CatalogueIndexPage": ["summary"],
}
# Listing fields shown without ?fields=, per page type (Wagtail's defaults come first).
LISTING_FIELDS = {
    "origins.OriginStoryPage": ["summary", "product"],
    "lessons.LessonPage": ["summary", "strand", "age_group", "duration", "subjects"],
    "environment.EnvironmentTopicPage": ["summary", "kind"],
}

SCHEMES = {"PDO", "PGI", "TSG", "LPT"}


def product_path(model):
    """The lookup from a page model to its register product(s): "product" or "products"."""
    field_names = {field.name for field in model._meta.get_fields()}
    if "product" in field_names:
        return "product"
    if "products" in field_names:
        return "products"
    return None


class FacetFilter(BaseFilterBackend):
    """?region=, ?scheme=, ?category= (product facets) and ?subject= (lessons)."""

    def filter_queryset(self, request, queryset, view):
        model = queryset.model
        facets = {
            name: request.GET[name].strip()
            for name in ("region", "scheme", "category")
            if name in request.GET
        }
        if facets:
            path = product_path(model)
            if path is None:
                raise BadRequestError(
                    "region, scheme and category filter pages linked to register products: "
                    "add type=origins.OriginStoryPage or type=environment.EnvironmentTopicPage"
                )
            if "region" in facets:
                queryset = queryset.filter(**{f"{path}__regions__slug": facets["region"]})
            if "category" in facets:
                queryset = queryset.filter(**{f"{path}__category__slug": facets["category"]})
            if "scheme" in facets:
                scheme = facets["scheme"].upper()
                if scheme not in SCHEMES:
                    raise BadRequestError(f"scheme must be one of {', '.join(sorted(SCHEMES))}")
                if scheme == "LPT":
                    queryset = queryset.filter(**{f"{path}__on_national_list": True})
                else:
                    queryset = queryset.filter(**{f"{path}__eu_scheme": scheme})
            queryset = queryset.distinct()
        if "subject" in request.GET:
            if "subjects" not in {field.name for field in model._meta.get_fields()}:
                raise BadRequestError("subject filters lessons: add type=lessons.LessonPage")
            queryset = queryset.filter(subjects__subject=request.GET["subject"]).distinct()
        return queryset


class SafeSearchMixin:
    """?search= cleaned like the site search: any length or bytes gets an answer, not a 500."""

    def get_queryset(self):
        if "search" in self.request.GET:
            query = self.request.GET.copy()
            query["search"] = clean_query(query["search"]) or " "
            self.request._request.GET = query
        return super().get_queryset()


class KorzeniePagesAPIViewSet(SafeSearchMixin, PagesAPIViewSet):
    filter_backends = [
        *PagesAPIViewSet.filter_backends[:-1],
        FacetFilter,
        PagesAPIViewSet.filter_backends[-1],  # SearchFilter must stay last
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(
        ["region", "scheme", "category", "subject"]
    )

    @classmethod
    def page_fields(cls, model):
        return PAGE_FIELDS.get(model._meta.label, [])

    @classmethod
    def get_body_fields(cls, model):
        fields = super().get_body_fields(model)
        names = {field.name for field in fields}
        # Every page's texts are under the site's licence (its images keep their own).
        fields.append(APIField("license", serializer=ComputedField(content_licence)))
        for entry in cls.page_fields(model):
            name, serializer = entry if isinstance(entry, tuple) else (entry, None)
            if name in names:
                continue
            fields.append(APIField(name, serializer=serializer))
        return fields

    @classmethod
    def get_listing_default_fields(cls, model):
        return super().get_listing_default_fields(model) + LISTING_FIELDS.get(model._meta.label, [])

    def get_queryset(self):
        locale = self.request.GET.get("locale")
        if locale is not None and locale not in dict(settings.WAGTAIL_CONTENT_LANGUAGES):
            # Wagtail answers 404, which LocaleMiddleware turns into a redirect to /pl/api/...
            languages = ", ".join(dict(settings.WAGTAIL_CONTENT_LANGUAGES))
            raise BadRequestError(f"locale must be one of {languages}")
        queryset = super().get_queryset().select_related("locale")
        if queryset.model.__name__ == "OriginStoryPage":
            queryset = queryset.select_related("product__category").prefetch_related(
                "product__regions"
            )
        return queryset


class KorzenieImagesAPIViewSet(SafeSearchMixin, ImagesAPIViewSet):
    """Images with the credit and licence that must be shown with them."""

    body_fields = [*ImagesAPIViewSet.body_fields, "credit", "licence", "source_url"]
    listing_default_fields = [*ImagesAPIViewSet.listing_default_fields, "credit", "licence"]


class KorzenieDocumentsAPIViewSet(SafeSearchMixin, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", KorzeniePagesAPIViewSet)
api_router.register_endpoint("images", KorzenieImagesAPIViewSet)
api_router.register_endpoint("documents", KorzenieDocumentsAPIViewSet)


def register_app_endpoints(router):
    """Let each installed app add endpoints: ``<app>/api.py`` with ``register(router)``."""
    for app_config in apps.get_app_configs():
        if app_config.name == "korzenie" or "." in app_config.name:
            continue  # the shell itself, and Wagtail's and Django's packages
        try:
            module = import_module(f"{app_config.name}.api")
        except ModuleNotFoundError as error:
            if error.name != f"{app_config.name}.api":
                raise
            continue
        if hasattr(module, "register"):
            module.register(router)


register_app_endpoints(api_router)

__all__ = ["PAGE_FIELDS", "api_router", "product_facets"]
