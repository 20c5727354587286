"""Fixtures of the browser tests: Debian's Chromium through Playwright against a live,
demo-loaded site, with axe-core and the Nu HTML checker.

Every test under tests/browser is marked `browser`; `make test` runs them in their own pytest
process (`pytest -m browser tests/browser`). Fixtures:

- `live_url`: base URL of the site (gunicorn, settings korzenie.settings.test, its own
  database with the demo content and accounts; see harness.py). Tests talk HTTP only.
- `live_site`: the same with `.pages()`: one live page of every page type (discovered).
- `browser` (session), `page` (a fresh context per test), `new_context()` (another
  independent context, e.g. a second user). Any request to another host fails the test.
- `login(page, username)`: signs a demo account in through the sign-in form.
- `audit(path_or_page, status=200, screenshot=None)`: axe-core (WCAG 2.1 A + AA) with zero
  violations and the Nu HTML checker with zero errors; returns the page.

`tests.browser.harness.localized_url("search", "en")` gives a URL path in a language.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.browser import harness

BROWSER_DIR = Path(__file__).resolve().parent
DEMO_PASSWORD = "korzenie-demo"

# Every page audited in this session and the page types found, for the summary at the end.
AUDITED: list[str] = []
PAGE_TYPES: list[dict] = []


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    for item in items:
        if BROWSER_DIR in Path(item.path).resolve().parents:
            item.add_marker(pytest.mark.browser)


def pytest_terminal_summary(terminalreporter):
    if PAGE_TYPES:
        terminalreporter.section(f"page types in the demo content ({len(PAGE_TYPES)})")
        for entry in PAGE_TYPES:
            terminalreporter.write_line(f"{entry['type']}: {', '.join(entry['urls'].values())}")
    if AUDITED:
        terminalreporter.section(f"pages audited: axe-core + Nu HTML checker ({len(AUDITED)})")
        for line in AUDITED:
            terminalreporter.write_line(line)


# --- Servers --------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def vnu_process():
    checker = harness.start_vnu()  # starts now, is waited for on first use
    try:
        yield checker
    finally:
        harness.stop(checker.process)


@pytest.fixture(scope="session")
def live_site(vnu_process):
    site = harness.start_site()
    PAGE_TYPES[:] = site.pages()
    try:
        yield site
    finally:
        harness.stop_site(site)


@pytest.fixture(scope="session")
def live_url(live_site):
    return live_site.url


@pytest.fixture(scope="session")
def vnu(vnu_process):
    return vnu_process.wait_until_ready()


# --- Chromium -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def playwright_instance():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_instance):
    browser = playwright_instance.chromium.launch(
        executable_path=harness.CHROMIUM, args=harness.CHROMIUM_ARGS, headless=True
    )
    try:
        yield browser
    finally:
        browser.close()


class ExternalRequests:
    """Records (and aborts) every request a page makes to a host other than the live site."""

    def __init__(self, live_url):
        self.allowed = urlsplit(live_url).netloc
        self.blocked: list[str] = []

    def route(self, route):
        url = route.request.url
        parts = urlsplit(url)
        if parts.scheme in {"http", "https", "ws", "wss"} and parts.netloc != self.allowed:
            self.blocked.append(url)
            route.abort("blockedbyclient")
        else:
            route.continue_()


@pytest.fixture
def block_external_requests(live_url):
    """The guard of the design rule "no request to any other host": fails the test at the end."""
    guard = ExternalRequests(live_url)
    yield guard
    if guard.blocked:
        pytest.fail(
            "The page requested other hosts (forbidden: no CDN, no third party):\n  "
            + "\n  ".join(sorted(set(guard.blocked)))
        )


def _track_navigations(page):
    """Remember the last main-frame document response: its body is the HTML source to check."""

    def on_response(response):
        request = response.request
        if request.is_navigation_request() and request.frame == page.main_frame:
            page._korzenie_last_document = response

    if not hasattr(page, "_korzenie_last_document"):
        page._korzenie_last_document = None
        page.on("response", on_response)


@pytest.fixture
def new_context(browser, live_url, block_external_requests):
    """`new_context(**kwargs)` -> an independent browser context (its own cookies)."""
    contexts = []

    def make(**kwargs):
        options = {"base_url": live_url, "viewport": harness.DESKTOP, "locale": "pl-PL"}
        options.update(kwargs)
        context = browser.new_context(**options)
        context.set_default_timeout(30_000)
        context.route("**/*", block_external_requests.route)
        context.on("page", _track_navigations)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        with contextlib.suppress(Exception):
            context.close()


@pytest.fixture
def context(new_context):
    return new_context()


@pytest.fixture
def page(context):
    page = context.new_page()
    _track_navigations(page)
    return page


@pytest.fixture
def login(live_url):
    """`login(page, "nauczyciel")`: sign a demo account in (password korzenie-demo)."""

    def sign_in(page, username, password=DEMO_PASSWORD, language="pl"):
        page.goto(live_url + harness.localized_url("login", language))
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", password)
        with page.expect_navigation():
            page.click("form.form button[type=submit]")
        assert page.locator("input[name=password]").count() == 0, (
            f"Signing in as {username} failed on {page.url}"
        )
        return page

    return sign_in


# --- The audit ------------------------------------------------------------------------------


@pytest.fixture
def audit(page, live_url, vnu):
    """`audit(path_or_page, status=200, screenshot=None, html=None)` -> the Playwright page.

    With a path: opens `live_url + path` in the test's page and asserts the HTTP status.
    With a page: audits what that page shows now (HTML source: its last document response).
    Then axe-core (wcag2a, wcag2aa, wcag21a, wcag21aa) must find no violation and the Nu HTML
    checker no error (warnings are printed). `screenshot="name"` writes
    tests/browser/screenshots/name-desktop.png and name-phone.png.
    """

    def run(target="/", *, status=200, screenshot=None, html=None):
        if isinstance(target, str):
            target_page = page
            response = target_page.goto(live_url + target if target.startswith("/") else target)
            assert response is not None, f"No response for {target}"
            assert response.status == status, f"{target}: HTTP {response.status}, expected {status}"
            if html is None:
                html = response.text()
        else:
            target_page = target
            if html is None:
                document = getattr(target_page, "_korzenie_last_document", None)
                try:
                    html = document.text() if document is not None else target_page.content()
                except Exception:
                    html = target_page.content()
        target_page.wait_for_load_state("load")
        url = target_page.url
        shown = url.removeprefix(live_url) or "/"

        problems = []
        violations = harness.run_axe(target_page)
        if violations:
            problems.append(harness.format_axe_violations(violations, shown))
        messages = vnu.check(html)
        errors = [m for m in messages if m.get("type") in {"error", "non-document-error"}]
        warnings = [m for m in messages if m.get("type") == "info" and m.get("subType")]
        if warnings:
            print(harness.format_vnu_messages(warnings, shown))
        if errors:
            problems.append(harness.format_vnu_messages(errors, shown))
        if screenshot:
            harness.screenshots(target_page, screenshot)
        AUDITED.append(f"{'FAIL' if problems else 'ok  '} {shown}")
        if problems:
            pytest.fail("\n\n".join(problems), pytrace=False)
        return target_page

    return run
