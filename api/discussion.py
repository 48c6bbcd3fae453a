"""``/api/v1/pages/{id}/posts``: a page's discussion, as readers see it."""

from django.http import HttpRequest
from ninja import Path, Query, Router
from wagtail.models import Page

from discussion.models import Post, PostStatus
from discussion.threads import discussed_page, shown_author

from .errors import ApiError
from .pagination import PageQuery, paginate
from .params import ERRORS, MAX_ID
from .presenting import source_out
from .schemas import PostList

router = Router(tags=["Discussion"])


@router.get(
    "/{page_id}/posts", response={200: PostList, **ERRORS}, url_name="page_posts"
)
def list_posts(
    request: HttpRequest,
    paging: Query[PageQuery],
    page_id: int = Path(..., ge=1, le=MAX_ID),
):
    """The approved posts of an article's or an entry's discussion, oldest first.

    Only what readers see on the page: never a post waiting for a moderator,
    rejected or hidden, nor anything about a reader but their display name.
    """
    page = discussed_page(Page.objects.filter(pk=page_id).first())
    if page is None:
        raise ApiError(404, f"No published article or entry has the id {page_id}.")
    posts = (
        Post.objects.filter(thread__page=page, status=PostStatus.APPROVED)
        .select_related("author__reader")
        .prefetch_related("sources")
        .order_by("created", "pk")
    )
    items, page_info = paginate(request, posts, paging)
    return {"items": [post_out(post) for post in items], "page": page_info}


def post_out(post: Post) -> dict:
    return {
        "id": post.pk,
        "kind": post.kind,
        "author": shown_author(post),
        "html": post.html,
        "changes": post.changes,
        "posted": post.created,
        "reply_to": post.reply_to_id,
        "quoted": post.quoted_id,
        "pinned": post.pinned,
        "sources": [source_out(source) for source in post.sources.all()],
    }
