"""Factories for the magazine. `published_article` builds a complete, live article."""

from datetime import UTC, datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from citations.library import sources_for
from community.factories import ContributorFactory

from .models import (
    ArticleAuthor,
    ArticleCitation,
    ArticleIndexPage,
    ArticlePage,
    Series,
)


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ArticleIndexPage

    title = "Magazine"
    slug = "articles"


class SeriesFactory(DjangoModelFactory):
    class Meta:
        model = Series

    title = factory.Sequence(lambda n: f"Series {n}")
    slug = factory.Sequence(lambda n: f"series-{n}")


def paragraphs(*texts: str) -> list[dict]:
    """Return raw StreamField data with one paragraph block per text."""
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


def published_article(
    index: ArticleIndexPage,
    *,
    sources: int = 1,
    authors: list | None = None,
    body: list | None = None,
    published_at: datetime | None = None,
    tags: list[str] | None = None,
    **fields,
) -> ArticlePage:
    """Create and publish an article under ``index`` with authors and sources."""
    count = ArticlePage.objects.count() + 1
    fields.setdefault("title", f"Lipetsk report {count}")
    fields.setdefault("slug", f"lipetsk-report-{count}")
    fields.setdefault("standfirst", "A flying school the treaty forbade.")
    page = ArticlePage(
        body=body if body is not None else paragraphs("The school opened in 1925."),
        **fields,
    )
    page.authors = [
        ArticleAuthor(contributor=contributor)
        for contributor in (authors if authors is not None else [ContributorFactory()])
    ]
    page.citations = [
        ArticleCitation(source=source)
        for source in sources_for(
            {"kind": "web", "title": f"Source {n}", "url": f"https://example.org/{n}"}
            for n in range(1, sources + 1)
        )
    ]
    index.add_child(instance=page)
    if tags:
        page.tags.set(tags)
    page.save_revision().publish()
    if published_at is not None:
        ArticlePage.objects.filter(pk=page.pk).update(
            first_published_at=published_at, last_published_at=published_at
        )
        page.refresh_from_db()
    return page


def utc(year: int, month: int = 1, day: int = 1) -> datetime:
    return datetime(year, month, day, 12, tzinfo=UTC)
