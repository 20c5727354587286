"""The catalogue, product, region and map pages: what they show, bad input, query budgets."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from origins.models import Category, OriginStoryPage, Product, Region
from tests.origins.factories import OriginStoryPageFactory, ProductFactory

ALL_FILTERS = (
    "?region=malopolskie&category=miody&scheme=LPT&scheme=PDO&year_from=2005&year_to=2024"
    "&story=on&tag=pszczoly&sort=newest&q=mi"
)


def count_queries(client, url):
    client.get(url)  # the shell caches its menus and site lookups on a first request
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries), response


def thirty_products():
    region = Region.objects.get(teryt="12")
    category = Category.objects.get(code="miody")
    return [
        ProductFactory(
            name=f"Miód {n}",
            slug=f"miod-{n}",
            category=category,
            regions=[region],
            year=2005 + n % 15,
            first_entry_date=datetime.date(2005 + n % 15, 1, 1),
        )
        for n in range(30)
    ]


def add_story(story_index, product):
    story = OriginStoryPageFactory(parent=story_index, product=product)
    story.tags.add("pszczoły")
    story.save_revision().publish()
    return story


@pytest.mark.parametrize("path", ["", "mapa/", "wojewodztwo/malopolskie/"])
def test_query_count_is_the_same_for_30_products_and_all_2166_entries(
    client, taxonomy, catalogue, story_index, path
):
    counts = {}
    products = thirty_products()
    add_story(story_index, products[0])
    for query in ("", ALL_FILTERS):
        counts[("30", query)], _ = count_queries(client, f"/pl/produkty/{path}{query}")
    OriginStoryPage.objects.all().delete()
    Product.objects.all().delete()
    from origins.importing import run_import

    run_import("eu")
    run_import("lpt")
    add_story(story_index, Product.objects.get(slug="miod-spadziowy-z-beskidu-wyspowego"))
    for query in ("", ALL_FILTERS):
        counts[("all", query)], response = count_queries(client, f"/pl/produkty/{path}{query}")
        assert counts[("all", query)] == counts[("30", query)], counts
        assert counts[("all", query)] <= 30, counts
    if path == "":
        assert "Miód spadziowy z Beskidu Wyspowego" in response.content.decode()


def test_catalogue_lists_filters_and_counts(client, taxonomy, catalogue, story_index):
    products = thirty_products()
    add_story(story_index, products[3])
    response = client.get("/pl/produkty/?story=on")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Miód 3" in html and "Miód 4<" not in html
    assert 'name="story" value="on" id="f-story" checked' in html
    response = client.get("/pl/produkty/?region=malopolskie")
    assert response.context["page_obj"].paginator.count == 30
    facets = response.context["facets"]
    malopolskie = next(c for c in facets["region"] if c["value"] == "malopolskie")
    assert malopolskie["count"] == 30 and malopolskie["checked"]
    assert next(c for c in facets["scheme"] if c["value"] == "LPT")["count"] == 30
    assert next(c for c in facets["scheme"] if c["value"] == "PDO")["count"] == 0
    assert facets["story"]["count"] == 1
    # A reversed year range is read the right way round.
    response = client.get("/pl/produkty/?year_from=2010&year_to=2005")
    assert response.status_code == 200 and response.context["swapped_years"]
    assert all(2005 <= p.year <= 2010 for p in response.context["page_obj"])


@pytest.mark.parametrize(
    "query",
    [
        "?region=atlantyda",
        "?page=abc",
        "?page=999999999999",
        "?page=-1",
        "?year_from=2020&year_to=2000",
        "?year_from=abc&year_to=99999999999",
        "?scheme=XYZ&category=nic&tag=%00&sort=random",
        "?q=" + "x" * 500,
        "?story=maybe",
    ],
)
def test_bad_filter_values_give_a_normal_page(client, taxonomy, catalogue, query):
    thirty_products()
    for path in ("/pl/produkty/", "/en/produkty/", "/pl/produkty/mapa/"):
        assert client.get(path + query).status_code == 200


def test_bad_filters_are_named_on_the_page(client, taxonomy, catalogue):
    thirty_products()
    response = client.get("/pl/produkty/?region=atlantyda&year_from=abc")
    labels = {str(label) for label, _errors in response.context["bad_filters"]}
    assert labels == {"Województwo", "Od roku"}
    assert "Niektóre filtry w adresie były nieprawidłowe" in response.content.decode()
    # The bad values are ignored, the rest of the catalogue still shows.
    assert response.context["page_obj"].paginator.count == 30


@pytest.mark.parametrize(
    "path",
    [
        "/pl/produkty/nie-ma/",
        "/pl/produkty/wojewodztwo/atlantyda/",
        "/pl/produkty/wojewodztwo/12345/",
    ],
)
def test_unknown_product_or_region_is_404(client, taxonomy, catalogue, path):
    assert client.get(path).status_code == 404


def test_product_page_in_both_languages(client, registers, catalogue):
    for url in ("/pl/produkty/oscypek/", "/en/produkty/oscypek/"):
        response = client.get(url)
        html = response.content.decode()
        assert response.status_code == 200
        assert "<h1>Oscypek</h1>" in html
        assert "2008" in html and "Class 1.3 Cheeses" in html
        assert "malopolskie/" in html and "slaskie/" in html
    assert "Lesser Poland Voivodeship" in client.get("/en/produkty/oscypek/").content.decode()


def test_an_entry_without_a_story_still_has_its_page(client, registers, catalogue):
    response = client.get("/pl/produkty/ajerlikier/")
    assert response.status_code == 200
    assert response.context["story"] is None


def test_region_page_groups_products_by_category(client, registers, catalogue):
    response = client.get("/pl/produkty/wojewodztwo/malopolskie/")
    assert response.status_code == 200
    assert response.context["product_count"] == Product.objects.filter(regions__teryt="12").count()
    groups = response.context["by_category"]
    assert sum(len(g["products"]) for g in groups) == response.context["product_count"]


def test_map_has_16_linked_regions_with_counts_and_a_table(client, registers, catalogue):
    response = client.get("/en/produkty/map/?scheme=PDO")
    html = response.content.decode()
    assert html.count("<path ") == 16
    assert 'aria-label="Lesser Poland Voivodeship: 6 products"' in html
    assert "Natural Earth" in html
    assert html.count("<tr>") == 17  # header + 16 voivodeships
    assert "http://" not in html.split("<svg", 1)[1].split("</svg>", 1)[0].replace('href="http', "")


def test_map_data_is_projected_once(registers):
    from origins.map import projected_regions

    first = projected_regions()
    assert projected_regions() is first
    paths, (width, height) = first
    assert len(paths) == 16 and width == 600 and 500 < height < 700


def test_map_boundaries_are_simplified_within_the_tolerance():
    from origins.map import simplify

    bump = [(0, 0), (5, 0.4), (10, 0), (15, -3), (20, 0)]
    assert simplify(bump, 0.5) == [(0, 0), (10, 0), (15, -3), (20, 0)]
    ring = [(0, 0), (10, 0), (10, 0.2), (10, 10), (0, 10), (0, 0)]
    assert simplify(ring, 0.5) == [(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)]
    assert simplify([(0, 0), (1, 1)], 0.5) == [(0, 0), (1, 1)]


def test_every_product_is_in_the_sitemap(client, registers, catalogue):
    xml = client.get("/sitemap.xml").content.decode()
    assert "/pl/produkty/oscypek/" in xml and "/en/produkty/oscypek/" in xml
    assert "/pl/produkty/wojewodztwo/malopolskie/" in xml and "/pl/produkty/mapa/" in xml
    assert xml.count("<loc>") >= 2 * 2132


def test_a_region_by_its_teryt_code_redirects_to_its_page(client, taxonomy, catalogue):
    response = client.get("/pl/produkty/wojewodztwo/12/")
    assert response.status_code == 301
    assert response["Location"].endswith("/pl/produkty/wojewodztwo/malopolskie/")
