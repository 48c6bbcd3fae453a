"""The editor's side: an article goes live only with a source and an author."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from articles.models import ArticlePage
from citations.library import source_for
from community.factories import ContributorFactory
from core.factories import ImageFactory

pytestmark = pytest.mark.django_db


def article_form(*, sources=(), authors=(), body=None, **fields) -> dict:
    data = {
        "title": "Lipetsk",
        "slug": "lipetsk",
        "standfirst": "A flying school the treaty forbade.",
        "body": streamfield(
            body or [("paragraph", rich_text("<p>It opened in 1925.</p>"))]
        ),
        "citations": inline_formset(list(sources)),
        "authors": inline_formset([{"contributor": a.pk} for a in authors]),
        "mention_choices": inline_formset([]),
        "tags": "",
        **fields,
    }
    return nested_form_data(data)


def add_url(index) -> str:
    return reverse("wagtailadmin_pages:add", args=("articles", "articlepage", index.pk))


def book() -> dict:
    """A citation row for the editor's form: a book from the library."""
    source, _created = source_for(
        {
            "kind": "book",
            "title": "The Luftwaffe",
            "author": "James S. Corum",
            "publisher": "University Press of Kansas",
            "year": 1997,
        }
    )
    return {"source": source.pk, "locator": ""}


def test_publishing_without_a_source_is_refused_with_the_reason(
    admin_client, site_tree
):
    _, index = site_tree
    data = article_form(authors=[ContributorFactory()]) | {"action-publish": "publish"}
    response = admin_client.post(add_url(index), data)
    assert response.status_code == 200
    assert "cannot be published without a source" in response.content.decode()
    assert not ArticlePage.objects.exists()


def test_publishing_without_an_author_is_refused(admin_client, site_tree):
    _, index = site_tree
    data = article_form(sources=[book()]) | {"action-publish": "publish"}
    response = admin_client.post(add_url(index), data)
    assert "cannot be published without an author" in response.content.decode()
    assert not ArticlePage.objects.exists()


def test_a_draft_without_sources_saves(admin_client, site_tree):
    _, index = site_tree
    response = admin_client.post(add_url(index), article_form())
    assert response.status_code == 302
    article = ArticlePage.objects.get(alias_of__isnull=True)
    assert not article.live


def test_publishing_with_a_source_and_an_author_goes_live(admin_client, site_tree):
    _, index = site_tree
    data = article_form(sources=[book()], authors=[ContributorFactory()]) | {
        "action-publish": "publish"
    }
    response = admin_client.post(add_url(index), data)
    assert response.status_code == 302
    article = ArticlePage.objects.get(alias_of__isnull=True)
    assert article.live
    assert [c.source.title for c in article.citations.all()] == ["The Luftwaffe"]


def test_deleting_the_last_source_of_a_draft_blocks_publishing(admin_client, site_tree):
    _, index = site_tree
    admin_client.post(add_url(index), article_form(sources=[book()]))
    article = ArticlePage.objects.get(alias_of__isnull=True)
    citation = article.citations.get()
    data = article_form(
        sources=[book() | {"id": citation.pk, "DELETE": "1"}],
        authors=[ContributorFactory()],
    ) | {"action-publish": "publish"}
    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=(article.pk,)), data
    )
    assert "cannot be published without a source" in response.content.decode()
    article.refresh_from_db()
    assert not article.live
    assert article.citations.count() == 1


def test_an_image_without_a_description_is_refused(admin_client, site_tree):
    _, index = site_tree
    figure = {
        "image": ImageFactory().pk,
        "alt_text": "",
        "caption": "Hangars",
        "credit": "",
        "licence": "",
    }
    response = admin_client.post(
        add_url(index), article_form(body=[("figure", figure)])
    )
    assert response.status_code == 200
    assert not ArticlePage.objects.exists()
    content = response.content.decode()
    assert "The page could not be created due to validation errors" in content
    assert "Describe the image for readers who cannot see it." in content


def test_an_article_with_only_empty_paragraphs_is_not_published(
    admin_client, site_tree
):
    _, index = site_tree
    data = article_form(
        sources=[book()],
        authors=[ContributorFactory()],
        body=[("paragraph", rich_text('<p data-block-key="a1"></p>'))],
    )
    response = admin_client.post(add_url(index), data | {"action-publish": "publish"})
    assert "This article has no text yet" in response.content.decode()
    assert not ArticlePage.objects.filter(live=True).exists()
