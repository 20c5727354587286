"""The browser tests' machinery: a demo-loaded site in its own database, the Nu HTML checker
as a server, axe-core in Chromium.

The browser tests talk to a real server over HTTP, like a reader's browser does, so they do
not use pytest-django's test database: a dedicated database (a temporary SQLite file, or
`<name>_browser` next to the PostgreSQL database of DATABASE_URL) is migrated and filled with
`manage.py load_demo` once per session, and served by gunicorn in a subprocess.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

REPO = Path(__file__).resolve().parents[2]
BROWSER_DIR = Path(__file__).resolve().parent
SCREENSHOT_DIR = BROWSER_DIR / "screenshots"
VNU_JAR = BROWSER_DIR / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
SETTINGS = "korzenie.settings.test"


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_http(url, process, timeout=60.0, what="server"):
    """Poll `url` until it answers (any HTTP status), failing early if `process` died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"The {what} exited with code {process.returncode} before answering."
            )
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except urllib.error.HTTPError:
            return  # it answered
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"The {what} did not answer {url} within {timeout:.0f} s.")


def stop(process, timeout=10.0):
    """Stop a process we started (and its own children): SIGTERM, then SIGKILL."""
    if process is None or process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=timeout)


def localized_url(name, language="pl", *args, **kwargs):
    """reverse() of a URL name in a language: `localized_url("search", "en")` -> /en/search/."""
    from django.urls import reverse
    from django.utils import translation

    with translation.override(language):
        return reverse(name, args=args, kwargs=kwargs)


# --- The database and the site -------------------------------------------------------------


def browser_database_url(workdir):
    """The URL of the browser tests' own database; creates it (empty) when PostgreSQL."""
    source = os.environ.get("DATABASE_URL", "")
    scheme = urlsplit(source).scheme if source else ""
    if scheme.startswith("postgres"):
        parts = urlsplit(source)
        name = parts.path.lstrip("/") or "postgres"
        browser_name = f"{name}_browser"
        recreate_postgres_database(source, browser_name)
        return urlunsplit(parts._replace(path=f"/{browser_name}"))
    return f"sqlite:///{Path(workdir) / 'browser.sqlite3'}"


def recreate_postgres_database(source_url, name):
    import psycopg
    from psycopg import sql

    parts = urlsplit(source_url)
    maintenance = urlunsplit(parts._replace(path="/postgres", scheme="postgresql"))
    with psycopg.connect(maintenance, autocommit=True) as connection:
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def drop_postgres_database(database_url):
    if not urlsplit(database_url).scheme.startswith("postgres"):
        return
    import psycopg
    from psycopg import sql

    parts = urlsplit(database_url)
    name = parts.path.lstrip("/")
    maintenance = urlunsplit(parts._replace(path="/postgres", scheme="postgresql"))
    with (
        contextlib.suppress(psycopg.Error),
        psycopg.connect(maintenance, autocommit=True) as connection,
    ):
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def site_environment(database_url, workdir):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTEST_", "DJANGO_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE=SETTINGS,
        DATABASE_URL=database_url,
        KORZENIE_TEST_MEDIA_ROOT=str(Path(workdir) / "media"),
        # Redis (when REDIS_URL is set) is shared with other runs: keep our keys apart.
        CACHE_KEY_PREFIX=f"korzenie-browser-{os.getpid()}",
        PYTHONUNBUFFERED="1",
    )
    return env


def manage(*args, env, timeout=600):
    """Run `manage.py` in a subprocess; raise with its output when it fails."""
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"manage.py {' '.join(args)} failed ({result.returncode}):\n"
            f"{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
        )
    return result.stdout


# Run in the site's own database with `manage.py shell -c`: one live public page of every page
# type (Polish first, with its English translation when there is one), so that page types added
# by any app are covered without being listed here.
DISCOVER_PAGES = r"""
import json
from wagtail.models import Page

pages = (
    Page.objects.live().public().filter(depth__gte=2)
    .select_related("content_type", "locale").order_by("depth", "path")
)
translations = {}
for page in Page.objects.live().public().select_related("locale"):
    translations.setdefault(page.translation_key, {})[page.locale.language_code] = page
chosen = {}
for page in pages:
    key = f"{page.content_type.app_label}.{page.content_type.model}"
    group = translations.get(page.translation_key, {})
    score = (len(group), page.locale.language_code == "pl")
    if key not in chosen or score > chosen[key][0]:
        chosen[key] = (score, group)
result = []
for key, (score, group) in sorted(chosen.items()):
    entry = {"type": key, "urls": {}}
    for code, page in sorted(group.items(), key=lambda item: item[0] != "pl"):
        url = page.specific.get_url()
        if url:
            entry["urls"][code] = url
    if entry["urls"]:
        result.append(entry)
print("DISCOVERED" + json.dumps(result))
"""


def parse_discovered(output):
    line = next(line for line in output.splitlines() if line.startswith("DISCOVERED"))
    return json.loads(line.removeprefix("DISCOVERED"))


def discover_pages(env):
    return parse_discovered(manage("shell", "--no-imports", "-c", DISCOVER_PAGES, env=env))


@dataclass
class LiveSite:
    url: str
    env: dict
    database_url: str
    workdir: Path
    process: subprocess.Popen
    log_path: Path
    _pages: list | None = field(default=None, repr=False)

    def pages(self, refresh=False):
        """[{"type": "app.model", "urls": {"pl": "/pl/...", "en": "/en/..."}}, ...]: one live
        page of every page type, as loaded by load_demo (refresh=True asks the database again)."""
        if self._pages is None or refresh:
            self._pages = discover_pages(self.env)
        return self._pages

    def log_tail(self, chars=4000):
        with contextlib.suppress(OSError):
            return self.log_path.read_text(errors="replace")[-chars:]
        return ""


