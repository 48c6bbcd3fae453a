"""Gunicorn for Garrison: `gunicorn -c deploy/gunicorn.conf.py garrison.wsgi`.

Every value can be overridden from the environment, so the same file serves
`make serve`, the systemd unit and the compose file.
"""

import os

bind = os.environ.get("BIND", "127.0.0.1:8000")
# Two sync workers per core is gunicorn's own advice for a CPU-bound app; pages
# are rendered from PostgreSQL and Redis on the same network, so a worker
# seldom waits long.
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "sync")
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
# A worker is replaced after this many requests, with jitter so they do not
# all restart at once; it caps what a slow leak could grow to.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "5000"))
max_requests_jitter = 500
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# The app is loaded before the workers fork: they share its memory pages.
preload_app = True
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
# Behind the proxy in deploy/nginx, trust its X-Forwarded-* headers.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
