"""Environment topics: the habitats and practices that regional products depend on."""

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from korzenie.blocks import (
    ContentStreamBlock,
    SourcesBlock,
)
from korzenie.models import BasePage
from korzenie.social import site_card
from korzenie.structured_data import collection_page, compact, page_items, page_node

__all__ = [
    "EnvironmentIndexPage",
    "EnvironmentTopicPage",
    "TopicKind",
    "in_locale",
]

TOPIC_TEXT_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link"]


def in_locale(objects, locale, queryset=None):
    """The translatable `objects` as they are in `locale`: each one's translation, else itself.

    A relation synchronised by wagtail-localize points from a translated page at the source
    language's objects; this swaps them for their translations in one query.
    """
    objects = list(objects)
    if not objects:
        return []
    model = type(objects[0])
    queryset = model._default_manager.all() if queryset is None else queryset
    translated = {
        obj.translation_key: obj
        for obj in queryset.filter(
            locale=locale, translation_key__in=[obj.translation_key for obj in objects]
        )
    }
    return [translated.get(obj.translation_key, obj) for obj in objects]


class TopicKind(models.TextChoices):
    HABITAT = "habitat", _("Habitat")
    PRACTICE = "practice", _("Practice")


class EnvironmentStreamBlock(ContentStreamBlock):
    pass


class EnvironmentIndexPage(BasePage):
    """The list of environment topics of one language."""

    intro = RichTextField(_("introduction"), blank=True, features=TOPIC_TEXT_FEATURES)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["korzenie.HomePage"]
    subpage_types = ["environment.EnvironmentTopicPage"]
    max_count_per_parent = 1
    page_description = _("The list of environment topics: habitats and practices.")
    template = "environment/environment_index_page.html"
    search_count_label = ngettext_lazy(
        "%(count)d list of environment topics", "%(count)d lists of environment topics", "count"
    )
    search_boost = 0.4

    per_page = 12

    class Meta:
        verbose_name = _("environment topic index")
        verbose_name_plural = _("environment topic indexes")

    def topics(self, kind=""):
        topics = (
            EnvironmentTopicPage.objects.live()
            .public()
            .child_of(self)
            .defer_streamfields()
            .only("id", "title", "slug", "url_path", "path", "depth", "summary", "kind", "locale")
            .order_by("path")
        )
        if kind:
            topics = topics.filter(kind=kind)
        return topics

    def structured_data(self, request, context):
        return [collection_page(self, request, page_items(context.get("page_obj"), request))]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        kind = request.GET.get("kind", "")
        if kind not in TopicKind.values:
            kind = ""
        paginator = Paginator(self.topics(kind), self.per_page)
        context["page_obj"] = paginator.get_page(request.GET.get("page"))
        context["kind"] = kind
        context["kinds"] = TopicKind.choices
        return context


class EnvironmentTopicPage(BasePage):
    """A habitat or practice, why it matters for the products, and what students can do."""

    kind = models.CharField(_("habitat or practice"), max_length=20, choices=TopicKind.choices)
    why_it_matters = RichTextField(
        _("why it matters for the products"), features=TOPIC_TEXT_FEATURES
    )
    threats = RichTextField(_("threats"), features=TOPIC_TEXT_FEATURES)
    good_practices = RichTextField(_("good practices"), features=TOPIC_TEXT_FEATURES)
    students_can_do = RichTextField(_("what students can do"), features=TOPIC_TEXT_FEATURES)
    body = StreamField(EnvironmentStreamBlock(), verbose_name=_("more about the topic"), blank=True)
    products = ParentalManyToManyField(
        "origins.Product",
        verbose_name=_("linked products"),
        related_name="environment_topics",
        blank=True,
    )
    sources = StreamField(
        [("sources", SourcesBlock())], verbose_name=_("sources"), blank=True, max_num=1
    )

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("why_it_matters"),
        index.SearchField("threats"),
        index.SearchField("good_practices"),
        index.SearchField("students_can_do"),
        index.FilterField("kind"),
    ]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldPanel("why_it_matters"),
        FieldPanel("threats"),
        FieldPanel("good_practices"),
        FieldPanel("students_can_do"),
        FieldPanel("body"),
        FieldPanel("products"),
        FieldPanel("sources"),
    ]
    # Products are data shared by every language: each version of the topic links the same ones.
    override_translatable_fields = [SynchronizedField("products")]

    parent_page_types = ["environment.EnvironmentIndexPage"]
    subpage_types = []
    page_description = _(
        "A habitat or practice that regional products depend on: why it matters, threats, "
        "good practices and what students can do."
    )
    template = "environment/environment_topic_page.html"
    search_count_label = ngettext_lazy(
        "%(count)d environment topic", "%(count)d environment topics", "count"
    )

    class Meta:
        verbose_name = _("environment topic")
        verbose_name_plural = _("environment topics")

    def product_links(self, request=None):
        """The linked products, each with the page it leads to in this page's language.

        A product leads to its origin story when there is one, otherwise to its catalogue page.
        Three queries whatever the number of products.
        """
        from origins.models import CatalogueIndexPage, OriginStoryPage

        products = list(self.products.order_by("name"))
        if not products:
            return []
        stories = {
            story.product_id: story
            for story in OriginStoryPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, product__in=products)
            .defer_streamfields()
            .order_by("-path")
        }
        catalogue = (
            CatalogueIndexPage.objects.live().public().filter(locale_id=self.locale_id).first()
        )
        catalogue_url = catalogue.get_url(request) if catalogue else None
        links = []
        for product in products:
            story = stories.get(product.pk)
            if story is not None:
                url = story.get_url(request)
            elif catalogue_url:
                url = catalogue_url + catalogue.reverse_subpage(
                    "product", kwargs={"slug": product.slug}
                )
            else:
                url = None
            links.append({"product": product, "story": story, "url": url})
        return links

    def linked_lessons(self):
        """Live lessons in this page's language that link to this topic (in any language) or
        are about one of its products. Lessons are found through the relations they own
        (this app does not import them)."""
        lesson_model = self._meta.get_field("lessons").related_model
        return (
            lesson_model.objects.live()
            .public()
            .filter(
                Q(environment_topics__translation_key=self.translation_key)
                | Q(products__in=self.products.values_list("pk", flat=True)),
                locale_id=self.locale_id,
            )
            .defer_streamfields()
            .distinct()
            .order_by("path")
        )

    def structured_data(self, request, context):
        """An Article about a habitat or practice and the products that depend on it."""
        return [
            page_node(
                self,
                request,
                "Article",
                image=site_card(request),
                headline=self.title,
                author={"@type": "Organization", "name": settings.WAGTAIL_SITE_NAME},
                articleSection=self.get_kind_display(),
                about=[
                    compact(
                        {
                            "@type": "Product",
                            "name": link["product"].name,
                            "url": request.build_absolute_uri(link["url"]) if link["url"] else None,
                        }
                    )
                    for link in context.get("product_links", [])
                ],
            )
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["product_links"] = self.product_links(request)
        context["linked_lessons"] = list(self.linked_lessons())
        return context
