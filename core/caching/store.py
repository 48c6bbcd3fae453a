"""Pages and fragments in Redis, filed under their cache tags, and invalidation.

Each stored value is filed in a Redis set per tag (``tag-keys:<tag>``), and a
page's address in another (``tag-urls:<tag>``). Invalidating tags deletes what
is filed under them and sends the front cache a ``PURGE`` for each address,
exactly as Varnish's xkey or Fastly's surrogate keys do.

A render that read the database before a change and is stored after it must
not survive it. Every invalidation takes a number from a counter in Redis and
stamps its tags with it; a render notes the counter before it reads anything,
and once stored, checks its tags' stamps: a stamp newer than its start means a
change it may not show, and it deletes itself. The invalidation files nothing
after taking the sets, and the render files itself before it checks, so one of
the two always sees the other (no clocks are compared: several web nodes agree).

Invalidations run once the change is committed. When Redis cannot be told, the
site generation moves on instead (``core/caching/generation.py``): everything
is stale, which is slow but never wrong.
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from redis import Redis
from redis.exceptions import RedisError

from .generation import flush_site
from .redis import redis_behind

logger = logging.getLogger(__name__)

SEQUENCE_KEY = "tags:sequence"
#: How long a tag's stamp is kept: longer than any render takes.
STAMP_SECONDS = 3600
#: Members deleted per command, so a tag on thousands of pages never blocks Redis.
DELETE_BATCH = 500

#: The counter as this request found it before rendering, read once.
_request_start: ContextVar[list[int | None] | None] = ContextVar(
    "render_start", default=None
)


def redis() -> Redis | None:
    """The Redis of the default cache, or None where there is none."""
    return redis_behind("default")


def _raw(name: str) -> str:
    # The cache's own prefix and version, so two sites on one Redis stay apart.
    return caches["default"].make_key(name)


@contextmanager
def request_scope() -> Iterator[None]:
    """Read the invalidation counter at most once in the block (one request)."""
    token = _request_start.set([None])
    try:
        yield
    finally:
        _request_start.reset(token)


def render_start(client: Redis) -> int:
    """The invalidation counter before this render (the request's) read anything."""
    memo = _request_start.get()
    if memo is not None and memo[0] is not None:
        return memo[0]
    value = int(client.get(_raw(SEQUENCE_KEY)) or 0)
    if memo is not None:
        memo[0] = value
    return value


def changed_since(tag: str, started: int) -> bool:
    """Whether ``tag`` was invalidated after the counter stood at ``started``.

    True too when Redis does not answer: then nothing can be trusted.
    """
    client = redis()
    if client is None:
        return True
    try:
        stamp = client.get(_raw(f"tag-stamp:{tag}"))
    except RedisError:
        return True
    return stamp is not None and int(stamp) > started


def fetch_many(keys: list[str]) -> dict[str, tuple[object, list[str]]]:
    """What is stored at each of ``keys``, in one round trip; misses left out."""
    client = redis()
    if client is None or not keys:
        return {}
    try:
        values = client.mget([_raw(key) for key in keys])
    except RedisError:
        return {}
    return {
        key: pickle.loads(raw)
        for key, raw in zip(keys, values, strict=True)
        if raw is not None
    }


def fetch(key: str) -> tuple[object, list[str]] | None:
    """The value stored at ``key`` with its tags, or None (a miss, Redis down)."""
    client = redis()
    if client is None:
        return None
    try:
        raw = client.get(_raw(key))
    except RedisError:
        return None
    return pickle.loads(raw) if raw is not None else None


def store(
    key: str,
    value: object,
    tags: Iterable[str],
    *,
    seconds: int,
    started: int,
    url: str = "",
) -> bool:
    """Store ``value`` at ``key`` filed under ``tags``; whether it was kept.

    ``started`` is :func:`render_start` read before the render; a value one
    of its tags was invalidated since is deleted at once. ``url``, for a whole
    page, is what the front cache is told to purge with the tags.
    """
    client = redis()
    if client is None or seconds <= 0:
        return False
    tags = sorted(set(tags))
    raw_key = _raw(key)
    filed_for = max(settings.PAGE_CACHE_SECONDS, settings.CONTENT_CACHE_SECONDS)
    try:
        pipe = client.pipeline(transaction=False)
        pipe.set(raw_key, pickle.dumps((value, tags)), ex=seconds)
        for tag in tags:
            pipe.sadd(_raw(f"tag-keys:{tag}"), raw_key)
            pipe.expire(_raw(f"tag-keys:{tag}"), filed_for)
            if url:
                pipe.sadd(_raw(f"tag-urls:{tag}"), url)
                pipe.expire(_raw(f"tag-urls:{tag}"), filed_for)
        if tags:
            pipe.mget([_raw(f"tag-stamp:{tag}") for tag in tags])
        replies = pipe.execute()
        stamps = replies[-1] if tags else []
        if any(stamp is not None and int(stamp) > started for stamp in stamps):
            client.delete(raw_key)
            return False
    except RedisError:
        return False
    return True


def invalidate(tags: Iterable[str]) -> None:
    """Make stale everything filed under ``tags``, once the change is committed."""
    tags = sorted(set(tags))
    if tags:
        transaction.on_commit(lambda: invalidate_now(tags))


def invalidate_now(tags: list[str]) -> None:
    """Delete what is filed under ``tags`` and purge its addresses in front."""
    client = redis()
    if client is None:
        return
    try:
        stamp = client.incr(_raw(SEQUENCE_KEY))
        pipe = client.pipeline(transaction=True)
        for tag in tags:
            pipe.set(_raw(f"tag-stamp:{tag}"), stamp, ex=STAMP_SECONDS)
            pipe.smembers(_raw(f"tag-keys:{tag}"))
            pipe.smembers(_raw(f"tag-urls:{tag}"))
            pipe.delete(_raw(f"tag-keys:{tag}"), _raw(f"tag-urls:{tag}"))
        replies = pipe.execute()
        keys: set[bytes] = set()
        urls: set[str] = set()
        for index in range(0, len(replies), 4):
            keys |= replies[index + 1]
            urls |= {url.decode() for url in replies[index + 2]}
        members = sorted(keys)
        for start in range(0, len(members), DELETE_BATCH):
            client.delete(*members[start : start + DELETE_BATCH])
    except RedisError as error:
        logger.warning("Cache tags not invalidated (%s); flushing the site.", error)
        flush_site()
        return
    purge_in_front(urls)


def purge_in_front(urls: set[str]) -> None:
    """Send the front caches (``WAGTAILFRONTENDCACHE``) a ``PURGE`` per address."""
    if urls and getattr(settings, "WAGTAILFRONTENDCACHE", None):
        from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

        purge_urls_from_cache(sorted(urls))
