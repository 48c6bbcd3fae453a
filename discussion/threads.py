"""Reading a page's discussion as readers see it."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import Count, IntegerField, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest
from wagtail.models import Page

from core.caching.tags import depends_on, discussion_tag
from core.privacy import is_public

from .models import Post, PostStatus

#: Posts at the top of a thread on one page of it (their replies come along).
POSTS_PER_PAGE = 50


def discussed_page(page: Page | None, *, served: bool = False) -> Page | None:
    """``page`` as its own type when it carries a discussion: a live, public
    article or encyclopedia entry.

    A page being ``served`` carries the view restrictions routing read for it
    (``core.privacy.OneQueryViewRestrictions``): checking them asks nothing.
    """
    from articles.models import ArticlePage
    from encyclopedia.models import EntryPage

    if page is None or not page.live:
        return None
    page = page.specific
    if not isinstance(page, ArticlePage | EntryPage):
        return None
    public = not list(page.get_view_restrictions()) if served else is_public(page)
    return page if public else None


def approved_posts(page: Page, number: str | int | None):
    """One page of the approved posts at the top of ``page``'s thread, with
    their approved replies, authors and sources: four queries."""
    depends_on(discussion_tag(page.pk))
    approved = Post.objects.filter(status=PostStatus.APPROVED).select_related(
        "author__reader"
    )
    top = (
        approved.filter(thread__page=page, reply_to=None)
        .order_by("-pinned", "created", "pk")
        .prefetch_related(
            "sources",
            Prefetch(
                "replies",
                queryset=approved.select_related("quoted__author__reader"),
                to_attr="approved_replies",
            ),
        )
    )
    return Paginator(top, POSTS_PER_PAGE).get_page(number)


def post_count_annotation() -> Coalesce:
    """The approved posts of each page in a list, read in the list's own query:
    ``.annotate(post_count=post_count_annotation())``."""
    counts = (
        Post.objects.filter(thread__page=OuterRef("pk"), status=PostStatus.APPROVED)
        .order_by()
        .values("thread__page")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counts, output_field=IntegerField()), 0)


def approved_count(page: Page) -> int:
    """How many approved posts the page's thread has, replies included."""
    depends_on(discussion_tag(page.pk))
    return Post.objects.filter(thread__page=page, status=PostStatus.APPROVED).count()


def own_unpublished_posts(page: Page, request: HttpRequest) -> list[Post]:
    """The signed-in reader's own posts that wait for a moderator or were
    rejected (with the moderator's reason)."""
    if not request.user.is_authenticated:
        return []
    return list(
        Post.objects.filter(
            thread__page=page,
            author=request.user,
            status__in=[PostStatus.PENDING, PostStatus.REJECTED],
        ).prefetch_related("sources")
    )


def shown_author(post: Post) -> str:
    """The name shown with a post: the reader's display name, never an address."""
    if post.author is None:
        return ""
    reader = getattr(post.author, "reader", None)
    return reader.shown_name if reader is not None else post.author.get_username()
