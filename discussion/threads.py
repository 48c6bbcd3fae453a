"""Reading a page's discussion as readers see it."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import (
    Count,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Window,
    prefetch_related_objects,
)
from django.db.models.functions import Coalesce
from django.http import HttpRequest
from wagtail.models import Page

from core.caching.tags import depends_on, discussion_tag
from core.privacy import is_public

from .models import Post, PostSource, PostStatus

#: Posts at the top of a thread on one page of it (their replies come along).
POSTS_PER_PAGE = 50


def discussed_page(
    page: Page | None, *, served: bool = False, reader: HttpRequest | None = None
) -> Page | None:
    """``page`` as its own type when it carries a discussion that is open here:
    a live article or encyclopedia entry.

    A discussion is as private as its page. The page being ``served`` passed
    its view restrictions already; for a ``reader`` (a request), every
    restriction must admit them; otherwise (the API, feeds) the page must be
    public.
    """
    from articles.models import ArticlePage
    from encyclopedia.models import EntryPage

    if page is None or not page.live:
        return None
    page = page.specific
    if not isinstance(page, ArticlePage | EntryPage):
        return None
    if served:
        return page
    if reader is not None:
        restrictions = page.get_view_restrictions()
        open_here = all(
            restriction.accept_request(reader) for restriction in restrictions
        )
    else:
        open_here = is_public(page)
    return page if open_here else None


@dataclass
class ThreadPage:
    """One page of a thread: its posts at the top, each with its replies."""

    posts: list[Post]
    number: int
    pages: int
    total: int  # approved posts in the thread, replies included

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.pages

    @property
    def previous_page_number(self) -> int:
        return self.number - 1

    @property
    def next_page_number(self) -> int:
        return self.number + 1


def thread_page(page: Page, number: int) -> ThreadPage:
    """One page of ``page``'s approved posts at the top, pinned first, with their
    approved replies and every post's sources: one query for a thread without
    posts, three with (the posts with their counts, the replies, the sources)."""
    depends_on(discussion_tag(page.pk))
    approved = Post.objects.filter(
        thread__page=page, status=PostStatus.APPROVED
    ).select_related("author__reader")
    all_count = (
        Post.objects.filter(thread__page=page, status=PostStatus.APPROVED)
        .order_by()
        .values("thread__page")
        .annotate(n=Count("pk"))
        .values("n")
    )
    top_level = approved.filter(reply_to=None).annotate(
        top_count=Window(Count("pk")),
        total=Subquery(all_count, output_field=IntegerField()),
    )
    number = max(number, 1)
    start = (number - 1) * POSTS_PER_PAGE
    posts = list(
        top_level.order_by("-pinned", "created", "pk")[start : start + POSTS_PER_PAGE]
    )
    if not posts and number > 1:  # past the last page: show the last one
        top = top_level.count()
        return (
            thread_page(page, max(1, -(-top // POSTS_PER_PAGE)))
            if top
            else ThreadPage([], 1, 1, 0)
        )
    if not posts:
        return ThreadPage([], 1, 1, 0)
    replies = list(
        approved.filter(reply_to__in=posts).select_related("quoted__author__reader")
    )
    by_post = {post.pk: post for post in posts + replies}
    for post in by_post.values():
        post.shown_sources = []
        post.approved_replies = []
    for source in PostSource.objects.filter(post__in=list(by_post)).order_by("pk"):
        by_post[source.post_id].shown_sources.append(source)
    for reply in sorted(replies, key=lambda reply: (reply.created, reply.pk)):
        by_post[reply.reply_to_id].approved_replies.append(reply)
    top_count = posts[0].top_count
    return ThreadPage(
        posts, number, max(1, -(-top_count // POSTS_PER_PAGE)), posts[0].total
    )


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
    # Mostly none: a plain query (its author is the reader at hand), and the
    # sources only when there are posts.
    posts = list(
        Post.objects.filter(
            thread__page=page,
            author=request.user,
            status__in=[PostStatus.PENDING, PostStatus.REJECTED],
        )
    )
    if posts:
        prefetch_related_objects(posts, "sources")
    for post in posts:
        post.author = request.user
        post.shown_sources = list(post.sources.all())
    return posts


def shown_author(post: Post) -> str:
    """The name shown with a post: the reader's display name, never an address."""
    if post.author is None:
        return ""
    reader = getattr(post.author, "reader", None)
    return reader.shown_name if reader is not None else post.author.get_username()


def post_url(post: Post, page: Page, request: HttpRequest | None = None) -> str:
    """The address of ``post`` on its page of the thread: the page's URL, the
    thread page it is on (``?posts=N``) and its anchor."""
    top = post.reply_to if post.reply_to_id else post
    number = 1
    if top.status == PostStatus.APPROVED and not top.pinned:
        earlier = Post.objects.filter(
            thread_id=top.thread_id, status=PostStatus.APPROVED, reply_to=None
        ).filter(
            Q(pinned=True)
            | Q(created__lt=top.created)
            | Q(created=top.created, pk__lt=top.pk)
        )
        number = earlier.count() // POSTS_PER_PAGE + 1
    query = f"?posts={number}" if number > 1 else ""
    return f"{page.get_url(request)}{query}#post-{post.pk}"


def reader_contributions(user) -> dict:
    """A reader's posts (with their sources) and watches, for their data download."""
    from .models import Watch

    posts = Post.objects.filter(author=user).select_related("thread__page")
    return {
        "posts": [
            {
                "page": post.thread.page.title,
                "page_url": post.thread.page.url,
                "kind": post.kind,
                "status": post.status,
                "created": post.created.isoformat(),
                "text": post.text,
                "changes": post.changes,
                "reply_to": post.reply_to_id,
                "sources": [source.citation for source in post.sources.all()],
            }
            for post in posts.prefetch_related("sources")
        ],
        "watches": [
            {"page": watch.page.title, "page_url": watch.page.url}
            for watch in Watch.objects.filter(reader=user).select_related("page")
        ],
    }
