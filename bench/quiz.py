"""Benchmark of the quiz engine: grading a 30-question quiz and serving the quiz pages, each as
a ratio to a bare Django view measured in the same run (so the numbers travel between machines).

Builds a throwaway SQLite database (migrations, a home page, a lesson and a quiz of 30
questions of all eight kinds), then:

- grades the 30 questions N times with `grade_quiz` (pure Python, no database) and calls a bare
  Django view function N times (request in, HttpResponse out);
- requests the quiz's start page, its 30 questions on one page, an autosave POST and the result
  page N times each through Django's test client, and a bare view through the same client.

Prints medians, the ratios and the SQL query count of each page.

    .venv/bin/python bench/quiz.py [N]      (default N = 200)
"""

import gzip
import os
import statistics
import sys
import tempfile
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DB = Path(tempfile.mkdtemp(prefix="korzenie-bench-quiz-")) / "bench.sqlite3"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "korzenie.settings.test")
os.environ["DATABASE_URL"] = f"sqlite:///{DB}"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.test import Client, RequestFactory  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import path  # noqa: E402

QUESTIONS = 30


def bare_view(request):
    return HttpResponse("ok", content_type="text/plain")


# The site's URLs plus the bare view, so both are served by the same stack in the same run.
from korzenie import urls as site_urls  # noqa: E402

urls = types.ModuleType("bench_quiz_urls")
urls.urlpatterns = [path("bench-bare/", bare_view), *site_urls.urlpatterns]
sys.modules["bench_quiz_urls"] = urls
settings.ROOT_URLCONF = "bench_quiz_urls"


def setup():
    from wagtail.models import Locale, Page, Site

    from lessons.models import QuizPage
    from tests.factories import HomePageFactory
    from tests.lessons.factories import LessonIndexPageFactory, LessonPageFactory
    from tests.lessons.quiz.factories import sample_questions, uid

    call_command("migrate", verbosity=0)
    Locale.objects.get_or_create(language_code="pl")
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, title="Korzenie Smaku", slug="strona-glowna")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "testserver", "port": 80, "root_page": home, "site_name": "Bench"},
    )
    lesson = LessonPageFactory(parent=LessonIndexPageFactory(parent=home), title="Lekcja")
    questions = (sample_questions() * 4)[:QUESTIONS]
    for index, question in enumerate(questions):
        question["id"] = uid("bench", index)
    quiz = QuizPage(title="Quiz", slug="quiz", questions=questions)
    lesson.add_child(instance=quiz)
    quiz.save_revision().publish()
    return QuizPage.objects.get(pk=quiz.pk)


def median_seconds(function, repeat):
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def right_answers(snapshot):
    """Answers in grading's shapes: the right one for every question (all rules exercised)."""
    from lessons.quiz.grading import matching_key

    answers = {}
    for question in snapshot:
        kind = question["type"]
        if kind == "single_choice":
            answers[question["id"]] = next(c["id"] for c in question["choices"] if c["correct"])
        elif kind == "multiple_choice":
            answers[question["id"]] = [c["id"] for c in question["choices"] if c["correct"]]
        elif kind == "true_false":
            answers[question["id"]] = "true" if question["answer"] else "false"
        elif kind == "short_text":
            answers[question["id"]] = " " + question["accepted"][0].upper() + " "
        elif kind == "numeric":
            answers[question["id"]] = question["answer"].replace(".", ",")
        elif kind == "ordering":
            answers[question["id"]] = {s["id"]: n for n, s in enumerate(question["steps"], 1)}
        elif kind == "matching":
            answers[question["id"]] = {p["id"]: matching_key(p["right"]) for p in question["pairs"]}
        elif kind == "voivodeship":
            answers[question["id"]] = question["regions"][0]
    return answers


def count_queries():
    reset_queries()  # the log is per request; start from an empty one
    return CaptureQueriesContext(connection)


def timed_get(client, url, repeat):
    """(median seconds, SQL queries, bytes, bytes gzipped) of a GET."""
    with count_queries() as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    count = len(queries)  # before the timed requests reset the log
    size = len(response.content)
    gzipped = len(gzip.compress(response.content))
    return median_seconds(lambda: client.get(url), repeat), count, size, gzipped


def main(repeat):
    from lessons.models import QuizAttempt
    from lessons.quiz.grading import grade_quiz

    started = time.perf_counter()
    quiz = setup()
    print(
        f"setup (migrations, pages, a {QUESTIONS}-question quiz): {time.perf_counter() - started:.1f} s"
    )

    # Grading, next to a bare view function called directly.
    snapshot = quiz.questions_snapshot()
    answers = right_answers(snapshot)
    result = grade_quiz(snapshot, answers)
    assert result["score"] == result["max_score"], result
    request = RequestFactory().get("/bench-bare/")
    bare_call = median_seconds(lambda: bare_view(request), repeat * 20)
    grading = median_seconds(lambda: grade_quiz(snapshot, answers), repeat * 5)

    # Pages through the test client, next to the bare view through the same client.
    client = Client()
    client.get("/bench-bare/")
    bare_request = median_seconds(lambda: client.get("/bench-bare/"), repeat)
    client.get(quiz.url)  # warm caches (menus)
    start_page = timed_get(client, quiz.url, repeat)
    response = client.post(quiz.url + quiz.reverse_subpage("start"))
    attempt_url = response["Location"]
    take_page = timed_get(client, attempt_url, repeat)
    attempt = QuizAttempt.objects.get()
    form = {"action": "autosave"}
    for question in attempt.public_questions():
        for part in question.get("steps", []) + question.get("items", []):
            form[f"q-{question['id']}-{part['id']}"] = ""
    form[f"q-{attempt.public_questions()[0]['id']}"] = attempt.public_questions()[0]["choices"][0][
        "id"
    ]
    with count_queries() as queries:
        assert client.post(attempt_url, form, HTTP_ACCEPT="application/json").status_code == 200
    count = len(queries)  # before the timed requests reset the log
    autosave = (
        median_seconds(
            lambda: client.post(attempt_url, form, HTTP_ACCEPT="application/json"), repeat
        ),
        count,
        None,
        None,
    )
    client.post(attempt_url, {**form, "action": "submit"})
    result_page = timed_get(
        client, quiz.url + quiz.reverse_subpage("result", args=[attempt.token]), repeat
    )

    print(f"\nN = {repeat} (median of each)\n")
    print(f"{'what':48} {'median':>10} {'× bare':>8} {'queries':>8} {'KB (gzip)':>16}")
    print(f"{'bare view function, called directly':48} {bare_call * 1e6:8.1f} µs {1:8.1f}")
    print(
        f"{f'grade_quiz, {QUESTIONS} questions (all kinds)':48} {grading * 1e6:8.1f} µs "
        f"{grading / bare_call:8.1f} {0:8d}"
    )
    print(f"{'bare view through the test client':48} {bare_request * 1e3:8.2f} ms {1:8.1f} {0:8d}")
    for label, (seconds, count, size, gzipped) in (
        ("quiz start page", start_page),
        (f"quiz page, {QUESTIONS} questions on one page", take_page),
        ("autosave POST (JSON)", autosave),
        (f"result page, {QUESTIONS} questions", result_page),
    ):
        weight = f"{size / 1024:7.1f} ({gzipped / 1024:5.1f})" if size else ""
        print(
            f"{label:48} {seconds * 1e3:8.2f} ms {seconds / bare_request:8.1f} {count:8d} "
            f"{weight:>16}"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
