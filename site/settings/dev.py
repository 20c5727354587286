"""Development: the embedded defaults, debug on, e-mail to the console."""

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = SECRET_KEY or "dev-only-secret-key-not-for-production"  # noqa: F405
ALLOWED_HOSTS = ALLOWED_HOSTS + ["[::1]", "testserver"]  # noqa: F405
SERVE_MEDIA = True
