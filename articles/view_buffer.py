"""The view counter's hot path in Redis, flushed to the database in batches.

With Redis configured (``REDIS_URL``), a counted view is one ``HINCRBY`` on a
hash of pending counts; every ``VIEW_FLUSH_SECONDS`` one request queues a flush
(the task worker runs it, or the request itself with the immediate backend).

A flush is exact, whatever dies when:

1. A Lua script renames the pending hash to a flushing hash, gives it a batch
   id and returns the id with the counts, atomically; views counted from then
   on go to a new pending hash. A flushing hash left by an earlier, interrupted
   flush (or one another flusher is storing right now) is taken up again first,
   under its own batch id.
2. One database transaction records the batch id (primary key) and adds the
   counts. If the batch id is already there, another try committed it.
3. Only then is the flushing hash deleted, and only while it is still the
   batch this flusher stored: two flushers at once each remove nothing but
   the batch they took.

Redis keeps the pending counts across its own restarts when it writes an
append-only file (``appendonly yes``, deploy/redis.conf). Without Redis, or
when it stops answering, a view is an atomic increment in the database.

A view is counted once even when Redis stops between carrying out the count
and answering it. The visitor's window key holds a token; the count is one
script that adds the view only while the key holds the token, and marks it
counted. When the answer is lost the view is counted in the database, and
the process remembers it: at its next word with Redis, a view Redis had
counted after all is taken back from the pending counts.
"""

from __future__ import annotations

import logging
import uuid
from collections import deque

from django.conf import settings
from django.db import IntegrityError, transaction
from redis import Redis, RedisError

from core.caching.redis import RedisUnreachable, redis_behind

from .models import ArticlePage, ViewFlush

logger = logging.getLogger(__name__)

PENDING = "garrison:views:pending"
FLUSHING = "garrison:views:flushing"
FLUSHING_BATCH = "garrison:views:flushing:batch"
FLUSH_DUE = "garrison:views:flush-due"

# Return the batch id with its counts: read apart, they could be another batch's.
_TAKE_BATCH = """
if redis.call('EXISTS', KEYS[2]) == 0 then
  if redis.call('EXISTS', KEYS[1]) == 0 then
    return false
  end
  redis.call('RENAME', KEYS[1], KEYS[2])
  redis.call('SET', KEYS[3], ARGV[1])
end
return {redis.call('GET', KEYS[3]), redis.call('HGETALL', KEYS[2])}
"""
# Delete the flushing hash only while it holds the batch this flusher stored.
_FINISH_BATCH = """
if redis.call('GET', KEYS[2]) == ARGV[1] then
  return redis.call('DEL', KEYS[1], KEYS[2])
end
return 0
"""


# The window key holds the token until the view is counted, then minus it.
_COUNT_VIEW = """
if redis.call('GET', KEYS[3]) ~= ARGV[2] then
  return -1
end
redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
redis.call('SET', KEYS[3], '-' .. ARGV[2], 'KEEPTTL')
if redis.call('SET', KEYS[2], 1, 'NX', 'EX', ARGV[3]) then
  return 1
end
return 0
"""
# A view also counted in the database: take it back if Redis counted it too.
_SETTLE_VIEW = """
if redis.call('GET', KEYS[2]) == '-' .. ARGV[2] then
  redis.call('HINCRBY', KEYS[1], ARGV[1], -1)
end
redis.call('SET', KEYS[2], 0, 'KEEPTTL')
"""
#: Views whose count in Redis had no answer: (page id, window key, token).
_unsettled: deque[tuple[int, str, int]] = deque(maxlen=10_000)


def redis_client() -> Redis | None:
    """The Redis behind the view window's cache, or None when there is none."""
    return redis_behind("views")


def buffer_view(page_id: int, window_key: str, token: int) -> bool:
    """Add one view to the pending counts; False when the database must count it.

    ``window_key`` is the visitor's key in the view window (as Redis names it),
    which holds ``token``.
    """
    client = redis_client()
    if client is None:
        return False
    try:
        settle_views(client)
        # One round trip: the count, and whether a flush is due.
        answer = client.eval(
            _COUNT_VIEW, 3, PENDING, FLUSH_DUE, window_key,
            page_id, token, settings.VIEW_FLUSH_SECONDS,
        )  # fmt: skip
    except RedisUnreachable:
        logger.warning("Redis is unreachable; counting a view in the database")
        return False
    except RedisError:
        logger.warning("Redis did not answer a view; counting it in the database")
        _unsettled.append((page_id, window_key, token))
        return False
    if answer == 1:
        _queue_flush()
    return answer >= 0


def settle_views(client: Redis) -> None:
    """Take back from Redis the views it counted without answering."""
    while _unsettled:
        try:
            view = _unsettled.popleft()
        except IndexError:  # another thread settled the last one
            return
        page_id, window_key, token = view
        try:
            client.eval(_SETTLE_VIEW, 2, PENDING, window_key, page_id, token)
        except RedisError:
            _unsettled.appendleft(view)  # settling twice is harmless
            raise


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
        settle_views(client)
        # At most two rounds: an interrupted batch, then the current one.
        for _ in range(2):
            taken = client.eval(
                _TAKE_BATCH, 3, PENDING, FLUSHING, FLUSHING_BATCH, uuid.uuid4().hex
            )
            if not taken:
                break
            batch, fields = taken
            counts = {
                int(page): int(views)
                for page, views in zip(fields[::2], fields[1::2], strict=True)
            }
            flushed += _store_batch(batch.decode(), counts)
            client.eval(_FINISH_BATCH, 2, FLUSHING, FLUSHING_BATCH, batch)
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
