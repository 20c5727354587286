from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class Licence(models.TextChoices):
    OWN_WORK = "own", _("Own work of Korzenie Smaku")
    CC_BY = "cc-by-4.0", _("CC BY 4.0")
    CC_BY_SA = "cc-by-sa-4.0", _("CC BY-SA 4.0")
    CC0 = "cc0", _("CC0 / public domain")
    PERMISSION = "permission", _("Used with the author's permission")
    ALL_RIGHTS = "all-rights-reserved", _("All rights reserved")


class IntegerDimensionsMixin:
    """Willow measures SVG files in floats: until the object is read back from the database,
    `width` would be 480.0, rendered as `width="480.0"` (or "480,0" in Polish), which is invalid
    HTML. Keep the integers that the database stores. (The file field sets the dimensions when
    the object is made and again when its file is saved.)"""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._round_dimensions()

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        self._round_dimensions()
        return result

    def _round_dimensions(self):
        for name in ("width", "height"):
            value = self.__dict__.get(name)  # never load a deferred field here
            if isinstance(value, float):
                setattr(self, name, round(value))


class CustomImage(IntegerDimensionsMixin, AbstractImage):
    """An image with the credit and licence that editors must record.

    Alt text is not stored here: it depends on where the image is used, so every block and
    field that shows an image asks for its own.
    """

    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Photographer or illustrator, as it should be printed under the image."),
    )
    licence = models.CharField(
        _("licence"), max_length=32, choices=Licence.choices, default=Licence.OWN_WORK
    )
    source_url = models.URLField(_("source"), blank=True)

    admin_form_fields = (*Image.admin_form_fields, "credit", "licence", "source_url")

    @property
    def credit_line(self):
        parts = [self.credit, self.get_licence_display()]
        return " · ".join(part for part in parts if part)


class CustomRendition(IntegerDimensionsMixin, AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
