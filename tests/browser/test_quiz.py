"""Taking quizzes in a real browser with the keyboard only: every kind of question answered
with Tab, arrow keys, Space, typing and Enter; the result page; and the quiz, question and
result pages in Polish and English pass axe-core and the Nu HTML checker.

Two demo quizzes cover the eight kinds between them: "Jak baca robi oscypek" (one question
per screen: ordering, multiple choice, number, single choice, short text, voivodeship,
true/false) and "Chronione nazwy" (all on one page: number, matching, single choice,
true/false, ordering, multiple choice; choices shuffled; correct answers held back).
"""

import contextlib
import json

import pytest

from environment.bilingual import polish as to_polish
from lessons.quiz import demo
from tests.browser import harness

# Make sure the demo quizzes exist (lessons/demo.py loads them; this is idempotent) and find
# their addresses.
LOAD_QUIZZES = r"""
import json
from django.core.management.base import BaseCommand
from lessons.models import QuizPage
from lessons.quiz import demo
demo.load(BaseCommand())
found = {}
for quiz in QuizPage.objects.live().filter(locale__language_code="pl").select_related("locale"):
    lesson = quiz.get_parent()
    english = quiz.get_translation_or_none(__import__("korzenie.demo", fromlist=["english"]).english())
    found[lesson.slug] = {"pl": quiz.url, "en": english.url if english else None}
print("QUIZZES" + json.dumps(found))
"""

OSCYPEK = "jak-baca-robi-oscypek"
NAMES = "chronione-nazwy-produktow"


@pytest.fixture(scope="module")
def quiz_urls(live_site):
    output = harness.manage("shell", "--no-imports", "-c", LOAD_QUIZZES, env=live_site.env)
    line = next(line for line in output.splitlines() if line.startswith("QUIZZES"))
    return json.loads(line.removeprefix("QUIZZES"))


def plan(slug):
    """What a student who knows everything answers, question by question (Polish texts)."""
    steps = []
    for kind, fields in demo.QUIZZES[slug]["questions"]:
        fields = to_polish(fields, {})
        if kind in ("single_choice", "multiple_choice"):
            wanted = [text for text, correct, _ in fields["choices"] if correct]
        elif kind == "true_false":
            wanted = ["Prawda" if fields["answer"] == "true" else "Fałsz"]
        elif kind in ("short_text",):
            wanted = [fields["accepted_answers"][0].upper()]  # case and spaces do not matter
        elif kind == "numeric":
            wanted = [fields["answer"].replace(".", ",")]
        elif kind == "ordering":
            wanted = {step: str(position) for position, step in enumerate(fields["steps"], start=1)}
        elif kind == "matching":
            wanted = {pair["left"]: pair["right"] for pair in fields["pairs"]}
        elif kind == "voivodeship":
            wanted = [
                {"12": "małopolskie", "02": "dolnośląskie", "24": "śląskie"}[fields["regions"][0]]
            ]
        steps.append((kind, fields["prompt"], wanted))
    return steps


def max_points(slug):
    return sum(fields.get("points", 1) for _, fields in demo.QUIZZES[slug]["questions"])


# -- the keyboard ------------------------------------------------------------------------------

ACTIVE = r"""() => {
  const el = document.activeElement;
  if (!el) return {};
  const label = el.labels && el.labels[0] ? el.labels[0].textContent.replace(/\s+/g, " ").trim() : "";
  const fieldset = el.closest("fieldset");
  return {
    tag: el.tagName.toLowerCase(), type: el.type || "", label: label, text: (el.innerText || "").trim(),
    value: el.value, checked: !!el.checked,
    selected: el.tagName === "SELECT" ? el.options[el.selectedIndex].text : "",
    legend: fieldset ? fieldset.querySelector("legend").innerText : "",
  };
}"""


def active(page):
    return page.evaluate(ACTIVE)


def tab_until(page, predicate, limit=400):
    for _ in range(limit):
        page.keyboard.press("Tab")
        state = active(page)
        if predicate(state):
            return state
    raise AssertionError("Tab never reached the element wanted")


def in_question(prompt):
    return lambda state: prompt in state.get("legend", "")


def press_button(page, text):
    tab_until(page, lambda state: state["tag"] in ("button", "a") and state["text"] == text)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def choose_radio(page, prompt, wanted):
    state = tab_until(page, in_question(prompt))
    assert state["type"] == "radio"
    if state["label"] == wanted:
        page.keyboard.press("Space")
        return
    for _ in range(20):  # arrow keys move through the group and select as they go
        page.keyboard.press("ArrowDown")
        if active(page)["label"] == wanted:
            return
    raise AssertionError(f"{wanted!r} not found among the choices of {prompt!r}")


def tick_checkboxes(page, prompt, wanted, count):
    state = tab_until(page, in_question(prompt))
    for index in range(count):
        assert state["type"] == "checkbox"
        if state["label"] in wanted and not state["checked"]:
            page.keyboard.press("Space")
        if index + 1 < count:
            page.keyboard.press("Tab")
            state = active(page)


