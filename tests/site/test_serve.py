"""Production serving end to end: collectstatic with production settings, gunicorn with
deploy/gunicorn.conf.py, and what a reader's browser gets behind the TLS proxy.

Runs against a temporary SQLite database (migrated here, with the shell's demo pages) and Redis
(REDIS_URL, or the local Redis at 127.0.0.1:6379 database 15, under a key prefix of its own).
"""

import contextlib
import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

REPO = Path(__file__).resolve().parents[2]
GUNICORN = Path(sys.executable).with_name("gunicorn")
HOST = "korzenie.example.org"
LONG_MAX_AGE = 60 * 60 * 24 * 365  # a year at least for hashed files


# Migrate, then only the shell's demo content (home pages in both languages, statement, about):
# the apps' demo content (thousands of products) is not needed to test the serving.
PREPARE = """
from django.core.management import call_command
from django.core.management.base import BaseCommand
from korzenie import demo

call_command("migrate", interactive=False, verbosity=0)
command = BaseCommand()
demo.load(command)
demo.finish(command)
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_url():
    url = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/15"
    parts = urlsplit(url)
    try:
        socket.create_connection((parts.hostname, parts.port or 6379), timeout=2).close()
    except OSError:
        pytest.skip(f"No Redis at {parts.hostname}:{parts.port or 6379} (production needs one)")
    return url


def production_env(tmp, port):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="korzenie.settings.production",
        SECRET_KEY="serve-test-" + "k" * 50,
        ALLOWED_HOSTS=f"{HOST},127.0.0.1",
        DATABASE_URL=f"sqlite:///{tmp / 'serve.sqlite3'}",
        REDIS_URL=redis_url(),
        CACHE_KEY_PREFIX=f"korzenie-serve-test-{os.getpid()}",
        STATIC_ROOT=str(tmp / "static"),
        MEDIA_ROOT=str(tmp / "media"),
        PORT=str(port),
        GUNICORN_BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="1",
        PYTHONUNBUFFERED="1",
    )
    return env


def run_all(commands, env):
    """Run independent manage.py commands side by side; fail with the output of any that fail."""
    processes = [
        (
            command,
            subprocess.Popen(
                [sys.executable, "manage.py", *command],
                cwd=REPO,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            ),
        )
        for command in commands
    ]
    for command, process in processes:
        output, _ = process.communicate(timeout=600)
        assert process.returncode == 0, f"manage.py {' '.join(command)}:\n{output[-4000:]}"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("serve")
    port = free_port()
    env = production_env(tmp, port)
    run_all([["collectstatic", "--noinput", "-v0"], ["shell", "--no-imports", "-c", PREPARE]], env)
    log = open(tmp / "gunicorn.log", "wb")  # noqa: SIM115
    process = subprocess.Popen(
        [str(GUNICORN), "--config", str(REPO / "deploy" / "gunicorn.conf.py")],
        cwd=REPO,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    log.close()
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, (tmp / "gunicorn.log").read_text()[-4000:]
            try:
                status, _, _ = fetch(port, "/healthz/")
                if status == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, "gunicorn did not answer /healthz/ in 60 s"
            time.sleep(0.2)
        yield {"port": port, "log": tmp / "gunicorn.log", "static": tmp / "static"}
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def fetch(port, path, headers=None, https=True):
    """GET through the "proxy": Host and X-Forwarded-Proto as the TLS terminator sends them."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    all_headers = {"Host": HOST}
    if https:
        all_headers["X-Forwarded-Proto"] = "https"
    all_headers.update(headers or {})
    try:
        connection.request("GET", path, headers=all_headers)
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def test_health_check_answers_without_tls(server):
    # The load balancer probes over plain HTTP: exempt from the HTTPS redirect.
    status, headers, body = fetch(server["port"], "/healthz/", https=False)
    assert status == 200
    assert body == b"ok"


def test_plain_http_is_redirected_to_https(server):
    status, headers, _ = fetch(server["port"], "/pl/", https=False)
    assert status == 301
    assert headers["location"] == f"https://{HOST}/pl/"


def test_unknown_host_is_refused(server):
    status, _, _ = fetch(server["port"], "/pl/", headers={"Host": "evil.example.com"})
    assert status == 400


def test_home_page_with_security_headers(server):
    status, headers, body = fetch(server["port"], "/pl/")
    assert status == 200, body[:2000]
    html = body.decode()
    assert '<html lang="pl">' in html
    assert "Korzenie Smaku" in html
    assert headers["strict-transport-security"].startswith("max-age=31536000")
    assert headers["x-frame-options"] == "DENY"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"


def test_english_page(server):
    status, _, body = fetch(server["port"], "/en/")
    assert status == 200
    assert '<html lang="en">' in body.decode()


def test_static_files_are_hashed_compressed_and_cached_for_long(server):
    _, _, body = fetch(server["port"], "/pl/")
    match = re.search(r'href="(/static/korzenie/css/site\.([0-9a-f]{12})\.css)"', body.decode())
    assert match, "The stylesheet link must use the hashed file name (ManifestStaticFilesStorage)"
    path = match.group(1)

    status, headers, plain = fetch(server["port"], path)
    assert status == 200
    assert headers["content-type"].startswith("text/css")
    cache_control = headers["cache-control"]
    max_age = int(re.search(r"max-age=(\d+)", cache_control).group(1))
    assert max_age >= LONG_MAX_AGE
    assert "immutable" in cache_control
    assert "public" in cache_control

    for encoding in ("br", "gzip"):
        status, headers, encoded = fetch(server["port"], path, {"Accept-Encoding": encoding})
        assert status == 200
        assert headers.get("content-encoding") == encoding
        assert "accept-encoding" in headers.get("vary", "").lower()
        assert len(encoded) < len(plain)


def test_unhashed_static_name_is_not_cached_forever(server):
    status, headers, _ = fetch(server["port"], "/static/korzenie/css/site.css")
    assert status == 200
    assert "immutable" not in headers.get("cache-control", "")


def test_robots_and_sitemap(server):
    status, _, body = fetch(server["port"], "/robots.txt")
    assert status == 200
    assert f"Sitemap: https://{HOST}/sitemap.xml" in body.decode()
    status, _, body = fetch(server["port"], "/sitemap.xml")
    assert status == 200
    assert b"<urlset" in body


def test_not_found_uses_the_site_template(server):
    status, _, body = fetch(server["port"], "/pl/nie-ma-takiej-strony/")
    assert status == 404
    assert 'id="main-content"' in body.decode()


def test_access_log_goes_to_stdout(server):
    fetch(server["port"], "/healthz/")
    time.sleep(0.2)
    assert '"GET /healthz/ HTTP/1.1" 200' in server["log"].read_text()


def test_no_shared_control_socket_by_default(server):
    # gunicorn's default control socket path is shared by every gunicorn of the user.
    assert "Control socket listening" not in server["log"].read_text()
