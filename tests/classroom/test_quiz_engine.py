"""The quiz engine asks the classroom (settings.QUIZ_TAKER, settings.QUIZ_ANSWERS_RELEASE): a
signed-in student's attempt carries the assignment's taker key, and the assignment decides when
the correct answers show."""

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation

from classroom.models import AnswerRelease
from lessons.models import QuizAttempt, QuizPage
from lessons.models.quizzes import AnswerRelease as PageRelease
from tests.classroom.conftest import sign_in_student
from tests.classroom.factories import StudentFactory


def blank_selects_for(attempt):
    data = {}
    for question in attempt.public_questions():
        for part in question.get("steps", []) + question.get("items", []):
            data[f"q-{question['id']}-{part['id']}"] = ""
    return data


def test_the_settings_name_the_classroom():
    assert settings.QUIZ_TAKER == "classroom.wagtail_hooks.quiz_taker"
    assert settings.QUIZ_ANSWERS_RELEASE == "classroom.wagtail_hooks.quiz_answers_released"


def test_a_student_takes_an_assigned_quiz(client, school_class, assignment, quiz):
    quiz.show_correct_answers = PageRelease.AFTER_RELEASE
    quiz.save_revision().publish()
    quiz = QuizPage.objects.get(pk=quiz.pk)
    assignment.answer_release = AnswerRelease.BY_TEACHER
    assignment.save()
    student = StudentFactory(school_class=school_class, nickname="Kasia")
    sign_in_student(client, student)
    with translation.override("pl"):
        opened = client.get(reverse("classroom:open_quiz", args=[assignment.pk]))
    assert opened["Location"] == quiz.url
    started = client.post(quiz.url + quiz.reverse_subpage("start"))
    attempt = QuizAttempt.objects.get()
    assert attempt.taker_key == assignment.taker_key(student)
    submitted = client.post(started["Location"], {**blank_selects_for(attempt), "action": "submit"})
    result_url = submitted["Location"]
    html = client.get(result_url).content.decode()
    assert "Poprawna odpowiedź" not in html
    assignment.answers_released_at = timezone.now()
    assignment.save()
    html = client.get(result_url).content.decode()
    assert "Poprawna odpowiedź" in html or "Correct answer" in html
    # The teacher sees it in the matrix.
    client.force_login(school_class.teacher)
    with translation.override("pl"):
        matrix = client.get(reverse("classroom:matrix", args=[school_class.pk])).content.decode()
    assert "Kasia" in matrix and "Zrobione" in matrix


def test_the_assignment_holds_answers_back_even_when_the_quiz_shows_them_at_once(
    client, school_class, assignment, quiz
):
    quiz.show_correct_answers = PageRelease.IMMEDIATELY
    quiz.save_revision().publish()
    quiz = QuizPage.objects.get(pk=quiz.pk)
    assignment.answer_release = AnswerRelease.BY_TEACHER
    assignment.save()
    student = StudentFactory(school_class=school_class, nickname="Olek")
    sign_in_student(client, student)
    with translation.override("pl"):
        client.get(reverse("classroom:open_quiz", args=[assignment.pk]))
    started = client.post(quiz.url + quiz.reverse_subpage("start"))
    attempt = QuizAttempt.objects.get()
    submitted = client.post(started["Location"], {**blank_selects_for(attempt), "action": "submit"})
    html = client.get(submitted["Location"]).content.decode()
    assert "Poprawna odpowiedź" not in html and "Correct answer" not in html


def test_practice_stores_no_taker(client, quiz):
    quiz.save_revision().publish()
    quiz = QuizPage.objects.get(pk=quiz.pk)
    client.post(quiz.url + quiz.reverse_subpage("start"))
    assert QuizAttempt.objects.get().taker_key == ""
