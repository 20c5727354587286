"""Benchmark of the teacher's class matrix: 40 students × 20 assignments.

Builds a throwaway SQLite database (migrations, a home page, a lesson with a quiz, one class of
40 students with 20 assignments — 15 quizzes, 5 lessons — and a submitted attempt of every
student at every quiz: 600 attempts), then times N times:

- building the matrix (`classroom.reports.class_matrix`: queries + Python),
- the whole results page and its CSV through Django's test client,
- the question report of one quiz,

and prints the median and the SQL query count.

    .venv/bin/python bench/classroom.py [N]      (default N = 20)
"""

import datetime
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DB = Path(tempfile.mkdtemp(prefix="korzenie-bench-")) / "bench.sqlite3"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "korzenie.settings.test")
os.environ["DATABASE_URL"] = f"sqlite:///{DB}"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone, translation  # noqa: E402

STUDENTS = 40
QUIZ_ASSIGNMENTS = 15
LESSON_ASSIGNMENTS = 5


def setup():
    from wagtail.models import Locale, Page, Site

    from classroom.models import Assignment, LessonCompletion, SchoolClass, Student
    from tests.classroom.factories import TeacherProfileFactory
    from tests.factories import HomePageFactory
    from tests.lessons.factories import LessonIndexPageFactory, LessonPageFactory
    from tests.lessons.quiz.factories import QuizPageFactory

    Locale.objects.get_or_create(language_code="pl")
    Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="strona-glowna")
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    lesson = LessonPageFactory(parent=LessonIndexPageFactory(parent=home))
    quiz = QuizPageFactory(parent=lesson)
    teacher = TeacherProfileFactory(user__username="bench-teacher").user
    school_class = SchoolClass.objects.create(
        teacher=teacher, name="Klasa 5b", school_year="2026/2027"
    )
    students = [
        Student.objects.create(school_class=school_class, nickname=f"Uczeń {n:02d}")
        for n in range(STUDENTS)
    ]
    now = timezone.now()
    assignments = []
    for n in range(QUIZ_ASSIGNMENTS + LESSON_ASSIGNMENTS):
        assignments.append(
            Assignment.objects.create(
                school_class=school_class,
                quiz=quiz if n < QUIZ_ASSIGNMENTS else None,
                lesson=lesson,
                due_at=now + datetime.timedelta(days=n - 10),
            )
        )
    from lessons.models import QuizAttempt

    questions = quiz.questions_snapshot()
    single = next(q for q in questions if q["type"] == "single_choice")
    attempts = []
    completions = []
    for index, student in enumerate(students):
        for assignment in assignments:
            if assignment.quiz_id:
                attempts.append(
                    QuizAttempt.graded(
                        quiz,
                        {single["id"]: single["choices"][index % 3]["id"]},
                        questions=questions,
                        submitted_at=now - datetime.timedelta(hours=index),
                        taker_key=assignment.taker_key(student),
                    )
                )
            elif index % 2:
                completions.append(LessonCompletion(assignment=assignment, student=student))
    QuizAttempt.objects.bulk_create(attempts)
    LessonCompletion.objects.bulk_create(completions)
    return teacher, school_class, assignments[0], len(attempts)


def timed(function, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    call_command("migrate", verbosity=0)
    teacher, school_class, quiz_assignment, attempt_count = setup()
    from classroom import reports

    print(
        f"Class of {STUDENTS} students × {QUIZ_ASSIGNMENTS + LESSON_ASSIGNMENTS} assignments "
        f"({QUIZ_ASSIGNMENTS} quizzes, {LESSON_ASSIGNMENTS} lessons), {attempt_count} attempts; "
        f"median of {runs} runs, SQLite"
    )
    with CaptureQueriesContext(connection) as captured:
        reports.class_matrix(school_class)
    build = timed(lambda: reports.class_matrix(school_class), runs)
    print(f"  build the matrix (class_matrix)     {build:7.1f} ms  {len(captured):3d} queries")

    client = Client()
    client.force_login(teacher)
    with translation.override("pl"):
        urls = [
            ("results page (HTML)", reverse("classroom:matrix", args=[school_class.pk])),
            ("results CSV", reverse("classroom:matrix_csv", args=[school_class.pk])),
            (
                "question report of one quiz",
                reverse("classroom:question_report", args=[school_class.pk, quiz_assignment.pk]),
            ),
        ]
    for label, url in urls:
        client.get(url)
        milliseconds = timed(lambda url=url: client.get(url), runs)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        print(
            f"  {label:<35} {milliseconds:7.1f} ms  {len(captured):3d} queries  "
            f"{len(response.content) / 1024:6.1f} KiB"
        )


if __name__ == "__main__":
    main()
