"""Origin stories: pages editors write about a register product, and their index."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from korzenie.models import BasePage
from korzenie.social import social_image
from korzenie.structured_data import collection_page, page_items, page_node
from origins.blocks import MethodStreamBlock, StorySourcesStreamBlock, StoryStreamBlock


class Month(models.IntegerChoices):
    JANUARY = 1, _("January")
    FEBRUARY = 2, _("February")
    MARCH = 3, _("March")
    APRIL = 4, _("April")
    MAY = 5, _("May")
    JUNE = 6, _("June")
    JULY = 7, _("July")
    AUGUST = 8, _("August")
    SEPTEMBER = 9, _("September")
    OCTOBER = 10, _("October")
    NOVEMBER = 11, _("November")
    DECEMBER = 12, _("December")


class OriginStoryIndexPage(BasePage):
    """The list of origin stories of one language (e.g. /pl/historie/)."""

    parent_page_types = ["korzenie.HomePage"]
    subpage_types = ["origins.OriginStoryPage"]
    max_count_per_parent = 1
    page_description = _("The list of origin stories; stories are created under it.")
    template = "origins/origin_story_index_page.html"
    search_count_label = ngettext_lazy(
        "%(count)d list of origin stories", "%(count)d lists of origin stories", "count"
    )
    search_boost = 0.4

    class Meta:
        verbose_name = _("origin story index")
        verbose_name_plural = _("origin story indexes")

    def structured_data(self, request, context):
        return [collection_page(self, request, page_items(context.get("page_obj"), request))]

    def get_context(self, request, *args, **kwargs):
        from origins.views import story_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(story_listing(self, request))
        return context


class StoryTag(TaggedItemBase):
    content_object = ParentalKey(
        "origins.OriginStoryPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class OriginStoryPage(BasePage):
    """The origin story of one register product, written by an editor."""

    product = models.ForeignKey(
        "origins.Product",
        verbose_name=_("register product"),
        on_delete=models.PROTECT,
        related_name="stories",
        help_text=_("The register entry this story tells."),
    )
    area_of_origin = models.TextField(_("area of origin"), blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    image = models.ForeignKey(
        "korzenie.CustomImage",
        verbose_name=_("illustration"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("alt text of the illustration"),
        max_length=250,
        blank=True,
        help_text=_("Leave empty if the illustration is decorative."),
    )
    body = StreamField(StoryStreamBlock(), verbose_name=_("story"), blank=True)
    method = StreamField(
        MethodStreamBlock(), verbose_name=_("traditional method (steps in order)"), blank=True
    )
    sources = StreamField(StorySourcesStreamBlock(), verbose_name=_("sources"), blank=True)
    tags = ClusterTaggableManager(through=StoryTag, blank=True, verbose_name=_("tags"))

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.SearchField("method"),
        index.SearchField("area_of_origin"),
        index.FilterField("product"),
    ]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("product"),
        MultiFieldPanel(
            [
                FieldPanel("area_of_origin"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            _("Where it comes from"),
        ),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], _("Illustration")),
        FieldPanel("body"),
        FieldPanel("method"),
        InlinePanel("seasons", label=_("Seasons")),
        InlinePanel("story_producers", label=_("Producers")),
        FieldPanel("tags"),
        FieldPanel("sources"),
    ]

    parent_page_types = ["origins.OriginStoryIndexPage"]
    subpage_types = []
    page_description = _(
        "The origin story of one product of the registers: where it comes from, how it is made "
        "and why it matters."
    )
    template = "origins/origin_story_page.html"
    search_count_label = ngettext_lazy(
        "%(count)d origin story", "%(count)d origin stories", "count"
    )
    search_boost = 1.5

    class Meta:
        verbose_name = _("origin story")
        verbose_name_plural = _("origin stories")

    def social_image(self, request):
        return social_image(self.image, request, alt=self.image_alt)

    def structured_data(self, request, context):
        """An Article about its register product (with the product's certifications)."""
        product = context.get("product")
        about = None
        if product is not None and context.get("catalogue_url"):
            url = request.build_absolute_uri(f"{context['catalogue_url']}{product.slug}/")
            about = product.structured_data(url, context.get("category"))
        return [
            page_node(
                self,
                request,
                "Article",
                image=self.social_image(request),
                headline=self.title,
                author={"@type": "Organization", "name": settings.WAGTAIL_SITE_NAME},
                about=about,
                contentLocation=self.area_of_origin or None,
            )
        ]

    def get_context(self, request, *args, **kwargs):
        from origins.views import story_context

        context = super().get_context(request, *args, **kwargs)
        context.update(story_context(self, request))
        return context


class StorySeason(TranslatableMixin, Orderable):
    """A season in the product's year, e.g. "made" from May to September."""

    page = ParentalKey(OriginStoryPage, on_delete=models.CASCADE, related_name="seasons")
    label = models.CharField(_("what happens"), max_length=120)
    start_month = models.PositiveSmallIntegerField(_("from"), choices=Month.choices)
    end_month = models.PositiveSmallIntegerField(_("to (inclusive)"), choices=Month.choices)

    panels = [
        FieldPanel("label"),
        FieldRowPanel([FieldPanel("start_month"), FieldPanel("end_month")]),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("season")
        verbose_name_plural = _("seasons")

    @property
    def months(self):
        """The month numbers of the season, wrapping over the new year."""
        if self.start_month <= self.end_month:
            return list(range(self.start_month, self.end_month + 1))
        return [*range(self.start_month, 13), *range(1, self.end_month + 1)]


class StoryProducer(TranslatableMixin, Orderable):
    page = ParentalKey(OriginStoryPage, on_delete=models.CASCADE, related_name="story_producers")
    producer = models.ForeignKey(
        "origins.Producer", verbose_name=_("producer"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("producer")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("producer")
        verbose_name_plural = _("producers")
