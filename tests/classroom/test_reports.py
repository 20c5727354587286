"""The class matrix, a student's history, the question report, the CSV exports, the hooks of the
quiz engine, deleting and downloading a student's data."""

import csv
import datetime
import io
import json
import re
from types import SimpleNamespace

import pytest
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone, translation

from classroom import reports
from classroom.models import AnswerRelease, Assignment, LessonCompletion, SchoolClass, Student
from classroom.permissions import STUDENT_SESSION_KEY, session_token
from classroom.wagtail_hooks import quiz_answers_released, quiz_taker
from lessons.models import QuizAttempt
from tests.classroom.factories import AssignmentFactory, StudentFactory, make_attempt


def url(name, *args, language="pl"):
    with translation.override(language):
        return reverse(f"classroom:{name}", args=args)


def question(quiz, kind):
    return next(q for q in quiz.specific.questions_snapshot() if q["type"] == kind)


def choice_id(quiz, kind, text):
    return next(c["id"] for c in question(quiz, kind)["choices"] if c["text"] == text)


@pytest.fixture
def results(school_class, students, lesson, quiz):
    """Ala answers the single-choice question right, Łucja wrong (late); a lesson-only
    assignment that Ala marked done; one for Łucja only."""
    now = timezone.now()
    single = question(quiz, "single_choice")["id"]
    true_false = question(quiz, "true_false")["id"]
    right = "true" if question(quiz, "true_false")["answer"] else "false"
    wrong = "false" if right == "true" else "true"
    ala, lucja = students
    quiz_work = AssignmentFactory(
        school_class=school_class, quiz=quiz, due_at=now - datetime.timedelta(hours=1)
    )
    lesson_work = AssignmentFactory(
        school_class=school_class, lesson=lesson, due_at=now + datetime.timedelta(days=1)
    )
    chosen = AssignmentFactory(
        school_class=school_class,
        lesson=lesson,
        due_at=now - datetime.timedelta(days=1),
        for_whole_class=False,
    )
    chosen.students.set([lucja])
    # Ala: a first (poor) attempt, then a better one; both on time.
    make_attempt(quiz_work, ala, {}, submitted_at=now - datetime.timedelta(hours=3))
    make_attempt(
        quiz_work,
        ala,
        {single: choice_id(quiz, "single_choice", "małopolskie"), true_false: right},
        submitted_at=now - datetime.timedelta(hours=2),
    )
    make_attempt(
        quiz_work,
        lucja,
        {single: choice_id(quiz, "single_choice", "podlaskie"), true_false: wrong},
        submitted_at=now,
    )
    LessonCompletion.objects.create(assignment=lesson_work, student=ala)
    return SimpleNamespace(quiz=quiz_work, lesson=lesson_work, chosen=chosen, ala=ala, lucja=lucja)


def test_the_matrix_shows_done_late_missing_and_scores(results, school_class):
    matrix = reports.class_matrix(school_class)
    assert [a.pk for a in matrix.assignments] == [
        results.chosen.pk,
        results.quiz.pk,
        results.lesson.pk,
    ]
    rows = {student.nickname: cells for student, cells in matrix.rows}
    ala, lucja = rows["Ala"], rows["Łucja"]
    assert [cell.status for cell in ala] == ["not_assigned", "done", "done"]
    assert [cell.status for cell in lucja] == ["missing", "late", "open"]
    assert len(ala[1].attempts) == 2
    latest = ala[1].latest
    assert ala[1].score == round(float(latest.score) * 100 / float(latest.max_score))
    assert ala[1].score > lucja[1].score


