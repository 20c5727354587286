from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KorzenieConfig(AppConfig):
    name = "korzenie"
    verbose_name = _("Korzenie Smaku")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from korzenie import navigation  # noqa: F401  (connects the cache-busting signals)
