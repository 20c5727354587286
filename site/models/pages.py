from django.conf import settings
from django.db import models
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from korzenie.blocks import (
    ContentStreamBlock,
)
from korzenie.licence import CONTENT_LICENCE
from korzenie.social import absolute
from korzenie.structured_data import language, page_node, page_url, plain, publisher


class BasePage(Page):
    """What every page of the site shares: a summary for listings, search and social cards."""

    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=300,
        help_text=_("One or two sentences shown in listings and search results."),
    )

    search_fields = [*Page.search_fields, index.SearchField("summary")]
    # The site search: how it counts results of this type in its filter ("3 lessons", with the
    # plural forms of each language), and a multiplier of their relevance (listings and
    # quizzes rank below the stories and lessons they list or test).
    search_count_label = ngettext_lazy("%(count)d page", "%(count)d pages", "count")
    search_boost = 1.0
    content_panels = [*Page.content_panels, FieldPanel("summary")]

    class Meta:
        abstract = True

    def structured_data(self, request, context):
        """The page's schema.org nodes (korzenie.structured_data): a WebPage unless the page
        type says more. Built from what the page has loaded for its template."""
        return [page_node(self, request, "WebPage")]

    def social_image(self, request):
        """The page's own picture for link previews (korzenie.social), or None for the site's
        card."""
        return None


class Strand(models.TextChoices):
    """The three strands of the platform's teaching; lessons and the home page use them."""

    ORIGINS = "origins", _("Where products come from")
    METHODS = "methods", _("Traditional methods")
    ENVIRONMENT = "environment", _("Environment")


class HomePageStrand(Orderable):
    page = ParentalKey("korzenie.HomePage", related_name="strands", on_delete=models.CASCADE)
    strand = models.CharField(_("strand"), max_length=20, choices=Strand.choices)
    title = models.CharField(_("title"), max_length=120)
    text = models.TextField(_("text"), max_length=400)
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("leads to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("strand"),
        FieldPanel("title"),
        FieldPanel("text"),
        PageChooserPanel("link_page"),
    ]


class HomePageFeature(Orderable):
    """An origin story (or any page) an editor puts on the home page."""

    page = ParentalKey("korzenie.HomePage", related_name="features", on_delete=models.CASCADE)
    feature = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("feature")]


class HomePage(BasePage):
    intro = models.TextField(_("introduction"), max_length=600)
    teachers_title = models.CharField(_("teachers' section title"), max_length=120, blank=True)
    teachers_text = RichTextField(
        _("teachers' section text"), blank=True, features=["bold", "italic", "link", "ul"]
    )
    teachers_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("teachers' section leads to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        InlinePanel("strands", label=_("Strands"), min_num=0, max_num=3),
        InlinePanel("features", label=_("Featured stories"), max_num=6),
        MultiFieldPanel(
            [
                FieldPanel("teachers_title"),
                FieldPanel("teachers_text"),
                PageChooserPanel("teachers_page"),
            ],
            _("For teachers"),
        ),
    ]

    parent_page_types = ["wagtailcore.Page"]
    page_description = _("The home page of one language of the site.")
    search_count_label = ngettext_lazy("%(count)d home page", "%(count)d home pages", "count")
    search_boost = 0.4
    template = "korzenie/home_page.html"

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def structured_data(self, request, context):
        """The site (with its search) and the organisation behind it."""
        url = page_url(self, request)
        search = absolute(request, reverse("search"))
        return [
            {
                "@type": "WebSite",
                "@id": f"{url}#website",
                "name": settings.WAGTAIL_SITE_NAME,
                "url": url,
                "description": plain(self.intro or self.summary),
                "inLanguage": language(),
                "license": CONTENT_LICENCE.url,
                "publisher": {"@id": f"{url}#organization"},
                "potentialAction": {
                    "@type": "SearchAction",
                    "target": {"@type": "EntryPoint", "urlTemplate": f"{search}?q={{query}}"},
                    "query-input": "required name=query",
                },
            },
            {
                **publisher(),
                "@id": f"{url}#organization",
                "url": url,
                "logo": absolute(request, static("korzenie/img/logo.svg")),
            },
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["strands"] = self.strands.select_related("link_page")
        context["featured_pages"] = [
            feature.feature.specific
            for feature in self.features.select_related("feature")
            if feature.feature.live
        ]
        return context


class StandardStreamBlock(ContentStreamBlock):
    pass


class StandardPage(BasePage):
    """A plain content page: about us, privacy, contact."""

    body = StreamField(StandardStreamBlock(), verbose_name=_("body"), blank=True)

    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    content_panels = [*BasePage.content_panels, FieldPanel("body")]

    parent_page_types = ["korzenie.HomePage", "korzenie.StandardPage"]
    subpage_types = ["korzenie.StandardPage"]
    page_description = _("A plain page of text and images, such as 'About us'.")
    search_count_label = ngettext_lazy("%(count)d page", "%(count)d pages", "count")
    template = "korzenie/standard_page.html"

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class ComplianceStatus(models.TextChoices):
    FULL = "full", _("fully compliant")
    PARTIAL = "partial", _("partially compliant")
    NONE = "none", _("not compliant")


class AccessibilityStatementPage(BasePage):
    """The accessibility statement that Polish public bodies must publish.

    Its fields follow the structure the Act of 4 April 2019 on the digital accessibility of
    public bodies' websites asks for: dates, compliance status, what is not accessible and why,
    how the statement was prepared, contact, and the complaint procedure.
    """

    published_on = models.DateField(_("site published on"))
    updated_on = models.DateField(_("site last significantly updated on"))
    status = models.CharField(
        _("compliance status"), max_length=10, choices=ComplianceStatus.choices
    )
    non_accessible_content = RichTextField(
        _("content that is not accessible, and why"), blank=True, features=["ul", "link", "bold"]
    )
    prepared_on = models.DateField(_("statement prepared on"))
    reviewed_on = models.DateField(_("statement last reviewed on"))
    assessment_method = models.TextField(_("how the statement was prepared"))
    contact_person = models.CharField(_("contact person"), max_length=120)
    contact_email = models.EmailField(_("contact e-mail"))
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    complaint_procedure = RichTextField(
        _("requests, complaints and appeals"), features=["ul", "ol", "link", "bold"]
    )
    architectural_accessibility = RichTextField(
        _("architectural accessibility"), blank=True, features=["ul", "link", "bold"]
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("published_on"), FieldPanel("updated_on"), FieldPanel("status")],
            _("Compliance"),
        ),
        FieldPanel("non_accessible_content"),
        MultiFieldPanel(
            [FieldPanel("prepared_on"), FieldPanel("reviewed_on"), FieldPanel("assessment_method")],
            _("Preparation"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_person"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
            ],
            _("Feedback and contact"),
        ),
        FieldPanel("complaint_procedure"),
        FieldPanel("architectural_accessibility"),
    ]

    parent_page_types = ["korzenie.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    page_description = _("The statement on the site's digital accessibility required by law.")
    search_count_label = ngettext_lazy(
        "%(count)d accessibility statement", "%(count)d accessibility statements", "count"
    )
    template = "korzenie/accessibility_statement_page.html"

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")
