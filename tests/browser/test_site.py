"""The whole site in a real browser: every page type of the demo content in both languages,
search, sign-in and the 404 page pass axe-core (WCAG 2.1 AA) and the Nu HTML checker; the
keyboard journey through the skip link; the language switcher keeps the reader on the same page.

The page types are discovered from the live site's database (harness.DISCOVER_PAGES), so the
page types of every app are covered as soon as its demo content has one.
Set KORZENIE_SCREENSHOTS=1 to keep desktop and phone screenshots of every audited page type.
"""

import os
from urllib.parse import urlsplit

import pytest

from tests.browser.harness import localized_url

ALL_SCREENSHOTS = os.environ.get("KORZENIE_SCREENSHOTS") == "1"


def page_label(entry, code):
    return f"{entry['type'].replace('.', '-')}-{code}"


def test_demo_content_has_the_shell_page_types(live_site):
    types = {entry["type"] for entry in live_site.pages()}
    assert {"korzenie.homepage", "korzenie.standardpage"} <= types
    assert "korzenie.accessibilitystatementpage" in types


def test_every_page_type_in_both_languages_passes_the_audit(live_site, audit, subtests):
    pages = live_site.pages()
    print(f"Auditing one page of each of {len(pages)} page types:")
    for entry in pages:
        print(f"  {entry['type']}: {', '.join(entry['urls'].values())}")
    for entry in pages:
        for code, path in entry["urls"].items():
            screenshot = page_label(entry, code) if ALL_SCREENSHOTS else None
            with subtests.test(msg=f"{entry['type']} ({code})", path=path):
                audit(path, screenshot=screenshot)


def test_every_page_type_exists_in_english_too(live_site):
    missing = [entry["type"] for entry in live_site.pages() if set(entry["urls"]) != {"pl", "en"}]
    assert not missing, f"Page types with no live page in both Polish and English: {missing}"


def test_home_page_screenshots(audit):
    audit("/pl/", screenshot="home-pl")
    audit("/en/", screenshot="home-en")


@pytest.mark.parametrize("path", ["/pl/szukaj/?q=oscypek", "/en/search/?q=carp"])
def test_search_results_page(audit, path):
    page = audit(path)
    assert page.locator("main h1").count() == 1


@pytest.mark.parametrize("path", ["/pl/szukaj/", "/en/search/?q=zzzzzz-nothing"])
def test_empty_search_page(audit, path):
    audit(path)


@pytest.mark.parametrize("language", ["pl", "en"])
def test_sign_in_page(audit, language):
    audit(localized_url("login", language))


def test_sign_in_page_with_errors(page, audit, live_url):
    page.goto(live_url + localized_url("login", "pl"))
    page.fill("input[name=username]", "nauczyciel")
    page.fill("input[name=password]", "wrong-password")
    with page.expect_navigation():
        page.click("form.form button[type=submit]")
    assert page.locator("input[name=password]").count() == 1
    audit(page)


@pytest.mark.parametrize("path", ["/pl/nie-ma-takiej-strony/", "/en/no-such-page/"])
def test_not_found_page(audit, path):
    page = audit(path, status=404)
    assert page.locator("main h1").count() == 1


def test_pages_for_a_signed_in_editor(page, login, audit, live_site):
    """Editors see Wagtail's user bar on every page: it must not break the audit either."""
    login(page, "redaktor")
    for entry in live_site.pages():
        audit(entry["urls"].get("pl") or next(iter(entry["urls"].values())))


def test_teacher_can_sign_in_and_out(page, login, live_url):
    login(page, "nauczyciel")
    page.goto(live_url + "/pl/")
    assert page.locator("input[name=password]").count() == 0


def test_skip_link_is_first_and_moves_focus_to_main(page, live_url):
    page.goto(live_url + "/pl/")
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => ({cls: document.activeElement.className, href: document.activeElement.getAttribute('href')})"
    )
    assert "skip-link" in focused["cls"] and focused["href"] == "#main-content", focused
    assert page.locator(".skip-link").is_visible(), "The skip link must show when focused"
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement && document.activeElement.id")
    active = page.evaluate("() => [document.activeElement.tagName, document.activeElement.id]")
    assert active == ["MAIN", "main-content"], active
    # The next Tab continues from the main content, not from the top of the page.
    page.keyboard.press("Tab")
    after_main = page.evaluate(
        """() => {
            const main = document.getElementById('main-content');
            const active = document.activeElement;
            return main.contains(active)
                || Boolean(main.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
        }"""
    )
    assert after_main, page.evaluate("() => document.activeElement.outerHTML.slice(0, 200)")


def test_language_switcher_keeps_the_same_page(page, live_site, live_url):
    checked = 0
    for entry in live_site.pages():
        urls = entry["urls"]
        if set(urls) != {"pl", "en"}:
            continue
        page.goto(live_url + urls["pl"])
        switcher = page.locator(".language-switcher")
        assert switcher.get_attribute("aria-label"), "The switcher is a labelled navigation"
        with page.expect_navigation():
            switcher.locator("a[hreflang=en]").click()
        assert urlsplit(page.url).path == urls["en"], entry
        assert page.locator("html").get_attribute("lang") == "en"
        with page.expect_navigation():
            page.locator(".language-switcher a[hreflang=pl]").click()
        assert urlsplit(page.url).path == urls["pl"], entry
        assert page.locator("html").get_attribute("lang") == "pl"
        checked += 1
    assert checked >= 3


def test_external_requests_are_caught(page, live_url, block_external_requests):
    """The guard itself: a request to another host is aborted and recorded."""
    page.goto(live_url + "/pl/")
    page.evaluate("() => fetch('http://example.invalid/x').catch(() => null)")
    assert block_external_requests.blocked == ["http://example.invalid/x"]
    block_external_requests.blocked.clear()  # expected here: do not fail this test
