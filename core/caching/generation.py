"""The site generation: the one version every cached thing is keyed by.

It moves on for what truly changes every page: the header's sections, the
languages, the sites, advertising, who may see what, a page moved (every link
under it changes). Anything else invalidates by its cache tags
(``core/caching/tags.py``). It is also the fallback when tags cannot be
invalidated because Redis is down: the generation lives in the database
(``core.ContentGeneration``), so a change is never lost, and Redis holds a
copy for ``GENERATION_CACHE_SECONDS``.

A change made while Redis is down still moves it on; the process that made it
drops Redis's stale copy at its first request that finds Redis back, and
should that process be gone, the copy expires within those seconds.
"""

from __future__ import annotations

import threading

from django.core.cache import caches
from django.db import DatabaseError, transaction
from django.db.models import F

GENERATION_KEY = "page-cache:generation"

#: How long the cache's copy of the generation is trusted. The database holds
#: the generation itself; a copy left stale (a change made while Redis was down,
#: by a process that is gone) is read afresh within this many seconds.
GENERATION_CACHE_SECONDS = 10

#: Set when a change could not reach the cache (Redis was down): this process
#: drops the cache's copy at its first request that finds the cache back.
_invalidation_owed = threading.Event()
#: The last generation this process read, for when the database does not answer.
_last_read = 0


def site_generation() -> int:
    """The current generation, from the cache's copy or from the database."""
    global _last_read
    cache = caches["default"]
    if _invalidation_owed.is_set() and cache.delete(GENERATION_KEY) is not None:
        _invalidation_owed.clear()
    value = cache.get(GENERATION_KEY)
    if value is None:
        from core.models import ContentGeneration

        try:
            value = (
                ContentGeneration.objects.values_list("value", flat=True).first() or 0
            )
        except DatabaseError:
            # Cached pages may still be served while the database is away.
            return _last_read
        cache.add(GENERATION_KEY, value, GENERATION_CACHE_SECONDS)
    _last_read = value
    return value


def flush_site(*args, **kwargs) -> None:
    """Make everything cached stale (a signal receiver; takes any arguments).

    The generation moves on in the database, in the transaction of the change
    (two changes at once both count), and the cache's copy is dropped now and
    again once the change is committed, so that no request re-reads the old
    value in between and keeps it.
    """
    from core.models import ContentGeneration

    if not ContentGeneration.objects.filter(pk=1).update(value=F("value") + 1):
        ContentGeneration.objects.get_or_create(pk=1, defaults={"value": 1})
    drop_cached_generation()
    transaction.on_commit(drop_cached_generation)


def drop_cached_generation() -> None:
    """Drop the cache's copy of the generation, or owe it while the cache is down."""
    if caches["default"].delete(GENERATION_KEY) is None:
        _invalidation_owed.set()
