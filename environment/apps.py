from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EnvironmentConfig(AppConfig):
    name = "environment"
    verbose_name = _("Environment")
    default_auto_field = "django.db.models.BigAutoField"
