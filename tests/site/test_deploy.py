"""Production settings: Django's deployment checks pass without a warning, and a missing
required variable stops the process at once with a message that names it.

Each case runs in a subprocess: settings are read once per process.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

REQUIRED = {
    "SECRET_KEY": "deploy-test-" + "s" * 50,
    "ALLOWED_HOSTS": "korzenie.example.org",
    "DATABASE_URL": "postgres://korzenie:password@db.example.org:5432/korzenie",
    "REDIS_URL": "redis://127.0.0.1:6379/15",
}


def run_manage(*args, env_changes):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST_"))}
    for name in REQUIRED:
        env.pop(name, None)
    env.update(env_changes)
    env["DJANGO_SETTINGS_MODULE"] = "korzenie.settings.production"
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_passes_with_no_warning():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env_changes=REQUIRED)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize("missing", list(REQUIRED))
def test_production_fails_fast_without(missing):
    env = {name: value for name, value in REQUIRED.items() if name != missing}
    result = run_manage("check", env_changes=env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert missing in result.stderr.strip().splitlines()[-1], result.stderr[-2000:]


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_blank_values_count_as_missing(missing):
    result = run_manage("check", env_changes={**REQUIRED, missing: "  "})
    assert result.returncode != 0
    assert missing in result.stderr.strip().splitlines()[-1]


def test_production_turns_debug_off_and_trusts_the_proxy():
    code = (
        "from django.conf import settings as s;"
        "print(s.DEBUG, s.SECURE_SSL_REDIRECT, s.SECURE_PROXY_SSL_HEADER,"
        " s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.CACHES['default']['BACKEND'])"
    )
    result = run_manage("shell", "--no-imports", "-c", code, env_changes=REQUIRED)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1].split() == [
        "False",
        "True",
        "('HTTP_X_FORWARDED_PROTO',",
        "'https')",
        "True",
        "True",
        "django.core.cache.backends.redis.RedisCache",
    ]
