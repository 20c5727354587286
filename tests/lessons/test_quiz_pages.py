"""QuizPage and QuizAttempt: the admin, taking a quiz, resuming, submitting once, results,
integrity (no answer key before submitting, tampered submissions refused) and query budgets."""

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail.users.models import UserProfile

from lessons.models import AnswerRelease, DisplayMode, LessonPage, QuizAttempt, QuizPage
from lessons.quiz.grading import matching_key
from tests.lessons.factories import LessonPageFactory
from tests.lessons.quiz.factories import QuizPageFactory, sample_questions, uid

pytestmark = pytest.mark.django_db

Q = {kind: uid("q", kind) for kind in (
    "single_choice", "multiple_choice", "true_false", "short_text",
    "numeric", "ordering", "matching", "voivodeship",
)}  # fmt: skip


def item(kind, index):
    return uid(Q[kind], index)


# Everything that must stay on the server until the answers are submitted: feedback,
# explanations and accepted answers of the sample questions.
SECRETS = [
    "Tak: Dolina Karpia",
    "Nie: Zator leży",
    "Karp zatorski pochodzi z okolic",
    "polskiej owcy górskiej",
    "najwyżej 40% mleka",
    "To ChOG, nie ChNP",
    "Dobrze: to ChOG",
    "zarejestrowano w 2008",
    "oscypiorka",
    "Brawo!",
    "Tak, 46.",
    "Było ich 46",
    "Twaróg wędzony",
    "Najpierw mleko",
    "Świetnie.",
    "Sprawdź na mapie",
    "Wszystko się zgadza",
    "Nazwa podpowiada",
    "Bory Dolnośląskie leżą",
    '"correct"',
    "correct",
    "explanation",
    "feedback",
]


def assert_no_secrets(text):
    leaked = [secret for secret in SECRETS if secret in text]
    assert not leaked, f"answer key leaked before submission: {leaked}"


def all_right_answers():
    return {
        f"q-{Q['single_choice']}": item("single_choice", 0),
        f"q-{Q['multiple_choice']}": [item("multiple_choice", 0), item("multiple_choice", 1)],
        f"q-{Q['true_false']}": "false",
        f"q-{Q['short_text']}": "  Oscypiorka ",
        f"q-{Q['numeric']}": "46",
        **{f"q-{Q['ordering']}-{item('ordering', index)}": str(index + 1) for index in range(4)},
        f"q-{Q['matching']}-{item('matching', 0)}": matching_key("małopolskie"),
        f"q-{Q['matching']}-{item('matching', 1)}": matching_key("podkarpackie"),
        f"q-{Q['matching']}-{item('matching', 2)}": matching_key("mazowieckie"),
        f"q-{Q['voivodeship']}": "02",
    }


def blank_selects():
    """The selects a browser always sends, left at "—"."""
    return {
        **{f"q-{Q['ordering']}-{item('ordering', index)}": "" for index in range(4)},
        **{f"q-{Q['matching']}-{item('matching', index)}": "" for index in range(3)},
    }


@pytest.fixture
def lesson(home):
    from tests.lessons.factories import LessonIndexPageFactory

    index = LessonIndexPageFactory(parent=home)
    return LessonPageFactory(parent=index, title="Oscypek i karp")


@pytest.fixture
def quiz(lesson):
    page = QuizPageFactory(parent=lesson, title="Quiz: oscypek i karp", slug="quiz")
    page.save_revision().publish()
    return QuizPage.objects.get(pk=page.pk)


def start(client, quiz):
    response = client.post(quiz.url + quiz.reverse_subpage("start"))
    assert response.status_code == 302
    return QuizAttempt.objects.get(), response["Location"]


# -- page type rules and the admin -------------------------------------------------------------


class PageRules(WagtailPageTestCase):
    def test_quiz_sits_under_a_lesson_and_has_no_children(self):
        self.assertAllowedParentPageTypes(QuizPage, {LessonPage})
        self.assertAllowedSubpageTypes(QuizPage, set())


def admin_form(title, questions, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": "quiz-z-panelu",
            "summary": "Quiz.",
            "intro": "Wstęp.",
            "questions": streamfield(questions),
            "display_mode": DisplayMode.ONE_PER_SCREEN,
            "shuffle_questions": "on",
            "show_correct_answers": AnswerRelease.IMMEDIATELY,
            "comments": inline_formset([]),
            **extra,
        }
    )


