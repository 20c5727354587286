"""Register products: the EU register (PDO/PGI/TSG) and the national List of Traditional Products.

These are data, not pages: 2,166 register entries grouped into products (a product on both
registers, such as Oscypek, is one product with several entries). The catalogue page serves
each product at its own URL in every language.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from korzenie.structured_data import compact, country


class Register(models.TextChoices):
    EU = "eu", _("EU register of quality schemes")
    NATIONAL = "lpt", _("List of Traditional Products")


class Scheme(models.TextChoices):
    """The protection a register entry gives; `LPT` is the national list."""

    PDO = "PDO", _("Protected Designation of Origin (PDO)")
    PGI = "PGI", _("Protected Geographical Indication (PGI)")
    TSG = "TSG", _("Traditional Speciality Guaranteed (TSG)")
    LPT = "LPT", _("List of Traditional Products")


class ProductQuerySet(models.QuerySet):
    def with_story_flag(self, locale):
        from .stories import OriginStoryPage

        return self.annotate(
            has_story=models.Exists(
                OriginStoryPage.objects.live()
                .public()
                .filter(product=models.OuterRef("pk"), locale=locale)
            )
        )


class Product(index.Indexed, models.Model):
    """One product of the registers, with its register entries.

    The fields below the entries (scheme, year, dates, regions, category) are derived from the
    entries by the import and stored so the catalogue filters and counts in the database.
    """

    name = models.CharField(_("name"), max_length=255)
    slug = models.SlugField(_("slug"), max_length=255, unique=True, allow_unicode=False)
    category = models.ForeignKey(
        "origins.Category",
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="products",
        help_text=_("The category in the source language; the catalogue shows its translation."),
    )
    regions = models.ManyToManyField(
        "origins.Region", verbose_name=_("voivodeships"), blank=True, related_name="products"
    )
    eu_scheme = models.CharField(
        _("EU scheme"),
        max_length=3,
        blank=True,
        choices=[(s.value, s.label) for s in (Scheme.PDO, Scheme.PGI, Scheme.TSG)],
    )
    on_national_list = models.BooleanField(_("on the List of Traditional Products"), default=False)
    year = models.PositiveSmallIntegerField(
        _("year"), help_text=_("The year of the earliest registration or entry.")
    )
    first_entry_date = models.DateField(
        _("first date of entry on the national list"), null=True, blank=True
    )

    objects = ProductQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("category"),
        FieldPanel("regions"),
        MultiFieldPanel(
            [
                FieldPanel("eu_scheme", read_only=True),
                FieldPanel("on_national_list", read_only=True),
                FieldPanel("year", read_only=True),
                FieldPanel("first_entry_date", read_only=True),
            ],
            _("From the registers (set by the import)"),
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("eu_scheme"),
        index.FilterField("category_id"),
    ]

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("register product")
        verbose_name_plural = _("register products")
        indexes = [
            models.Index(fields=["year", "first_entry_date"], name="origins_product_year_idx"),
            models.Index(fields=["eu_scheme"], name="origins_product_scheme_idx"),
        ]

    def __str__(self):
        return self.name

    @property
    def schemes(self):
        """The schemes of this product, EU first: e.g. ["PDO", "LPT"]."""
        return [s for s in (self.eu_scheme, Scheme.LPT if self.on_national_list else "") if s]

    def structured_data(self, url, category=None, story_url=None):
        """schema.org Product: name, category, voivodeships, and a Certification per register
        entry. Reads the prefetched regions and entries."""
        return compact(
            {
                "@type": "Product",
                "@id": f"{url}#product",
                "name": self.name,
                "url": url,
                "category": category.name if category else None,
                "countryOfOrigin": country(),
                "additionalProperty": [
                    {"@type": "PropertyValue", "name": str(_("voivodeship")), "value": region.name}
                    for region in self.regions.all()
                ],
                "hasCertification": [entry.certification() for entry in self.entries.all()],
                "subjectOf": {"@type": "Article", "url": story_url} if story_url else None,
            }
        )


class RegisterEntry(models.Model):
    """One row of a register, stored as the register gives it (fields, not prose)."""

    product = models.ForeignKey(
        Product, verbose_name=_("product"), on_delete=models.CASCADE, related_name="entries"
    )
    register = models.CharField(_("register"), max_length=3, choices=Register.choices)
    scheme = models.CharField(_("scheme"), max_length=3, choices=Scheme.choices)
    name = models.CharField(_("registered name"), max_length=255)
    name_en = models.CharField(
        _("English gloss"), max_length=255, blank=True, help_text=_("Not an official name.")
    )
    voivodeship_teryt = models.CharField(
        _("voivodeship TERYT codes"),
        max_length=40,
        blank=True,
        help_text=_("As in the register file, ';'-separated; empty for TSGs."),
    )
    category_code = models.CharField(_("category (national list)"), max_length=60, blank=True)
    eu_class = models.CharField(_("EU product class"), max_length=200, blank=True)
    area_of_origin = models.TextField(_("area of origin"), blank=True)
    registered_year = models.PositiveSmallIntegerField(
        _("year of EU registration"), null=True, blank=True
    )
    entry_date = models.DateField(_("date of entry on the national list"), null=True, blank=True)
    sources = models.TextField(_("sources"), blank=True, help_text=_("URLs separated by ' | '."))

    class Meta:
        ordering = ["register", "name", "voivodeship_teryt"]
        verbose_name = _("register entry")
        verbose_name_plural = _("register entries")
        constraints = [
            models.UniqueConstraint(
                fields=["register", "name", "voivodeship_teryt"], name="unique_register_entry"
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.scheme})"

    @property
    def year(self):
        return self.registered_year or (self.entry_date.year if self.entry_date else None)

    def certification(self):
        """The entry as a schema.org Certification: the scheme, who keeps the register, and
        since when (the year of EU registration, or the date of entry on the national list)."""
        if self.register == Register.EU:
            issuer = _("European Commission")
            valid_from = str(self.registered_year) if self.registered_year else None
        else:
            issuer = _("Ministry of Agriculture and Rural Development (Poland)")
            valid_from = self.entry_date.isoformat() if self.entry_date else None
        return compact(
            {
                "@type": "Certification",
                "name": self.get_scheme_display(),
                "alternateName": self.scheme,
                "description": self.get_register_display(),
                "issuedBy": {"@type": "Organization", "name": str(issuer)},
                "validFrom": valid_from,
            }
        )

    @property
    def source_urls(self):
        return [url.strip() for url in self.sources.split("|") if url.strip()]

    @property
    def teryt_codes(self):
        return [code for code in self.voivodeship_teryt.split(";") if code]
