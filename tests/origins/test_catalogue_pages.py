"""The catalogue's 72 pages: page numbers, first and last, and a jump from A to Ż."""

import re

import pytest

from origins.models import Product
from origins.views import PER_PAGE

pytestmark = pytest.mark.django_db


def pagination(html):
    nav = re.search(r'<nav class="pagination".*?</nav>', html, re.S)
    assert nav, "no pagination"
    return nav.group(0)


def links(fragment):
    return {
        re.sub(r"<[^>]+>", "", text).strip(): href.replace("&amp;", "&")
        for href, text in re.findall(r'<a href="([^"]+)"[^>]*>(.*?)</a>', fragment, re.S)
    }


def test_first_page_has_numbers_next_and_last(client, registers, catalogue):
    total = Product.objects.count()
    last = (total + PER_PAGE - 1) // PER_PAGE
    assert last == 72
    nav = pagination(client.get("/pl/produkty/").content.decode())
    found = links(nav)
    assert found["2"] == "?page=2" and found["3"] == "?page=3"
    assert found[str(last)] == f"?page={last}"
    assert "Następna" in found and "Ostatnia" in found
    assert "Pierwsza" not in found and "Poprzednia" not in found
    assert 'aria-current="page"' in nav and "…" in nav
    assert "?page=40" not in nav  # far pages are elided


def test_a_middle_page_keeps_the_filters_and_offers_every_way_out(client, registers, catalogue):
    nav = pagination(client.get("/pl/produkty/?scheme=LPT&page=30").content.decode())
    found = links(nav)
    assert found["Pierwsza"] == "?scheme=LPT&page=1"
    assert found["Poprzednia"] == "?scheme=LPT&page=29"
    assert found["Następna"] == "?scheme=LPT&page=31"
    for number in (28, 29, 31, 32):
        assert found[str(number)] == f"?scheme=LPT&page={number}"
    current = re.search(r'aria-current="page"[^>]*>(\d+)<', nav)
    assert current.group(1) == "30"


def test_a_to_z_jumps_to_the_page_where_a_letter_starts(client, registers, catalogue):
    html = client.get("/pl/produkty/").content.decode()
    jump = re.search(r'<nav class="letters".*?</nav>', html, re.S)
    assert jump, "no A-Z jump"
    found = links(jump.group(0))
    names = list(Product.objects.order_by("name", "pk").values_list("name", flat=True))
    for letter in ("A", "K", "P", "Ś", "Ż"):
        first = next(i for i, name in enumerate(names) if name.startswith(letter))
        page = first // PER_PAGE + 1
        assert found[letter] == f"?page={page}#letter-{letter}", letter
        target = client.get(f"/pl/produkty/?page={page}").content.decode()
        anchor = re.search(rf'id="letter-{letter}".*?<a[^>]*>([^<]+)<', target, re.S)
        assert anchor and anchor.group(1) == names[first], letter
    # No product starts with Y: the letter is shown, not a link.
    assert "Y" not in found
    assert re.search(r"<span[^>]*>Y</span>", jump.group(0))


def test_a_to_z_follows_the_filters_and_only_for_sorting_by_name(client, registers, catalogue):
    html = client.get("/pl/produkty/?category=miody").content.decode()
    found = links(re.search(r'<nav class="letters".*?</nav>', html, re.S).group(0))
    honey = list(
        Product.objects.filter(category__slug="miody")
        .order_by("name")
        .values_list("name", flat=True)
    )
    assert set(found) == {name[0] for name in honey if name[0].isupper()}
    assert all(href.startswith("?category=miody&page=") for href in found.values())
    html = client.get("/pl/produkty/?sort=newest").content.decode()
    assert 'class="letters"' not in html
