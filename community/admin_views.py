"""Admin views for moderators: review an application, change a contributor's roles."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy

from core.absolute_urls import site_root

from .admin_forms import DecisionForm, OwnProfileForm, RolesForm
from .models import Application, Contributor
from .roles import Role, suggested_roles
from .services import (
    accept_application,
    decline_application,
    set_roles,
    start_review,
)
from .states import REVIEWABLE_STATES, ApplicationState, ApplicationStateError

applications_policy = ModelPermissionPolicy(Application)
contributors_policy = ModelPermissionPolicy(Contributor)


def _require(policy: ModelPermissionPolicy, request: HttpRequest, action: str) -> None:
    if not policy.user_has_permission(request.user, action):
        raise PermissionDenied


def review_application(request: HttpRequest, pk: int) -> HttpResponse:
    """Show an application; take it for review; accept or decline it."""
    _require(applications_policy, request, "change")
    application = get_object_or_404(
        Application.objects.exclude(state=ApplicationState.SUBMITTED.value), pk=pk
    )
    form = DecisionForm(
        initial={
            "roles": [role.value for role in suggested_roles(application.interests)]
        }
    )
    if request.method == "POST":
        try:
            if "start_review" in request.POST:
                start_review(application, moderator=request.user)
                messages.success(request, _("You are reviewing this application."))
                return redirect(request.path)
            form = DecisionForm(request.POST)
            if form.is_valid():
                _decide(request, application, form.cleaned_data)
                return redirect("community_application:index")
        except ApplicationStateError as error:
            messages.error(request, str(error))
            return redirect(request.path)
    return TemplateResponse(
        request,
        "community/admin/review_application.html",
        {
            "application": application,
            "form": form,
            "open": application.state in REVIEWABLE_STATES,
            "can_start_review": application.state == ApplicationState.CONFIRMED,
        },
        status=400 if form.errors else 200,
    )


def _decide(request: HttpRequest, application: Application, data: dict) -> None:
    if data["decision"] == "accept":
        accept_application(
            application,
            moderator=request.user,
            roles=[Role(role) for role in data["roles"]],
            message=data["message"],
            base_url=site_root(request),
        )
        messages.success(
            request, _("%(name)s is accepted and invited.") % {"name": application.name}
        )
    else:
        decline_application(
            application, moderator=request.user, message=data["message"]
        )
        messages.success(
            request, _("%(name)s is declined.") % {"name": application.name}
        )


def contributor_roles(request: HttpRequest, pk: int) -> HttpResponse:
    """Change the roles of a contributor who has an account."""
    _require(contributors_policy, request, "change")
    contributor = get_object_or_404(Contributor.objects.select_related("user"), pk=pk)
    if contributor.user is None:
        messages.error(request, _("This contributor has no account to give roles to."))
        return redirect("wagtailsnippets_community_contributor:list")
    current = sorted(
        contributor.user.groups.filter(
            name__in=[role.value for role in Role]
        ).values_list("name", flat=True)
    )
    form = RolesForm(
        request.POST if request.method == "POST" else None, initial={"roles": current}
    )
    if request.method == "POST" and form.is_valid():
        chosen = sorted(form.cleaned_data["roles"])
        set_roles(contributor.user, [Role(role) for role in chosen])
        log(
            instance=contributor,
            action="garrison.contributor.roles",
            user=request.user,
            data={"from": current, "to": chosen},
        )
        messages.success(
            request, _("Roles of %(name)s saved.") % {"name": contributor.name}
        )
        return redirect("wagtailsnippets_community_contributor:list")
    return TemplateResponse(
        request,
        "community/admin/contributor_roles.html",
        {"contributor": contributor, "form": form},
    )


def own_profile(request: HttpRequest) -> HttpResponse:
    """Let a contributor edit their own public profile; nobody else's."""
    contributor = Contributor.objects.filter(user=request.user).first()
    if contributor is None:
        raise PermissionDenied
    form = OwnProfileForm(
        request.POST if request.method == "POST" else None, instance=contributor
    )
    if request.method == "POST" and form.is_valid():
        form.save()
        log(instance=contributor, action="wagtail.edit", user=request.user)
        messages.success(request, _("Your profile is saved."))
        return redirect("community_own_profile")
    return TemplateResponse(
        request,
        "community/admin/own_profile.html",
        {"contributor": contributor, "form": form},
        status=400 if form.errors else 200,
    )