def test_the_csv_matches_the_screen(client, results, school_class):
    client.force_login(school_class.teacher)
    page = client.get(url("matrix", school_class.pk)).content.decode()
    response = client.get(url("matrix_csv", school_class.pk))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    raw = response.content
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads Polish letters
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))  # Polish Excel's separator
    assert "Łucja" in text
    # Numbers are numbers: never quoted, no per cent sign.
    for row in rows[2:]:
        for value in row[2::2]:
            assert value == "" or value.isdigit()
    assert '"' not in text.split("\r\n", 2)[2]
    # The same cells as the table on the page, header rows included.
    table = re.search(r'<table class="data-table matrix">(.*?)</table>', page, re.S)[1]
    screen_rows = []
    for row in re.findall(r"<tr>(.*?)</tr>", table, re.S):
        cells = []
        for attrs, cell in re.findall(r"<t[hd]([^>]*)>(.*?)</t[hd]>", row, re.S):
            text_value = re.sub(r"<[^>]+>", "", cell)
            text_value = re.sub(r"[✓✗○]", "", text_value)
            text_value = " ".join(text_value.split())
            cells.append(text_value)
            if 'colspan="2"' in attrs:
                cells.append("")
        screen_rows.append(cells)
    import html as html_module

    screen_rows = [[html_module.unescape(value) for value in row] for row in screen_rows]
    assert rows == screen_rows
    english = client.get(url("matrix_csv", school_class.pk, language="en")).content.decode(
        "utf-8-sig"
    )
    assert english.splitlines()[1].startswith("Student,Status,Score (%)")


def test_a_formula_in_a_nickname_is_not_run_by_the_spreadsheet(results):
    assert (
        reports.csv_bytes([["=HYPERLINK(1)", 5, "-x"]]).decode("utf-8-sig")
        == "'=HYPERLINK(1),5,'-x\r\n"
    )


def test_the_question_report(client, results, school_class):
    with translation.override("pl"):
        report = reports.question_report(
            Assignment.objects.select_related("school_class").get(pk=results.quiz.pk)
        )
    assert report.attempt_count == 2  # the latest attempt of each student
    by_type = {row.kind: row for row in report.questions}
    single = by_type["single_choice"]
    assert (single.correct, single.answered, single.share_correct) == (1, 2, 50)
    assert single.top_wrong == [("podlaskie", 1)]
    assert by_type["multiple_choice"].unanswered == 2
    assert by_type["multiple_choice"].share_correct == 0
    hardest = [row for row in report.questions if row.hardest]
    zero = [row for row in report.questions if row.share_correct == 0]
    assert len(zero) >= 3
    assert hardest == zero  # ties with the lowest three are all marked
    assert [row.number for row in report.questions] == list(range(1, len(report.questions) + 1))

    client.force_login(school_class.teacher)
    page = client.get(url("question_report", school_class.pk, results.quiz.pk)).content.decode()
    assert '<svg role="img" aria-labelledby="chart-title chart-desc"' in page
    assert "podlaskie (1)" in page
    assert page.count('class="is-hardest"') == len(hardest)
    assert "★ Tak" in re.sub(r"<[^>]+>", "", page)  # not by colour alone
    assert "najtrudniejsze" in page
    csv_text = client.get(
        url("question_report_csv", school_class.pk, results.quiz.pk)
    ).content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(csv_text), delimiter=";"))
    assert rows[0] == [
        "Nr",
        "Pytanie",
        "Podejścia",
        "Poprawnie (%)",
        "Najczęstsze błędne odpowiedzi",
        "Najtrudniejsze",
    ]
    with translation.override("pl"):
        assert rows[1:] == [[str(value) for value in row] for row in report.body_rows()]


def test_the_question_report_maps_where_the_class_placed_a_voivodeship(
    client, school_class, students, quiz
):
    where = question(quiz, "voivodeship")
    assert where["regions"] == ["02"]  # dolnośląskie
    work = AssignmentFactory(school_class=school_class, quiz=quiz)
    ala, lucja = students
    make_attempt(work, ala, {where["id"]: "02"}, submitted_at=timezone.now())
    make_attempt(work, lucja, {where["id"]: "12"}, submitted_at=timezone.now())
    with translation.override("pl"):
        report = reports.question_report(Assignment.objects.get(pk=work.pk))
    row = next(row for row in report.questions if row.kind == "voivodeship")
    assert row.chosen == {"02": 1, "12": 1}
    listed = [(region["code"], region["count"], region["right"]) for region in row.map["listed"]]
    assert listed == [("02", 1, True), ("12", 1, False)]
    assert all(region["shade"] == 0 for region in row.map["regions"] if not region["count"])
    assert next(row for row in report.questions if row.kind == "single_choice").map is None

    client.force_login(school_class.teacher)
    page = client.get(url("question_report", school_class.pk, work.pk)).content.decode()
    figure = page.split('<figure class="class-map">', 1)[1].split("</figure>", 1)[0]
    assert figure.count('<path class="class-map__region') == 16
    assert figure.count('class="class-map__outline"') == 1  # the right voivodeship
    assert "dolnośląskie (dobra odpowiedź): 1; małopolskie: 1</p>" in figure  # in words too


