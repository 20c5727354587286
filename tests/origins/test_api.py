"""The products in the site's API v2."""

import pytest


@pytest.fixture
def api_client(client, registers):
    return client


def test_products_listing_with_facets(api_client):
    data = api_client.get("/api/v2/products/?scheme=PDO&limit=20").json()
    assert data["meta"]["total_count"] == 10
    oscypek = next(item for item in data["items"] if item["slug"] == "oscypek")
    assert oscypek["facets"]["schemes"] == ["PDO", "LPT"]
    assert [r["teryt"] for r in oscypek["facets"]["regions"]] == ["12", "24"]


def test_products_filters(api_client):
    data = api_client.get(
        "/api/v2/products/?region=malopolskie&category=miody&year_from=2010"
    ).json()
    assert data["meta"]["total_count"] > 0
    assert all(item["year"] >= 2010 for item in data["items"])
    detail = api_client.get(
        data["items"][0]["meta"]["detail_url"].replace("http://localhost", "")
    ).json()
    assert detail["register_entries"]


@pytest.mark.parametrize(
    "query", ["?region=atlantyda", "?scheme=XYZ", "?year_from=abc", "?nonsense=1"]
)
def test_bad_api_filters_are_400(api_client, query):
    assert api_client.get("/api/v2/products/" + query).status_code == 400
