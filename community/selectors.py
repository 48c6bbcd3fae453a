"""Read-only queries for contributor pages.

Articles and entries live in higher layers, so they are reached here through
reverse relations (`authorships`, `views`, the pages a user owns) and model names,
never by import.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.apps import apps
from django.db.models import Count, Q, QuerySet

from core.locales import active_language, in_active_language
from core.privacy import private_pages_q, public_pages

from .models import Contributor
from .roles import Role


@dataclass(frozen=True)
class ContributedArticle:
    pk: int
    title: str
    url: str
    published_at: datetime | None
    views: int


@dataclass(frozen=True)
class ContributedEntry:
    title: str
    url: str


@dataclass
class ContributorRecord:
    """Everything the public page of a contributor shows."""

    articles: list[ContributedArticle] = field(default_factory=list)
    entries: list[ContributedEntry] = field(default_factory=list)
    images: list = field(default_factory=list)
    roles: list[str] = field(default_factory=list)

    @property
    def total_views(self) -> int:
        return sum(article.views for article in self.articles)


def published_articles(contributor: Contributor) -> list[ContributedArticle]:
    """Return the contributor's public articles, newest first, with view counts.

    In the reader's language: an article not yet translated is there as the
    copy the language's tree holds, once, not also as its original.
    """
    authorships = (
        contributor.authorships.filter(public_in_language())
        .select_related("page", "page__views")
        .order_by("-page__first_published_at")
    )
    articles = []
    for authorship in authorships:
        page = authorship.page
        views = getattr(page, "views", None)
        articles.append(
            ContributedArticle(
                pk=page.pk,
                title=page.title,
                url=page.url,
                published_at=page.first_published_at,
                views=views.count if views else 0,
            )
        )
    return articles


def contributor_record(contributor: Contributor) -> ContributorRecord:
    """Gather articles, entries and images a contributor made, and their roles."""
    record = ContributorRecord(articles=published_articles(contributor))
    user = contributor.user
    if user is None:
        return record
    entry_model = apps.get_model("encyclopedia", "EntryPage")
    record.entries = [
        ContributedEntry(entry.title, entry.url)
        for entry in in_active_language(public_pages(entry_model.objects.live()))
        .filter(owner=user)
        .order_by("title")
    ]
    image_model = apps.get_model("core", "GarrisonImage")
    record.images = list(
        image_model.objects.filter(uploaded_by_user=user)
        .prefetch_related("renditions")
        .order_by("-created_at")[:24]
    )
    names = set(user.groups.values_list("name", flat=True))
    record.roles = [role.value for role in Role if role.value in names]
    return record


def listed_contributors() -> QuerySet[Contributor]:
    """Return every contributor, alphabetically, for the public directory.

    Each with ``article_count``: their public articles in the reader's
    language, as their own page counts them.
    """
    counted = public_in_language("authorships__")
    return (
        Contributor.objects.select_related("photo")
        .annotate(article_count=Count("authorships", filter=counted))
        .order_by("name")
    )


def public_in_language(prefix: str = "") -> Q:
    """Authorships (reached through ``prefix``) of live, public articles in the
    reader's language: what a contributor's page lists and the directory counts."""
    condition = Q(
        **{
            f"{prefix}page__live": True,
            f"{prefix}page__locale__language_code": active_language(),
        }
    )
    private = private_pages_q(f"{prefix}page__")
    return condition & ~private if private is not None else condition
