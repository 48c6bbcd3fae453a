"""With Redis, views are counted there and flushed to the database exactly once."""

import subprocess
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import redis
from django.db import connection
from django.test import Client

from articles.counting import view_count
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
from conftest import free_port, required_program
from garrison import services

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
    settings.CACHES = services.caches("redis://127.0.0.1:1/0")
    _, index = site_tree
    article = published_article(index)
    assert beacon(client, article.pk).json()["counted"] is True
    assert stored(article) == 1
    assert flush_views() == 0  # a flush with Redis away waits for the next one


@pytest.fixture
def durable_redis(tmp_path, settings):
    """A Redis of the test's own that writes an append-only file, restartable."""
    binary = required_program("redis-server", "to restart a Redis of its own")
    port = free_port()
    command = [
        binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(tmp_path),
        "--appendonly", "yes", "--appendfsync", "always", "--save", "",
    ]  # fmt: skip

    def start() -> subprocess.Popen:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        client = redis.Redis(port=port)
        for _ in range(100):
            try:
                client.ping()
                return process
            except redis.ConnectionError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    url = f"redis://127.0.0.1:{port}/0"
    settings.CACHES = services.caches(url)
    processes = [start()]
    yield lambda: processes.append(start())
    for process in processes:
        process.terminate()
        process.wait(timeout=10)


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
    try:
        redis_client().shutdown()  # a restart: the process goes, the file stays
    except redis.ConnectionError:
        pass
    durable_redis()
    redis_client().connection_pool.disconnect()
    assert flush_views() == 3
    assert stored(article) == 3
