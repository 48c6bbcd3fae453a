"""``/api/v1/search``: the site's search, as data."""

from typing import Annotated, Literal

from django.http import HttpRequest
from ninja import Field, Query, Router
from wagtail.models import Page

from core.absolute_urls import page_full_url
from encyclopedia.dates import format_span
from encyclopedia.models import EntryPage
from search.queries import ALL_LANGUAGES, SearchRequest, search_site

from .errors import ApiError
from .pagination import PageQuery, paginate
from .params import ERRORS, MAX_QUERY_LENGTH, Slug, Year
from .presenting import api_url, contributor_summary, entry_type
from .schemas import GradeName, SearchResults

router = Router(tags=["Search"])

SearchType = Literal[
    "article", "person", "unit", "organisation", "equipment", "place", "event",
    "contributor",
]  # fmt: skip


class SearchQuery(PageQuery):
    q: Annotated[
        str, Field(min_length=1, max_length=MAX_QUERY_LENGTH, pattern=r"^[^\x00]*$")
    ] = Field(..., description="What to look for; accents and hyphens optional.")
    type: SearchType | None = None
    lang: Literal["en", "cs", "all"] = Field("all", description="Language tree.")
    author: Slug | None = None
    start: Year | None = Field(None, description="From this year.")
    end: Year | None = Field(None, description="Until this year.")
    sort: Literal["relevance", "date"] = "relevance"
    grade: GradeName | None = Field(None, description="Only pages of this grade.")


@router.get("", response={200: SearchResults, **ERRORS}, url_name="search")
def search(request: HttpRequest, query: Query[SearchQuery]):
    """Articles, entries and contributors; any word when no result has them all."""
    if query.start and query.end and query.end < query.start:
        raise ApiError(400, "The end year comes before the start year.")
    outcome = search_site(
        SearchRequest(
            text=query.q,
            kind=query.type or "",
            author=query.author or "",
            start_year=query.start,
            end_year=query.end,
            sort=query.sort,
            grade=query.grade or "",
            language=ALL_LANGUAGES if query.lang == "all" else query.lang,
        )
    )
    results = outcome.results
    if results is None:
        items, page = paginate(request, [], query)
    else:
        items, page = paginate(request, results, query, count=outcome.count)
    specific = Page.objects.filter(pk__in=[p.pk for p in items]).specific().in_bulk()
    hits = [_hit(specific[p.pk], request) for p in items if p.pk in specific]
    return {
        "query": query.q,
        "fallback": outcome.fallback,
        "bounded": outcome.bounded,
        "items": hits,
        "contributors": [contributor_summary(c, request) for c in outcome.contributors],
        "page": page,
    }


def _hit(page: Page, request: HttpRequest) -> dict:
    if isinstance(page, EntryPage):
        kind, route = entry_type(page), "entry"
        snippet, when = page.summary, format_span(page.period_start, page.period_end)
    else:
        kind, route = "article", "article"
        snippet = getattr(page, "standfirst", "")
        when = (
            page.first_published_at.date().isoformat()
            if page.first_published_at
            else ""
        )
    return {
        "type": kind,
        "id": page.pk,
        "title": page.title,
        "url": page_full_url(page, request),
        "api_url": api_url(request, route, page.pk),
        "snippet": snippet,
        "when": when,
        "grade": page.grade or None,
    }
