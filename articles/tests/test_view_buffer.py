"""With Redis, views are counted there and flushed to the database exactly once."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django.test import Client

from articles.counting import record_view, view_count
from articles.factories import published_article
from articles.models import ArticlePage, ViewFlush
from articles.view_buffer import (
    FLUSHING,
    FLUSHING_BATCH,
    PENDING,
    _store_batch,
    flush_views,
    redis_client,
)
from garrison import backing_services

from .test_view_counting import beacon, stored


@pytest.mark.django_db
def test_a_view_waits_in_redis_and_shows_until_it_is_flushed(
    client, site_tree, redis_url, settings
):
    settings.VIEW_FLUSH_SECONDS = 3600  # no flush from the request in this test
    _, index = site_tree
    article = published_article(index)
    redis_client().set("garrison:views:flush-due", 1)
    assert beacon(client, article.pk).json()["counted"] is True
    assert beacon(client, article.pk).json() == {"counted": False, "reason": "repeat"}
    assert stored(article) == 0
    assert view_count(ArticlePage.objects.get(pk=article.pk)) == 1
    assert flush_views() == 1
    assert stored(article) == 1
    assert view_count(ArticlePage.objects.get(pk=article.pk)) == 1
    assert flush_views() == 0


@pytest.mark.django_db(transaction=True)
def test_two_thousand_concurrent_visitors_are_counted_exactly_two_thousand_times(
    site_tree, redis_url, settings
):
    settings.VIEW_FLUSH_SECONDS = 3600
    _, index = site_tree
    article = published_article(index)
    redis_client().set("garrison:views:flush-due", 1)

    def visit(number: int) -> bool:
        try:
            address = f"10.{number // 65536}.{number // 256 % 256}.{number % 256}"
            return beacon(Client(), article.pk, address=address).json()["counted"]
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=32) as pool:
        counted = list(pool.map(visit, range(2000)))
    assert counted.count(True) == 2000
    assert flush_views() == 2000
    assert stored(article) == 2000


@pytest.mark.django_db
def test_a_flush_interrupted_after_its_commit_does_not_count_twice(
    site_tree, redis_url
):
    _, index = site_tree
    article = published_article(index)
    client = redis_client()
    client.hset(FLUSHING, str(article.pk), 7)
    client.set(FLUSHING_BATCH, "a1b2c3")
    # The database took the batch, then the flusher died before clearing Redis.
    assert _store_batch("a1b2c3", {article.pk: 7}) == 7
    client.hset(PENDING, str(article.pk), 5)
    assert flush_views() == 5  # the old batch is recognised, the new one counted
    assert stored(article) == 12
    assert ViewFlush.objects.count() == 2
    assert not client.exists(FLUSHING, FLUSHING_BATCH, PENDING)


@pytest.mark.django_db
def test_a_lost_redis_falls_back_to_the_database_counter(client, site_tree, settings):
    settings.CACHES = backing_services.caches("redis://127.0.0.1:1/0")
    _, index = site_tree
    article = published_article(index)
    assert beacon(client, article.pk).json()["counted"] is True
    assert stored(article) == 1
    assert flush_views() == 0  # a flush with Redis away waits for the next one


@pytest.mark.django_db
def test_counts_survive_a_redis_restart_between_flushes(
    client, site_tree, durable_redis, settings
):
    settings.VIEW_FLUSH_SECONDS = 3600
    _, index = site_tree
    article = published_article(index)
    redis_client().set("garrison:views:flush-due", 1)
    for number in range(3):
        beacon(client, article.pk, address=f"198.51.100.{number}")
    durable_redis.stop()  # a restart: the process goes, the file stays
    durable_redis.start()
    assert flush_views() == 3
    assert stored(article) == 3


@pytest.mark.postgres
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite's in-memory test database locks whole tables between threads",
)
@pytest.mark.django_db(transaction=True)
def test_two_flushers_and_a_redis_restart_store_exactly_two_thousand_views(
    site_tree, durable_redis, settings
):
    """Flushers running at once each remove only the batch they took."""
    settings.VIEW_FLUSH_SECONDS = 3600  # the two flushers below do all flushing
    settings.REDIS_RETRY_SECONDS = 0.1
    _, index = site_tree
    article = published_article(index)
    redis_client().set("garrison:views:flush-due", 1)
    visits_done = threading.Event()

    def visit(number: int) -> bool:
        try:
            # Each visitor from an address of their own: the per-address cap
            # is not what this test is about.
            address = f"10.0.{number // 256}.{number % 256}"
            return record_view(article.pk, f"visitor-{number}", address) is None
        finally:
            connection.close()

    def flush_until_done() -> int:
        flushed = 0
        try:
            while not visits_done.wait(0.005):
                flushed += flush_views()
            return flushed + flush_views()
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=10) as pool:
        flushers = [pool.submit(flush_until_done) for _ in range(2)]
        try:
            visits = [pool.submit(visit, number) for number in range(2000)]
            visits[700].result()
            # Restarted mid-run; the append-only file keeps what was pending.
            durable_redis.stop()
            durable_redis.start()
            assert all(visit.result() for visit in visits)
        finally:
            visits_done.set()
        flushed = sum(flusher.result() for flusher in flushers)
    flushed += flush_views()
    assert stored(article) == 2000
    assert flushed + _counted_while_redis_was_down(article) == 2000


def _counted_while_redis_was_down(article) -> int:
    return stored(article) - sum(ViewFlush.objects.values_list("views", flat=True))
