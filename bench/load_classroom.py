"""Monday morning: a class of 30 takes a quiz at once while the teacher watches the results.

What it measures: the response times a teacher with thirty students sees when the whole class
joins and takes a quiz in the same few minutes, on the production configuration. A throwaway
site is built (a temporary SQLite file, or the PostgreSQL database `<name>_load` next to the
one of DATABASE_URL, created afresh and dropped at the end), migrated and loaded with
`manage.py load_demo`, and served by gunicorn with production settings and
deploy/gunicorn.conf.py (2 workers × 4 threads by default). Then locust (bench/locustfile.py)
starts 30 simulated students and the demo teacher within 5 seconds:

- each student opens the join page, joins the demo class with its code and a nickname of
  their own, sees the welcome page and "My work", opens the first quiz assignment, starts the
  quiz, and for every question thinks 1-3 s and saves in the background (as lessons/js/quiz.js
  does), then submits and opens the result;
- the teacher signs in and reloads the class's results and the question report of that quiz
  every 4-6 s until the last student has finished.

It prints, per kind of request, the count, failures and the median, p95, p99 and maximum time;
then the totals, the first failures, and the submitted attempts found in the database. It
exits non-zero when any request failed (any answer but the expected 2xx/3xx) or when the
database does not hold exactly one submitted attempt per student.

    .venv/bin/python bench/load_classroom.py [--students 30]
    make bench                     (with the other benchmarks)

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/test REDIS_URL=redis://127.0.0.1:6379/0 \\
        .venv/bin/python bench/load_classroom.py

Production settings need Redis: REDIS_URL, or redis://127.0.0.1:6379/15 when it is not set;
the site's keys get a prefix of their own and are deleted at the end. Needs the `bench` extra
(`pip install -e ".[bench]"`: locust).
"""

import argparse
import contextlib
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.browser import harness  # noqa: E402

DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/15"
SPAWN_SECONDS = 5
TIMEOUT_SECONDS = 900
NICKNAME_PREFIX = "Uczeń-"
KINDS = [
    "join page",
    "join POST",
    "welcome",
    "student home",
    "open quiz (redirect)",
    "quiz page",
    "quiz start",
    "attempt (redirect)",
    "question page",
    "autosave",
    "next question POST",
    "submit",
    "result",
    "teacher sign-in page",
    "teacher sign-in POST",
    "teacher matrix",
    "teacher report",
]

# Run in the site's own database with `manage.py shell -c` (one Django start): build the site,
# then print what the simulated class needs to know about it.
PREPARE_SITE = r"""
import json
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from classroom import demo
from classroom.models import SchoolClass
from korzenie.demo import DEMO_PASSWORD

call_command("migrate", interactive=False, verbosity=0)
call_command("load_demo", quiet=True)
call_command("collectstatic", interactive=False, verbosity=0)
school_class = SchoolClass.objects.get(teacher__username=demo.TEACHER, name=demo.CLASS_NAME)
assignment = school_class.assignments.filter(quiz__isnull=False).order_by("pk").first()
with translation.override("pl"):
    urls = {
        "join": reverse("classroom:join"),
        "welcome": reverse("classroom:welcome"),
        "student_home": reverse("classroom:student_home"),
        "open_quiz": reverse("classroom:open_quiz", args=[assignment.pk]),
        "login": reverse("login"),
        "matrix": reverse("classroom:matrix", args=[school_class.pk]),
        "question_report": reverse(
            "classroom:question_report", args=[school_class.pk, assignment.pk]
        ),
    }
quiz = assignment.quiz.specific
print("FACTS" + json.dumps({
    "assignment": assignment.pk,
    "quiz": f"{quiz.title} ({len(quiz.questions)} questions, {quiz.display_mode})",
    "join_code": school_class.join_code_display,
    "teacher": demo.TEACHER,
    "password": DEMO_PASSWORD,
    "urls": urls,
}))
"""

