"""Fragments of pages are kept in Redis until what they show changes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from redis import Redis

from articles.counting import increment
from articles.factories import paragraphs, published_article
from articles.models import ArticlePage
from encyclopedia.factories import EncyclopediaPageFactory, published_entry
from encyclopedia.models import PersonPage, PlacePage
from readers.models import ReaderProfile

pytestmark = pytest.mark.django_db


@pytest.fixture
def lipetsk(site_tree, django_capture_on_commit_callbacks):
    """An article naming two entries, and the entries; returns (article, entries)."""
    home, magazine = site_tree
    encyclopedia = EncyclopediaPageFactory(parent=home)
    place = published_entry(
        encyclopedia,
        PlacePage,
        title="Lipetsk",
        kind="base",
        latitude="52.6",
        longitude="39.6",
    )
    person = published_entry(
        encyclopedia, PersonPage, title="Hugo Sperrle", start="1885"
    )
    with django_capture_on_commit_callbacks(execute=True):
        article = published_article(
            magazine,
            title="The school at Lipetsk",
            slug="the-school-at-lipetsk",
            sources=3,
            body=paragraphs(
                "Hugo Sperrle came to Lipetsk in 1925.",
                "The field at Lipetsk had hangars for fifty aircraft.",
            ),
        )
    return article, {"place": place, "person": person}


def keep_content(settings) -> None:
    settings.CONTENT_CACHE_SECONDS = 600


def warm(client, url: str) -> bytes:
    """Serve ``url`` twice: the first keeps the site, the second what it routes to."""
    client.get(url)
    return client.get(url).content


def test_an_article_from_kept_fragments_reads_as_a_fresh_render(
    client, lipetsk, settings, redis_url
):
    article, _entries = lipetsk
    fresh = client.get(article.url).content
    keep_content(settings)
    assert warm(client, article.url) == fresh  # rendered and kept
    with CaptureQueriesContext(connection) as queries:
        kept = client.get(article.url)
    assert kept.content == fresh
    # The site, the language, the magazine and the article with its privacy
    # are this process's copies (the article's checked against its cache tag);
    # its parts are fragments in Redis: only its view count is asked for.
    assert [query["sql"] for query in queries] == [
        f'SELECT count FROM "articles_viewcount" WHERE page_id = {article.pk}'
    ]


def test_the_view_count_is_of_this_moment_though_the_text_is_kept(
    client, lipetsk, settings, redis_url
):
    article, _entries = lipetsk
    keep_content(settings)
    assert 'data-view-count="0"' in client.get(article.url).content.decode()
    increment(article.pk, by=1234)
    after = client.get(article.url).content.decode()
    assert 'data-view-count="1234"' in after
    assert "1,234 views" in after


def test_a_new_revision_shows_at_once(client, lipetsk, settings, redis_url):
    article, _entries = lipetsk
    keep_content(settings)
    assert client.get(article.url).status_code == 200
    article.standfirst = "Seven years of flying that the treaty forbade."
    article.save_revision().publish()
    assert "Seven years of flying" in client.get(article.url).content.decode()


def test_a_withdrawn_entry_stops_being_linked_at_once(
    client, lipetsk, settings, redis_url, django_capture_on_commit_callbacks
):
    article, entries = lipetsk
    keep_content(settings)
    link = f'href="{entries["person"].url}"'
    assert link in client.get(article.url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        entries["person"].unpublish()
    assert link not in client.get(article.url).content.decode()


def test_a_withdrawn_section_is_gone_at_once(client, site_tree, settings, redis_url):
    _home, magazine = site_tree
    keep_content(settings)
    assert client.get(magazine.url).status_code == 200
    magazine.unpublish()
    assert client.get(magazine.url).status_code == 404


def assert_kept(client, settings, url: str, *, asking: int) -> None:
    """Once kept, ``url`` reads exactly as rendered fresh, and asks ``asking``."""
    fresh = client.get(url).content
    keep_content(settings)
    assert warm(client, url) == fresh
    with CaptureQueriesContext(connection) as queries:
        kept = client.get(url)
    assert kept.content == fresh
    assert len(queries) == asking, "\n".join(q["sql"] for q in queries)


def test_a_kept_entry_reads_as_a_fresh_render_and_lists_a_new_article_at_once(
    client, lipetsk, settings, redis_url, django_capture_on_commit_callbacks
):
    article, entries = lipetsk
    place = entries["place"]
    assert_kept(client, settings, place.url, asking=0)

    magazine = article.get_parent().specific
    with django_capture_on_commit_callbacks(execute=True):
        published_article(
            magazine,
            title="Winter at the Lipetsk field",
            slug="winter-at-the-lipetsk-field",
            body=paragraphs("Pilots trained at Lipetsk through the winter of 1929."),
        )
    assert "Winter at the Lipetsk field" in client.get(place.url).content.decode()


def test_the_kept_home_page_asks_nothing_and_lists_a_new_article_at_once(
    client, lipetsk, settings, redis_url, django_capture_on_commit_callbacks
):
    article, _entries = lipetsk
    home = article.get_parent().get_parent()
    assert_kept(client, settings, home.url, asking=0)
    # Its view counts move without a publication: kept a minute, not ten.
    redis = Redis.from_url(redis_url)
    [key] = redis.keys("*home-front*")
    assert 0 < redis.ttl(key) <= 60

    with django_capture_on_commit_callbacks(execute=True):
        published_article(
            article.get_parent().specific,
            title="Gliders on the Wasserkuppe",
            slug="gliders-on-the-wasserkuppe",
        )
    assert "Gliders on the Wasserkuppe" in client.get(home.url).content.decode()


def test_every_page_type_reads_the_same_from_kept_fragments_as_rendered_fresh(
    client, demo, demo_media, settings, redis_url
):
    """One template, one context: what a fragment keeps is what a render shows."""
    from encyclopedia.models import ENTRY_TYPES

    english = ArticlePage.objects.live().filter(locale__language_code="en")
    article = next(a for a in english if a.tags.exists())
    tag = article.tags.first()
    urls = ["/", "/cs/", article.url, article.get_parent().url]
    urls.append(f"{article.get_parent().url}tags/{tag.slug}/")
    urls += [
        a.url for a in ArticlePage.objects.live().filter(locale__language_code="cs")[:1]
    ]
    for kind in ENTRY_TYPES:
        for language in ("en", "cs"):
            entry = kind.objects.live().filter(locale__language_code=language).first()
            urls.append(entry.url)
    urls.append(entry.get_parent().url)
    for url in urls:  # the first views make renditions and ad settings
        client.get(url)
    fresh = {url: client.get(url).content for url in urls}
    keep_content(settings)
    for url in urls:
        client.get(url)  # rendered, its fragments kept
    for url in urls:
        assert client.get(url).content == fresh[url], url
    assert Redis.from_url(redis_url).keys("*fragment:*entry-content*")


def test_what_is_made_for_a_signed_in_reader_never_reaches_another(
    client, demo, demo_media, settings, redis_url, django_user_model
):
    """Editors get their user bar around kept fragments; nobody else ever does."""
    settings.PAGE_CACHE_SECONDS = 600
    keep_content(settings)
    article = ArticlePage.objects.live().filter(locale__language_code="en").first()
    editor = type(client)()
    editor.force_login(django_user_model.objects.create_superuser("ada", "", "pw"))
    for _ in range(2):
        assert b"wagtail-userbar" in editor.get(article.url).content
    anonymous = [client.get(article.url) for _ in range(2)]
    assert anonymous[1]["Cache-Status"] == "garrison; hit"
    assert all(b"wagtail-userbar" not in page.content for page in anonymous)
    signed_in = editor.get(article.url)
    assert signed_in["Cache-Status"] == "garrison; fwd=bypass"
    assert b"wagtail-userbar" in signed_in.content
    # Beside the bar, the editor reads exactly the anonymous page's fragments.
    assert article.standfirst.encode() in signed_in.content


def test_a_signed_in_reader_is_not_asked_for_permissions_on_a_kept_article(
    client, lipetsk, settings, redis_url, django_user_model
):
    """Only editors are offered the user bar: a reader costs their session and name."""
    article, _entries = lipetsk
    keep_content(settings)
    reader = django_user_model.objects.create_user("reader", "r@example.org", "pw")
    ReaderProfile.objects.create(user=reader, display_name="Jana")
    client.force_login(reader)
    client.get(article.url)
    warm(client, article.url)
    with CaptureQueriesContext(connection) as queries:
        page = client.get(article.url)
    assert b"wagtail-userbar" not in page.content
    tables = [query["sql"].split(" FROM ")[1].split()[0] for query in queries]
    # Its session (here in the database; in production read from Redis), the
    # reader and their name and unread notifications for the header, the view
    # count, the reader's own posts waiting under the article, and whether
    # they watch its discussion.
    assert sorted(tables) == [
        '"articles_viewcount"',
        '"auth_user"',
        '"discussion_notification"',
        '"discussion_post"',
        '"discussion_watch"',
        '"django_session"',
        '"readers_readerprofile"',
    ]


def test_the_header_is_kept_once_for_every_page_in_a_language(
    client, lipetsk, settings, redis_url
):
    article, entries = lipetsk
    keep_content(settings)
    urls = (article.url, entries["place"].url, entries["person"].url)
    for url in urls:  # the first views make what pages share (the ad settings)
        client.get(url)
    fresh = client.get(entries["place"].url).content.decode()
    redis = Redis.from_url(redis_url)
    redis.flushdb()
    for url in urls:
        warm(client, url)
    assert len(redis.keys("*fragment:*:site-nav:*")) == 1
    assert len(redis.keys("*fragment:*:site-head:*")) == 1
    kept = client.get(entries["place"].url).content.decode()
    assert kept == fresh and 'href="/search/"' in kept