def test_the_question_report_is_only_for_quizzes(client, results, school_class):
    client.force_login(school_class.teacher)
    assert client.get(url("question_report", school_class.pk, results.lesson.pk)).status_code == 404


def test_a_student_sees_own_results_and_answers_when_released(client, results):
    results.quiz.answer_release = AnswerRelease.BY_TEACHER
    results.quiz.save()
    session = client.session
    session[STUDENT_SESSION_KEY] = [results.lucja.pk, session_token(results.lucja)]
    session.save()
    home = client.get(url("student_home")).content.decode()
    assert "Zrobione po terminie" in home and "Brak" in home
    attempt = QuizAttempt.objects.filter(taker_key=results.quiz.taker_key(results.lucja)).get()
    page = client.get(url("own_attempt", attempt.pk)).content.decode()
    assert "Poprawne odpowiedzi nauczyciel pokaże później." in page
    assert "małopolskie" not in page  # the right answer is not shown yet
    results.quiz.answers_released_at = timezone.now()
    results.quiz.save()
    page = client.get(url("own_attempt", attempt.pk)).content.decode()
    assert "małopolskie" in page


def test_the_teacher_releases_the_answers(client, results, school_class):
    results.quiz.answer_release = AnswerRelease.BY_TEACHER
    results.quiz.save()
    client.force_login(school_class.teacher)
    client.post(url("assignment_release", school_class.pk, results.quiz.pk))
    results.quiz.refresh_from_db()
    assert results.quiz.answers_released()
    client.post(url("assignment_release", school_class.pk, results.quiz.pk), {"hide": "1"})
    results.quiz.refresh_from_db()
    assert not results.quiz.answers_released()


# --- The quiz engine's hooks ------------------------------------------------------------------


def student_request(student, **session):
    request = RequestFactory().get("/")
    request.session = {STUDENT_SESSION_KEY: [student.pk, session_token(student)], **session}
    return request


def test_the_taker_hook_names_the_assignment_of_the_signed_in_student(results, quiz, locales):
    request = student_request(results.ala)
    assert quiz_taker(request, quiz) == results.quiz.taker_key(results.ala)
    # The English translation of the quiz is the same quiz for the class.
    english = quiz.copy_for_translation(locales["en"], copy_parents=True)
    assert quiz_taker(student_request(results.ala), english) == results.quiz.taker_key(results.ala)
    # Nobody signed in, or a quiz that is not assigned: practice, nothing stored.
    anonymous = RequestFactory().get("/")
    anonymous.session = {}
    assert quiz_taker(anonymous, quiz) == ""
    other_student = StudentFactory()
    assert quiz_taker(student_request(other_student), quiz) == ""


def test_the_taker_hook_prefers_the_assignment_the_student_opened(results, quiz, school_class):
    second = AssignmentFactory(school_class=school_class, quiz=quiz)
    request = student_request(results.ala, classroom_open_assignment=results.quiz.pk)
    assert quiz_taker(request, quiz) == results.quiz.taker_key(results.ala)
    request = student_request(results.ala, classroom_open_assignment=second.pk)
    assert quiz_taker(request, quiz) == second.taker_key(results.ala)


