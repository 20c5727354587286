"""Lessons in a real browser: the lesson index (plain and filtered), a lesson (anonymous and as
a teacher), the teacher resources page and the lesson pack pass axe-core and the Nu HTML
checker in both languages; teacher-only content never reaches anonymous visitors."""

import pytest

LESSON = ("/pl/lekcje/jak-baca-robi-oscypek/", "/en/lessons/how-a-shepherd-makes-oscypek/")
PAGES = {
    "index": ("/pl/lekcje/", "/en/lessons/"),
    "index-filtered": (
        "/pl/lekcje/?strand=environment&age=7-8&subject=biology&duration=90",
        "/en/lessons/?strand=methods&tag=cheese",
    ),
    "index-bad-filters": (
        "/pl/lekcje/?strand=atlantyda&age=99&page=abc",
        "/en/lessons/?duration=-5&page=9999&tag=%3Cscript%3E",
    ),
    "index-no-results": (
        "/pl/lekcje/?strand=origins&age=7-8",
        "/en/lessons/?age=1-3&subject=civics",
    ),
    "lesson": LESSON,
    "lesson-secondary": (
        "/pl/lekcje/lasy-jodlowe-i-miod-spadziowy/",
        "/en/lessons/fir-forests-and-honeydew-honey/",
    ),
    "resources": (
        "/pl/lekcje/materialy-dla-nauczycieli/",
        "/en/lessons/teacher-resources/?strand=origins",
    ),
}
SCREENSHOTS = {"index", "lesson"}
TEACHER_MARKERS = ("teacher-only", "/pakiet/", "/pack/")


@pytest.mark.parametrize("name", sorted(PAGES))
@pytest.mark.parametrize("language", [0, 1], ids=["pl", "en"])
def test_lesson_pages_pass_the_audit(audit, name, language):
    code = ("pl", "en")[language]
    page = audit(
        PAGES[name][language],
        screenshot=f"lessons-{name}-{code}" if name in SCREENSHOTS else None,
    )
    if name.startswith("lesson"):
        html = page.content()
        for marker in TEACHER_MARKERS:
            assert marker not in html, f"teacher-only {marker!r} reached an anonymous visitor"


@pytest.mark.parametrize("language", [0, 1], ids=["pl", "en"])
def test_teacher_sees_notes_answer_key_and_pack(audit, page, login, live_url, language):
    code = ("pl", "en")[language]
    login(page, "nauczyciel", language=code)
    audit(LESSON[language], screenshot=f"lessons-lesson-teacher-{code}")
    assert page.locator("section.teacher-only").count() == 1
    assert page.locator("section.teacher-only table.timing tbody tr").count() >= 3
    pack_link = page.locator("section.teacher-only a[type='application/pdf']")
    href = pack_link.get_attribute("href")
    assert href.endswith("/pakiet/" if code == "pl" else "/pack/")
    response = page.request.get(live_url + href)
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF")
    audit(PAGES["resources"][language])


def test_anonymous_pack_request_goes_to_sign_in(page, live_url):
    response = page.goto(live_url + LESSON[0] + "pakiet/")
    assert response.status == 200
    assert "/konto/" in page.url or "login" in page.url
    assert page.locator("input[name=password]").count() == 1


def test_filters_work_without_javascript(browser, live_url):
    context = browser.new_context(java_script_enabled=False, base_url=live_url)
    try:
        page = context.new_page()
        page.goto(live_url + "/pl/lekcje/")
        page.select_option("select[name=strand]", "environment")
        page.select_option("select[name=age]", "1-3")
        with page.expect_navigation():
            page.click("form.filters button[type=submit]")
        assert "strand=environment" in page.url and "age=1-3" in page.url
        titles = page.locator(".lesson-card .card__title").all_inner_texts()
        assert titles == ["Pszczoły na wrzosowisku"]
    finally:
        context.close()


def test_series_links_are_reached_by_keyboard(page, live_url):
    page.goto(live_url + LESSON[0])
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('rel') === 'next'"):
            break
    else:
        pytest.fail("The next-lesson link never took the keyboard focus")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("/pl/lekcje/karp-zatorski-w-stawach-ziemnych/")
