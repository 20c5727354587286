"""The search journey in a real browser on the demo content, and the translation status report:
axe-core (WCAG 2.1 AA) and the Nu HTML checker on every state of the search page and on the
report; the type filter and pagination work with the keyboard and without JavaScript."""

import pytest

from tests.browser.harness import localized_url


def search_url(language, query_string):
    return localized_url("search", language) + "?" + query_string


@pytest.mark.parametrize(
    ("language", "query_string"),
    [
        ("pl", "q=zurek"),
        ("pl", "q=kielbasa"),
        ("pl", "q=oscypki"),  # the prefix search and its notice
        ("pl", "q=ser&type=products"),
        ("pl", "q=ser&page=2"),
        ("pl", "q=qwerty+zzzz"),  # nothing found, with suggestions
        ("pl", ""),
        ("en", "q=carp"),
        ("en", "q=cheese&type=lessons.lessonpage"),
    ],
)
def test_search_page_states_pass_the_audit(audit, language, query_string):
    page = audit(search_url(language, query_string))
    assert page.locator("main h1").count() == 1


def test_search_by_keyboard_filter_and_pages(page, live_url):
    page.goto(live_url + localized_url("search", "pl"))
    page.locator("#search-page-q").focus()
    page.keyboard.type("karp")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    results = page.locator(".search-result")
    assert results.count() >= 1
    assert "Karp zatorski" in page.locator(".search-results").inner_text()
    status = page.locator("[role=status]").inner_text()
    assert any(char.isdigit() for char in status)

    # The type filter: links, reachable by keyboard, the current one marked.
    filters = page.locator(".search-types a")
    assert filters.count() >= 2
    label = filters.nth(1).inner_text()
    filters.nth(1).focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    current = page.locator('.search-types a[aria-current="page"]')
    assert current.inner_text() == label
    assert "type=" in page.url
    types = {
        text.split(" · ")[0] for text in page.locator(".search-results__type").all_inner_texts()
    }
    assert len(types) == 1, types


def test_search_works_without_javascript(browser, live_url):
    context = browser.new_context(java_script_enabled=False, base_url=live_url)
    try:
        page = context.new_page()
        page.goto(live_url + search_url("pl", "q=ser"))
        assert page.locator(".search-result").count() >= 1
        # The type filter is a plain link.
        link = page.locator(".search-types a").nth(1)
        label = link.inner_text()
        with page.expect_navigation():
            link.click()
        assert page.locator('.search-types a[aria-current="page"]').inner_text() == label
        # Pages are plain links too.
        page.goto(live_url + search_url("pl", "q=ser"))
        if page.locator('a[rel="next"]').count():
            with page.expect_navigation():
                page.click('a[rel="next"]')
            assert "page=2" in page.url
            assert page.locator(".search-result").count() >= 1
    finally:
        context.close()


def test_a_huge_query_gets_a_normal_page(page, live_url):
    # gunicorn refuses request lines over 4,094 bytes (414) before Django sees them; the
    # 10,000-character queries are tested in tests/site/test_search.py.
    response = page.goto(live_url + search_url("pl", "q=" + "oscypek%20" * 350))
    assert response.status == 200
    assert page.locator("main h1").count() == 1


def test_translation_status_report_passes_the_audit(page, login, audit, live_url):
    login(page, "admin")
    report = audit("/admin/reports/translation-status/")
    cells = report.locator("td.translation-status")
    assert cells.count() > 0
    assert report.locator("td.translation-status--up-to-date").count() > 0
