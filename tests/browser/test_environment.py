"""Environment topics in a real browser: the index (plain and filtered) and a topic pass
axe-core and the Nu HTML checker in both languages, and link to products and lessons."""

import pytest

PAGES = {
    "index": ("/pl/przyroda-i-srodowisko/", "/en/nature-and-environment/"),
    "index-filtered": (
        "/pl/przyroda-i-srodowisko/?kind=practice",
        "/en/nature-and-environment/?kind=habitat&page=abc",
    ),
    "topic": (
        "/pl/przyroda-i-srodowisko/laki-gorskie-i-wypas-owiec/",
        "/en/nature-and-environment/mountain-meadows-and-sheep-grazing/",
    ),
    "topic-ponds": (
        "/pl/przyroda-i-srodowisko/stawy-karpiowe-jako-mokradla/",
        "/en/nature-and-environment/carp-ponds-as-wetlands/",
    ),
}


@pytest.mark.parametrize("name", sorted(PAGES))
@pytest.mark.parametrize("language", [0, 1], ids=["pl", "en"])
def test_environment_pages_pass_the_audit(audit, name, language):
    code = ("pl", "en")[language]
    audit(
        PAGES[name][language], screenshot=f"environment-{name}-{code}" if name == "topic" else None
    )


def test_topic_links_products_and_lessons(page, live_url):
    page.goto(live_url + PAGES["topic"][1])
    products = page.locator(".topic__aside a").all_inner_texts()
    assert "Oscypek" in products
    assert "Cultural grazing: sheep that protect meadows" in products
    with page.expect_navigation():
        page.locator(".topic__aside").get_by_role("link", name="Oscypek", exact=True).click()
    assert page.locator("h1").inner_text()
