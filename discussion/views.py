"""Posting to a page's discussion: a plain form, so it works without JavaScript."""

from __future__ import annotations

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.models import Page

from core.clients import over_limit, parse_rate, refused_for_now, try_again_in
from core.privacy import public_pages
from readers.models import ReaderProfile

from .forms import FlagForm, PostForm, SourceFormSet
from .models import Notification, Post, PostKind, PostStatus
from .notify import shown_notifications, unwatch, watch
from .posting import NewPost, flag_post, submit_post
from .threads import discussed_page, post_url

#: Notifications on one page of the notifications page.
NOTIFICATIONS_PER_PAGE = 50
#: Posts on one page of a reader's profile.
PROFILE_POSTS_PER_PAGE = 50


def _over_post_limits(user) -> int | None:
    """Count a post by ``user``; the seconds to wait when past a limit."""
    for scope, name in (
        ("discussion-minute", "DISCUSSION_POSTS_PER_MINUTE"),
        ("discussion-day", "DISCUSSION_POSTS_PER_DAY"),
    ):
        limit, window = parse_rate(getattr(settings, name))
        if over_limit(scope, str(user.pk), limit=limit, window=window):
            return window
    return None


def _open_to(request: HttpRequest, page: Page | None, missing: str) -> Page:
    """``page``'s discussion, for a signed-in reader to write to; 404 where the
    page has none or the reader may not see it."""
    page = discussed_page(page, reader=request)
    if page is None:
        raise Http404(missing)
    return page


def _discussion_of(request: HttpRequest, page_id: int) -> Page:
    """The page ``page_id``, whose discussion a signed-in reader writes to."""
    return _open_to(
        request,
        Page.objects.filter(pk=page_id).first(),
        _("There is no discussion here."),
    )


def _wants_json(request: HttpRequest) -> bool:
    """Whether the form was sent by the page's script (``discussion.js``),
    which shows the answer without leaving the page."""
    return request.headers.get("Accept", "").startswith("application/json")


def _refused(request: HttpRequest, page, reason: str, status: int) -> HttpResponse:
    if _wants_json(request):
        return JsonResponse({"ok": False, "message": reason}, status=status)
    return TemplateResponse(
        request,
        "discussion/refused.html",
        {"page": page, "reason": reason},
        status=status,
    )


def _unconfirmed(request: HttpRequest, page) -> HttpResponse | None:
    """A refusal for a reader whose address is not confirmed, else None."""
    if EmailAddress.objects.filter(user=request.user, verified=True).exists():
        return None
    return _refused(
        request, page, _("Confirm your email address before you post."), 403
    )


@login_required
@require_POST
def post(request: HttpRequest, page_id: int) -> HttpResponse:
    page = _discussion_of(request, page_id)
    if refusal := _unconfirmed(request, page):
        return refusal
    form = PostForm(request.POST)
    sources = SourceFormSet(request.POST, prefix="source")
    addition = request.POST.get("kind") == PostKind.ADDITION
    valid = form.is_valid() and (not addition or sources.is_valid())
    if valid:
        if wait := _over_post_limits(request.user):
            reason = _("You have posted a lot just now. %(wait)s") % {
                "wait": try_again_in(wait)
            }
            return refused_for_now(_refused(request, page, reason, 429), wait)
        reply_to = None
        if form.cleaned_data["reply_to"]:
            reply_to = Post.objects.filter(pk=form.cleaned_data["reply_to"]).first()
        new = NewPost(
            kind=form.cleaned_data["kind"],
            text=form.cleaned_data["text"],
            changes=form.cleaned_data["changes"],
            sources=[
                source.cleaned_data
                for source in sources.forms
                if addition and source.has_changed() and source.cleaned_data
            ],
            reply_to=reply_to,
        )
        try:
            saved, _created = submit_post(page, request.user, new)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return _posted(request, page, saved)
    context = {"page": page, "form": form, "sources": sources}
    if _wants_json(request):
        html = render_to_string("discussion/includes/form.html", context, request)
        return JsonResponse({"ok": False, "form": html}, status=400)
    return TemplateResponse(request, "discussion/post_form.html", context, status=400)


