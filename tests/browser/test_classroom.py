"""The classroom in a real browser: a teacher signs up, confirms the e-mail, is approved by the
moderator, creates a class and assigns a quiz; two students join in their own browsers and take
it; the teacher sees the matrix, the question report and the CSV. Every teacher and student
page passes axe-core and the Nu HTML checker in Polish and in English; the teacher's reports
are saved as desktop and phone screenshots (tests/browser/screenshots/classroom-*.png).
"""

import csv
import io
import re

import pytest

from tests.browser import harness
from tests.browser.harness import localized_url

EMAIL = "zofia.nowak@example.org"
PASSWORD = "oscypek-z-bundzu-42"

# A quiz to assign: the demo's first Polish quiz; when the demo content has none yet, one is
# made (with its English translation) from the quiz engine's test factory.
FIND_OR_MAKE_QUIZ = r"""
from wagtail.models import Locale
from lessons.models import LessonPage, QuizPage
quiz = QuizPage.objects.live().filter(locale__language_code="pl").order_by("path").first()
if quiz is None:
    from tests.lessons.quiz.factories import QuizPageFactory
    lesson = LessonPage.objects.live().filter(locale__language_code="pl").order_by("path").first()
    quiz = QuizPageFactory(parent=lesson, title="Quiz: oscypek, karp i miód", slug="quiz-klasa")
    quiz.save_revision().publish()
    english = quiz.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    english.title = "Quiz: oscypek, carp and honey"
    english.save_revision().publish()
print("QUIZ" + str(quiz.pk) + "|" + quiz.title)
"""

CONFIRMATION = r"""
from django.utils import translation
from classroom.models import TeacherProfile
from classroom.views import confirmation_path
profile = TeacherProfile.objects.get(user__email="%s")
with translation.override("pl"):
    print("LINK" + confirmation_path(profile))
"""


def shell(live_site, code, marker):
    output = harness.manage("shell", "-c", code, env=live_site.env)
    line = next(line for line in output.splitlines() if line.startswith(marker))
    return line.removeprefix(marker)


def url(name, language="pl", *args):
    return localized_url(f"classroom:{name}", language, *args)


def submit(page, selector="main form.form button[type=submit]"):
    with page.expect_navigation():
        page.click(selector)


@pytest.fixture(scope="module")
def quiz(live_site):
    pk, title = shell(live_site, FIND_OR_MAKE_QUIZ, "QUIZ").split("|", 1)
    return {"pk": pk, "title": title}


