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
from django.views.decorators.http import require_POST
from wagtail.permission_policies import ModelPermissionPolicy

from .folding import fold_in, may_fold_in
from .models import Post, PostStatus
from .posting import approve, hide, reject, set_locked, set_pinned, suspend
from .threads import shown_author

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
                approve(post, request.user)
                messages.success(request, _("The post is approved."))
            elif decision == "reject":
                reject(post, request.user, reason)
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
            "may_fold_in": may_fold_in(request.user, post),
        },
        status=400 if form.errors else 200,
    )


@require_POST
def fold_in_post(request: HttpRequest, pk: int) -> HttpResponse:
    """Fold an addition into its page and open the page's draft in the editor."""
    post = get_object_or_404(
        Post.objects.select_related("thread__page", "author__reader"), pk=pk
    )
    if not may_fold_in(request.user, post):
        raise PermissionDenied
    try:
        fold_in(post, request.user)
    except ValidationError as error:  # folded in by another editor just now
        messages.error(request, error.messages[0])
        return redirect("wagtailadmin_pages:edit", post.thread.page_id)
    messages.success(
        request,
        _(
            "%(name)s's sources are added to this draft. Work their addition into "
            "the text (“%(changes)s”) and publish: the page will name them "
            "among its contributors."
        )
        % {"name": shown_author(post), "changes": post.changes},
    )
    return redirect("wagtailadmin_pages:edit", post.thread.page_id)