# Migrate, load the demo content and discover the pages in one Django process (each start of
# Django costs seconds).
PREPARE_SITE = (
    "from django.core.management import call_command\n"
    "call_command('migrate', interactive=False, verbosity=0)\n"
    "call_command('load_demo', quiet=True)\n" + DISCOVER_PAGES
)


def start_site():
    """Prepare the browser database, load the demo content and start gunicorn on a free port."""
    workdir = Path(tempfile.mkdtemp(prefix="korzenie-browser-"))
    database_url = browser_database_url(workdir)
    env = site_environment(database_url, workdir)
    output = manage("shell", "--no-imports", "-c", PREPARE_SITE, env=env)
    pages = parse_discovered(output)

    port = free_port()
    log_path = workdir / "server.log"
    process = start_gunicorn(
        env,
        port,
        log_path,
        "korzenie.wsgi:application",
        f"--bind=127.0.0.1:{port}",
        "--workers=2",
        "--threads=4",
        "--timeout=120",
        "--access-logfile=-",
        "--no-control-socket",
    )
    url = f"http://127.0.0.1:{port}"
    return LiveSite(url, env, database_url, workdir, process, log_path, pages)


def start_gunicorn(env, port, log_path, *options):
    """gunicorn with `env` and these command-line options, its output in `log_path`, in a
    process group of its own (see `stop`); returned once 127.0.0.1:`port` answers /healthz/.
    If it does not, it is stopped and the log's tail is raised."""
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [str(Path(sys.executable).with_name("gunicorn")), *options],
            cwd=REPO,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        wait_for_http(f"http://127.0.0.1:{port}/healthz/", process, timeout=120, what="gunicorn")
    except Exception:
        stop(process)
        raise RuntimeError(log_path.read_text(errors="replace")[-4000:]) from None
    return process


def stop_site(site):
    stop(site.process)
    drop_postgres_database(site.database_url)
    shutil.rmtree(site.workdir, ignore_errors=True)


# --- The Nu HTML checker --------------------------------------------------------------------


@dataclass
class Vnu:
    url: str
    process: subprocess.Popen
    ready: bool = False

    def wait_until_ready(self):
        if not self.ready:
            wait_for_http(f"{self.url}/", self.process, timeout=180, what="Nu HTML checker")
            self.ready = True
        return self

    def check(self, html):
        """The checker's messages for an HTML document (a list of dicts with type, message...)."""
        self.wait_until_ready()
        request = urllib.request.Request(
            f"{self.url}/?out=json",
            data=html.encode("utf-8") if isinstance(html, str) else html,
            headers={"Content-Type": "text/html; charset=utf-8"},
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.load(response)["messages"]


def start_vnu():
    """Start the Nu HTML checker's server (one JVM for the whole session); returns at once:
    it loads its schemas while the site is being prepared."""
    if not VNU_JAR.exists():
        raise RuntimeError(f"{VNU_JAR} is missing: run `make browser-deps`.")
    java = shutil.which("java")
    if java is None:
        raise RuntimeError("java is missing: run `make browser-deps`.")
    port = free_port()
    process = subprocess.Popen(
        [
            java,
            "-Xss1024k",
            "-Dnu.validator.servlet.bind-address=127.0.0.1",
            "-cp",
            str(VNU_JAR),
            "nu.validator.servlet.Main",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    return Vnu(f"http://127.0.0.1:{port}", process)


def format_vnu_messages(messages, url):
    lines = []
    for message in messages:
        where = f"line {message.get('lastLine', '?')}, column {message.get('firstColumn', '?')}"
        kind = message.get("subType") or message.get("type")
        lines.append(f"  [{kind}] {where}: {message.get('message', '')}")
        if message.get("extract"):
            lines.append(f"      {message['extract'].strip()!r}")
    return f"Nu HTML checker on {url}:\n" + "\n".join(lines)


# --- axe-core -------------------------------------------------------------------------------


def run_axe(page):
    from axe_playwright_python.sync_playwright import Axe

    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    results = Axe().run(page, options=options)
    return results.response.get("violations", [])


def format_axe_violations(violations, url):
    lines = [f"axe-core found {len(violations)} violation(s) on {url}:"]
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation.get('impact')}): {violation.get('help')} "
            f"<{violation.get('helpUrl', '')}>"
        )
        for node in violation.get("nodes", [])[:10]:
            target = " ".join(str(part) for part in node.get("target", []))
            lines.append(f"    at {target}")
            summary = (node.get("failureSummary") or "").replace("\n", " ").strip()
            if summary:
                lines.append(f"      {summary[:300]}")
    return "\n".join(lines)


def screenshots(page, name):
    """Full-page PNGs of the current page at desktop and phone widths."""
    SCREENSHOT_DIR.mkdir(exist_ok=True)
    original = page.viewport_size
    paths = []
    for label, size in (("desktop", DESKTOP), ("phone", PHONE)):
        page.set_viewport_size(size)
        path = SCREENSHOT_DIR / f"{name}-{label}.png"
        page.screenshot(path=str(path), full_page=True)
        paths.append(path)
    if original:
        page.set_viewport_size(original)
    return paths