def choices(*entries):
    return {
        "count": len(entries),
        **{
            str(index): {"deleted": "", "order": str(index), "value": entry, "id": ""}
            for index, entry in enumerate(entries)
        },
    }


def test_editor_creates_a_quiz_in_the_admin(admin_client, lesson):
    if "lessons.QuizPage" not in [
        f"{m._meta.app_label}.{m.__name__}" for m in LessonPage.allowed_subpage_models()
    ]:
        pytest.xfail("LessonPage.subpage_types does not list lessons.QuizPage yet (lessons helper)")
    data = admin_form(
        "Quiz z panelu",
        [
            (
                "single_choice",
                {
                    "prompt": "Skąd karp zatorski?",
                    "choices": choices(
                        {"text": "małopolskie", "correct": "on", "feedback": "Tak."},
                        {"text": "podlaskie", "feedback": ""},
                    ),
                    "points": "1",
                    "explanation": "Zator.",
                },
            ),
            (
                "ordering",
                {
                    "prompt": "Ułóż.",
                    "steps": choices("mleko", "klag", "dym"),
                    "scoring": "partial",
                    "feedback_correct": "",
                    "feedback_incorrect": "",
                    "points": "1",
                    "explanation": "",
                },
            ),
        ],
    )
    response = admin_client.post(f"/admin/pages/add/lessons/quizpage/{lesson.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = QuizPage.objects.get(slug="quiz-z-panelu")
    snapshot = page.questions_snapshot()
    assert [question["type"] for question in snapshot] == ["single_choice", "ordering"]
    assert [step["text"] for step in snapshot[1]["steps"]] == ["mleko", "klag", "dym"]
    assert page.display_mode == DisplayMode.ONE_PER_SCREEN and page.shuffle_questions


@pytest.mark.parametrize(
    ("question", "message"),
    [
        (
            (
                "single_choice",
                {
                    "prompt": "Bez poprawnej?",
                    "choices": choices(
                        {"text": "a", "feedback": ""}, {"text": "b", "feedback": ""}
                    ),
                    "points": "1",
                    "explanation": "",
                },
            ),
            "Mark exactly one choice as correct",
        ),
        (
            (
                "ordering",
                {
                    "prompt": "Jeden krok?",
                    "steps": choices("tylko jeden"),
                    "scoring": "partial",
                    "feedback_correct": "",
                    "feedback_incorrect": "",
                    "points": "1",
                    "explanation": "",
                },
            ),
            "An ordering question needs at least two steps.",
        ),
    ],
)
def test_admin_refuses_a_quiz_that_cannot_be_graded(
    admin_client, admin_user, lesson, question, message
):
    UserProfile.get_for_user(admin_user).__class__.objects.filter(user=admin_user).update(
        preferred_language="en"
    )
    data = admin_form("Zły quiz", [question])
    response = admin_client.post(f"/admin/pages/add/lessons/quizpage/{lesson.pk}/", data)
    assert not QuizPage.objects.filter(slug="quiz-z-panelu").exists()
    assert response.status_code == 200
    text = response.content.decode()
    assert "The page could not be created due to validation errors" in text
    assert message in text


def test_editor_preview_shows_questions_and_answer_key(rf, quiz, admin_user):
    request = rf.get("/")
    request.user = admin_user
    plain = quiz.serve_preview(request, "").render().content.decode()
    assert "Z którego województwa pochodzi karp zatorski?" in plain
    assert "Answer key" not in plain and "Klucz odpowiedzi" not in plain
    with_key = quiz.serve_preview(request, "answers").render().content.decode()
    assert "Bory Dolnośląskie leżą w województwie dolnośląskim." in with_key
    assert "oscypiorka" in with_key


# -- taking a quiz -----------------------------------------------------------------------------


def test_start_page_shows_the_quiz_and_stores_nothing(client, quiz):
    response = client.get(quiz.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Quiz: oscypek i karp" in html and "Osiem pytań" in html
    assert_no_secrets(html)
    assert not QuizAttempt.objects.exists()
    assert "no-cache" in response["Cache-Control"] or "private" in response["Cache-Control"]


def test_whole_quiz_on_one_page_then_result(client, quiz):
    attempt, url = start(client, quiz)
    assert attempt.revision_id == quiz.live_revision_id
    assert attempt.taker_key == ""
    page = client.get(url)
    html = page.content.decode()
    assert page.status_code == 200
    assert html.count("<fieldset") == 8 and html.count("<legend") == 8
    assert 'aria-labelledby="quiz-progress-label"' in html and "<progress" in html
    assert_no_secrets(html)
    # Ordering steps are never shown in their right order.
    steps = ["podgrzanie mleka", "dodanie klagu", "moczenie w solance", "wędzenie"]
    assert sorted(steps, key=html.index) != steps

    response = client.post(url, {**all_right_answers(), "action": "submit"})
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.is_submitted
    assert float(attempt.score) == float(attempt.max_score) == 12
    result = client.get(response["Location"])
    html = result.content.decode()
    assert "12 of 12 points (100%)" in html or "12 z 12 pkt (100%)" in html
    assert "Karp zatorski pochodzi z okolic Zatora" in html  # explanation
    assert "Tak: Dolina Karpia leży w Małopolsce." in html  # feedback of the chosen answer
    assert "Nie: Zator leży w Małopolsce." not in html  # feedback of a choice not chosen


def test_partial_and_wrong_answers_in_the_result(client, quiz):
    attempt, url = start(client, quiz)
    answers = {
        **blank_selects(),
        f"q-{Q['single_choice']}": item("single_choice", 1),
        f"q-{Q['multiple_choice']}": [item("multiple_choice", 0)],
        f"q-{Q['short_text']}": "oszczypiorka",
        f"q-{Q['ordering']}-{item('ordering', 0)}": "1",
        f"q-{Q['ordering']}-{item('ordering', 1)}": "2",
        f"q-{Q['ordering']}-{item('ordering', 2)}": "4",
        f"q-{Q['ordering']}-{item('ordering', 3)}": "3",
    }
    client.post(url, {**answers, "action": "submit"})
    attempt.refresh_from_db()
    outcomes = {item["id"]: item["outcome"] for item in attempt.result["questions"]}
    assert outcomes[Q["single_choice"]] == "incorrect"
    assert outcomes[Q["multiple_choice"]] == "partial"
    assert outcomes[Q["true_false"]] == "unanswered"
    assert outcomes[Q["short_text"]] == "incorrect"
    assert outcomes[Q["ordering"]] == "partial"
    assert float(attempt.score) == 0 + 1 + 0 + 0 + 0 + 1 + 0 + 0
    html = client.get(
        quiz.url + quiz.reverse_subpage("result", args=[attempt.token])
    ).content.decode()
    assert "Nie: Zator leży w Małopolsce." in html
    assert "Not answered" in html or "Brak odpowiedzi" in html


def test_double_submit_records_one_attempt(client, quiz):
    attempt, url = start(client, quiz)
    first = client.post(url, {**all_right_answers(), "action": "submit"})
    second = client.post(url, {**blank_selects(), "action": "submit"})
    assert first["Location"] == second["Location"]
    assert QuizAttempt.objects.count() == 1
    attempt.refresh_from_db()
    assert float(attempt.score) == 12  # the retried request changed nothing


def test_double_click_on_start_makes_one_attempt(client, quiz):
    first = client.post(quiz.url + quiz.reverse_subpage("start"))
    second = client.post(quiz.url + quiz.reverse_subpage("start"))
    assert first["Location"] == second["Location"]
    assert QuizAttempt.objects.count() == 1


def test_answers_are_saved_and_resumed_after_closing_the_tab(client, quiz):
    attempt, url = start(client, quiz)
    client.post(url, {**blank_selects(), f"q-{Q['short_text']}": "oscyp", "action": "save"})
    attempt.refresh_from_db()
    assert attempt.answers[Q["short_text"]] == "oscyp"
    start_page = client.get(quiz.url).content.decode()
    assert url in start_page  # "Continue where you left off"
    html = client.get(url).content.decode()
    assert 'value="oscyp"' in html


def test_autosave_answers_json_without_the_key(client, quiz):
    attempt, url = start(client, quiz)
    response = client.post(
        url,
        {
            **blank_selects(),
            f"q-{Q['single_choice']}": item("single_choice", 0),
            "action": "autosave",
        },
        HTTP_ACCEPT="application/json",
    )
    assert response.status_code == 200
    body = response.json()
    assert body == {"saved": True, "answered": 1, "total": 8}
    assert_no_secrets(json.dumps(body))
    attempt.refresh_from_db()
    assert attempt.answers[Q["single_choice"]] == item("single_choice", 0)


def test_one_question_per_screen_with_progress_back_and_resume(client, quiz):
    quiz.display_mode = DisplayMode.ONE_PER_SCREEN
    quiz.save_revision().publish()
    attempt, url = start(client, quiz)
    first = client.get(url)
    assert first.status_code == 302 and first["Location"].endswith("/1/")
    screen = first["Location"]
    html = client.get(screen).content.decode()
    assert html.count("<fieldset") == 1
    assert "1 of 8" in html or "1 z 8" in html
    assert '<progress max="8" value="1"' in html
    assert_no_secrets(html)
    response = client.post(
        screen, {f"q-{Q['single_choice']}": item("single_choice", 0), "action": "next"}
    )
    assert response["Location"].endswith("/2/")
    response = client.post(response["Location"], {"action": "back"})
    assert response["Location"].endswith("/1/")
    # A refresh or a closed tab: the attempt's address resumes at the first unanswered question.
    assert client.get(url)["Location"].endswith("/2/")
    for number in range(2, 9):
        html = client.get(url[:-1] + f"/{number}/".replace("//", "/")).content.decode()
        assert_no_secrets(html)
    last = client.post(
        screen.replace("/1/", "/8/"), {f"q-{Q['voivodeship']}": "02", "action": "submit"}
    )
    assert "/result/" in last["Location"] or "/wynik/" in last["Location"]
    attempt.refresh_from_db()
    assert float(attempt.score) == 2


def test_shuffled_questions_and_choices_are_fixed_for_the_attempt(client, quiz):
    quiz.shuffle_questions = quiz.shuffle_options = True
    quiz.save_revision().publish()
    _, url = start(client, quiz)
    first = client.get(url).content.decode()
    second = client.get(url).content.decode()
    order = re.findall(r'id="question-([0-9a-f-]+)"', first)
    assert order == re.findall(r'id="question-([0-9a-f-]+)"', second)
    assert sorted(order) == sorted(Q.values())


def test_a_number_that_is_not_a_number_is_a_kind_message_and_keeps_the_answer(client, quiz):
    attempt, url = start(client, quiz)
    response = client.post(
        url, {**blank_selects(), f"q-{Q['numeric']}": "czterdzieści", "action": "submit"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "for example 46 or 2,5" in html or "na przykład 46 lub 2,5" in html
    assert 'value="czterdzieści"' in html
    attempt.refresh_from_db()
    assert not attempt.is_submitted and attempt.answers[Q["numeric"]] == "czterdzieści"


def test_repeated_positions_are_a_kind_message(client, quiz):
    attempt, url = start(client, quiz)
    answers = {
        **blank_selects(),
        **{f"q-{Q['ordering']}-{item('ordering', index)}": "1" for index in range(4)},
    }
    response = client.post(url, {**answers, "action": "submit"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "different position" in html or "inną pozycję" in html
    attempt.refresh_from_db()
    assert not attempt.is_submitted


# -- integrity ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"q-00000000-0000-0000-0000-000000000000": "x"}, "does not have"),
        ({f"q-{Q['single_choice']}": "not-a-choice"}, "not one this question offers"),
        (
            {f"q-{Q['single_choice']}": [item("single_choice", 0), item("single_choice", 1)]},
            "takes one value",
        ),
        ({f"q-{Q['voivodeship']}": "99"}, "not one this question offers"),
        ({f"q-{Q['true_false']}": "maybe"}, "not one this question offers"),
        ({f"q-{Q['ordering']}-{item('ordering', 0)}": "9"}, "not one this question offers"),
        ({f"q-{Q['ordering']}-{item('ordering', 0)}": "first"}, "not one this question offers"),
        (
            {f"q-{Q['matching']}-{item('matching', 0)}": item("matching", 0)},
            "not one this question offers",
        ),
        ({f"q-{Q['short_text']}": "x" * 201}, "not one this question offers"),
        ({f"q-{Q['multiple_choice']}": ["nope"]}, "not one this question offers"),
        ({"action": "delete-everything"}, "does not say what to do"),
        ({"action": None}, "does not say what to do"),
        ({f"q-{Q['ordering']}-{item('ordering', 0)}": None}, "missing a field"),
        ({f"q-{uid('other-quiz', 'single_choice')}": "x"}, "does not have"),
    ],
)
def test_tampered_submissions_get_400_and_store_nothing(client, quiz, change, message):
    attempt, url = start(client, quiz)
    client.post(url, {**blank_selects(), f"q-{Q['short_text']}": "zapisane", "action": "save"})
    data = {**all_right_answers(), "action": "submit", **change}
    data = {key: value for key, value in data.items() if value is not None}
    response = client.post(url, data)
    assert response.status_code == 400
    assert message in response.content.decode() or response.content  # translated in Polish
    attempt.refresh_from_db()
    assert not attempt.is_submitted
    assert attempt.answers == {**dict.fromkeys(attempt.answers), Q["short_text"]: "zapisane"}


def test_tampered_messages_are_clear_in_english(client, quiz, english_quiz):
    attempt, url = start(client, english_quiz)
    response = client.post(url, {"q-unknown": "1", "action": "save"})
    assert response.status_code == 400
    assert (
        "The submission names questions or answers this quiz does not have"
        in response.content.decode()
    )


def test_a_payload_of_megabytes_gets_400(client, quiz):
    attempt, url = start(client, quiz)
    response = client.post(
        url, {**blank_selects(), "action": "save", f"q-{Q['short_text']}": "x" * 3_000_000}
    )
    assert response.status_code == 400
    attempt.refresh_from_db()
    assert attempt.answers == {}


def test_a_question_from_another_quiz_gets_400(client, quiz, lesson):
    other = QuizPageFactory(parent=lesson, slug="inny", questions=sample_questions(prefix="other"))
    attempt, url = start(client, quiz)
    foreign = uid("other", "single_choice")
    assert foreign in str(other.questions_snapshot())
    response = client.post(
        url, {**all_right_answers(), f"q-{foreign}": uid(foreign, 0), "action": "submit"}
    )
    assert response.status_code == 400
    assert QuizAttempt.objects.get().answers == {}


def test_autosave_of_a_tampered_form_answers_json_400(client, quiz):
    attempt, url = start(client, quiz)
    response = client.post(
        url, {"q-nope": "1", "action": "autosave"}, HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 400
    assert "error" in response.json()


def test_another_quizs_attempt_token_is_not_found(client, quiz, lesson):
    other = QuizPageFactory(parent=lesson, slug="inny")
    attempt, _ = start(client, quiz)
    response = client.get(other.url + other.reverse_subpage("attempt", args=[attempt.token]))
    assert response.status_code == 404


def test_editing_the_quiz_after_attempts_changes_no_stored_result(client, quiz):
    attempt, url = start(client, quiz)
    client.post(url, {**all_right_answers(), "action": "submit"})
    attempt.refresh_from_db()
    before = (attempt.score, attempt.result, attempt.questions)
    result_url = quiz.url + quiz.reverse_subpage("result", args=[attempt.token])
    page_before = client.get(result_url).content.decode()

    # The editor flips the right answer of the first question and deletes the last one.
    edited = QuizPage.objects.get(pk=quiz.pk)
    questions = sample_questions()
    questions[0]["value"]["choices"][0]["value"]["correct"] = False
    questions[0]["value"]["choices"][1]["value"]["correct"] = True
    questions[0]["value"]["prompt"] = "Zmienione pytanie?"
    edited.questions = questions[:-1]
    edited.save_revision().publish()

    attempt.refresh_from_db()
    assert (attempt.score, attempt.result, attempt.questions) == before
    assert attempt.revision_id != QuizPage.objects.get(pk=quiz.pk).live_revision_id
    page_after = client.get(result_url).content.decode()
    assert "Zmienione pytanie?" not in page_after
    assert page_after.count("quiz-review__item ") == page_before.count("quiz-review__item ") == 8

    # Deleting the quiz keeps the attempt and its result.
    Page.objects.get(pk=quiz.pk).delete()
    attempt.refresh_from_db()
    assert (
        attempt.page is None
        and attempt.quiz_title == "Quiz: oscypek i karp"
        and attempt.score == before[0]
    )


def test_an_attempt_in_progress_keeps_its_questions_when_the_quiz_changes(client, quiz):
    attempt, url = start(client, quiz)
    edited = QuizPage.objects.get(pk=quiz.pk)
    edited.questions = sample_questions()[:2]
    edited.save_revision().publish()
    html = client.get(url).content.decode()
    assert html.count("<fieldset") == 8
    client.post(url, {**all_right_answers(), "action": "submit"})
    attempt.refresh_from_db()
    assert float(attempt.score) == 12


def test_correct_answers_held_back_until_release(client, quiz):
    quiz.show_correct_answers = AnswerRelease.AFTER_RELEASE
    quiz.save_revision().publish()
    attempt, url = start(client, quiz)
    result = client.post(
        url,
        {
            **blank_selects(),
            f"q-{Q['single_choice']}": item("single_choice", 1),
            "action": "submit",
        },
    )
    html = client.get(result["Location"]).content.decode()
    assert "Nie: Zator leży w Małopolsce." in html  # feedback: always
    assert "Karp zatorski pochodzi z okolic" in html  # explanation: always
    assert "Correct answer" not in html and "Poprawna odpowiedź" not in html
    assert "oscypiorka" not in html


def test_result_of_an_unsubmitted_attempt_goes_back_to_the_quiz(client, quiz):
    attempt, url = start(client, quiz)
    response = client.get(quiz.url + quiz.reverse_subpage("result", args=[attempt.token]))
    assert response.status_code == 302 and response["Location"] == url


# -- "which voivodeship?" on the map of Poland -------------------------------------------------

MAP_PATH = re.compile(r'<path class="([^"]*)" d="[^"]*" data-value="(\d\d)"')
MAP_MARK = re.compile(r'<text class="quiz-map__mark"[^>]*>(.)</text>')


def map_of_question(html):
    """The map of the sample voivodeship question: its markup and {TERYT code: classes}."""
    fieldset = html.split(f'id="question-{Q["voivodeship"]}"', 1)[1].split("</fieldset>", 1)[0]
    return fieldset, {code: classes for classes, code in MAP_PATH.findall(fieldset)}


def map_of_result(html):
    figure = html.split('<figure class="quiz-map"', 1)[1].split("</figure>", 1)[0]
    return figure, {code: classes for classes, code in MAP_PATH.findall(figure)}


def test_the_voivodeship_question_is_answered_on_the_map(client, quiz):
    attempt, url = start(client, quiz)
    fieldset, regions = map_of_question(client.get(url).content.decode())
    radios = re.findall(rf'name="q-{Q["voivodeship"]}" id="[^"]*" value="(\d\d)"', fieldset)
    assert len(radios) == 16 and set(regions) == set(radios)  # a shape for every radio button
    # The radio buttons are the accessible control; the map is hidden from screen readers.
    assert re.search(r'<svg class="quiz-map__svg" viewBox="[-\d. ]+" aria-hidden="true"', fieldset)
    assert not any("--" in classes for classes in regions.values())  # nothing marked yet
    client.post(url, {**blank_selects(), f"q-{Q['voivodeship']}": "12", "action": "save"})
    fieldset, regions = map_of_question(client.get(url).content.decode())
    assert [code for code, classes in regions.items() if "--chosen" in classes] == ["12"]
    assert not any("--right" in classes for classes in regions.values())
    assert not MAP_MARK.findall(fieldset)


def test_the_result_map_marks_the_choice_and_the_right_voivodeship(client, quiz):
    attempt, url = start(client, quiz)
    response = client.post(
        url, {**blank_selects(), f"q-{Q['voivodeship']}": "12", "action": "submit"}
    )
    figure, regions = map_of_result(client.get(response["Location"]).content.decode())
    assert regions["02"] == "quiz-map__region quiz-map__region--right"
    assert regions["12"] == "quiz-map__region quiz-map__region--chosen quiz-map__region--wrong"
    assert MAP_MARK.findall(figure) == ["✓", "✗"]
    assert figure.count('class="quiz-map__outline"') == 1


def test_the_result_map_shows_no_right_answer_while_they_are_held_back(client, quiz):
    quiz.show_correct_answers = AnswerRelease.AFTER_RELEASE
    quiz.save_revision().publish()
    attempt, url = start(client, quiz)
    response = client.post(
        url, {**blank_selects(), f"q-{Q['voivodeship']}": "12", "action": "submit"}
    )
    figure, regions = map_of_result(client.get(response["Location"]).content.decode())
    assert regions["12"] == "quiz-map__region quiz-map__region--chosen"
    assert not any("--right" in classes or "--wrong" in classes for classes in regions.values())
    assert 'fill="#b5d4a8"' not in figure and not MAP_MARK.findall(figure)


# -- query budgets -----------------------------------------------------------------------------


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_quiz_page_query_count_does_not_grow_with_questions(client, lesson):
    counts = {}
    for size in (3, 30):
        questions = (sample_questions(prefix=f"s{size}") * 4)[:size]
        for index, question in enumerate(questions):
            question["id"] = uid("size", size, index)
        page = QuizPageFactory(parent=lesson, slug=f"quiz-{size}", questions=questions)
        page.save_revision().publish()
        client.get(page.url)  # warm caches (menus) once
        response = client.post(page.url + page.reverse_subpage("start"))
        attempt_url = response["Location"]
        client.get(attempt_url)
        counts[size] = (count_queries(client, page.url), count_queries(client, attempt_url))
        attempt = QuizAttempt.objects.get(page=page)
        client.post(attempt_url, {**blank_selects_for(attempt), "action": "submit"})
        counts[size] += (
            count_queries(client, page.url + page.reverse_subpage("result", args=[attempt.token])),
        )
    assert counts[3] == counts[30], counts
    # Wagtail's routing (a query per path segment), breadcrumbs, the language links, the
    # session and the attempt: none of them depends on the questions.
    assert max(counts[3]) <= 25, counts


def blank_selects_for(attempt):
    data = {}
    for question in attempt.public_questions():
        for part in question.get("steps", []) + question.get("items", []):
            data[f"q-{question['id']}-{part['id']}"] = ""
    return data


@pytest.fixture
def english_quiz(quiz, locales):
    lesson = quiz.get_parent()
    index = lesson.get_parent()
    for page in (index, lesson):
        if not page.specific.has_translation(locales["en"]):
            page.specific.copy_for_translation(locales["en"]).save_revision().publish()
    translated = quiz.copy_for_translation(locales["en"])
    translated.save_revision().publish()
    return QuizPage.objects.get(pk=translated.pk)


def test_the_quiz_in_english(client, english_quiz):
    html = client.get(english_quiz.url).content.decode()
    assert english_quiz.url.startswith("/en/")
    assert "Start the quiz" in html
    _, url = start(client, english_quiz)
    html = client.get(url).content.decode()
    assert "Question 1" in html and "Submit my answers" in html
    assert "Lesser Poland (małopolskie)" in html
    assert_no_secrets(html)


# -- hooks for the classroom -------------------------------------------------------------------


def classroom_taker(request, page):
    return "cr:class:student:7"


def released_by_teacher(attempt):
    return True if attempt.taker_key.startswith("cr:") else None


def test_classroom_hooks_set_the_taker_and_release_answers(client, quiz, settings):
    settings.QUIZ_TAKER = "tests.lessons.test_quiz_pages.classroom_taker"
    settings.QUIZ_ANSWERS_RELEASE = "tests.lessons.test_quiz_pages.released_by_teacher"
    quiz.show_correct_answers = AnswerRelease.AFTER_RELEASE
    quiz.save_revision().publish()
    attempt, url = start(client, quiz)
    assert attempt.taker_key == "cr:class:student:7"
    result = client.post(url, {**blank_selects(), "action": "submit"})
    html = client.get(result["Location"]).content.decode()
    assert "Correct answer" in html or "Poprawna odpowiedź" in html
