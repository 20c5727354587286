"""Polish pages have Polish addresses: the catalogue's map, producer directory and voivodeship
pages (routes of a routable page, translated like every other URL), and the old English
addresses of the Polish catalogue redirect there for good."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("polish", "english"),
    [
        ("/pl/produkty/mapa/", "/en/produkty/map/"),
        ("/pl/produkty/producenci/", "/en/produkty/producers/"),
        ("/pl/produkty/wojewodztwo/malopolskie/", "/en/produkty/region/malopolskie/"),
    ],
)
def test_catalogue_routes_have_polish_slugs_in_polish(client, taxonomy, catalogue, polish, english):
    assert client.get(polish).status_code == 200
    assert client.get(english).status_code == 200
    # Polish words stay out of English addresses.
    assert client.get(polish.replace("/pl/", "/en/")).status_code == 404


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/pl/produkty/map/", "/pl/produkty/mapa/"),
        (
            "/pl/produkty/map/?scheme=PDO&region=slaskie",
            "/pl/produkty/mapa/?scheme=PDO&region=slaskie",
        ),
        ("/pl/produkty/producers/?visits=on", "/pl/produkty/producenci/?visits=on"),
        ("/pl/produkty/region/malopolskie/", "/pl/produkty/wojewodztwo/malopolskie/"),
        ("/pl/produkty/region/12/", "/pl/produkty/wojewodztwo/malopolskie/"),
        ("/pl/produkty/wojewodztwo/12/", "/pl/produkty/wojewodztwo/malopolskie/"),
    ],
)
def test_old_addresses_redirect_permanently(client, taxonomy, catalogue, old, new):
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == new


def test_links_of_the_polish_catalogue_use_polish_routes(client, taxonomy, catalogue):
    for path in ("/pl/produkty/", "/pl/produkty/mapa/", "/pl/produkty/wojewodztwo/malopolskie/"):
        html = client.get(path).content.decode()
        assert "/pl/produkty/map/" not in html and "/pl/produkty/producers/" not in html
        assert "/pl/produkty/region/" not in html
    html = client.get("/pl/produkty/").content.decode()
    assert 'href="/pl/produkty/mapa/"' in html and 'href="/pl/produkty/producenci/"' in html
    assert 'href="/pl/produkty/wojewodztwo/' in client.get("/pl/produkty/mapa/").content.decode()


def test_the_language_switcher_translates_the_route(client, taxonomy, catalogue):
    html = client.get("/pl/produkty/mapa/?scheme=PDO").content.decode()
    assert 'hreflang="en" href="http://testserver/en/produkty/map/?scheme=PDO"' in html
    html = client.get("/en/produkty/region/slaskie/").content.decode()
    assert 'href="/pl/produkty/wojewodztwo/slaskie/"' in html


def test_the_sitemap_lists_each_language_with_its_own_routes(client, taxonomy, catalogue):
    xml = client.get("/sitemap.xml").content.decode()
    assert "/pl/produkty/mapa/" in xml and "/pl/produkty/producenci/" in xml
    assert "/pl/produkty/wojewodztwo/malopolskie/" in xml
    assert "/en/produkty/map/" in xml and "/en/produkty/region/malopolskie/" in xml
    assert "/pl/produkty/map/" not in xml and "/pl/produkty/region/" not in xml
