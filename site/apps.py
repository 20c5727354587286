from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class KorzenieConfig(AppConfig):
    name = "korzenie"
    verbose_name = _("Korzenie Smaku")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from korzenie import navigation  # noqa: F401  (connects the cache-busting signals)
        from korzenie.social import rasterise_on_save

        post_save.connect(
            rasterise_on_save, sender=self.get_model("CustomImage"), dispatch_uid="social_svg"
        )
