"""``{% discussion %}``: the thread under an article or an entry."""

from django import template
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Page

from core.caching.fragments import kept_fragment
from core.caching.tags import depends_on, discussion_tag
from core.editors import edits_site

from ..folding import contributors_of, may_fold_in
from ..forms import PostForm, SourceFormSet
from ..models import Post, PostKind, PostStatus
from ..notify import is_watching, unread_count
from ..threads import (
    approved_count,
    discussed_page,
    own_unpublished_posts,
    shown_author,
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
    # Five digits at most: every number asked is a fragment kept.
    number = _number(request, "posts", digits=5) or 1
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
    if not request.user.is_authenticated:
        return render_to_string(
            "discussion/thread.html",
            {"page": page, "posts_html": posts_html},
            request=request,
        )
    replying_to = _reply_to(request)
    shown = {
        "page": page,
        "posts_html": posts_html,
        "unpublished": own_unpublished_posts(page, request),
        "watching": is_watching(request.user, page),
        "to_fold_in": _to_fold_in(request, page),
    }
    if replying_to:  # a reply without the page's script: the form is the reader's
        shown |= {
            "form": PostForm(initial={"reply_to": replying_to}),
            "replying_to": replying_to,
            "sources": SourceFormSet(prefix="source"),
        }
    else:
        shown["blank_form"] = _blank_form(request, page, context.template)
    return render_to_string("discussion/thread.html", shown, request=request)


#: Stands for the reader's CSRF token in the kept form; replaced at each use.
CSRF_PLACEHOLDER = "csrf-token-of-the-reader"


def _blank_form(request, page: Page, template) -> str:
    """The empty form, as every reader gets it on ``page``: kept once (Django
    renders a form's widgets one template at a time), with the reader's own
    CSRF token put in at each use."""
    html = kept_fragment(
        "discussion-form",
        request,
        page,
        lambda: render_to_string(
            "discussion/includes/form.html",
            {
                "page": page,
                "form": PostForm(),
                "sources": SourceFormSet(prefix="source"),
                "csrf_token": CSRF_PLACEHOLDER,
            },
        ),
        template=template,
    )
    return mark_safe(html.replace(CSRF_PLACEHOLDER, get_token(request)))


def _to_fold_in(request, page) -> list[Post]:
    """For an editor of the page: its approved additions not yet folded in."""
    if not edits_site(request):
        return []
    additions = Post.objects.filter(
        thread__page=page,
        kind=PostKind.ADDITION,
        status=PostStatus.APPROVED,
        incorporated=None,
    ).select_related("thread__page", "author__reader")
    return [post for post in additions if may_fold_in(request.user, post)]


def _reply_to(request) -> int | None:
    return _number(request, "reply")


def _number(request, name: str, digits: int = 18) -> int | None:
    """A whole number from the query string, or None for anything else."""
    asked = request.GET.get(name, "")
    return int(asked) if asked.isdigit() and len(asked) <= digits else None


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


@register.filter
def author_name(post: Post) -> str:
    """The name shown with ``post`` (``discussion.threads.shown_author``)."""
    return shown_author(post) or str(_("a deleted reader"))


@register.simple_tag
def unread_notifications(user) -> int:
    """How many notifications the signed-in reader has not seen (the header)."""
    return unread_count(user) if user.is_authenticated else 0


@register.simple_tag
def also_contributed_by(page: Page) -> str:
    """The readers whose additions became part of ``page``, linked to their
    profiles ("Also contributed by: ..."); "" for none."""
    contributors = contributors_of(page)
    if not contributors:
        return ""
    return render_to_string(
        "discussion/includes/contributed_by.html", {"contributors": contributors}
    )
