"""The shell's non-page URLs: search, robots.txt, sitemap.xml, 404, health check."""

import pytest

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_root_redirects_to_a_language(client, home):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_robots_txt_points_to_the_sitemap(client, home):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_sitemap_lists_pages_of_both_languages(client, home, english_home, locales):
    about = StandardPageFactory(parent=home, title="O projekcie", slug="o-projekcie")
    about_en = about.copy_for_translation(locales["en"])
    about_en.slug = "about"
    about_en.save_revision().publish()
    StandardPageFactory(parent=home, title="Szkic", slug="szkic", live=False)

    body = client.get("/sitemap.xml").content.decode()
    assert "/pl/o-projekcie/</loc>" in body
    assert "/en/about/</loc>" in body
    assert "/en/</loc>" in body
    assert "szkic" not in body


def test_search_finds_pages_in_the_active_language_only(client, home, locales):
    StandardPageFactory(parent=home, title="Wypas kulturowy owiec", slug="wypas")
    page_en = StandardPageFactory(
        parent=home, title="Tylko po polsku", slug="tylko"
    ).copy_for_translation(locales["en"])
    page_en.title = "Cultural sheep grazing"
    page_en.save_revision().publish()

    html = client.get("/pl/szukaj/", {"q": "wypas"}).content.decode()
    assert "Wypas kulturowy owiec" in html
    assert "1 wynik" in html
    html = client.get("/en/search/", {"q": "grazing"}).content.decode()
    assert "Cultural sheep grazing" in html
    assert "Wypas kulturowy owiec" not in html


def test_search_that_finds_nothing_suggests_what_to_try(client, home):
    html = client.get("/en/search/", {"q": "qwertyuiop"}).content.decode()
    assert "Nothing found" in html


@pytest.mark.parametrize(
    "params",
    [
        {"q": "a" * 10_000},
        {"q": "ser", "page": "abc"},
        {"q": "ser", "page": "999999999999"},
        {"q": "   "},
    ],
)
def test_odd_search_input_gets_a_normal_page(client, home, params):
    response = client.get("/pl/szukaj/", params)
    assert response.status_code == 200


def test_search_with_invalid_utf8_and_nul_bytes_gets_a_normal_page(client, home):
    response = client.get("/pl/szukaj/?q=oscypek%00%FF%FE%C0&page=%FF")
    assert response.status_code == 200


def test_unknown_page_gets_the_translated_404(client, home):
    response = client.get("/pl/nie-ma-takiej-strony/")
    assert response.status_code == 404
    assert "Nie znaleziono strony" in response.content.decode()
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_health_check_answers(client, home):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.content == b"ok"


def test_sign_in_page_keeps_the_username_after_a_wrong_password(client, home):
    from tests.factories import UserFactory

    UserFactory(username="nauczycielka")
    response = client.post("/pl/konto/logowanie/", {"username": "nauczycielka", "password": "zle"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="nauczycielka"' in html
    assert 'role="alert"' in html


def test_uploaded_media_are_served_by_the_test_and_dev_servers(client, home, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "original_images").mkdir()
    (tmp_path / "original_images" / "ser.svg").write_text(
        "<svg xmlns='http://www.w3.org/2000/svg'/>"
    )
    response = client.get("/media/original_images/ser.svg")
    assert response.status_code == 200
    assert b"<svg" in b"".join(response.streaming_content)
