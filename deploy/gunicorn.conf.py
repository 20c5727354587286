"""gunicorn settings for production (`make serve`); every value can come from the environment.

    PORT or GUNICORN_BIND    where to listen (default 0.0.0.0:8000; PORT=8080 -> 0.0.0.0:8080)
    WEB_CONCURRENCY          worker processes (default 2)
    GUNICORN_THREADS         threads per worker (default 4)
    FORWARDED_ALLOW_IPS      proxies trusted for X-Forwarded-* (default 127.0.0.1)
    GUNICORN_TIMEOUT         seconds before a silent worker is restarted (default 30)
    GUNICORN_MAX_REQUESTS    requests before a worker is recycled (default 1000, with jitter)
    GUNICORN_CONTROL_SOCKET  path of the control socket for gunicornc (default: none)

The app runs behind a TLS-terminating proxy that sets X-Forwarded-Proto (see production.py).
"""

import os

_port = os.environ.get("PORT", "8000")
bind = os.environ.get("GUNICORN_BIND", f"0.0.0.0:{_port}")

wsgi_app = "korzenie.wsgi:application"
raw_env = [
    f"DJANGO_SETTINGS_MODULE={os.environ.get('DJANGO_SETTINGS_MODULE', 'korzenie.settings.production')}"
]

workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
worker_class = "gthread" if threads > 1 else "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5

# Recycle workers now and then so that slow memory growth cannot pile up; the jitter keeps
# them from all restarting at the same moment.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "1000"))
max_requests_jitter = max(1, max_requests // 10) if max_requests else 0

# Only the proxy in front of us may say what the scheme and client address were.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
proxy_allow_ips = forwarded_allow_ips

# Logs to stdout/stderr, for the container or the service manager to collect.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'

# Load the app once in the master, then fork: workers share its memory pages.
preload_app = True

# gunicorn's control socket (gunicornc) only when a path is given: the default path is shared
# by every gunicorn of the same user on the machine.
if os.environ.get("GUNICORN_CONTROL_SOCKET"):
    control_socket = os.environ["GUNICORN_CONTROL_SOCKET"]
else:
    control_socket_disable = True
