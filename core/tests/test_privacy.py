"""Page privacy is read in one query and means what Wagtail's own reading means."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction

from articles.factories import ArticleIndexPageFactory, published_article
from core.privacy import (
    is_public,
    kept_view_restrictions,
    public_pages,
    view_restrictions_of,
)

pytestmark = pytest.mark.django_db


def restrict(page, kind=PageViewRestriction.PASSWORD) -> PageViewRestriction:
    return PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password="kama-1926"
    )


def test_restrictions_of_pages_ancestors_and_aliases_match_wagtails(site_tree):
    home, closed = site_tree
    open_index = ArticleIndexPageFactory(parent=home, slug="open", title="Open")
    elsewhere = ArticleIndexPageFactory(parent=home, slug="elsewhere", title="Other")
    behind_password = published_article(closed)
    members_only = published_article(open_index)
    public = published_article(open_index)
    restrict(closed)
    restrict(members_only, PageViewRestriction.LOGIN)
    # An alias is restricted as its original is, wherever it stands.
    alias = members_only.create_alias(parent=elsewhere, update_slug="members-alias")
    alias_of_closed = closed.create_alias(parent=elsewhere, update_slug="closed-alias")

    pages = [home, closed, open_index, elsewhere, behind_password, members_only]
    pages += [public, alias, alias_of_closed]
    for page in pages:
        ours = set(view_restrictions_of(page))
        assert ours == set(Page.get_view_restrictions(page)), page.title
    assert {r.page_id for r in view_restrictions_of(alias)} == {members_only.pk}
    assert not view_restrictions_of(public).exists()


def test_an_alias_of_a_page_in_a_restricted_section_is_as_private_as_its_original(
    site_tree,
):
    """Stricter than Wagtail, which reads the alias's original alone."""
    home, closed = site_tree
    elsewhere = ArticleIndexPageFactory(parent=home, slug="elsewhere", title="Other")
    behind_password = published_article(closed)
    restriction = restrict(closed)
    alias = behind_password.create_alias(parent=elsewhere, update_slug="an-alias")

    assert not Page.get_view_restrictions(alias).exists()
    assert list(view_restrictions_of(alias)) == [restriction]
    assert not is_public(alias)
    assert set(public_pages(Page.objects.all()).values_list("pk", flat=True)) == {
        page.pk for page in Page.objects.all() if page.pk not in private_ids()
    }


def private_ids() -> set[int]:
    """The private pages, page by page, as the page itself would be served."""
    return {
        page.pk for page in Page.objects.all() if view_restrictions_of(page).exists()
    }


def test_a_page_under_a_restricted_section_asks_for_the_password_in_one_query(
    client, site_tree
):
    _home, index = site_tree
    article = published_article(index)
    restrict(index)
    page = article.specific
    with CaptureQueriesContext(connection) as queries:
        restrictions = list(page.get_view_restrictions())
    assert len(queries) == 1
    assert [r.page_id for r in restrictions] == [index.pk]

    response = client.get(article.url)
    assert response.status_code == 200
    assert b'name="password"' in response.content
    assert article.title.encode() not in response.content


def test_a_kept_article_made_private_asks_for_the_password_at_once(
    client, site_tree, settings, redis_url
):
    _home, index = site_tree
    article = published_article(index)
    settings.CONTENT_CACHE_SECONDS = 600
    settings.PAGE_CACHE_SECONDS = 600
    for _warm in range(3):  # the site, then the article and its privacy are kept
        assert article.title.encode() in client.get(article.url).content

    restriction = restrict(article)
    response = client.get(article.url)
    assert b'name="password"' in response.content
    assert article.title.encode() not in response.content

    restriction.delete()
    assert article.title.encode() in client.get(article.url).content


def test_a_kept_section_made_members_only_sends_readers_to_sign_in(
    client, site_tree, settings, redis_url
):
    _home, index = site_tree
    article = published_article(index)
    settings.CONTENT_CACHE_SECONDS = 600
    for _warm in range(3):
        assert client.get(article.url).status_code == 200
    restrict(index, PageViewRestriction.LOGIN)
    response = client.get(article.url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailcore_login"))


def test_kept_restrictions_are_read_without_a_query_and_mean_the_same_when_asked_again(
    site_tree,
):
    _home, index = site_tree
    restriction = restrict(index)
    with CaptureQueriesContext(connection) as queries:
        kept = kept_view_restrictions((restriction,))
        assert list(kept) == [restriction]
        none = kept_view_restrictions(())
        assert list(none) == []
        assert not none.exists()
    assert len(queries) == 0
    # Asked again (as the admin orders them), they are the same rows.
    assert list(kept.order_by("-page__depth")) == [restriction]
    assert list(none.order_by("-page__depth")) == []