def _posted(request: HttpRequest, page, saved: Post) -> HttpResponse:
    """The answer to a stored post: back to it on its page, or, to the
    page's script, the post as the page shows it."""
    if saved.status == PostStatus.APPROVED:
        message = _("Your post is published.")
    else:
        message = _("Thank you. Your post waits for a moderator.")
    if not _wants_json(request):
        messages.success(request, message)
        return redirect(post_url(saved, page, request))
    saved.shown_sources = list(saved.sources.all())
    html = render_to_string(
        "discussion/includes/post.html",
        {"post": saved, "unpublished": saved.status != PostStatus.APPROVED},
        request,
    )
    return JsonResponse(
        {
            "ok": True,
            "message": message,
            "published": saved.status == PostStatus.APPROVED,
            "reply_to": saved.reply_to_id,
            "post": html,
        }
    )


@login_required
@require_http_methods(["GET", "POST"])
def flag(request: HttpRequest, post_id: int) -> HttpResponse:
    """Ask the moderators to look at a post, saying why."""
    post = Post.objects.filter(pk=post_id, status=PostStatus.APPROVED).first()
    page = _open_to(request, post.thread.page if post else None, _("No such post."))
    if refusal := _unconfirmed(request, page):
        return refusal
    form = FlagForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            flag_post(
                post,
                request.user,
                form.cleaned_data["reason"],
                form.cleaned_data["note"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("Thank you. The moderators will look at the post.")
            )
            return redirect(post_url(post, page, request))
    return TemplateResponse(
        request,
        "discussion/flag.html",
        {"page": page, "post": post, "form": form},
        status=400 if form.errors else 200,
    )


def permalink(request: HttpRequest, post_id: int) -> HttpResponse:
    """Where a post is: its page of the thread. A reader's own post that waits
    or was rejected is found by its author, under the page."""
    post = Post.objects.filter(pk=post_id).select_related("thread__page").first()
    shown = post is not None and (
        post.status == PostStatus.APPROVED
        or (request.user.is_authenticated and post.author_id == request.user.pk)
    )
    page = discussed_page(post.thread.page, reader=request) if shown else None
    if page is None:
        raise Http404(_("No such post."))
    return redirect(post_url(post, page, request))


@login_required
@require_POST
def watch_page(request: HttpRequest, page_id: int) -> HttpResponse:
    """Watch a page's discussion, or stop (``watch=0``)."""
    page = _discussion_of(request, page_id)
    if request.POST.get("watch") == "0":
        unwatch(request.user, page)
        messages.success(request, _("You no longer watch this discussion."))
    else:
        watch(request.user, page)
        messages.success(
            request, _("You watch this discussion: you will hear of new posts.")
        )
    return redirect(f"{page.get_url(request)}#discussion")


@never_cache
@login_required
def notifications(request: HttpRequest) -> HttpResponse:
    """The reader's notifications, newest first; showing them marks them read."""
    listed = Paginator(
        shown_notifications(request.user).select_related(
            "post__thread__page", "post__author__reader"
        ),
        NOTIFICATIONS_PER_PAGE,
    ).get_page(request.GET.get("page"))
    shown = list(listed)
    unread = [notification.pk for notification in shown if notification.read is None]
    Notification.objects.filter(pk__in=unread).update(read=timezone.now())
    return TemplateResponse(
        request,
        "discussion/notifications.html",
        {"notifications": listed, "shown": shown, "unread": set(unread)},
    )


@never_cache  # a renamed or deleted reader shows so at once
def reader_profile(request: HttpRequest, reader_id: int) -> HttpResponse:
    """A reader's public page: their published posts, and the additions that
    became part of pages, on pages anyone may read. A reader with none has no
    public page (their name is theirs until they write in public)."""
    profile = ReaderProfile.objects.filter(
        user_id=reader_id, deleted=None, user__is_active=True
    ).first()
    posts = public_pages(
        Post.objects.filter(
            author_id=reader_id,
            status=PostStatus.APPROVED,
            thread__page__live=True,
        ),
        prefix="thread__page__",
    ).select_related("thread__page__locale")
    if profile is None or not posts.exists():
        raise Http404(_("No such reader."))
    listed = Paginator(posts.order_by("-created", "-pk"), PROFILE_POSTS_PER_PAGE)
    return TemplateResponse(
        request,
        "discussion/reader.html",
        {
            "profile": profile,
            "posts": listed.get_page(request.GET.get("page")),
            "incorporated": list(
                posts.filter(incorporated__isnull=False).order_by("-incorporated")
            ),
        },
    )
