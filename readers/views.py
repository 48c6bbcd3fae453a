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
from django.views.decorators.http import require_GET, require_http_methods

from .accounts import delete_account, profile_of, reader_data_json
from .forms import DeleteAccountForm, ReaderSettingsForm


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
