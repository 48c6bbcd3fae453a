"""Benchmark the site with its Redis stopped against the site without Redis.

A Redis that is down must cost a request no more than a cache miss: each web
process leaves a Redis that failed alone for REDIS_RETRY_SECONDS
(core/caching.py) and serves from the database. In one run, on the database
and site of bench/pages.py, granian (bin/web) serves the article and the home
page three ways: without REDIS_URL (the uncached rate), with REDIS_URL naming a
Redis of this script's own that was killed (connections refused), and one that
hangs (SIGSTOP: connections accepted, nothing answered), the last also with
REDIS_RETRY_SECONDS=0 (asked at every request, as before the pause existed).
Each down rate is printed as a share of the uncached one.

    .venv/bin/python bench/redis_down.py [--duration 10]

Needs wrk and redis-server.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import tempfile
import time
from contextlib import contextmanager

import pages


@contextmanager
def own_redis(state: str):
    """A redis-server on a free port, then killed or stopped; yield its URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    folder = tempfile.mkdtemp(prefix="bench-redis-")
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1",
         "--dir", folder, "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.05)
    if state == "killed":
        process.kill()
        process.wait()
    else:
        process.send_signal(signal.SIGSTOP)
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.kill()
        process.wait()


def rates(paths: dict[str, str], options, redis_url: str) -> dict[str, float]:
    pages.SERVER_ENVIRONMENT["REDIS_URL"] = redis_url
    os.environ["REDIS_URL"] = redis_url
    base = f"http://127.0.0.1:{pages.PORT}"
    found = {}
    with pages.running_server("granian", options.workers, page_cache_seconds=0):
        for name in ("home", "article"):
            pages.warm(base + paths[name])
            load = pages.wrk(base + paths[name], options)
            found[name] = load.requests_per_second
            print(f"  {redis_url or 'no Redis':28} {name:8}{load.row()}")
    return found


def main() -> None:
    parser = pages.load_options(__doc__)
    options = parser.parse_args()
    os.environ.update(pages.SERVER_ENVIRONMENT, PAGE_CACHE_SECONDS="0")
    os.environ.pop("REDIS_URL")
    pages.ensure_database(pages.DATABASE_URL)
    import django

    django.setup()
    paths = pages.prepare()
    from django.db import connections

    connections.close_all()
    uncached = rates(paths, options, "")
    for state, retry_seconds in (("killed", "5"), ("hung", "5"), ("hung", "0")):
        pages.SERVER_ENVIRONMENT["REDIS_RETRY_SECONDS"] = retry_seconds
        with own_redis(state) as url:
            down = rates(paths, options, url)
        for name, rate in down.items():
            print(
                f"Redis {state}, REDIS_RETRY_SECONDS={retry_seconds}: {name} "
                f"{rate:,.0f} req/s = {rate / uncached[name]:.0%} of the uncached "
                f"{uncached[name]:,.0f}"
            )


if __name__ == "__main__":
    main()
