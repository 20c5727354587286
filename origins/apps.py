from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OriginsConfig(AppConfig):
    name = "origins"
    verbose_name = _("Origins")
    default_auto_field = "django.db.models.BigAutoField"
