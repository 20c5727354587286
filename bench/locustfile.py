"""The simulated class of bench/load_classroom.py: students who join and take a quiz, a teacher
who watches the results.

bench/load_classroom.py prepares the site and runs this file in a process of its own (locust
patches the standard library with gevent, which the Django setup should not live with); the
site's facts arrive as JSON in LOAD_CONFIG, and the raw timings of every request leave as one
JSON line on stdout.

Each student does what a pupil does in a browser, page by page (the pages only: static files
and images, served by whitenoise or the proxy, are not fetched): the join page, the join form (class code and a nickname of their
own), the welcome page, "My work", the first quiz assignment, "Start the quiz", then for every
question a think of 1-3 s and a background save (as lessons/js/quiz.js posts it: the whole
form with action=autosave, asking for JSON), "Next question", and at the end "Submit my
answers" and the result. The site runs with production settings behind an imagined
TLS-terminating proxy: every request says X-Forwarded-Proto: https, and forms carry the
Origin a browser would send.
"""

import itertools
import json
import os
import random
import resource
import sys
import time
from html.parser import HTMLParser
from urllib.parse import urlsplit

import gevent
from locust import HttpUser, between, events, task

CONFIG = json.loads(os.environ.get("LOAD_CONFIG", "{}"))
TIMEOUT = 60
NICKNAMES = itertools.count(1)
finished_students = []  # one entry per student whose journey has ended (well or not)
samples = []  # (kind, milliseconds) of every request
failures = []  # the failed requests: kind, status, URL, reason


# --- Reading the pages ------------------------------------------------------------------------


