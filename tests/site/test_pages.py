import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from korzenie.models import AccessibilityStatementPage, HomePage, StandardPage
from tests.factories import AccessibilityStatementPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


class PageRules(WagtailPageTestCase):
    def test_home_page_sits_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_standard_page_parents_and_children(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_accessibility_statement_is_a_leaf_under_home(self):
        self.assertAllowedParentPageTypes(AccessibilityStatementPage, {HomePage})
        self.assertAllowedSubpageTypes(AccessibilityStatementPage, set())


@pytest.fixture
def admin_client_with_home(client, home, django_user_model):
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "x")
    client.force_login(admin)
    return client


def test_editor_can_create_a_standard_page_with_real_streamfield_data(admin_client_with_home, home):
    data = nested_form_data(
        {
            "title": "O projekcie",
            "slug": "o-projekcie",
            "summary": "Platforma edukacyjna klastra.",
            "body": streamfield(
                [
                    ("heading", "Skąd pochodzą produkty"),
                    ("paragraph", rich_text("<p>Oscypek wyrabia się od maja do września.</p>")),
                    ("quote", {"text": "Ser owczy jako danina.", "attribution": "XV wiek"}),
                ]
            ),
            "action-publish": "publish",
        }
    )
    response = admin_client_with_home.post(
        f"/admin/pages/add/korzenie/standardpage/{home.pk}/", data
    )
    assert response.status_code == 302, response.content[:2000]
    page = StandardPage.objects.get(slug="o-projekcie")
    assert page.live
    assert [block.block_type for block in page.body] == ["heading", "paragraph", "quote"]

    html = admin_client_with_home.get(page.url).content.decode()
    assert '<h2 id="skad-pochodza-produkty">Skąd pochodzą produkty</h2>' in html
    assert "Oscypek wyrabia się od maja do września." in html


def test_home_page_shows_strands_features_and_teachers_way_in(client, home):
    story = StandardPageFactory(parent=home, title="Oscypek", summary="Ser z Podhala.")
    home.strands.create(strand="origins", title="Skąd pochodzą produkty", text="Region i surowiec.")
    home.features.create(feature=story)
    home.teachers_title = "Dla nauczycieli"
    home.teachers_text = "<p>Gotowe lekcje.</p>"
    home.save_revision().publish()

    response = client.get("/pl/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="pl">' in html
    assert "Skąd pochodzą produkty" in html
    assert f'href="{story.url}"' in html
    assert "Dla nauczycieli" in html


def test_english_home_is_served_in_english_with_a_switcher_back(client, english_home):
    html = client.get("/en/").content.decode()
    assert '<html lang="en">' in html
    assert 'hreflang="pl" lang="pl"' in html
    assert 'href="/pl/"' in html


def test_language_switcher_keeps_the_reader_on_the_same_page(client, home, locales):
    statement = AccessibilityStatementPageFactory(parent=home, slug="deklaracja-dostepnosci")
    english = statement.copy_for_translation(locales["en"])
    english.slug = "accessibility-statement"
    english.save_revision().publish()
    html = client.get("/pl/deklaracja-dostepnosci/").content.decode()
    assert 'href="/en/accessibility-statement/" hreflang="en"' in html
    assert (
        '<link rel="alternate" hreflang="en" href="http://testserver/en/accessibility-statement/">'
        in html
    )


def test_accessibility_statement_shows_its_legal_structure(client, home):
    AccessibilityStatementPageFactory(parent=home, slug="deklaracja-dostepnosci")
    html = client.get("/pl/deklaracja-dostepnosci/").content.decode()
    for heading in [
        "Status pod względem zgodności",
        "Przygotowanie deklaracji",
        "Informacje zwrotne",
    ]:
        assert heading in html
    assert "mailto:dostepnosc@example.org" in html
