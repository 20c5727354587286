"""Fixtures every test may use: the two locales, the site with its Polish and English home."""

import pytest
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
