"""``/search/`` and ``/search/suggest``."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.utils.formats import date_format
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.search.backends import get_search_backend

from assessment.grades import Grade
from core.caching.process_copies import active_locale
from core.clients import (
    over_rate_limit,
    parse_rate,
    refused_for_now,
    try_again_in,
)
from core.locales import active_language
from core.privacy import public_pages
from encyclopedia.dates import format_span
from encyclopedia.models import EntryPage

from .forms import SearchForm
from .queries import (
    ALL_LANGUAGES,
    SearchRequest,
    folded_query,
    highlight,
    search_site,
)

PAGE_SIZE = 20


@dataclass(frozen=True)
class Hit:
    title: SafeString
    url: str
    kind: str
    snippet: str
    when: str
    #: The language of the hit's title and text where not the reader's.
    text_language: str = ""
    #: Its quality grade's name, if it has one.
    grade: str = ""


def _hit(page, words: list[str], request: HttpRequest) -> Hit:
    model = ContentType.objects.get_for_id(page.content_type_id).model_class()
    kind = str(model._meta.verbose_name).capitalize()
    if issubclass(model, EntryPage):
        text = page.summary
        when = format_span(page.period_start, page.period_end, active_language())
    else:
        text = getattr(page, "standfirst", "") or ""
        when = (
            date_format(page.first_published_at, "DATE_FORMAT")
            if page.first_published_at
            else ""
        )
    return Hit(
        highlight(page.title, words),
        page.get_url(request),
        kind,
        highlight(text, words),
        when,
        "" if page.text_language == active_language() else page.text_language,
        Grade(page.grade).label if getattr(page, "grade", "") else "",
    )


def over_search_limit(request: HttpRequest, scope: str, rate: str) -> int | None:
    """Count a search by this address; return the seconds to wait when over ``rate``.

    Only requests that reach the view are counted: a page the front cache
    answers costs the site nothing.
    """
    limit, window = parse_rate(rate)
    if over_rate_limit(request, scope, limit=limit, window=window):
        return window
    return None


def broader_searches(request: HttpRequest, data: dict) -> dict[str, str]:
    """Return the addresses of the same query searched more broadly.

    A search that finds nothing offers them: in all languages, and without
    the kind, author and year filters (each only where it would change something).
    """
    broader = {}
    if data.get("lang") != ALL_LANGUAGES:
        everywhere = request.GET.copy()
        everywhere["lang"] = ALL_LANGUAGES
        everywhere.pop("page", None)
        broader["all_languages"] = "?" + everywhere.urlencode()
    if any(data.get(name) for name in ("type", "author", "start", "end", "grade")):
        unfiltered = request.GET.copy()
        for name in ("type", "author", "start", "end", "grade", "page"):
            unfiltered.pop(name, None)
        broader["without_filters"] = "?" + unfiltered.urlencode()
    return broader


@require_GET
def search(request: HttpRequest) -> HttpResponse:
    if request.GET.get("q", "").strip() and (
        wait := over_search_limit(request, "search", settings.SEARCH_RATE_LIMIT)
    ):
        response = TemplateResponse(
            request,
            "search/search_rate_limited.html",
            {"try_again": try_again_in(wait)},
        )
        return refused_for_now(response, wait)
    form = SearchForm(request.GET or None)
    context: dict = {"form": form}
    status = 200
    if form.is_bound and not form.is_valid():
        status = 400
    elif form.is_bound and form.cleaned_data["q"].strip():
        data = form.cleaned_data
        outcome = search_site(
            SearchRequest(
                text=data["q"],
                kind=data["type"] or "",
                author=data["author"] or "",
                start_year=data["start"],
                end_year=data["end"],
                sort=data["sort"] or "relevance",
                grade=data["grade"] or "",
                language=data["lang"] or active_language(),
            )
        )
        context["outcome"] = outcome
        context["broader"] = broader_searches(request, data)
        if outcome.results is not None:
            page = Paginator(outcome.results, PAGE_SIZE).get_page(
                request.GET.get("page")
            )
            # Each result carries what its hit shows (search.queries.HIT_FIELDS).
            context["page"] = page
            context["hits"] = [_hit(result, outcome.words, request) for result in page]
        context["query_string"] = request.GET.copy()
        context["query_string"].pop("page", None)
    return TemplateResponse(request, "search/search.html", context, status=status)


@require_GET
def suggest(request: HttpRequest) -> JsonResponse:
    """Entry names that begin like the query, for the search box."""
    query = folded_query(request.GET.get("q", ""))
    if len(query) < 2:
        return JsonResponse({"suggestions": []})
    if wait := over_search_limit(
        request, "search-suggest", settings.SEARCH_SUGGEST_RATE_LIMIT
    ):
        answer = JsonResponse(
            {
                "suggestions": [],
                "error": _("Too many suggestions were asked for.")
                + " "
                + try_again_in(wait),
            }
        )
        return refused_for_now(answer, wait)
    backend = get_search_backend()
    entries = backend.autocomplete(
        query, public_pages(EntryPage.objects.live()).filter(locale=active_locale())
    )[:8]
    return JsonResponse(
        {
            "suggestions": [
                {"title": entry.title, "url": entry.get_url(request)}
                for entry in entries
            ]
        }
    )
