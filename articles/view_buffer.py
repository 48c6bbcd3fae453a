"""The view counter's hot path in Redis, flushed to the database in batches.

With Redis configured (``REDIS_URL``), a counted view is one ``HINCRBY`` on a
hash of pending counts; every ``VIEW_FLUSH_SECONDS`` one request queues a flush
(the task worker runs it, or the request itself with the immediate backend).

A flush is exact, whatever dies when:

1. A Lua script renames the pending hash to a flushing hash and gives it a batch
   id, atomically; views counted from then on go to a new pending hash.
   A flushing hash left by an earlier, interrupted flush is taken up again first.
2. One database transaction records the batch id (primary key) and adds the
   counts. If the batch id is already there, an earlier try committed it.
3. Only then is the flushing hash deleted.

Redis keeps the pending counts across its own restarts when it writes an
append-only file (``appendonly yes``, deploy/redis.conf). Without Redis, or
when it stops answering, a view is an atomic increment in the database.
"""

from __future__ import annotations

import logging
import uuid

from django.conf import settings
from django.db import IntegrityError, transaction
from redis import Redis, RedisError

from core.caching import redis_behind

from .models import ArticlePage, ViewFlush

logger = logging.getLogger(__name__)

PENDING = "garrison:views:pending"
FLUSHING = "garrison:views:flushing"
FLUSHING_BATCH = "garrison:views:flushing:batch"
FLUSH_DUE = "garrison:views:flush-due"

_TAKE_BATCH = """
if redis.call('EXISTS', KEYS[2]) == 1 then
  return redis.call('GET', KEYS[3])
end
if redis.call('EXISTS', KEYS[1]) == 0 then
  return false
end
redis.call('RENAME', KEYS[1], KEYS[2])
redis.call('SET', KEYS[3], ARGV[1])
return ARGV[1]
"""


def redis_client() -> Redis | None:
    """The Redis behind the view window's cache, or None when there is none."""
    return redis_behind("views")


def buffer_view(page_id: int) -> bool:
    """Add one view to the pending counts; False when Redis cannot take it."""
    client = redis_client()
    if client is None:
        return False
    try:
        # One round trip: the count, and whether a flush is due.
        pipeline = client.pipeline(transaction=False)
        pipeline.hincrby(PENDING, str(page_id), 1)
        pipeline.set(FLUSH_DUE, 1, nx=True, ex=settings.VIEW_FLUSH_SECONDS)
        _count, flush_due = pipeline.execute()
        if flush_due:
            _queue_flush()
    except RedisError:
        logger.warning("Redis did not take a view; counting it in the database")
        return False
    return True


def pending_views(page_id: int) -> int:
    """Views of the page counted in Redis and not yet flushed."""
    client = redis_client()
    if client is None:
        return 0
    pipeline = client.pipeline(transaction=False)  # one round trip for both
    for key in (PENDING, FLUSHING):
        pipeline.hget(key, str(page_id))
    try:
        values = pipeline.execute()
    except RedisError:
        return 0
    return sum(int(value) for value in values if value)


def flush_views() -> int:
    """Move the pending counts into the database exactly once; return how many."""
    client = redis_client()
    if client is None:
        return 0
    flushed = 0
    try:
        # At most two rounds: an interrupted batch, then the current one.
        for _ in range(2):
            batch = client.eval(
                _TAKE_BATCH, 3, PENDING, FLUSHING, FLUSHING_BATCH, uuid.uuid4().hex
            )
            if not batch:
                break
            counts = {
                int(page): int(views)
                for page, views in client.hgetall(FLUSHING).items()
            }
            flushed += _store_batch(batch.decode(), counts)
            client.delete(FLUSHING, FLUSHING_BATCH)
    except RedisError as error:
        # What Redis holds stays there for the next flush.
        logger.warning("Redis did not answer the flush of view counts: %s", error)
    return flushed


def _store_batch(batch: str, counts: dict[int, int]) -> int:
    from .counting import increment

    live = set(ArticlePage.objects.filter(pk__in=counts).values_list("pk", flat=True))
    total = sum(views for page, views in counts.items() if page in live)
    try:
        with transaction.atomic():
            ViewFlush.objects.create(batch=batch, views=total)
            for page, views in sorted(counts.items()):
                if page in live:  # a deleted article's views go with it
                    increment(page, views)
    except IntegrityError:
        if ViewFlush.objects.filter(batch=batch).exists():
            return 0  # an earlier try committed this batch
        raise
    return total


def _queue_flush() -> None:
    from .tasks import flush_view_counts

    transaction.on_commit(flush_view_counts.enqueue)
