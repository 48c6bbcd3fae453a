"""A reader's own pages: settings, their data, deleting the account."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from .accounts import delete_account, profile_of, reader_data_json
from .forms import DeleteAccountForm, ReaderSettingsForm
from .models import EmailFrequency
from .unsubscribe import reader_of


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def reader_settings(request: HttpRequest) -> HttpResponse:
    profile = profile_of(request.user)
    form = ReaderSettingsForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your settings are saved."))
        return redirect("readers:settings")
    status = 400 if form.errors else 200
    return TemplateResponse(
        request, "readers/settings.html", {"form": form}, status=status
    )


@never_cache
@login_required
@require_GET
def download_data(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(
        reader_data_json(request.user), content_type="application/json"
    )
    response["Content-Disposition"] = 'attachment; filename="garrison-my-data.json"'
    return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete(request: HttpRequest) -> HttpResponse:
    form = DeleteAccountForm(request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        delete_account(request.user)
        logout(request)
        messages.success(request, _("Your account is deleted."))
        return redirect("/")
    status = 400 if form.errors else 200
    return TemplateResponse(
        request, "readers/delete.html", {"form": form}, status=status
    )


@never_cache
@csrf_exempt  # RFC 8058: the mail client POSTs, with no cookie and no token
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """Stop a reader's notification emails from the signed link in each one.

    A GET (a reader following the link) asks to confirm with a button, so
    that a mail scanner opening links unsubscribes nobody; a POST, from that
    button or from the mail client's own button, stops the emails.
    """
    reader = reader_of(token)
    if reader is None:
        return TemplateResponse(
            request,
            "readers/unsubscribe.html",
            {"broken": True},
            status=400,
        )
    done = request.method == "POST"
    if done:
        profile = profile_of(reader)
        profile.email_frequency = EmailFrequency.NEVER
        profile.save(update_fields=["email_frequency"])
    return TemplateResponse(request, "readers/unsubscribe.html", {"done": done})
