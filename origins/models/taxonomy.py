"""Regions, categories and producers: the records that every facet of the catalogue comes from."""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from korzenie.structured_data import country


class Region(index.Indexed, models.Model):
    """One of Poland's 16 voivodeships.

    A plain record holding both names (the Polish name is the official one, the English one is
    the usual English form); the catalogue's region facet, the map and the region pages use it.
    """

    teryt = models.CharField(_("TERYT code"), max_length=2, unique=True)
    name_pl = models.CharField(_("Polish name"), max_length=40, unique=True)
    name_en = models.CharField(_("English name"), max_length=80)
    capital = models.CharField(_("capital"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=40, unique=True)

    panels = [
        FieldPanel("teryt"),
        FieldPanel("name_pl"),
        FieldPanel("name_en"),
        FieldPanel("capital"),
        FieldPanel("slug"),
    ]
    search_fields = [index.SearchField("name_pl"), index.SearchField("name_en")]

    class Meta:
        ordering = ["teryt"]
        verbose_name = _("voivodeship")
        verbose_name_plural = _("voivodeships")

    def __str__(self):
        return self.name

    @property
    def name(self):
        """The name in the active language."""
        return self.name_en if translation.get_language() == "en" else self.name_pl

    def structured_data(self, url):
        """schema.org AdministrativeArea: the voivodeship, its other name and TERYT code."""
        return {
            "@type": "AdministrativeArea",
            "@id": f"{url}#place",
            "name": self.name,
            "alternateName": self.name_en if self.name == self.name_pl else self.name_pl,
            "url": url,
            "identifier": {"@type": "PropertyValue", "propertyID": "TERYT", "value": self.teryt},
            "containedInPlace": country(),
        }

    @property
    def capital_display(self):
        """The capital(s); voivodeships.csv explains split seats in English."""
        if translation.get_language() == "en":
            return self.capital
        return self.capital.replace("(voivode)", "(wojewoda)").replace(
            "(sejmik and marshal)", "(sejmik i marszałek)"
        )


class Category(TranslatableMixin, models.Model):
    """One of the ten categories of the national List of Traditional Products.

    `code` is the short Polish form the register uses (e.g. "produkty mleczne"); it is the same
    in every language, so imports and URLs never depend on a translated name.
    """

    code = models.CharField(_("register code"), max_length=60)
    slug = models.SlugField(_("slug"), max_length=60)
    name = models.CharField(_("name"), max_length=80)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("code"), FieldPanel("slug"), FieldPanel("sort_order")]
    override_translatable_fields = [SynchronizedField("code"), SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_category_slug_locale")
        ]

    def __str__(self):
        return self.name


class Producer(TranslatableMixin, index.Indexed, models.Model):
    """A real producer, documented in the project's sources, that teachers may plan a trip to."""

    name = models.CharField(_("name"), max_length=200)
    locality = models.CharField(_("locality"), max_length=120, blank=True)
    region = models.ForeignKey(
        Region,
        verbose_name=_("voivodeship"),
        on_delete=models.PROTECT,
        related_name="producers",
    )
    makes = models.TextField(
        _("what they make"), blank=True, help_text=_("The products, in a sentence or a list.")
    )
    products = models.ManyToManyField(
        "origins.Product",
        verbose_name=_("register products they make"),
        blank=True,
        related_name="producers",
    )
    website = models.URLField(_("website"), blank=True)
    hosts_school_visits = models.BooleanField(_("hosts school visits"), default=False)
    hosts_workshops = models.BooleanField(_("hosts workshops"), default=False)
    contact = models.TextField(_("contact"), blank=True)
    source_url = models.URLField(
        _("source"), blank=True, help_text=_("The public page that documents this producer.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("locality"),
        FieldPanel("region"),
        FieldPanel("makes"),
        FieldPanel("products"),
        MultiFieldPanel(
            [FieldPanel("hosts_school_visits"), FieldPanel("hosts_workshops")],
            _("For schools"),
        ),
        FieldPanel("website"),
        FieldPanel("contact"),
        FieldPanel("source_url"),
    ]
    # The register products a producer makes are facts, the same in every language: the demo
    # loader and editors keep them on each translation (wagtail-localize skips M2M fields).
    override_translatable_fields = [SynchronizedField("website"), SynchronizedField("source_url")]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("makes"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("producer")
        verbose_name_plural = _("producers")

    def __str__(self):
        return self.name