# Afterwards: each simulated student's attempts at the assignment, [submitted, all].
COUNT_ATTEMPTS = r"""
import json
from classroom.models import Assignment
from lessons.models import QuizAttempt

assignment = Assignment.objects.get(pk={assignment})
attempts = {{}}
for student in assignment.school_class.students.filter(nickname__startswith={prefix!r}):
    mine = QuizAttempt.objects.filter(taker_key=assignment.taker_key(student))
    attempts[student.nickname] = [mine.exclude(submitted_at=None).count(), mine.count()]
print("ATTEMPTS" + json.dumps(attempts))
"""


def output_line(output, marker):
    line = next(line for line in output.splitlines() if line.startswith(marker))
    return json.loads(line.removeprefix(marker))


def load_database_url(workdir):
    """A temporary SQLite file, or `<name>_load` next to DATABASE_URL's PostgreSQL database."""
    source = os.environ.get("DATABASE_URL", "")
    if not urlsplit(source).scheme.startswith("postgres"):
        return f"sqlite:///{Path(workdir) / 'load.sqlite3'}"
    parts = urlsplit(source)
    name = f"{parts.path.lstrip('/') or 'postgres'}_load"
    harness.recreate_postgres_database(source, name)
    return urlunsplit(parts._replace(path=f"/{name}"))


def production_environment(database_url, workdir, port):
    env = harness.site_environment(database_url, workdir)
    env.update(
        DJANGO_SETTINGS_MODULE="korzenie.settings.production",
        SECRET_KEY="bench-only-" + "l" * 50,
        ALLOWED_HOSTS="127.0.0.1",
        REDIS_URL=os.environ.get("REDIS_URL") or DEFAULT_REDIS_URL,
        CACHE_KEY_PREFIX=f"korzenie-load-{os.getpid()}",
        STATIC_ROOT=str(Path(workdir) / "static"),
        MEDIA_ROOT=str(Path(workdir) / "media"),
        GUNICORN_BIND=f"127.0.0.1:{port}",
        LOG_LEVEL="WARNING",
        GUNICORN_LOG_LEVEL="warning",
    )
    return env


