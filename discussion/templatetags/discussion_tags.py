"""``{% discussion %}``: the thread under an article or an entry."""

from django import template
from django.template.loader import render_to_string
from django.utils.translation import ngettext
from wagtail.models import Page

from core.caching.fragments import kept_fragment
from core.caching.tags import depends_on, discussion_tag

from ..forms import PostForm, SourceFormSet
from ..threads import (
    approved_count,
    discussed_page,
    own_unpublished_posts,
    thread_page,
)

register = template.Library()


@register.simple_tag(takes_context=True)
def discussion(context) -> str:
    """The page's approved posts (kept as a fragment), then what belongs to
    the reader: their posts waiting for a moderator and the form, or a link
    to sign in. A page without a form stays in the page cache for anonymous
    readers."""
    request = context.get("request")
    page = discussed_page(context.get("page"), served=True)
    if request is None or page is None:
        return ""
    asked = request.GET.get("posts", "")
    number = int(asked) if asked.isdigit() and len(asked) < 6 else 1
    posts_html = kept_fragment(
        f"discussion-{number}",
        request,
        page,
        lambda: render_to_string(
            "discussion/posts.html",
            {"page": page, "thread": thread_page(page, number)},
        ),
        template=context.template,
    )
    return render_to_string(
        "discussion/thread.html",
        {
            "page": page,
            "posts_html": posts_html,
            "unpublished": own_unpublished_posts(page, request),
            "form": PostForm(initial={"reply_to": _reply_to(request)}),
            "replying_to": _reply_to(request),
            "sources": SourceFormSet(prefix="source"),
        },
        request=request,
    )


def _reply_to(request) -> int | None:
    asked = request.GET.get("reply", "")
    return int(asked) if asked.isdigit() and len(asked) < 19 else None


@register.simple_tag
def post_count(page: Page) -> str:
    """ "12 posts" for a card or a list, from ``post_count`` read with the list
    (``discussion.threads.post_count_annotation``); "" for none."""
    depends_on(discussion_tag(page.pk))
    count = getattr(page, "post_count", None)
    if count is None:
        count = approved_count(page)
    if not count:
        return ""
    return ngettext("%(count)d post", "%(count)d posts", count) % {"count": count}
