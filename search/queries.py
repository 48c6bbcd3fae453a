"""One search over articles, entries and contributors, through Wagtail's backend.

What people type is folded the way the linker folds names ("Sichany" for
"Šichany", "T28" for "T-28"), and the pages index their folded names too, so the
same rules hold on SQLite's FTS5 and PostgreSQL's full-text search. When every
word together finds nothing, any word will do, and the page says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from articles.models import ArticlePage
from community.models import Contributor
from core.years import in_years
from encyclopedia.browsing import ENTRY_KINDS
from encyclopedia.linking import fold
from encyclopedia.models import EntryPage
from encyclopedia.timeline import dated_entries, years_range

KINDS: dict[str, type] = {"article": ArticlePage} | ENTRY_KINDS
MAX_QUERY_LENGTH = 200
ALL_LANGUAGES = "all"


@dataclass(frozen=True)
class SearchRequest:
    text: str
    kind: str = ""
    author: str = ""
    start_year: int | None = None
    end_year: int | None = None
    sort: str = "relevance"
    #: A language code, or ALL_LANGUAGES.
    language: str = ALL_LANGUAGES


@dataclass
class SearchOutcome:
    results: object = None
    contributors: list[Contributor] = field(default_factory=list)
    fallback: bool = False
    words: list[str] = field(default_factory=list)


def folded_query(text: str) -> str:
    return " ".join(fold(text[:MAX_QUERY_LENGTH]).split())


def search_site(request: SearchRequest) -> SearchOutcome:
    """Run the search; ``results`` is a lazily sliced backend result of pages."""
    query = folded_query(request.text)
    outcome = SearchOutcome(words=query.split())
    if not query:
        return outcome
    backend = get_search_backend()
    if request.kind in ("", "contributor"):
        outcome.contributors = list(
            backend.search(query, Contributor.objects.all(), operator="or")[:6]
        )
    if request.kind == "contributor":
        return outcome
    pages = _pages(request)
    by_relevance = request.sort != "date"
    if not by_relevance:
        pages = pages.order_by("-first_published_at")
    results = backend.search(
        query, pages, operator="and", order_by_relevance=by_relevance
    )
    if not results.count() and len(outcome.words) > 1:
        results = backend.search(
            query, pages, operator="or", order_by_relevance=by_relevance
        )
        outcome.fallback = True
    outcome.results = results
    return outcome


def _pages(request: SearchRequest):
    pages = Page.objects.live().public()
    model = KINDS.get(request.kind)
    if model is not None:
        pages = pages.type(model)
    else:
        pages = pages.type(ArticlePage, EntryPage)
    if request.language != ALL_LANGUAGES:
        locale = Locale.objects.filter(language_code=request.language).first()
        pages = pages.filter(locale_id=locale.pk if locale else None)
    if request.author:
        pages = pages.filter(
            id__in=ArticlePage.objects.filter(
                authors__contributor__slug=request.author
            ).values("pk")
        )
    if request.start_year or request.end_year:
        pages = pages.filter(_in_period(request.start_year, request.end_year))
    return pages


def _in_period(start: int | None, end: int | None) -> Q:
    """Entries whose period meets the years, and articles published in them.

    The two conditions go straight onto the pages (PostgreSQL then checks each
    page against two hashed lists); wrapped in one more subquery of pages, the
    planner compared every match with every page in the period.
    """
    entries = dated_entries(EntryPage.objects.all(), years_range(start, end))
    articles = in_years(
        ArticlePage.objects.all(), "first_published_at", start=start, end=end
    )
    return Q(pk__in=entries.values("pk")) | Q(pk__in=articles.values("pk"))


def highlight(text: str, words: list[str], *, limit: int = 300) -> SafeString:
    """Escape ``text`` and wrap the query's words in <mark>, ignoring case and accents.

    Folding keeps one character for each character, so positions found in the
    folded text are positions in the original.
    """
    text = text[:limit]
    folded = fold(text)
    spans: list[tuple[int, int]] = []
    for word in {word for word in words if len(word) > 1}:
        start = folded.find(word)
        while start != -1:
            spans.append((start, start + len(word)))
            start = folded.find(word, start + len(word))
    out, cursor = [], 0
    for start, end in sorted(spans):
        if start < cursor:
            continue
        out.append(escape(text[cursor:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        cursor = end
    out.append(escape(text[cursor:]))
    return mark_safe("".join(out))