@pytest.mark.parametrize(
    ("release", "due_in_hours", "released_at", "expected"),
    [
        (AnswerRelease.AT_ONCE, 24, None, True),
        (AnswerRelease.AFTER_DUE, 24, None, False),
        (AnswerRelease.AFTER_DUE, -1, None, True),
        (AnswerRelease.BY_TEACHER, -1, None, False),
        (AnswerRelease.BY_TEACHER, 24, "now", True),
    ],
)
def test_the_release_hook_follows_the_assignment(
    results, quiz, release, due_in_hours, released_at, expected
):
    assignment = results.quiz
    assignment.answer_release = release
    assignment.due_at = timezone.now() + datetime.timedelta(hours=due_in_hours)
    assignment.answers_released_at = timezone.now() if released_at else None
    assignment.save()
    attempt = QuizAttempt.objects.filter(taker_key=assignment.taker_key(results.ala)).first()
    assert quiz_answers_released(attempt) is expected
    # Practice attempts are not the classroom's business.
    practice = SimpleNamespace(taker_key="")
    assert quiz_answers_released(practice) is None


# --- Deleting and downloading ---------------------------------------------------------------


def test_deleting_a_student_deletes_their_attempts(client, results, school_class, other_class):
    client.force_login(school_class.teacher)
    prefix = results.ala.taker_prefix()
    assert QuizAttempt.objects.filter(taker_key__startswith=prefix).count() == 2
    response = client.post(url("student_delete", school_class.pk, results.ala.pk))
    assert response.status_code == 302
    assert not Student.objects.filter(pk=results.ala.pk).exists()
    assert not QuizAttempt.objects.filter(taker_key__startswith=prefix).exists()
    assert not LessonCompletion.objects.filter(student_id=results.ala.pk).exists()
    assert QuizAttempt.objects.filter(taker_key__startswith=results.lucja.taker_prefix()).exists()
    assert QuizAttempt.objects.filter(pk=other_class["attempt"].pk).exists()


def test_deleting_a_class_deletes_everything_of_it(client, results, school_class, other_class):
    client.force_login(school_class.teacher)
    confirm = client.get(url("class_delete", school_class.pk)).content.decode()
    assert "Tego nie można cofnąć" in confirm
    client.post(url("class_delete", school_class.pk))
    assert not SchoolClass.objects.filter(pk=school_class.pk).exists()
    assert not Student.objects.filter(school_class_id=school_class.pk).exists()
    assert not QuizAttempt.objects.filter(
        taker_key__startswith=school_class.taker_prefix()
    ).exists()
    assert QuizAttempt.objects.filter(pk=other_class["attempt"].pk).exists()


def test_deleting_an_assignment_deletes_its_attempts(client, results, school_class):
    client.force_login(school_class.teacher)
    client.post(url("assignment_delete", school_class.pk, results.quiz.pk))
    assert not QuizAttempt.objects.filter(
        taker_key__startswith=school_class.taker_prefix()
    ).exists()


def test_the_teacher_downloads_everything_about_one_student(client, results, school_class):
    client.force_login(school_class.teacher)
    response = client.get(url("student_download", school_class.pk, results.ala.pk))
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["student"]["nickname"] == "Ala"
    assert data["class"] == {"name": "Klasa 5b", "school_year": "2026/2027"}
    assert len(data["quiz_attempts"]) == 2
    assert {attempt["taker_key"] for attempt in data["quiz_attempts"]} == {
        results.quiz.taker_key(results.ala)
    }
    assert {a["status"] for a in data["assignments"]} == {"done"}
    assert "Łucja" not in response.content.decode()


def test_a_student_downloads_own_data(client, results):
    session = client.session
    session[STUDENT_SESSION_KEY] = [results.lucja.pk, session_token(results.lucja)]
    session.save()
    data = json.loads(client.get(url("own_data")).content)
    assert data["student"]["nickname"] == "Łucja"
    assert len(data["quiz_attempts"]) == 1


def test_classes_are_purged_after_their_school_year(results, school_class, other_class):
    from django.core.management import call_command

    school_class.school_year = "2020/2021"
    school_class.save()
    call_command("purge_classes", stdout=io.StringIO())
    assert not SchoolClass.objects.filter(pk=school_class.pk).exists()
    assert not QuizAttempt.objects.filter(
        taker_key__startswith=school_class.taker_prefix()
    ).exists()
    assert SchoolClass.objects.filter(pk=other_class["class"].pk).exists()
