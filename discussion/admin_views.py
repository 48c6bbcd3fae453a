"""The moderators' side of the discussion: one post, and what to do with it."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.permission_policies import ModelPermissionPolicy

from core.absolute_urls import site_root

from .models import Post, PostStatus
from .notify import tell_author
from .posting import approve, hide, reject, set_locked, set_pinned, suspend

posts_policy = ModelPermissionPolicy(Post)


class DecisionForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason (sent to the reader when rejecting)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    days = forms.IntegerField(
        label=gettext_lazy("Suspend the reader for days (empty: for good)"),
        required=False,
        min_value=1,
        max_value=3650,
    )


def moderate_post(request: HttpRequest, pk: int) -> HttpResponse:
    """Show a post with its sources and its page; approve, reject or hide it."""
    if not posts_policy.user_has_permission(request.user, "change"):
        raise PermissionDenied
    post = get_object_or_404(
        Post.objects.select_related("thread__page", "author__reader"), pk=pk
    )
    form = DecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        reason = form.cleaned_data["reason"]
        decision = request.POST.get("decision")
        try:
            if decision == "approve":
                was_pending = post.status == PostStatus.PENDING
                approve(post, request.user)
                if was_pending:
                    tell_author(post, site_root(request))
                messages.success(request, _("The post is approved."))
            elif decision == "reject":
                reject(post, request.user, reason)
                tell_author(post, site_root(request))
                messages.success(request, _("The post is rejected."))
            elif decision == "hide":
                hide(post, request.user, reason)
                messages.success(request, _("The post is hidden."))
            elif decision in ("pin", "unpin"):
                set_pinned(post, request.user, decision == "pin")
                messages.success(request, _("Done."))
            elif decision in ("lock", "unlock"):
                set_locked(post.thread, request.user, decision == "lock")
                messages.success(request, _("Done."))
            elif decision == "suspend" and post.author is not None:
                suspend(post.author, request.user, reason, form.cleaned_data["days"])
                messages.success(request, _("The reader is suspended."))
            else:
                raise ValidationError(_("Choose what to do."), code="decision")
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("discussion_post:index")
    return TemplateResponse(
        request,
        "discussion/admin/moderate_post.html",
        {
            "post": post,
            "form": form,
            "page": post.thread.page.specific,
            "pending": post.status == PostStatus.PENDING,
        },
        status=400 if form.errors else 200,
    )
