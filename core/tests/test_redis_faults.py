"""A Redis that is down, or answers what is not Redis, degrades to the database."""

import socketserver
import threading

import pytest
from redis import Redis

from articles.factories import published_article
from articles.tests.test_view_counting import beacon, stored
from core.caching import generation
from core.models import ContentGeneration
from garrison import backing_services

pytestmark = pytest.mark.django_db


class NotRedis(socketserver.ThreadingTCPServer):
    """A TCP server on a free local port that answers every connection with
    something that is not Redis, and counts the connections."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        self.connections = 0
        super().__init__(("127.0.0.1", 0), self.Greeting)

    class Greeting(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            self.server.connections += 1
            self.request.sendall(b"HELLO\r\n")

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.server_address[1]}/0"


@pytest.fixture
def not_redis(settings):
    server = NotRedis()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.REDIS_URL = server.url
    settings.CACHES = backing_services.caches(server.url)
    settings.PAGE_CACHE_SECONDS = 600
    settings.CONTENT_CACHE_SECONDS = 600
    yield server
    server.shutdown()
    server.server_close()


def test_a_cache_that_is_not_redis_serves_pages_health_and_beacons_uncached(
    client, site_tree, not_redis
):
    _, index = site_tree
    article = published_article(index, title="Winter flying at Lipetsk")
    page = client.get(article.url)
    assert page.status_code == 200
    assert b"Winter flying at Lipetsk" in page.content
    # Rendered, and not kept: the cache did not take it.
    assert client.get(article.url)["Cache-Status"] == "garrison; fwd=uri-miss"
    assert client.get("/").status_code == 200
    assert client.get("/healthz").content == b"ok"
    assert beacon(client, article.pk).json()["counted"] is True
    assert stored(article) == 1  # counted in the database
    ready = client.get("/readyz")
    assert ready.status_code == 503
    assert ready.json()["down"] == ["cache"]
    assert not_redis.connections >= 1


def test_a_failed_redis_is_not_asked_again_for_redis_retry_seconds(
    client, site_tree, not_redis, settings
):
    settings.REDIS_RETRY_SECONDS = 3600
    _, index = site_tree
    article = published_article(index)
    for _ in range(10):
        assert client.get(article.url).status_code == 200
        assert beacon(client, article.pk).status_code == 200
    # Without the pause each request would ask several times (the content
    # generation, the page cache, the view window, the count).
    assert not_redis.connections == 1
    settings.REDIS_RETRY_SECONDS = 0  # the pause over, Redis is asked again
    client.get(article.url)
    assert not_redis.connections > 1


def test_a_publication_while_redis_is_down_shows_once_redis_is_back(
    client, site_tree, durable_redis, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 600
    settings.REDIS_RETRY_SECONDS = 0  # ask again at the next request
    _, index = site_tree
    article = published_article(index, title="Winter flying at Lipetsk")
    stored = "garrison; fwd=uri-miss; stored"
    assert client.get(index.url)["Cache-Status"] == stored
    assert client.get(index.url)["Cache-Status"] == "garrison; hit"
    durable_redis.stop()
    article.title = "Winter flying at Lipetsk, 1926"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    durable_redis.start()  # with the cached page and the old generation
    page = client.get(index.url)
    assert page["Cache-Status"].startswith("garrison; fwd=uri-miss")
    assert b"Winter flying at Lipetsk, 1926" in page.content
    assert b"Winter flying at Lipetsk, 1926" in client.get(index.url).content


def test_a_change_made_while_redis_was_down_outlives_the_process_that_made_it(
    client, site_tree, durable_redis, settings
):
    """The generation is kept in the database; Redis holds a copy that expires.

    Here the change is made as by another process (a scheduled publication, a
    command) that ended before Redis came back: nothing is owed in this one.
    """
    settings.PAGE_CACHE_SECONDS = 600
    settings.REDIS_RETRY_SECONDS = 0
    _, index = site_tree
    article = published_article(index, title="Winter flying at Lipetsk")
    client.get(index.url)
    redis = Redis(port=durable_redis.port)
    (key,) = redis.keys(f"*{generation.GENERATION_KEY}")
    assert 0 < redis.ttl(key) <= generation.GENERATION_CACHE_SECONDS
    before = ContentGeneration.objects.get().value

    durable_redis.stop()
    article.title = "Winter flying at Lipetsk, 1926"
    article.save_revision().publish()
    generation._invalidation_owed.clear()  # the process that published is gone
    durable_redis.start()

    assert ContentGeneration.objects.get().value > before
    redis = Redis(port=durable_redis.port)
    redis.delete(key)  # what the copy's expiry does within GENERATION_CACHE_SECONDS
    page = client.get(index.url)
    assert b"Winter flying at Lipetsk, 1926" in page.content
