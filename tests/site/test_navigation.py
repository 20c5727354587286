"""Header navigation: the right pages, in the active language, on a fixed query budget."""

import pytest
from django.core.cache import cache

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_menu_lists_live_menu_pages_of_the_active_language(client, home):
    StandardPageFactory(parent=home, title="O projekcie", show_in_menus=True)
    StandardPageFactory(parent=home, title="Ukryta", show_in_menus=False)
    StandardPageFactory(parent=home, title="Szkic", show_in_menus=True, live=False)
    html = client.get("/pl/").content.decode()
    menu = html.split('aria-label="Menu główne"')[1].split("</nav>")[0]
    assert "O projekcie" in menu
    assert "Ukryta" not in menu
    assert "Szkic" not in menu


def test_publishing_a_page_shows_it_in_the_cached_menu_at_once(client, home):
    client.get("/pl/")  # fills the cache
    StandardPageFactory(
        parent=home, title="Nowa sekcja", show_in_menus=True
    ).save_revision().publish()
    assert "Nowa sekcja" in client.get("/pl/").content.decode()


def home_page_queries(client, home, menu_items, django_assert_max_num_queries, prefix="Sekcja"):
    for number in range(menu_items):
        StandardPageFactory(parent=home, title=f"{prefix} {number}", show_in_menus=True)
    client.get("/pl/")  # creates the organisation settings row on first use
    cache.clear()
    with django_assert_max_num_queries(HOME_PAGE_QUERY_BUDGET) as captured:
        response = client.get("/pl/")
    assert response.status_code == 200
    assert "Sekcja 2" in response.content.decode()
    return len(captured)


HOME_PAGE_QUERY_BUDGET = 20


def test_home_page_query_count_does_not_grow_with_the_menu(
    client, home, django_assert_max_num_queries
):
    few = home_page_queries(client, home, 3, django_assert_max_num_queries)
    many = home_page_queries(client, home, 27, django_assert_max_num_queries, prefix="Dział")
    assert few == many


def test_cached_navigation_costs_no_queries_on_the_next_request(
    client, home, django_assert_max_num_queries
):
    StandardPageFactory(parent=home, title="O projekcie", show_in_menus=True)
    client.get("/pl/")
    with django_assert_max_num_queries(HOME_PAGE_QUERY_BUDGET) as captured:
        client.get("/pl/")
    filters = [query["sql"].split("WHERE", 1)[-1] for query in captured.captured_queries]
    assert not any('"show_in_menus"' in where for where in filters)
