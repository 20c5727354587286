"""Tests: SQLite by default; DATABASE_URL and REDIS_URL switch to PostgreSQL and Redis."""

import os
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tests run against the source static files; no collectstatic is needed for them.
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
SERVE_MEDIA = True

# The browser tests' server (tests/browser/harness.py) serves the source static files itself,
# without collectstatic, and keeps its uploads apart from the other test runs.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
if os.environ.get("KORZENIE_TEST_MEDIA_ROOT"):
    MEDIA_ROOT = Path(os.environ["KORZENIE_TEST_MEDIA_ROOT"])

# A test database of its own for one run (e.g. KORZENIE_TEST_DB_NAME=test_search_f), so that
# several runs can share one PostgreSQL server.
if os.environ.get("KORZENIE_TEST_DB_NAME"):
    DATABASES["default"].setdefault("TEST", {})["NAME"] = os.environ["KORZENIE_TEST_DB_NAME"]  # noqa: F405