def test_the_whole_classroom_journey(live_site, live_url, page, new_context, login, audit, quiz):
    # --- The teacher signs up ------------------------------------------------------------
    audit(url("sign_up"))
    page.fill("#id_name", "Zofia Nowak")
    page.fill("#id_email", EMAIL)
    page.fill("#id_school", "Szkoła Podstawowa nr 3 w Zakopanem")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", "inne")
    submit(page)
    # The error keeps what was typed.
    assert page.input_value("#id_school") == "Szkoła Podstawowa nr 3 w Zakopanem"
    assert page.locator("#id_password2_error").is_visible()
    audit(page)
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    submit(page)
    assert page.url.endswith(url("sign_up_sent"))
    audit(page)

    # --- ...confirms the e-mail (the link of the e-mail, made in the site's database) ----
    link = shell(live_site, CONFIRMATION % EMAIL, "LINK")
    audit(link)
    assert "potwierdzony" in page.locator("main h1").inner_text()

    # --- ...and the moderator approves the account in the admin ---------------------------
    moderator = new_context().new_page()
    login(moderator, "moderator")
    moderator.goto(live_url + "/admin/classroom_teachers/")
    moderator.click("text=Zofia Nowak")
    moderator.select_option("select[name=status]", "approved")
    with moderator.expect_navigation():
        moderator.click("footer button[type=submit].button-longrunning")
    assert "Zatwierdzone" in moderator.content() or "Approved" in moderator.content()

    # --- The teacher creates a class --------------------------------------------------------
    login(page, EMAIL, password=PASSWORD)
    audit(url("dashboard"))
    audit(url("class_create"))
    page.fill("#id_name", "Klasa 6a")
    page.fill("#id_school_year", "2026/2027")
    submit(page)
    class_id = re.search(r"/(\d+)/$", page.url)[1]
    code = page.locator(".join-box .code--large").inner_text().strip()
    assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}", code)

    # --- ...and assigns the quiz -------------------------------------------------------------
    page.goto(live_url + url("assignment_create", "pl", class_id))
    page.select_option("#id_quiz", quiz["pk"])
    page.fill("#id_due_at", "2026-12-20T08:00")
    page.fill("#id_instructions", "Rozwiążcie quiz do piątku. <b>Powodzenia!</b>")
    page.check("input[name=answer_release][value=at_once]")
    submit(page)
    assert page.url.endswith(url("class_detail", "pl", class_id))
    assert "<b>Powodzenia!</b>" in page.locator(".instructions-row").inner_text()

    # --- Two students join in their own browsers and take the quiz --------------------------
    students = []
    for number, nickname in enumerate(["Jaś <script>alert(1)</script>", "Małgosia"]):
        student = new_context().new_page()
        student.goto(live_url + url("join"))
        student.fill("#id_code", code.lower())
        student.fill("#id_nickname", nickname)
        with student.expect_navigation():
            student.click("main form.form button[type=submit]")
        personal_code = student.locator(".code--large").inner_text().strip()
        assert re.fullmatch(r"[A-Z0-9]{5}-[A-Z0-9]{5}", personal_code)
        if number == 0:
            audit(student)
        with student.expect_navigation():
            student.click("text=Przejdź do moich zadań")
        assert nickname in student.locator(".student-header").inner_text()
        if number == 0:
            audit(student)
        with student.expect_navigation():
            student.click("a.button--primary:has-text('Rozwiąż quiz')")
        with student.expect_navigation():
            student.click("main form button[type=submit]")
        # All questions on one page, or one per screen (then "Next" until the last one).
        for _screen in range(60):
            if number == 0:
                for group in student.locator("main fieldset").all():
                    radios = group.locator("input[type=radio]")
                    if radios.count():
                        radios.first.check()
            if student.locator("button[name=action][value=submit]:visible").count():
                break
            with student.expect_navigation():
                student.click("button[name=action][value=next]:visible")
        with student.expect_navigation():
            student.click("button[name=action][value=submit]:visible")
        student.goto(live_url + url("student_home"))
        assert "Zrobione" in student.locator("main").inner_text()
        students.append(student)
    # A student's own result.
    with students[0].expect_navigation():
        students[0].click("a:has-text('Podejście 1')")
    audit(students[0])

    # --- The teacher sees the matrix, the question report and the CSV -----------------------
    page.goto(live_url + url("class_detail", "pl", class_id))
    assert "Jaś <script>alert(1)</script>" in page.locator(".roster").inner_text()
    audit(url("matrix", "pl", class_id), screenshot="classroom-matrix-pl")
    rows = page.locator("table.matrix tbody tr")
    assert rows.count() == 2
    student_link = page.locator("table.matrix tbody th a").first.get_attribute("href")
    student_id = re.search(r"/(\d+)/$", student_link)[1]
    assert "Zrobione" in rows.nth(0).inner_text() and "Zrobione" in rows.nth(1).inner_text()
    report_link = page.locator("table.matrix thead a").first
    with page.expect_navigation():
        report_link.click()
    audit(page, screenshot="classroom-questions-pl")
    assert page.locator("svg.chart__svg[role=img]").count() == 1
    assert page.locator("table.questions tbody tr").count() >= 1
    assignment_id = re.search(r"/(\d+)/pytania/$", page.url)[1]

    response = page.context.request.get(live_url + url("matrix_csv", "pl", class_id))
    assert response.status == 200
    body = response.body()
    assert body.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))
    assert table[1][:3] == ["Uczeń", "Stan", "Wynik (%)"]
    assert {row[0] for row in table[2:]} == {"Jaś <script>alert(1)</script>", "Małgosia"}
    assert all(row[2].isdigit() for row in table[2:])
    questions_csv = page.context.request.get(
        live_url + url("question_report_csv", "pl", class_id, assignment_id)
    )
    assert questions_csv.body().startswith(b"\xef\xbb\xbf")

    # --- Every teacher page in both languages ----------------------------------------------
    for language in ("pl", "en"):
        for name, args in [
            ("dashboard", ()),
            ("class_detail", (class_id,)),
            ("class_edit", (class_id,)),
            ("class_delete", (class_id,)),
            ("roster", (class_id,)),
            ("assignment_create", (class_id,)),
            ("assignment_edit", (class_id, assignment_id)),
            ("assignment_delete", (class_id, assignment_id)),
            ("matrix", (class_id,)),
            ("question_report", (class_id, assignment_id)),
            ("student_detail", (class_id, student_id)),
            ("student_delete", (class_id, student_id)),
            ("privacy", ()),
        ]:
            audit(url(name, language, *args))
        page.goto(live_url + url("student_detail", language, class_id, student_id))
        with page.expect_navigation():
            page.locator("table.data-table td a").first.click()
        audit(page)
    audit(url("matrix", "en", class_id), screenshot="classroom-matrix-en")
    audit(
        url("question_report", "en", class_id, assignment_id), screenshot="classroom-questions-en"
    )
    audit(url("student_detail", "pl", class_id, student_id), screenshot="classroom-student-pl")

    # --- Every student page in English too ---------------------------------------------------
    student = students[1]
    for name in ("student_home", "privacy"):
        student.goto(live_url + url(name, "en"))
        audit(student)


@pytest.mark.parametrize("language", ["pl", "en"])
def test_public_classroom_pages(audit, language):
    for name in ("join", "sign_in", "sign_up", "privacy"):
        audit(url(name, language))


def test_forms_keep_what_was_typed_and_explain(page, live_url, audit):
    page.goto(live_url + url("join", "en"))
    page.fill("#id_code", "ABC")
    page.fill("#id_nickname", "Ola")
    with page.expect_navigation():
        page.click("main form.form button[type=submit]")
    assert page.input_value("#id_nickname") == "Ola"
    assert "A class code has 8 letters and digits" in page.locator("#id_code_error").inner_text()
    audit(page)
    page.goto(live_url + url("sign_in", "pl"))
    page.fill("#id_code", "ACDEF-GHJKM")
    with page.expect_navigation():
        page.click("main form.form button[type=submit]")
    assert page.input_value("#id_code") == "ACDEF-GHJKM"
    audit(page)
