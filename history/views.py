"""A page's public history, a published revision by its permanent link, and
the differences between two revisions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import wraps

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Page

from home.languages import LanguageVersion, language_versions

from .diff import page_changes
from .revisions import (
    page_with_history,
    published_revision,
    published_revisions,
    revisions_page,
)


@dataclass(frozen=True)
class ShownRevision:
    """The revision a page is read at, for the notice above it."""

    id: int
    published: datetime
    current: bool
    page_url: str
    history_url: str


def in_page_language(view):
    """Serve a view of a page under its own language's prefix (/cs/ for Czech),
    with the page (public, with a history) in place of its id."""

    @wraps(view)
    def wrapper(request: HttpRequest, page_id: int, **kwargs) -> HttpResponse:
        page = page_with_history(page_id)
        language = page.locale.language_code
        if language != translation.get_language():
            match = request.resolver_match
            with translation.override(language):
                url = reverse(match.view_name, kwargs=match.kwargs)
            query = request.META.get("QUERY_STRING")
            return redirect(f"{url}?{query}" if query else url)
        return view(request, page, **kwargs)

    return wrapper


def view_languages(
    request: HttpRequest, page: Page, view_name: str
) -> list[LanguageVersion]:
    """This view of the page's translation in each language, for the switcher."""

    def view_of(language: str, version: Page) -> str:
        with translation.override(language):
            return reverse(view_name, args=(version.pk,))

    return language_versions(request, page, view_of)


def revision_url(page: Page, revision_id: int) -> str:
    return reverse("history:revision", args=(page.pk, revision_id))


@in_page_language
def page_history(request: HttpRequest, page: Page) -> HttpResponse:
    """List the page's published revisions, newest first, to read or compare."""
    revisions = published_revisions(page)
    return TemplateResponse(
        request,
        "history/page_history.html",
        {
            "page": page,
            "revisions": revisions,
            "languages": view_languages(request, page, "history:page_history"),
        },
    )


@in_page_language
def revision(request: HttpRequest, page: Page, revision_id: int) -> HttpResponse:
    """Serve the page as it was published in one revision."""
    stored, published = published_revision(page, revision_id)
    as_published = stored.as_object()
    # As a preview: nothing of it is cached or counted as a view of the page.
    request.is_preview = True
    request.preview_mode = as_published.default_preview_mode
    request.shown_revision = ShownRevision(
        id=stored.pk,
        published=published,
        current=stored.pk == revisions_page(page).live_revision_id,
        page_url=page.url,
        history_url=reverse("history:page_history", args=(page.pk,)),
    )
    response = as_published.serve_preview(request, request.preview_mode)
    response["X-Robots-Tag"] = "noindex"
    return response


@in_page_language
def compare(request: HttpRequest, page: Page) -> HttpResponse:
    """Show what changed between two published revisions (``?from=…&to=…``)."""
    try:
        first, second = int(request.GET["from"]), int(request.GET["to"])
    except (KeyError, ValueError):
        return HttpResponseBadRequest(
            _("Choose two revisions to compare: ?from=…&to=… with their numbers.")
        )
    older, newer = sorted((first, second))
    old, old_published = published_revision(page, older)
    new, new_published = published_revision(page, newer)
    changes = page_changes(old.as_object(), new.as_object()) if older != newer else []
    return TemplateResponse(
        request,
        "history/compare.html",
        {
            "page": page,
            "old": {"published": old_published, "url": revision_url(page, older)},
            "new": {"published": new_published, "url": revision_url(page, newer)},
            "changes": changes,
            "languages": view_languages(request, page, "history:page_history"),
        },
    )