class PageForms(HTMLParser):
    """The forms of a page with their fields, and its links.

    Each field is a dict: tag, type, name, value, checked (inputs), options and selected
    (selects); `question` is the id of the quiz question whose fieldset holds it."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.forms = []
        self.links = []
        self._question = None
        self._select = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = {key: value if value is not None else "" for key, value in attrs}
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        elif tag == "form":
            self.forms.append({"attrs": attrs, "fields": []})
        elif tag == "fieldset" and attrs.get("id", "").startswith("question-"):
            self._question = attrs["id"].removeprefix("question-")
        elif not self.forms:
            return
        elif tag in ("input", "button"):
            self.forms[-1]["fields"].append(
                {
                    "tag": tag,
                    "type": attrs.get("type", "text" if tag == "input" else "submit"),
                    "name": attrs.get("name", ""),
                    "value": attrs.get("value", ""),
                    "checked": "checked" in attrs,
                    "numeric": attrs.get("inputmode") == "decimal",
                    "question": self._question,
                }
            )
        elif tag == "select":
            self._select = {
                "tag": "select",
                "name": attrs.get("name", ""),
                "options": [],
                "selected": None,
                "question": self._question,
            }
            self.forms[-1]["fields"].append(self._select)
        elif tag == "option" and self._select is not None:
            self._select["options"].append(attrs.get("value", ""))
            if "selected" in attrs:
                self._select["selected"] = attrs.get("value", "")

    def handle_endtag(self, tag):
        if tag == "fieldset":
            self._question = None
        elif tag == "select":
            self._select = None

    def form(self, field=None, **wanted):
        """The first form that has a field named `field` and whose attributes include `wanted`
        (e.g. `form("nickname")`, `form(**{"data-quiz-autosave": ""})`)."""
        for form in self.forms:
            if field is not None and all(f["name"] != field for f in form["fields"]):
                continue
            if all(form["attrs"].get(key) == value for key, value in wanted.items()):
                return form
        raise LookupError(f"no form with {field or wanted}")


def csrf_token(form):
    return next(f["value"] for f in form["fields"] if f["name"] == "csrfmiddlewaretoken")


def path_of(url):
    """The path and query of a URL or of a Location header (which may be absolute)."""
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


# --- Answering a quiz ---------------------------------------------------------------------


def questions_of(form):
    """The ids of the quiz questions in a form, in page order."""
    return list(dict.fromkeys(f["question"] for f in form["fields"] if f["question"]))


def answer(form, question):
    """Tick, type or choose an answer to one question, as a student would in the page.

    Grading is not what is measured: any valid answer does. The choices are the page's own;
    the selects of one question get different options (two steps of an ordering question may
    not share a position, or the form is refused)."""
    fields = [f for f in form["fields"] if f["question"] == question]
    choices = [f for f in fields if f["tag"] == "input" and f["type"] in ("radio", "checkbox")]
    if choices:
        for field in choices:
            field["checked"] = False
        random.choice(choices)["checked"] = True
    for field in fields:
        if field["tag"] == "input" and field["type"] == "text":
            field["value"] = "16" if field["numeric"] else "oscypek"
    selects = [f for f in fields if f["tag"] == "select"]
    for index, field in enumerate(selects):
        options = [value for value in field["options"] if value]
        field["selected"] = options[index % len(options)] if options else ""


def form_data(form, action):
    """What the browser posts: the CSRF token, every answer, every select, and the action."""
    data = []
    for field in form["fields"]:
        if not field["name"]:
            continue
        if field["tag"] == "select":
            data.append((field["name"], field["selected"] or ""))
        elif field["tag"] == "input" and field["type"] in ("radio", "checkbox"):
            if field["checked"]:
                data.append((field["name"], field["value"]))
        elif field["tag"] == "input" and field["type"] not in ("submit", "button"):
            data.append((field["name"], field["value"]))
    data.append(("action", action))
    return data


# --- The users ------------------------------------------------------------------------------


class JourneyEnded(Exception):
    """A request failed (it is recorded): this user cannot go on."""


class Visitor(HttpUser):
    abstract = True

    def on_start(self):
        origin = "https://" + urlsplit(self.host).netloc
        self.client.headers.update({"X-Forwarded-Proto": "https", "Origin": origin})

    def request(self, method, path, kind, expect=(200,), check=None, **kwargs):
        """One request, counted under `kind`; a failure (an unexpected status, or `check`
        saying what is wrong with the response) raises JourneyEnded."""
        # Production's cookies are Secure, and requests keeps them for HTTPS; we stand in for
        # the TLS-terminating proxy, so this plain-HTTP hop must carry them too.
        for cookie in self.client.cookies:
            cookie.secure = False
        with self.client.request(
            method,
            path,
            name=kind,
            allow_redirects=False,
            timeout=TIMEOUT,
            catch_response=True,
            **kwargs,
        ) as response:
            problem = None
            if response.status_code not in expect:
                problem = f"HTTP {response.status_code}, expected {'/'.join(map(str, expect))}"
            elif check is not None:
                problem = check(response)
            if problem:
                response.failure(problem)
            else:
                response.success()
        if problem:
            raise JourneyEnded(problem)
        return response

    def get(self, path, kind, **kwargs):
        return self.request("GET", path, kind, **kwargs)

    def post(self, path, kind, data, **kwargs):
        return self.request("POST", path, kind, data=data, **kwargs)


def redirects_to(prefix):
    def check(response):
        location = path_of(response.headers.get("Location", ""))
        if not location.startswith(prefix):
            return f"redirected to {location!r}, expected {prefix}..."
        return None

    return check


def saved(response):
    try:
        body = response.json()
    except ValueError:
        return "the autosave did not answer JSON"
    return None if body.get("saved") else f"the autosave answered {body}"


class Student(Visitor):
    wait_time = between(1, 3)  # thinking over a question

    @task
    def monday_morning(self):
        """The whole journey, once. A user that stops is replaced by locust, so a student who
        is done (or stuck on a failure) idles until the run ends."""
        if getattr(self, "done", False):
            gevent.sleep(60)
            return
        try:
            self.join_class()
            self.take_quiz()
        except JourneyEnded:
            pass
        finally:
            self.done = True
            finished_students.append(self.nickname)

    def join_class(self):
        urls = CONFIG["urls"]
        self.nickname = f"{CONFIG['nickname_prefix']}{next(NICKNAMES):02d}"
        page = PageForms(self.get(urls["join"], "join page").text)
        form = page.form("nickname")
        self.post(
            urls["join"],
            "join POST",
            data={
                "csrfmiddlewaretoken": csrf_token(form),
                "code": CONFIG["join_code"],
                "nickname": self.nickname,
            },
            expect=(302,),
            check=redirects_to(urls["welcome"]),
        )
        self.get(urls["welcome"], "welcome")
        home = PageForms(self.get(urls["student_home"], "student home").text)
        if urls["open_quiz"] not in home.links:
            self.check_failed("student home", f"no link to {urls['open_quiz']}")

    def take_quiz(self):
        urls = CONFIG["urls"]
        response = self.get(urls["open_quiz"], "open quiz (redirect)", expect=(302,))
        quiz_url = path_of(response.headers["Location"])
        start_page = PageForms(self.get(quiz_url, "quiz page").text)
        start = next(form for form in start_page.forms if "start" in form["attrs"]["action"])
        response = self.post(
            path_of(start["attrs"]["action"]),
            "quiz start",
            data={"csrfmiddlewaretoken": csrf_token(start)},
            expect=(302,),
            check=redirects_to(quiz_url),
        )
        # One question per screen: the attempt's address sends on to its first question.
        response = self.get(
            path_of(response.headers["Location"]), "attempt (redirect)", expect=(200, 302)
        )
        if response.status_code == 302:
            response = self.get(path_of(response.headers["Location"]), "question page")
        while True:
            form = PageForms(response.text).form(**{"data-quiz-autosave": ""})
            action = path_of(form["attrs"]["action"])
            for question in questions_of(form):
                self.wait()
                answer(form, question)
                self.post(
                    action,
                    "autosave",
                    data=form_data(form, "autosave"),
                    headers={"Accept": "application/json"},
                    check=saved,
                )
            if any(f["value"] == "submit" for f in form["fields"] if f["name"] == "action"):
                break
            response = self.post(
                action, "next question POST", form_data(form, "next"), expect=(302,)
            )
            response = self.get(path_of(response.headers["Location"]), "question page")
        # A refused submission (say, two steps given one position) answers 200 with the form.
        response = self.post(action, "submit", form_data(form, "submit"), expect=(302,))
        self.get(path_of(response.headers["Location"]), "result")

    def check_failed(self, kind, reason):
        events.request.fire(
            request_type="CHECK",
            name=kind,
            response_time=0,
            response_length=0,
            response=None,
            exception=AssertionError(reason),
            context={},
        )
        raise JourneyEnded(reason)


class Teacher(Visitor):
    fixed_count = 1
    wait_time = between(4, 6)  # a reload now and then, while walking around the room

    signed_in = False
    stuck = False

    @task
    def watch_the_class(self):
        if self.stuck:  # the sign-in failed (it is recorded): nothing more to see
            gevent.sleep(60)
            return
        try:
            if not self.signed_in:
                self.sign_in()
            self.get(CONFIG["urls"]["matrix"], "teacher matrix")
            self.get(CONFIG["urls"]["question_report"], "teacher report")
        except JourneyEnded:
            self.stuck = not self.signed_in

    def sign_in(self):
        login = CONFIG["urls"]["login"]
        form = PageForms(self.get(login, "teacher sign-in page").text).form("password")
        self.post(
            login,
            "teacher sign-in POST",
            data={
                "csrfmiddlewaretoken": csrf_token(form),
                "username": CONFIG["teacher"],
                "password": CONFIG["password"],
                "next": CONFIG["urls"]["matrix"],
            },
            expect=(302,),
            check=redirects_to(CONFIG["urls"]["matrix"]),
        )
        self.signed_in = True


@events.request.add_listener
def record(request_type, name, response_time, response=None, exception=None, **kwargs):
    if request_type != "CHECK":
        samples.append((name, response_time))
    if exception is not None:
        failures.append(
            {
                "kind": name,
                "status": getattr(response, "status_code", None),
                "url": getattr(response, "url", None) or "",
                "reason": str(exception)[:300],
            }
        )


# --- Run by bench/load_classroom.py ---------------------------------------------------------


def main():
    """Run the class against CONFIG["host"] and print the raw results as one JSON line."""
    import gevent
    from locust.env import Environment

    students = CONFIG["students"]
    environment = Environment(user_classes=[Student, Teacher], events=events, host=CONFIG["host"])
    runner = environment.create_local_runner()
    started = time.perf_counter()
    runner.start(students + 1, spawn_rate=(students + 1) / CONFIG["spawn_seconds"])
    deadline = started + CONFIG["timeout"]
    while len(finished_students) < students and time.perf_counter() < deadline:
        gevent.sleep(0.2)
    wall = time.perf_counter() - started
    runner.quit()
    print(
        json.dumps(
            {
                "samples": samples,
                "failures": failures,
                "wall_s": wall,
                "finished_students": len(finished_students),
                "timed_out": len(finished_students) < students,
                "cpu_s": sum(resource.getrusage(resource.RUSAGE_SELF)[:2]),
            }
        )
    )


if __name__ == "__main__":
    sys.exit(main())