def run_class(port, facts, students):
    """The simulated class, in a process of its own (locust patches the standard library)."""
    config = {
        **facts,
        "host": f"http://127.0.0.1:{port}",
        "students": students,
        "nickname_prefix": NICKNAME_PREFIX,
        "spawn_seconds": SPAWN_SECONDS,
        "timeout": TIMEOUT_SECONDS,
    }
    result = subprocess.run(
        [sys.executable, str(REPO / "bench" / "locustfile.py")],
        cwd=REPO,
        env={**os.environ, "LOAD_CONFIG": json.dumps(config)},
        capture_output=True,
        text=True,
        timeout=TIMEOUT_SECONDS + 120,
    )
    if result.returncode != 0 or "samples" not in result.stdout:
        raise RuntimeError(f"locust failed ({result.returncode}):\n{result.stderr[-4000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def cpu_seconds(pid):
    """CPU time (user + system) of a process and its children so far: gunicorn's master and
    workers."""
    import psutil

    process = psutil.Process(pid)
    return sum(sum(p.cpu_times()[:2]) for p in [process, *process.children(recursive=True)])


def delete_redis_keys(env):
    import redis

    with contextlib.suppress(redis.RedisError):
        client = redis.Redis.from_url(env["REDIS_URL"])
        keys = list(client.scan_iter(match=f"{env['CACHE_KEY_PREFIX']}:*", count=1000))
        if keys:
            client.delete(*keys)


# --- The report -----------------------------------------------------------------------------


def percentile(ordered, fraction):
    """Nearest-rank percentile of a sorted list."""
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def print_report(result, attempts, students, setting):
    times = {}
    for kind, milliseconds in result["samples"]:
        times.setdefault(kind, []).append(milliseconds)
    failed = {}
    for failure in result["failures"]:
        failed[failure["kind"]] = failed.get(failure["kind"], 0) + 1

    print(f"\nMonday morning: {students} students and 1 teacher, {setting}\n")
    header = (
        f"{'request':<22} {'count':>6} {'fail':>5} {'median':>8} {'p95':>8} {'p99':>8} {'max':>8}"
    )
    print(header)
    print("-" * len(header))
    for kind in KINDS + sorted((set(times) | set(failed)) - set(KINDS)):
        ordered = sorted(times.get(kind, []))
        if not ordered and not failed.get(kind):
            continue
        figures = ["-"] * 4
        if ordered:
            figures = [percentile(ordered, p) for p in (0.5, 0.95, 0.99)] + [ordered[-1]]
            figures = [f"{figure:.0f}" for figure in figures]
        print(
            f"{kind:<22} {len(ordered):>6} {failed.get(kind, 0):>5} "
            + " ".join(f"{figure:>8}" for figure in figures)
        )
    print("(times in ms)\n")

    total = len(result["samples"])
    submitted = sum(counts[0] for counts in attempts.values())
    one_each = sum(1 for counts in attempts.values() if counts == [1, 1])
    rows = [
        ("requests", str(total)),
        ("failures", str(len(result["failures"]))),
        ("wall time", f"{result['wall_s']:.1f} s"),
        ("requests/s", f"{total / result['wall_s']:.1f}"),
        (
            "CPU: gunicorn / load generator",
            f"{result['server_cpu_s']:.1f} / {result['cpu_s']:.1f} s",
        ),
        (
            "machine load average (1 min), before / after",
            "{:.1f} / {:.1f}".format(*result["load_average"]),
        ),
        ("students finished", f"{result['finished_students']} of {students}"),
        ("submitted attempts in the database", f"{submitted} (expected {students})"),
        ("students with exactly one attempt", f"{one_each} of {students}"),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    for failure in result["failures"][:10]:
        print(
            f"  failed: {failure['kind']}: {failure['status']} {failure['url']} {failure['reason']}"
        )
    if result["timed_out"]:
        print(f"  the class did not finish within {TIMEOUT_SECONDS} s")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=30, help="students in the class")
    options = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="korzenie-load-"))
    port = harness.free_port()
    database_url = load_database_url(workdir)
    env = production_environment(database_url, workdir, port)
    server = None
    try:
        started = time.perf_counter()
        facts = output_line(
            harness.manage("shell", "--no-imports", "-c", PREPARE_SITE, env=env), "FACTS"
        )
        print(f"Site built in {time.perf_counter() - started:.0f} s; quiz: {facts['quiz']}")
        server = harness.start_gunicorn(
            env, port, Path(workdir) / "gunicorn.log", "--config", "deploy/gunicorn.conf.py"
        )
        load_before = os.getloadavg()[0]
        result = run_class(port, facts, options.students)
        result["load_average"] = (load_before, os.getloadavg()[0])
        result["server_cpu_s"] = cpu_seconds(server.pid)
        check = COUNT_ATTEMPTS.format(assignment=facts["assignment"], prefix=NICKNAME_PREFIX)
        attempts = output_line(
            harness.manage("shell", "--no-imports", "-c", check, env=env), "ATTEMPTS"
        )
    finally:
        harness.stop(server)
        delete_redis_keys(env)
        harness.drop_postgres_database(database_url)
        shutil.rmtree(workdir, ignore_errors=True)

    database = "PostgreSQL" if database_url.startswith("postgres") else "SQLite"
    workers = os.environ.get("WEB_CONCURRENCY", "2")
    threads = os.environ.get("GUNICORN_THREADS", "4")
    setting = f"{database} + Redis, gunicorn {workers} workers × {threads} threads"
    print_report(result, attempts, options.students, setting)
    submitted_once = [counts == [1, 1] for counts in attempts.values()]
    ok = (
        not result["failures"]
        and not result["timed_out"]
        and len(submitted_once) == options.students
        and all(submitted_once)
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
