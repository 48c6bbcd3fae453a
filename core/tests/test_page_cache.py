"""Anonymous readers get whole pages from Redis; any publication empties it."""

import pytest

from articles.factories import paragraphs, published_article
from articles.models import ArticleIndexPage

pytestmark = pytest.mark.django_db

ENTRY = "/encyclopedia/lipetsk/"


@pytest.fixture
def page_cache(settings, redis_url):
    settings.PAGE_CACHE_SECONDS = 600


def test_an_anonymous_reader_gets_the_stored_page_without_a_query(
    client, demo, page_cache, django_assert_num_queries
):
    first = client.get(ENTRY)
    assert first["Cache-Status"] == "garrison; fwd=uri-miss; stored"
    with django_assert_num_queries(0):
        second = client.get(ENTRY)
    assert second["Cache-Status"] == "garrison; hit"
    assert second.content == first.content
    assert "script-src 'self'" in second["Content-Security-Policy"]


def test_a_published_article_shows_at_once_on_home_and_the_entries_it_mentions(
    client, demo, page_cache, django_capture_on_commit_callbacks
):
    assert client.get("/")["Cache-Status"].startswith("garrison; fwd=uri-miss")
    assert client.get(ENTRY)["Cache-Status"].startswith("garrison; fwd=uri-miss")
    assert client.get(ENTRY)["Cache-Status"] == "garrison; hit"
    index = ArticleIndexPage.objects.get(locale__language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        published_article(
            index,
            title="Winter flying at Lipetsk",
            slug="winter-flying-at-lipetsk",
            # The town, not the school there ("pilots trained at Lipetsk").
            body=paragraphs("Snow lay deep at Lipetsk in the winter of 1929."),
        )
    home = client.get("/")
    assert home["Cache-Status"].startswith("garrison; fwd=uri-miss")
    assert "Winter flying at Lipetsk" in home.content.decode()
    assert "Winter flying at Lipetsk" in client.get(ENTRY).content.decode()


def test_pages_with_a_form_and_signed_in_readers_are_never_stored(
    client, demo, page_cache, admin_user
):
    for _ in range(2):
        join = client.get("/join/")
        assert (
            join.status_code == 200 and join["Cache-Status"] == "garrison; fwd=bypass"
        )
    first_token = client.cookies["csrftoken"].value
    other = type(client)()
    other.get("/join/")
    assert other.cookies["csrftoken"].value != first_token
    assert client.get("/")["Cache-Status"].startswith("garrison; fwd=uri-miss")
    assert client.get("/")["Cache-Status"] == "garrison; hit"
    client.force_login(admin_user)
    signed_in = client.get("/")
    # The editor's own page (with the Wagtail user bar), not the readers' copy.
    assert signed_in["Cache-Status"] == "garrison; fwd=bypass"
    assert b"wagtail-userbar" in signed_in.content
    assert b"wagtail-userbar" not in type(client)().get("/").content


def test_without_redis_pages_are_not_cached(client, demo):
    assert client.get(ENTRY)["Cache-Status"] == "garrison; fwd=bypass"


def test_publishing_purges_the_page_from_the_front_cache(
    demo, front_cache, django_capture_on_commit_callbacks
):
    index = ArticleIndexPage.objects.get(locale__language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        published_article(index, title="Tomka revisited", slug="tomka-revisited")
    assert "/articles/tomka-revisited/" in front_cache


def test_every_response_says_what_the_page_cache_did_with_it(client, demo, page_cache):
    """``Cache-Status`` (RFC 9211) names this cache and a hit, a miss or a bypass."""
    kept = ["/", "/cs/", ENTRY, "/timeline/", "/feeds/rss/", "/sitemap.xml"]
    for url in kept:
        assert client.get(url)["Cache-Status"] == "garrison; fwd=uri-miss; stored"
        assert client.get(url)["Cache-Status"] == "garrison; hit"
    never_kept = ["/search/?q=Lipetsk", "/join/", "/api/v1/articles", "/healthz"]
    for url in never_kept:
        assert client.get(url)["Cache-Status"] == "garrison; fwd=bypass", url
    missing = client.get("/no-such-page/")
    assert missing.status_code == 404
    assert missing["Cache-Status"] == "garrison; fwd=uri-miss"
