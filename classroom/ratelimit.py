"""A small rate limiter on the shared cache (Redis in production, so every app server counts).

Joining a class and signing in with a personal code are guessable forms: each failed try is
counted per client address in a fixed window; once a client has used its tries, every further
try in that window, right or wrong, is refused with HTTP 429 until the window ends. Successful
tries are not counted, so a whole class joining from one school address is never blocked.
"""

import time

from django.conf import settings
from django.core.cache import cache

JOIN = ("join", 20, 600)  # scope, failed tries allowed, window in seconds
SIGN_IN = ("sign-in", 20, 600)


def client_address(request):
    """The client's address; behind a proxy (CLASSROOM_TRUST_X_FORWARDED_FOR=True) the address
    that the proxy reports."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if forwarded and getattr(settings, "CLASSROOM_TRUST_X_FORWARDED_FOR", False):
        # The last address is the one our own proxy appended; earlier ones can be forged.
        return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def _key(rule, request):
    scope, _limit, window = rule
    bucket = int(time.time() // window)
    return f"classroom:ratelimit:{scope}:{client_address(request)}:{bucket}"


def is_limited(rule, request):
    return (cache.get(_key(rule, request)) or 0) >= rule[1]


def count_failure(rule, request):
    key = _key(rule, request)
    if cache.add(key, 1, timeout=rule[2]):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired in between
        cache.set(key, 1, timeout=rule[2])
