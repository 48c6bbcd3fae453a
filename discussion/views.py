"""Posting to a page's discussion: a plain form, so it works without JavaScript."""

from __future__ import annotations

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.models import Page

from core.clients import over_limit, parse_rate, refused_for_now, try_again_in

from .forms import FlagForm, PostForm, SourceFormSet
from .models import Post, PostKind, PostStatus
from .posting import NewPost, flag_post, submit_post
from .threads import discussed_page


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


def _unconfirmed(request: HttpRequest, page) -> HttpResponse | None:
    """A refusal for a reader whose address is not confirmed, else None."""
    if EmailAddress.objects.filter(user=request.user, verified=True).exists():
        return None
    return TemplateResponse(
        request,
        "discussion/refused.html",
        {"page": page, "reason": _("Confirm your email address before you post.")},
        status=403,
    )


@login_required
@require_POST
def post(request: HttpRequest, page_id: int) -> HttpResponse:
    page = discussed_page(Page.objects.filter(pk=page_id).first(), reader=request)
    if page is None:
        raise Http404(_("There is no discussion here."))
    if refusal := _unconfirmed(request, page):
        return refusal
    form = PostForm(request.POST)
    sources = SourceFormSet(request.POST, prefix="source")
    addition = request.POST.get("kind") == PostKind.ADDITION
    valid = form.is_valid() and (not addition or sources.is_valid())
    if valid:
        if wait := _over_post_limits(request.user):
            response = TemplateResponse(
                request,
                "discussion/refused.html",
                {
                    "page": page,
                    "reason": _("You have posted a lot just now. %(wait)s")
                    % {"wait": try_again_in(wait)},
                },
            )
            return refused_for_now(response, wait)
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
            if saved.status == PostStatus.APPROVED:
                messages.success(request, _("Your post is published."))
            else:
                messages.success(
                    request, _("Thank you. Your post waits for a moderator.")
                )
            return redirect(f"{page.get_url(request)}#post-{saved.pk}")
    return TemplateResponse(
        request,
        "discussion/post_form.html",
        {"page": page, "form": form, "sources": sources},
        status=400,
    )


@login_required
@require_http_methods(["GET", "POST"])
def flag(request: HttpRequest, post_id: int) -> HttpResponse:
    """Ask the moderators to look at a post, saying why."""
    post = Post.objects.filter(pk=post_id, status=PostStatus.APPROVED).first()
    page = discussed_page(post.thread.page, reader=request) if post else None
    if page is None:
        raise Http404(_("There is no such post."))
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
            return redirect(f"{page.get_url(request)}#post-{post.pk}")
    return TemplateResponse(
        request,
        "discussion/flag.html",
        {"page": page, "post": post, "form": form},
        status=400 if form.errors else 200,
    )
