"""Assigning a lesson and/or a quiz: to the whole class or chosen students, with a due date,
instructions and the answer-release setting; the form keeps what was typed."""

from django.urls import reverse
from django.utils import translation

from classroom.models import AnswerRelease, Assignment
from tests.classroom.factories import StudentFactory


def url(name, *args, language="pl"):
    with translation.override(language):
        return reverse(f"classroom:{name}", args=args)


def test_assigning_a_quiz_to_chosen_students(client, school_class, lesson, quiz):
    ala = StudentFactory(school_class=school_class, nickname="Ala")
    StudentFactory(school_class=school_class, nickname="Olek")
    client.force_login(school_class.teacher)
    form = client.get(url("assignment_create", school_class.pk)).content.decode()
    assert quiz.title in form and lesson.title in form
    response = client.post(
        url("assignment_create", school_class.pk),
        {
            "lesson": lesson.pk,
            "quiz": quiz.pk,
            "due_at": "2026-12-15T08:00",
            "instructions": "Na piątek.",
            "answer_release": AnswerRelease.BY_TEACHER,
            "for_whole_class": "0",
            "students": [ala.pk],
        },
    )
    assert response.status_code == 302
    assignment = Assignment.objects.get()
    assert (assignment.lesson_id, assignment.quiz_id) == (lesson.pk, quiz.pk)
    assert assignment.due_at.isoformat() == "2026-12-15T07:00:00+00:00"  # 08:00 in Warsaw
    assert not assignment.for_whole_class
    assert list(assignment.students.all()) == [ala]
    assert not assignment.answers_released()


def test_the_assignment_form_keeps_what_was_typed(client, school_class):
    client.force_login(school_class.teacher)
    response = client.post(
        url("assignment_create", school_class.pk),
        {
            "due_at": "jutro",
            "instructions": "Przeczytajcie <b>uważnie</b>.",
            "answer_release": AnswerRelease.AFTER_DUE,
            "for_whole_class": "0",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Wybierz lekcję, quiz albo jedno i drugie." in html
    assert "Podaj datę i godzinę, na przykład 2026-12-15 08:00." in html
    assert "Wybierz co najmniej jednego ucznia albo całą klasę." in html
    assert "Przeczytajcie &lt;b&gt;uważnie&lt;/b&gt;." in html
    assert 'value="jutro"' in html
    assert 'value="after_due" required id="id_answer_release_1" checked' in html or (
        'value="after_due"' in html and "checked" in html
    )
    assert not Assignment.objects.exists()


def test_a_quiz_of_another_type_cannot_be_assigned_as_a_lesson(client, school_class, quiz):
    client.force_login(school_class.teacher)
    response = client.post(
        url("assignment_create", school_class.pk),
        {
            "lesson": quiz.pk,
            "due_at": "2026-12-15T08:00",
            "answer_release": AnswerRelease.AT_ONCE,
            "for_whole_class": "1",
        },
    )
    assert response.status_code == 200
    assert not Assignment.objects.exists()
