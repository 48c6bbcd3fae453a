"""Read-only queries for contributor pages.

Articles live in a higher layer, so they are reached here through the reverse
relations that `articles` declares (`authorships`, `views`), never by import.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import QuerySet

from .models import Contributor


@dataclass(frozen=True)
class ContributedArticle:
    title: str
    url: str
    published_at: datetime | None
    views: int


def published_articles(contributor: Contributor) -> list[ContributedArticle]:
    """Return the contributor's live articles, newest first, with their view counts."""
    authorships = (
        contributor.authorships.filter(page__live=True)
        .select_related("page", "page__views")
        .order_by("-page__first_published_at")
    )
    articles = []
    for authorship in authorships:
        page = authorship.page
        views = getattr(page, "views", None)
        articles.append(
            ContributedArticle(
                title=page.title,
                url=page.url,
                published_at=page.first_published_at,
                views=views.count if views else 0,
            )
        )
    return articles


def listed_contributors() -> QuerySet[Contributor]:
    """Return every contributor, alphabetically, for the public directory."""
    return Contributor.objects.select_related("photo").order_by("name")
