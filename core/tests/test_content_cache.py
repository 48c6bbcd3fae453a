"""What renders read that only published content decides is kept until a publication."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.counting import increment
from articles.factories import paragraphs, published_article
from articles.models import ArticleIndexPage, ArticlePage
from encyclopedia.models import Mention

pytestmark = pytest.mark.django_db

ARTICLE = "/articles/lipetsk-flying-school/"


@pytest.fixture
def content_cache(settings, redis_url):
    settings.CONTENT_CACHE_SECONDS = 600


def lipetsk() -> ArticlePage:
    return ArticlePage.objects.get(
        slug="lipetsk-flying-school", locale__language_code="en"
    )


def test_a_kept_article_reads_as_a_fresh_render_in_three_queries(
    client, demo, demo_media, settings, redis_url
):
    fresh = client.get(ARTICLE).content
    settings.CONTENT_CACHE_SECONDS = 600
    assert client.get(ARTICLE).content == fresh  # rendered and kept
    with CaptureQueriesContext(connection) as queries:
        kept = client.get(ARTICLE)
    assert kept.content == fresh
    # The language, the article with its view count, its privacy.
    assert len(queries) == 3, "\n".join(query["sql"] for query in queries)


def test_the_view_count_is_of_this_moment_though_the_text_is_kept(
    client, demo, demo_media, content_cache
):
    article = lipetsk()
    before = client.get(ARTICLE).content.decode()
    assert 'data-view-count="0"' in before
    increment(article.pk, by=1234)
    after = client.get(ARTICLE).content.decode()
    assert 'data-view-count="1234"' in after
    assert "1,234 views" in after


def test_a_new_revision_shows_at_once(client, demo, demo_media, content_cache):
    assert client.get(ARTICLE).status_code == 200
    article = lipetsk()
    article.standfirst = "Seven years of flying that the treaty forbade."
    article.save_revision().publish()
    assert "Seven years of flying" in client.get(ARTICLE).content.decode()


def test_a_withdrawn_entry_stops_being_linked_at_once(
    client, demo, demo_media, content_cache, django_capture_on_commit_callbacks
):
    mention = Mention.objects.filter(page=lipetsk()).select_related("entry").first()
    entry = mention.entry
    link = f'href="{entry.url}"'
    assert link in client.get(ARTICLE).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        entry.unpublish()
    assert link not in client.get(ARTICLE).content.decode()


def test_a_withdrawn_section_is_gone_at_once(client, demo, content_cache):
    assert client.get("/articles/").status_code == 200
    ArticleIndexPage.objects.get(locale__language_code="en").unpublish()
    assert client.get("/articles/").status_code == 404


ENTRY = "/encyclopedia/lipetsk/"
# The language, the entry found under its section and then as its own type,
# its privacy.
ENTRY_KEPT_QUERIES = 4


def test_a_kept_entry_reads_as_a_fresh_render_and_lists_a_new_article_at_once(
    client, demo, demo_media, settings, redis_url, django_capture_on_commit_callbacks
):
    fresh = client.get(ENTRY).content
    settings.CONTENT_CACHE_SECONDS = 600
    assert client.get(ENTRY).content == fresh
    with CaptureQueriesContext(connection) as queries:
        kept = client.get(ENTRY)
    assert kept.content == fresh
    assert len(queries) == ENTRY_KEPT_QUERIES, "\n".join(q["sql"] for q in queries)

    index = ArticleIndexPage.objects.get(locale__language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        published_article(
            index,
            title="Winter flying at Lipetsk",
            slug="winter-flying-at-lipetsk",
            body=paragraphs("Pilots trained at Lipetsk through the winter of 1929."),
        )
    assert "Winter flying at Lipetsk" in client.get(ENTRY).content.decode()
