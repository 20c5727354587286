"""Query budgets: the class matrix and the question report cost the same for 5 and 40 students."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from tests.classroom.factories import (
    AssignmentFactory,
    SchoolClassFactory,
    StudentFactory,
    make_attempt,
)


def fill(lesson, quiz, students):
    school_class = SchoolClassFactory()
    pupils = [StudentFactory(school_class=school_class) for _ in range(students)]
    quiz_work = AssignmentFactory(school_class=school_class, quiz=quiz)
    AssignmentFactory(school_class=school_class, lesson=lesson)
    chosen = AssignmentFactory(
        school_class=school_class, lesson=lesson, quiz=quiz, for_whole_class=False
    )
    chosen.students.set(pupils[:2])
    for pupil in pupils:
        make_attempt(quiz_work, pupil, {})
    return school_class, quiz_work


def count(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize(
    ("name", "with_assignment"),
    [
        ("matrix", False),
        ("matrix_csv", False),
        ("question_report", True),
        ("question_report_csv", True),
    ],
)
def test_reports_cost_the_same_for_5_and_40_students(client, lesson, quiz, name, with_assignment):
    counts = []
    for students in (5, 40):
        school_class, quiz_work = fill(lesson, quiz, students)
        client.force_login(school_class.teacher)
        args = [school_class.pk, quiz_work.pk] if with_assignment else [school_class.pk]
        with translation.override("pl"):
            url = reverse(f"classroom:{name}", args=args)
        count(client, url)  # warm caches of the site's menu and settings
        counts.append(count(client, url))
    assert counts[0] == counts[1], counts
    assert counts[1] <= 20, counts
    print(f"{name}: {counts[1]} queries")
