"""Fixtures every test may use: the two locales, the site with its Polish and English home, and
the whole demo content for a module."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Locale, Page, Site

from tests.factories import HomePageFactory


@pytest.fixture
def locales(db):
    polish = Locale.objects.get_or_create(language_code="pl")[0]
    english = Locale.objects.get_or_create(language_code="en")[0]
    return {"pl": polish, "en": english}


@pytest.fixture
def home(locales):
    """The Polish home page as the root of the default site, with its English translation."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, title="Korzenie Smaku", slug="strona-glowna")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "port": 80,
            "root_page": home,
            "site_name": "Korzenie Smaku",
        },
    )
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()  # Wagtail's welcome page
    home.copy_for_translation(locales["en"]).save_revision().publish()
    return home


@pytest.fixture
def english_home(home, locales):
    return home.get_translation(locales["en"])


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The whole demo content (pages in two languages, the registers, the search index), loaded
    once for a test module with `manage.py load_demo` and rolled back after it. Tests that use
    it are marked django_db: each runs in a savepoint inside this transaction."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("load_demo", quiet=True)
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            cache.clear()