def type_answer(page, prompt, text):
    state = tab_until(page, in_question(prompt))
    assert state["tag"] == "input" and state["type"] == "text"
    page.keyboard.type(text)


def choose_in_selects(page, prompt, wanted):
    """wanted: {label of the select: text of the option to choose}."""
    state = tab_until(page, in_question(prompt))
    for index in range(len(wanted)):
        assert state["tag"] == "select", state
        target = wanted[state["label"].replace("Pozycja kroku: ", "").strip()]
        for _ in range(20):
            if active(page)["selected"] == target:
                break
            page.keyboard.press("ArrowDown")
        assert active(page)["selected"] == target
        if index + 1 < len(wanted):
            page.keyboard.press("Tab")
            state = active(page)


def answer(page, kind, prompt, wanted):
    if kind in ("single_choice", "true_false", "voivodeship"):
        choose_radio(page, prompt, wanted[0])
    elif kind == "multiple_choice":
        count = page.locator("fieldset", has_text=prompt).locator("input[type=checkbox]").count()
        tick_checkboxes(page, prompt, set(wanted), count)
    elif kind in ("short_text", "numeric"):
        type_answer(page, prompt, wanted[0])
    else:
        choose_in_selects(page, prompt, wanted)


def start(page, live_url, url):
    page.goto(live_url + url)
    press_button(page, "Rozpocznij quiz")


# -- the tests ---------------------------------------------------------------------------------


def test_one_question_per_screen_with_the_keyboard_only(page, live_url, quiz_urls, audit):
    url = quiz_urls[OSCYPEK]["pl"]
    audit(url)
    start(page, live_url, url)
    steps = plan(OSCYPEK)
    for number, (kind, prompt, wanted) in enumerate(steps, start=1):
        assert (
            page.locator(".quiz-progress__label").inner_text() == f"Pytanie {number} z {len(steps)}"
        )
        assert page.locator("progress").get_attribute("value") == str(number)
        if number == 1:
            audit(page)
        answer(page, kind, prompt, wanted)
        press_button(page, "Wyślij odpowiedzi" if number == len(steps) else "Następne pytanie")
    points = max_points(OSCYPEK)
    assert page.locator(".quiz-score").inner_text() == f"{points} z {points} pkt (100%)"
    assert page.locator(".quiz-outcome--correct").count() == len(steps)
    assert "Poprawna odpowiedź" in page.content()  # released at once for this quiz
    audit(page)


def test_all_on_one_page_with_the_keyboard_only(page, live_url, quiz_urls, audit):
    url = quiz_urls[NAMES]["pl"]
    start(page, live_url, url)
    assert page.locator("fieldset.quiz-question").count() == len(plan(NAMES))
    audit(page)
    for kind, prompt, wanted in plan(NAMES):
        answer(page, kind, prompt, wanted)
    press_button(page, "Wyślij odpowiedzi")
    points = max_points(NAMES)
    assert page.locator(".quiz-score").inner_text() == f"{points} z {points} pkt (100%)"
    # This quiz holds the correct answers back until a teacher releases them.
    assert "Poprawna odpowiedź" not in page.content()
    assert page.locator(".quiz-review__details dt", has_text="Wyjaśnienie").count() == len(
        plan(NAMES)
    )
    audit(page)


def test_answers_survive_a_reload_and_a_mistake_is_shown_kindly(page, live_url, quiz_urls, audit):
    url = quiz_urls[NAMES]["pl"]
    start(page, live_url, url)
    kind, prompt, _ = plan(NAMES)[0]
    assert kind == "numeric"
    type_answer(page, prompt, "czterdzieści sześć")
    press_button(page, "Zapisz i dokończ później")
    # Saved, and the mistake is pointed out at once.
    assert "Twoje odpowiedzi są zapisane." in page.locator("[role=alert]").inner_text()
    field = page.locator("fieldset", has_text=prompt).locator("input[type=text]")
    assert field.get_attribute("aria-invalid") == "true"
    assert "Wpisz liczbę, na przykład 46 lub 2,5." in page.content()
    audit(page)
    # A closed tab: the quiz page offers to continue, with the answer as typed.
    page.goto(live_url + url)
    press_button(page, "Kontynuuj od miejsca, w którym skończono")
    assert field.input_value() == "czterdzieści sześć"
    press_button(page, "Wyślij odpowiedzi")
    assert "Wpisz liczbę, na przykład 46 lub 2,5." in page.content()
    assert page.locator(".quiz-score").count() == 0  # not submitted with a broken number


