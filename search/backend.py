"""Wagtail's database search backend, with a bound on what one broad query costs.

Configured as ``WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backend"``:
on PostgreSQL it is Wagtail's own PostgreSQL backend with one change, on SQLite
the ranked backend of ``search/sqlite.py``, and on every other database exactly
Wagtail's database backend.

The change: PostgreSQL's full-text search finds the documents that hold a word
through the index, but ranking them (``ts_rank`` reads each document's vector)
and counting them (each is joined to its page) costs time in proportion to how
many there are. A word such as "army" is in most articles of a military-history
magazine, and ranking all of them took half a second at 150,000 documents
(bench/README.md). When a query matches more than
``settings.SEARCH_BROAD_QUERY_MATCHES`` documents, only a bounded set of
candidates is ranked: a quarter of that number with the words in their title,
and as many others as the index hands over first. The results say
they are bounded (see ``is_bounded``), and the search page tells the reader to
narrow the query. A narrower query (another word, a kind, a period) is ranked
over all its matches as before.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import connection
from django.db.models import Case, Value, When
from modelsearch.backends.database.postgres.postgres import (
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.query import And, Or, Phrase, PlainText
from wagtail.search.backends.database import SearchBackend as database_backend

_NOT_YET = object()


class BoundedPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    """Ranks a query's matches, or a broad query's candidates, by Wagtail's rank."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.bounded = False
        self._ranked: list[int] | None | object = _NOT_YET

    def search(self, config, start, stop, score_field=None, backend=None):
        ranked = self.ranked_pks(config)
        if ranked is None:
            return super().search(config, start, stop, score_field, backend)
        # Every one of them matches already: rank them, without matching again
        # (which would rebuild each document's whole vector once more).
        search_query = self.build_tsquery(self.query, config=config)
        rank = self._build_rank_expression(
            self.get_search_vectors(search_query), config
        )
        return self._apply_ordering_and_scoring(
            self.queryset.filter(pk__in=ranked), rank, start, stop, score_field
        )

    def _apply_ordering_and_scoring(
        self, queryset, rank_expression, start, stop, score_field=None
    ):
        # Pages titled as asked, then those whose title begins so, before the
        # rest by rank: the page a reader names (search/sqlite.py does alike).
        tier = self._title_tier(queryset)
        if tier is None or not self.order_by_relevance:
            return super()._apply_ordering_and_scoring(
                queryset, rank_expression, start, stop, score_field
            )
        queryset = queryset.order_by(tier.desc(), rank_expression.desc(), "-pk")
        if score_field is not None:
            queryset = queryset.annotate(**{score_field: rank_expression})
        return queryset[start:stop]

    def _title_tier(self, queryset):
        if not isinstance(self.query, PlainText):
            return None
        try:
            queryset.model._meta.get_field("title")
        except FieldDoesNotExist:
            return None
        text = self.query.query_string
        return Case(
            When(title__iexact=text, then=Value(2)),
            When(title__istartswith=text, then=Value(1)),
            default=Value(0),
        )

    def ranked_pks(self, config) -> list[int] | None:
        """The pages to rank: every match, or a broad query's candidates.

        None for the queries this backend leaves to Wagtail's (fuzzy, field
        restricted, ordered by a field).
        """
        if self._ranked is _NOT_YET:
            search_query = (
                self.build_tsquery(self.query, config=config)
                if self._may_bound()
                else None
            )
            self._ranked = (
                None if search_query is None else self._find_ranked(search_query)
            )
        return self._ranked  # type: ignore[return-value]

    def _may_bound(self) -> bool:
        # Only the site's own kind of query: ranked, over the whole index entry,
        # made of words and phrases (not MatchAll, Fuzzy or explicit orderings).
        return (
            self.order_by_relevance
            and self.fields is None
            and isinstance(self.query, PlainText | Phrase | And | Or)
        )

    def _find_ranked(self, search_query) -> list[int]:
        # The matches as the index hands them over, one past the bound: when
        # that is all of them, they are ranked; when not, the query is broad.
        # Handing the ranking a list keeps the planner from joining every
        # match again (it misjudges how few pages a subquery keeps).
        limit = settings.SEARCH_BROAD_QUERY_MATCHES
        matches = self._matches(search_query).order_by()
        first = list(matches.values_list("pk", flat=True)[: limit + 1])
        if len(first) <= limit:
            return first
        self.bounded = True
        tier = max(1, limit // 4)
        in_title = self.queryset.filter(index_entries__title=search_query).order_by()
        return sorted(
            set(in_title.values_list("pk", flat=True)[:tier]) | set(first[:tier])
        )

    def _matches(self, search_query):
        (title, _norm), (body, _one) = self.get_index_vectors(search_query)
        return self.queryset.annotate(
            _vector_=title._combine(body, "||", False)
        ).filter(_vector_=search_query)


class CountedFromRanked:
    """Search results whose compiler ranked the matches already (``ranked_pks``).

    Mixed into the results class of both ranked backends, before Wagtail's.
    """

    def _do_count(self) -> int:
        compiler = self.query_compiler
        ranked = compiler.ranked_pks(compiler.get_config(self.backend))
        if ranked is None:
            return super()._do_count()
        # Every one of them matches, so they are the results: no query needed.
        return len(ranked[self.start : self.stop])

    @property
    def bounded(self) -> bool:
        """True when only the candidates of a broad query were ranked and counted."""
        return self.query_compiler.bounded


class BoundedPostgresSearchResults(CountedFromRanked, PostgresSearchResults):
    pass


class BoundedPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = BoundedPostgresSearchQueryCompiler
    results_class = BoundedPostgresSearchResults


def SearchBackend(params: dict):
    """The bounded backend on PostgreSQL, the ranked one on SQLite with FTS5."""
    if connection.vendor == "postgresql":
        return BoundedPostgresSearchBackend(params)
    backend = database_backend(params)
    if (
        connection.vendor == "sqlite"
        and type(backend).__name__ == "SQLiteSearchBackend"
    ):
        # Only here: the module needs the FTS5 index, which only SQLite has.
        from .sqlite import RankedSQLiteSearchBackend

        return RankedSQLiteSearchBackend(params)
    return backend


def is_bounded(results: object) -> bool:
    """Whether ``results`` (run or counted already) hold a broad query's candidates."""
    return bool(getattr(results, "bounded", False))
