"""``/join/``: apply, confirm the address, withdraw, set a password."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from core.absolute_urls import site_root
from core.clients import over_rate_limit

from .forms import ApplicationForm, application_from_account
from .models import Application
from .services import (
    confirm_application,
    submit_application,
    withdraw_application,
)
from .states import ApplicationStateError
from .tokens import LinkError, read_token


@require_http_methods(["GET", "POST"])
def join(request: HttpRequest) -> HttpResponse:
    """The roles, the privacy notice and the application form."""
    if request.method == "POST":
        if over_rate_limit(
            request,
            "join",
            limit=settings.JOIN_RATE_LIMIT,
            window=settings.JOIN_RATE_WINDOW,
        ):
            return TemplateResponse(
                request,
                "community/join_rate_limited.html",
                {"minutes": settings.JOIN_RATE_WINDOW // 60},
                status=429,
            )
        form = ApplicationForm(request.POST)
        if form.is_valid():
            if form.is_spam:
                return redirect("community:join-sent")
            # The same answer whether or not the address has an application
            # open: the email, not the page, tells its owner which it was.
            submit_application(form.application_data(), base_url=site_root(request))
            return redirect("community:join-sent")
    else:
        form = ApplicationForm(initial=application_from_account(request.user))
    status = 400 if form.is_bound else 200
    return TemplateResponse(
        request, "community/join.html", {"form": form}, status=status
    )


def join_sent(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(request, "community/join_sent.html", {})


def _link_page(request: HttpRequest, purpose: str, token: str, act) -> HttpResponse:
    """Show a confirm button for an emailed link, and act on the button.

    A GET never changes anything: mail scanners open links before people do.
    """
    try:
        application = Application.objects.filter(pk=read_token(purpose, token)).first()
    except LinkError as error:
        return TemplateResponse(
            request,
            "community/join_link_error.html",
            {"expired": error.expired},
            status=400,
        )
    if application is None:
        return TemplateResponse(
            request, "community/join_link_error.html", {"expired": False}, status=404
        )
    done, problem = False, ""
    if request.method == "POST":
        try:
            application = act(token)
            done = True
        except ApplicationStateError:
            problem = _("This application is already %(state)s.") % {
                "state": application.get_state_display().lower()
            }
    return TemplateResponse(
        request,
        "community/join_link.html",
        {
            "purpose": purpose,
            "application": application,
            "done": done,
            "problem": problem,
        },
        status=409 if problem else 200,
    )


@require_http_methods(["GET", "POST"])
def join_confirm(request: HttpRequest, token: str) -> HttpResponse:
    return _link_page(request, "confirm", token, confirm_application)


@require_http_methods(["GET", "POST"])
def join_withdraw(request: HttpRequest, token: str) -> HttpResponse:
    return _link_page(request, "withdraw", token, withdraw_application)


class SetPasswordView(auth_views.PasswordResetConfirmView):
    """The one-time link in the welcome email: choose a password, then sign in."""

    template_name = "community/set_password.html"
    success_url = reverse_lazy("community:set-password-done")
    post_reset_login = False


def set_password_done(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(request, "community/set_password_done.html", {})