@pytest.mark.parametrize("slug", [OSCYPEK, NAMES])
def test_the_quiz_in_english(page, live_url, quiz_urls, audit, slug):
    url = quiz_urls[slug]["en"]
    assert url and url.startswith("/en/")
    audit(url)
    page.goto(live_url + url)
    press_button(page, "Start the quiz")
    audit(page)
    assert "Question 1" in page.content()
    if slug == OSCYPEK:
        for _ in range(len(plan(slug)) - 1):
            press_button(page, "Next question")
    press_button(page, "Submit my answers")
    assert page.locator(".quiz-score").inner_text().startswith("0 of ")
    assert "Not answered" in page.content()
    audit(page)


def test_no_answer_key_reaches_the_browser_before_submitting(page, live_url, quiz_urls):
    """Every response of the flow before submitting: no feedback, explanation or accepted answer."""
    secrets = set()
    for _, fields in demo.QUIZZES[NAMES]["questions"]:
        fields = to_polish(fields, {})
        secrets.add(fields["explanation"])
        for key in ("feedback_true", "feedback_false", "feedback_correct", "feedback_incorrect"):
            if fields.get(key):
                secrets.add(fields[key])
        for _, _, feedback in fields.get("choices", []):
            if feedback:
                secrets.add(feedback)
    bodies = []

    def record(response):
        content_type = response.headers.get("content-type") or ""
        if response.url.startswith(live_url) and (
            "text/" in content_type or "json" in content_type
        ):
            with contextlib.suppress(Exception):  # a redirect has no body
                bodies.append((response.url, response.text()))

    page.on("response", record)
    start(page, live_url, quiz_urls[NAMES]["pl"])
    kind, prompt, wanted = plan(NAMES)[2]
    answer(page, kind, prompt, wanted)  # the change event autosaves in the background
    expect_autosaved(page)
    page.reload()
    assert any(body.startswith("{") for _, body in bodies)  # the autosave's JSON was scanned too
    leaked = [(url, secret) for url, body in bodies for secret in secrets if secret in body]
    assert bodies and not leaked, leaked


def expect_autosaved(page):
    status = page.locator("[data-quiz-status]")
    status.filter(has_text="Odpowiedzi zapisane.").wait_for()


PLACE = "dlaczego-miejsce-ma-znaczenie"  # all on one page, with a "which voivodeship?" question


@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_the_voivodeship_is_chosen_on_the_map(new_context, live_url, quiz_urls, audit, width):
    """A click (or a tap) on the map ticks the voivodeship's radio button, which takes the
    focus, paints the map and is saved in the background; the result marks the map."""
    phone = width == "phone"
    context = new_context(
        viewport=harness.PHONE if phone else harness.DESKTOP, has_touch=phone, is_mobile=phone
    )
    page = context.new_page()
    (prompt, right) = next(
        (to_polish(fields, {})["prompt"], fields["regions"][0])
        for kind, fields in demo.QUIZZES[PLACE]["questions"]
        if kind == "voivodeship"
    )
    wrong = "06" if right != "06" else "08"
    start(page, live_url, quiz_urls[PLACE]["pl"])
    question = page.locator("fieldset", has_text=prompt)
    chosen = question.locator(".quiz-map__region--chosen")
    for code in (wrong, right):
        shape = question.locator(f'.quiz-map__region[data-value="{code}"]')
        if phone:
            shape.tap()
        else:
            shape.click()
        radio = question.locator(f'input[type=radio][value="{code}"]')
        assert radio.is_checked()
        assert page.evaluate("document.activeElement.value") == code
        assert chosen.count() == 1 and chosen.get_attribute("data-value") == code
    expect_autosaved(page)
    if not phone:
        audit(page)
    page.reload()  # saved in the background: a reload keeps the answer, on the map too
    assert question.locator(f'input[type=radio][value="{right}"]').is_checked()
    assert chosen.get_attribute("data-value") == right
    with page.expect_navigation():
        page.get_by_role("button", name="Wyślij odpowiedzi").click()
    item = page.locator(".quiz-review__item", has_text=prompt)
    assert item.locator(".quiz-outcome--correct").count() == 1
    marked = item.locator(".quiz-map__region--right")
    assert marked.count() == 1 and marked.get_attribute("data-value") == right
    assert item.locator(".quiz-map__mark").all_text_contents() == ["✓"]


def test_answers_chosen_offline_are_saved_when_the_connection_returns(
    new_context, live_url, quiz_urls
):
    context = new_context()
    page = context.new_page()
    start(page, live_url, quiz_urls[PLACE]["pl"])
    radio = page.locator(".quiz-question--voivodeship input[type=radio]").nth(5)
    status = page.locator("[data-quiz-status]")
    context.set_offline(True)
    radio.check()
    status.filter(has_text="Nie udało się zapisać").wait_for()
    # Closing the tab now would lose the answer: the browser asks first.
    with page.expect_event("dialog") as dialog:
        page.close(run_before_unload=True)
    assert dialog.value.type == "beforeunload"
    dialog.value.dismiss()
    context.set_offline(False)
    expect_autosaved(page)  # tried again once the connection is back
    page.reload()
    assert radio.is_checked()
