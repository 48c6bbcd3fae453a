"""Queries behind the magazine's listings."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext as _
from taggit.models import Tag

from assessment.grades import Grade
from community.models import Contributor
from core.locales import ORIGINAL_LANGUAGE
from core.privacy import public_pages
from core.years import in_years
from discussion.threads import post_count_annotation

from .models import ArticleAuthor, ArticleIndexPage, ArticlePage

LISTING_FIELDS = ("lead_image", "views")


@dataclass(frozen=True)
class ArticleFilters:
    """What a reader asked the index for, as raw query values."""

    tag: str = ""
    author: str = ""
    year: str = ""
    grade: str = ""

    @classmethod
    def from_query(cls, query, *, tag_slug: str | None = None) -> ArticleFilters:
        return cls(
            tag=tag_slug or query.get("tag", "")[:100],
            author=query.get("author", "")[:150],
            year=query.get("year", "")[:4],
            grade=query.get("grade", "")[:20],
        )


@dataclass
class AppliedFilters:
    """The filters that matched something real, and messages for those that did not."""

    tag: Tag | None = None
    author: Contributor | None = None
    year: int | None = None
    grade: Grade | None = None
    problems: list[str] = field(default_factory=list)

    def query_string(self) -> str:
        params = {
            "tag": self.tag.slug if self.tag else "",
            "author": self.author.slug if self.author else "",
            "year": self.year or "",
            "grade": self.grade or "",
        }
        return urlencode({key: value for key, value in params.items() if value})


def live_articles() -> QuerySet[ArticlePage]:
    """Return the published articles anyone may see, as listing cards, newest first."""
    return (
        public_pages(ArticlePage.objects.live())
        # A card never shows the body, the largest field by far.
        .defer_streamfields()
        # Aliases in another language's tree still carry the original's text.
        .annotate(
            content_language=ORIGINAL_LANGUAGE,
            post_count=post_count_annotation(),
        )
        .select_related(*LISTING_FIELDS)
        .prefetch_related(*card_prefetches())
        .order_by("-first_published_at", "-pk")
    )


def card_prefetches() -> tuple[Prefetch | str, ...]:
    """What a list of article cards reads besides the articles, one query each.

    The authors with their contributors, and the lead images' renditions (else
    each card's thumbnail is a round trip to the cache).
    """
    authors = Prefetch(
        "authors", queryset=ArticleAuthor.objects.select_related("contributor")
    )
    return (authors, "lead_image__renditions")


def filtered_articles(
    index: ArticleIndexPage, filters: ArticleFilters
) -> tuple[QuerySet[ArticlePage], AppliedFilters]:
    """Return the index's live articles narrowed by ``filters``."""
    return narrowed(live_articles().child_of(index), filters)


def narrowed(
    articles: QuerySet[ArticlePage], filters: ArticleFilters
) -> tuple[QuerySet[ArticlePage], AppliedFilters]:
    """Return ``articles`` narrowed by ``filters``, with what they matched.

    A filter value that names nothing (an unknown author, a year that is not a
    number) gives an empty list with a message, never an error page. The
    magazine's index and the API narrow the same way.
    """
    applied = AppliedFilters()
    if filters.tag:
        applied.tag = Tag.objects.filter(slug=filters.tag).first()
        if applied.tag is None:
            applied.problems.append(
                _("No articles are tagged “%(tag)s”.") % {"tag": filters.tag}
            )
            return articles.none(), applied
        articles = articles.filter(tagged_items__tag=applied.tag)
    if filters.author:
        applied.author = Contributor.objects.filter(slug=filters.author).first()
        if applied.author is None:
            applied.problems.append(
                _("There is no contributor “%(author)s”.") % {"author": filters.author}
            )
            return articles.none(), applied
        articles = articles.filter(authors__contributor=applied.author)
    if filters.year:
        if not filters.year.isdigit():
            applied.problems.append(
                _("“%(year)s” is not a year.") % {"year": filters.year}
            )
            return articles.none(), applied
        applied.year = int(filters.year)
        articles = in_years(
            articles, "first_published_at", start=applied.year, end=applied.year
        )
    if filters.grade:
        if filters.grade not in Grade.values:
            applied.problems.append(
                _("“%(grade)s” is not a quality grade.") % {"grade": filters.grade}
            )
            return articles.none(), applied
        applied.grade = Grade(filters.grade)
        articles = articles.filter(grade=applied.grade)
    return articles.distinct(), applied
