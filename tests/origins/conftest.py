import pytest

from origins.importing import ensure_categories, ensure_regions, run_import
from origins.models import Register
from tests.origins.factories import CatalogueIndexPageFactory, OriginStoryIndexPageFactory


@pytest.fixture
def taxonomy(db, locales):
    return ensure_regions(), ensure_categories()


@pytest.fixture
def registers(taxonomy):
    """Both registers imported: 2,166 entries."""
    run_import(Register.EU)
    run_import(Register.NATIONAL)


@pytest.fixture
def catalogue(home, english_home, locales):
    page = CatalogueIndexPageFactory(parent=home)
    page.copy_for_translation(locales["en"]).save_revision().publish()
    return page


@pytest.fixture
def story_index(home, locales):
    return OriginStoryIndexPageFactory(parent=home)
