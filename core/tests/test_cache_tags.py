"""A change makes stale exactly the cached pages and fragments that show it."""

import pytest
from wagtail.models import PageViewRestriction

from articles.factories import paragraphs, published_article
from articles.models import ArticlePage
from encyclopedia.models import EntryPage, Mention
from encyclopedia.models.entries import EntryAlias

pytestmark = pytest.mark.django_db


@pytest.fixture
def cached(settings, redis_url, demo_media):
    settings.PAGE_CACHE_SECONDS = 600
    settings.CONTENT_CACHE_SECONDS = 600


def status(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response["Cache-Status"]


def warm(client, urls) -> None:
    # The first views make renditions and the site's advertising settings,
    # which flush the site: a second round stores what the third finds.
    for _round in range(2):
        for url in urls:
            client.get(url)
    for url in urls:
        assert status(client, url) == "garrison; hit", url


def named_entries(article: ArticlePage) -> set[int]:
    return set(
        Mention.objects.filter(page=article, entry__isnull=False).values_list(
            "entry_id", flat=True
        )
    )


def two_unrelated_articles() -> tuple[ArticlePage, ArticlePage]:
    """A demo article with tags and named entries, and a new one sharing nothing."""
    english = ArticlePage.objects.live().filter(locale__language_code="en")
    article = next(a for a in english if a.tags.exists() and named_entries(a))
    unrelated = published_article(
        article.get_parent().specific,
        title="Notes on field kitchens",
        slug="notes-on-field-kitchens",
        body=paragraphs("Cooks fed the men twice a day from wheeled stoves."),
    )
    assert not named_entries(unrelated)
    return article, unrelated


def test_publishing_an_article_makes_stale_what_shows_it_and_nothing_else(
    client, demo, cached, django_capture_on_commit_callbacks
):
    article, unrelated = two_unrelated_articles()
    index = article.get_parent()
    tag_pages = [f"{index.url}tags/{tag.slug}/" for tag in article.tags.all()]
    entries = [
        entry.url for entry in EntryPage.objects.filter(pk__in=named_entries(article))
    ]
    showing_it = [article.url, index.url, "/", *tag_pages, *entries]
    warm(client, [*showing_it, unrelated.url])

    article.standfirst = "A new standfirst, published now."
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()

    assert status(client, unrelated.url) == "garrison; hit"
    for url in showing_it:
        assert status(client, url).startswith("garrison; fwd=uri-miss"), url
    assert b"A new standfirst, published now." in client.get(index.url).content


def test_renaming_an_entry_makes_stale_the_articles_that_name_it(
    client, demo, cached, django_capture_on_commit_callbacks
):
    article, unrelated = two_unrelated_articles()
    entry = EntryPage.objects.get(pk=min(named_entries(article))).specific
    warm(client, [article.url, unrelated.url, entry.url])

    # Renamed, with the old name kept as an alias, so the text still names it.
    entry.other_names.add(EntryAlias(name=entry.title))
    entry.title = f"{entry.title} (renamed)"
    with django_capture_on_commit_callbacks(execute=True):
        entry.save_revision().publish()

    assert status(client, unrelated.url) == "garrison; hit"
    assert status(client, article.url).startswith("garrison; fwd=uri-miss")
    assert entry.title.encode() in client.get(article.url).content


def test_a_page_made_private_is_withdrawn_from_every_cache_at_once(
    client, demo, cached, django_capture_on_commit_callbacks
):
    article, _unrelated = two_unrelated_articles()
    index = article.get_parent()
    warm(client, [article.url, index.url, "/"])
    assert article.title.encode() in client.get(index.url).content

    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=article, restriction_type="password", password="secret"
        )

    assert article.standfirst.encode() not in client.get(article.url).content
    for url in (index.url, "/"):
        assert article.title.encode() not in client.get(url).content, url


def test_a_change_reaches_the_front_cache_for_each_address_that_showed_it(
    client, demo, cached, front_cache, django_capture_on_commit_callbacks
):
    article, unrelated = two_unrelated_articles()
    entry = EntryPage.objects.get(pk=min(named_entries(article)))
    warm(client, [article.url, unrelated.url, entry.url, "/"])
    front_cache.clear()  # the publications above

    article.standfirst = "Purged in front."
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()

    assert {article.url, entry.url, "/"} <= set(front_cache)
    assert unrelated.url not in front_cache
