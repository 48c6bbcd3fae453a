"""One search over articles, entries and contributors, through Wagtail's backend.

What people type is folded the way the linker folds names ("Sichany" for
"Šichany", "T28" for "T-28"), and the pages index their folded names too, so the
same rules hold on SQLite's FTS5 and PostgreSQL's full-text search. When every
word together finds nothing, any word will do, and the page says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from articles.models import ArticlePage
from community.models import Contributor
from core.caching.process_copies import locale_of
from core.locales import ORIGINAL_LANGUAGE
from core.privacy import public_pages
from core.years import years_condition
from encyclopedia.browsing import ENTRY_KINDS
from encyclopedia.linking import fold
from encyclopedia.models import EntryPage
from encyclopedia.timeline import in_period, years_range

from .backend import is_bounded

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
    #: A quality grade (``assessment.grades.Grade``), or "" for any.
    grade: str = ""
    #: A language code, or ALL_LANGUAGES.
    language: str = ALL_LANGUAGES


@dataclass
class SearchOutcome:
    results: object = None
    contributors: list[Contributor] = field(default_factory=list)
    fallback: bool = False
    words: list[str] = field(default_factory=list)
    #: How many results there are (at most the candidates of a broad query).
    count: int = 0
    #: True when the query matched so much that only its best candidates were
    #: ranked (search.backend); ``count`` is then a lower bound.
    bounded: bool = False


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
    outcome.count = results.count()
    outcome.bounded = is_bounded(results)
    return outcome


#: What a hit shows of an entry or an article, when pages of every kind are
#: searched: read with the results, whatever their kind, in the same query.
HIT_FIELDS = {
    "summary": F("entrypage__summary"),
    "period_start": F("entrypage__period_start"),
    "period_end": F("entrypage__period_end"),
    "standfirst": F("articlepage__standfirst"),
    "grade": Coalesce(F("entrypage__grade"), F("articlepage__grade")),
}


def _pages(request: SearchRequest):
    model = _searched_model(request)
    pages = public_pages(model.objects.live()).defer_streamfields()
    if model is Page:
        pages = pages.type(ArticlePage, EntryPage).annotate(**HIT_FIELDS)
    # The language a hit's text is in: an untranslated copy's original's, or
    # its own where all languages are searched.
    pages = pages.annotate(
        text_language=Coalesce(ORIGINAL_LANGUAGE, F("locale__language_code"))
    )
    if request.language != ALL_LANGUAGES:
        locale = locale_of(request.language)
        pages = pages.filter(locale_id=locale.pk if locale else None)
    if request.author:
        pages = pages.filter(
            id__in=ArticlePage.objects.filter(
                authors__contributor__slug=request.author
            ).values("pk")
        )
    if request.start_year or request.end_year:
        pages = pages.filter(_in_period(model, request.start_year, request.end_year))
    if request.grade:
        pages = pages.filter(_graded(model, request.grade))
    return pages


def _searched_model(request: SearchRequest) -> type[Page]:
    """The narrowest model that holds every page the filters let through.

    Searched through its own model (not as pages of a type), a kind lets the
    index keep to that kind's documents before it reads any of them: a common
    word among people of the 1920s then reads people, not every article. A
    period before the magazine's first article holds entries only.
    """
    model = KINDS.get(request.kind)
    if model is not None:
        return model
    if request.author:
        return ArticlePage
    if request.start_year or request.end_year:
        published = years_condition(
            "first_published_at", start=request.start_year, end=request.end_year
        )
        if not ArticlePage.objects.filter(published).exists():
            return EntryPage
    return Page


def _in_period(model: type[Page], start: int | None, end: int | None) -> Q:
    """Entries whose period meets the years, and articles published in them."""
    return _on_each_kind(
        model,
        entries=in_period(years_range(start, end)),
        articles=years_condition("first_published_at", start=start, end=end),
    )


def _graded(model: type[Page], grade: str) -> Q:
    """Entries and articles of ``grade``."""
    return _on_each_kind(model, entries=Q(grade=grade), articles=Q(grade=grade))


def _on_each_kind(model: type[Page], *, entries: Q, articles: Q) -> Q:
    """A condition on entries and one on articles, for a search of ``model``.

    For one kind the condition is on the kind's own columns, from which
    PostgreSQL estimates how many pages it keeps; for every kind it is one
    list of pages (a union), which it plans as one join.
    """
    if model is ArticlePage:
        return articles
    if model is not Page:
        return entries
    return Q(
        pk__in=EntryPage.objects.filter(entries)
        .values("pk")
        .union(ArticlePage.objects.filter(articles).values("pk"))
    )


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
