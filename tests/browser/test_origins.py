"""Origins in a real browser: the catalogue (plain and filtered), entries with and without a
story, a story, a region page, the map and the producer directory pass axe-core and the Nu
HTML checker in both languages; the map and the filters work with the keyboard alone."""

import pytest

PAGES = {
    "catalogue": ("/pl/produkty/", "/en/products/"),
    "catalogue-filtered": (
        "/pl/produkty/?region=malopolskie&scheme=PDO&scheme=LPT&year_from=2005&year_to=2012&sort=newest",
        "/en/products/?category=miody&story=on&page=1",
    ),
    "catalogue-bad-filters": (
        "/pl/produkty/?region=atlantyda&year_from=2020&year_to=2000&page=abc",
        "/en/products/?page=99999&year_from=abc",
    ),
    "entry-with-story": ("/pl/produkty/oscypek/", "/en/products/oscypek/"),
    "entry-without-story": ("/pl/produkty/ajerlikier/", "/en/products/ajerlikier/"),
    "story": ("/pl/historie/oscypek/", "/en/stories/oscypek/"),
    "story-index": ("/pl/historie/", "/en/stories/"),
    "region": ("/pl/produkty/wojewodztwo/malopolskie/", "/en/products/region/malopolskie/"),
    "map": ("/pl/produkty/mapa/", "/en/products/map/?scheme=PGI"),
    "producers": ("/pl/produkty/producenci/", "/en/products/producers/?region=slaskie&visits=on"),
}
SCREENSHOTS = {"catalogue", "entry-with-story", "story", "map"}


@pytest.mark.parametrize("name", sorted(PAGES))
@pytest.mark.parametrize("language", [0, 1], ids=["pl", "en"])
def test_origins_pages_pass_the_audit(audit, name, language):
    path = PAGES[name][language]
    code = ("pl", "en")[language]
    audit(path, screenshot=f"origins-{name}-{code}" if name in SCREENSHOTS else None)


def test_unknown_product_is_a_404(audit):
    audit("/pl/produkty/nie-ma-takiego/", status=404)


def test_map_regions_are_links_reached_by_keyboard(page, live_url):
    page.goto(live_url + "/en/products/map/")
    links = page.locator("svg a")
    assert links.count() == 16
    label = links.first.get_attribute("aria-label")
    assert label.startswith("Lower Silesian Voivodeship: ") and label.endswith(" products")
    # Tab until a region of the map has the focus, then follow it with Enter.
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('svg') !== null"):
            break
    else:
        pytest.fail("No voivodeship of the map took the keyboard focus")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/en/products/region/" in page.url
    assert page.locator("h1").inner_text()


def test_filters_work_without_javascript(browser, live_url):
    context = browser.new_context(java_script_enabled=False, base_url=live_url)
    page = context.new_page()
    page.goto("/pl/produkty/")
    page.check("input[name=scheme][value=PDO]")
    page.check("input[name=region][value=malopolskie]")
    with page.expect_navigation():
        page.click("form.catalogue__filters button[type=submit]")
    assert "scheme=PDO" in page.url and "region=malopolskie" in page.url
    names = page.locator(".product-list__name").all_inner_texts()
    assert "Oscypek" in names and "Karp zatorski" in names
    # The filtered list is a link a teacher can send: the map follows the same filters.
    page.click("text=Pokaż te produkty na mapie")
    assert "scheme=PDO" in page.url
    context.close()


@pytest.mark.parametrize("path", ["/pl/produkty/mapa/", "/en/products/map/?scheme=PGI"])
def test_the_map_page_does_not_scroll_sideways_on_a_phone(new_context, path):
    from tests.browser import harness

    page = new_context(viewport=harness.PHONE).new_page()
    page.goto(path)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= harness.PHONE["width"], f"{path}: the page is {width} px wide"
    table = page.locator("table.map-table").bounding_box()
    assert table["x"] >= 0 and table["x"] + table["width"] <= harness.PHONE["width"]
