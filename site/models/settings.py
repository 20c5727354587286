from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class OrganisationSettings(BaseSiteSetting):
    """The organisation's details shown in the footer and on the accessibility statement."""

    name = models.CharField(_("name"), max_length=255, default="Korzenie Smaku")
    street_address = models.CharField(_("street address"), max_length=255, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=12, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldPanel("postal_code"),
                FieldPanel("city"),
                FieldPanel("email"),
                FieldPanel("phone"),
            ],
            _("Contact"),
        ),
    ]

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisation")
