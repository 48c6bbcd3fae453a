"""Whether the services a request needs are reachable: the database, the cache
and the media storage. ``/readyz`` answers from this; ``/healthz`` only says
the process is alive."""

from __future__ import annotations

import os
from collections.abc import Callable

from django.core.cache import caches
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connections

from .caching.redis import redis_behind

#: What a probe of the storage looks for; it need not exist.
STORAGE_PROBE = "readyz-probe"


def check_database() -> None:
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT 1")


def check_cache() -> None:
    redis = redis_behind("default")
    if redis is not None:
        # django-redis turns errors into misses on the request path (so a lost
        # Redis degrades to uncached pages); here we want to know.
        redis.ping()
        return
    cache = caches["default"]
    cache.set(STORAGE_PROBE, 1, timeout=5)
    if cache.get(STORAGE_PROBE) != 1:
        raise RuntimeError("the cache does not keep what it is given")


def check_storage() -> None:
    if isinstance(default_storage, FileSystemStorage):
        location = default_storage.location
        os.makedirs(location, exist_ok=True)
        if not os.access(location, os.W_OK):
            raise PermissionError(f"{location} is not writable")
        return
    default_storage.exists(STORAGE_PROBE)


CHECKS: dict[str, Callable[[], None]] = {
    "database": check_database,
    "cache": check_cache,
    "storage": check_storage,
}


def service_problems() -> dict[str, str]:
    """Each unreachable service with what went wrong; empty when all answer."""
    problems: dict[str, str] = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as error:  # noqa: BLE001 - any failure means not ready
            problems[name] = f"{type(error).__name__}: {error}"[:300]
    return problems
