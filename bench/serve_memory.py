"""Memory of one production worker after it has served every page of the site once.

Starts gunicorn (production settings, deploy/gunicorn.conf.py, 1 worker) against a temporary
SQLite database that is migrated and loaded with the demo content, requests every live page in
both languages (sitemap.xml, plus each page's hreflang alternates) once, and reports the worker's
memory from /proc (RSS, and PSS / private memory, since the worker shares the preloaded app
with the master) and the times.

    .venv/bin/python bench/serve_memory.py [--keep]

Needs Redis (REDIS_URL, default redis://127.0.0.1:6379/15, keys under a prefix of its own).
Writes bench/results/serve_memory.json as well as printing a table.
"""

import argparse
import contextlib
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.browser import harness  # noqa: E402

HOST = "korzenie.example.org"
RESULTS = REPO / "bench" / "results"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", path, headers={"Host": HOST, "X-Forwarded-Proto": "https"})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def manage(env, *args):
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=REPO, env=env, check=True, capture_output=True
    )
    return time.perf_counter() - started


def memory(pid):
    """RSS, PSS and private (USS) memory of a process in MiB, from /proc."""
    values = {}
    with open(f"/proc/{pid}/smaps_rollup") as rollup:
        for line in rollup:
            name, _, rest = line.partition(":")
            if name in {"Rss", "Pss", "Private_Clean", "Private_Dirty"}:
                values[name] = int(rest.split()[0]) / 1024
    return {
        "rss": values["Rss"],
        "pss": values["Pss"],
        "private": values["Private_Clean"] + values["Private_Dirty"],
    }


def children(pid):
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError):
            found += [int(child) for child in (task / "children").read_text().split()]
    return found


def page_paths(port):
    status, body = fetch(port, "/sitemap.xml")
    if status != 200:
        raise SystemExit(f"sitemap.xml: HTTP {status}")
    paths = [urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", body.decode())]
    return list(dict.fromkeys(paths))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    options = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="korzenie-bench-"))
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="korzenie.settings.production",
        SECRET_KEY="bench-only-" + "b" * 50,
        ALLOWED_HOSTS=HOST,
        DATABASE_URL=f"sqlite:///{tmp / 'bench.sqlite3'}",
        REDIS_URL=os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/15",
        CACHE_KEY_PREFIX=f"korzenie-bench-{os.getpid()}",
        STATIC_ROOT=str(tmp / "static"),
        MEDIA_ROOT=str(tmp / "media"),
        GUNICORN_BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="1",
        GUNICORN_MAX_REQUESTS="0",  # one worker for the whole crawl: no recycling
        LOG_LEVEL="WARNING",
        GUNICORN_LOG_LEVEL="warning",
    )
    timings = {
        "migrate_s": manage(env, "migrate", "--noinput"),
        "load_demo_s": manage(env, "load_demo", "--quiet"),
        "collectstatic_s": manage(env, "collectstatic", "--noinput"),
    }

    started = time.perf_counter()
    master = harness.start_gunicorn(
        env, port, tmp / "gunicorn.log", "--config", "deploy/gunicorn.conf.py"
    )
    try:
        timings["boot_s"] = time.perf_counter() - started
        (worker,) = children(master.pid)
        print(f"gunicorn up in {timings['boot_s']:.1f} s; crawling...", file=sys.stderr)
        boot = memory(worker)
        master_memory = memory(master.pid)

        # Every page once: the sitemap, then the alternates each page links to (hreflang).
        queue = page_paths(port)
        seen, times, failures = set(), [], []
        crawl_started = time.perf_counter()
        while queue:
            path = queue.pop(0)
            if path in seen:
                continue
            seen.add(path)
            request_started = time.perf_counter()
            status, body = fetch(port, path)
            times.append(time.perf_counter() - request_started)
            if status != 200:
                failures.append(f"{status} {path}")
                continue
            for href in re.findall(
                r'<link rel="alternate" hreflang="[^"]+" href="([^"]+)"', body.decode()
            ):
                alternate = urlsplit(href).path
                if alternate not in seen:
                    queue.append(alternate)
        timings["crawl_s"] = time.perf_counter() - crawl_started
        if children(master.pid) != [worker]:
            raise SystemExit("The worker was replaced during the crawl (a crash or a timeout).")
        after = memory(worker)
        languages = {path.split("/")[1] for path in seen}
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(master.pid, signal.SIGTERM)
        master.wait(timeout=30)
        if not options.keep:
            shutil.rmtree(tmp, ignore_errors=True)

    times.sort()
    result = {
        "pages": len(seen),
        "languages": sorted(languages),
        "failures": failures,
        "worker_boot_mib": boot,
        "worker_after_mib": after,
        "master_mib": master_memory,
        "request_ms": {
            "mean": 1000 * sum(times) / len(times),
            "median": 1000 * times[len(times) // 2],
            "max": 1000 * times[-1],
        },
        **timings,
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "serve_memory.json").write_text(json.dumps(result, indent=2) + "\n")

    rows = [
        ("pages requested", f"{len(seen)} ({', '.join(sorted(languages))})"),
        ("non-200 answers", str(len(failures))),
        ("worker RSS after boot", f"{boot['rss']:.1f} MiB"),
        ("worker RSS after all pages", f"{after['rss']:.1f} MiB"),
        ("worker PSS after all pages", f"{after['pss']:.1f} MiB"),
        ("worker private after all pages", f"{after['private']:.1f} MiB"),
        ("master RSS", f"{master_memory['rss']:.1f} MiB"),
        ("gunicorn boot", f"{timings['boot_s']:.2f} s"),
        ("crawl (every page once)", f"{timings['crawl_s']:.2f} s"),
        (
            "request mean / median / max",
            "{mean:.0f} / {median:.0f} / {max:.0f} ms".format(**result["request_ms"]),
        ),
        (
            "migrate / load_demo / collectstatic",
            f"{timings['migrate_s']:.1f} / {timings['load_demo_s']:.1f} / {timings['collectstatic_s']:.1f} s",
        ),
    ]
    width = max(len(name) for name, _ in rows)
    print(f"{'measure':<{width}}  value")
    print(f"{'-' * width}  {'-' * 24}")
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    for failure in failures:
        print(f"  failed: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
