from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UsersConfig(AppConfig):
    """The custom user model, in an app of its own so that its first migration depends only on
    django.contrib.auth (Wagtail's own migrations depend on AUTH_USER_MODEL)."""

    name = "korzenie.users"
    label = "users"
    verbose_name = _("Users")
    default_auto_field = "django.db.models.BigAutoField"
