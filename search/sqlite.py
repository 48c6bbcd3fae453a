"""Search on SQLite: every match ranked in one FTS5 query, names first."""

from __future__ import annotations

import re

from django.conf import settings
from django.db.models import FloatField, Func
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.query import MatchAll, Not, PlainText
from modelsearch.utils import get_descendants_content_types_pks

from encyclopedia.linking import fold

from .backend import _NOT_YET, CountedFromRanked

#: How much a word found in each column of SQLite's index weighs, in the
#: table's column order: the autocomplete column holds an entry's every name
#: (folded, with designations written with and without hyphens).
FTS_WEIGHTS = {"autocomplete": 5.0, "body": 1.0, "title": 10.0}
#: Up to this many matches are fetched whole by the query that filters them.
FETCHED_WITH_FILTER = 60


class WeightedBM25(Func):
    """FTS5's ``bm25()`` with a weight per column; lower is better."""

    output_field = FloatField()

    def as_sql(self, compiler, connection, **extra):
        weights = ", ".join(str(weight) for weight in FTS_WEIGHTS.values())
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {weights})", []


class RankedSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    """Ranks every match in one FTS5 query, a title or a name before the text.

    Wagtail's SQLite backend scores each result with a subquery of its own that
    matches the query again (15 s at the 95th percentile over 15,000 pages,
    bench/search.py), and weighs a title like any other text. Here FTS5 ranks
    the matches of the searched types with ``bm25()`` as it finds them; the
    page's own filters (live, public, language, period) keep those that pass,
    in that order. As on PostgreSQL, a query matching more than
    ``SEARCH_BROAD_QUERY_MATCHES`` documents ranks its best that many only.
    """

    FTS_TABLE_FIELDS = list(FTS_WEIGHTS)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.bounded = False
        self._ranked: list[int] | None | object = _NOT_YET
        self._fetched: dict[int, object] = {}

    def _may_rank(self) -> bool:
        query = normalize(self.query)
        return (
            self.order_by_relevance
            and self.fields is None
            and not isinstance(query, MatchAll | Not)
        )

    def ranked_pks(self, config) -> list[int] | None:
        """The matching pages that pass the queryset's filters, best first."""
        if self._ranked is _NOT_YET:
            self._ranked = self._find_ranked(config) if self._may_rank() else None
        return self._ranked  # type: ignore[return-value]

    def _find_ranked(self, config) -> list[int]:
        limit = settings.SEARCH_BROAD_QUERY_MATCHES
        query = self.build_search_query(normalize(self.query), config=config)
        types = get_descendants_content_types_pks(self.queryset.model)
        found = (
            SQLiteFTSIndexEntry.objects.filter(
                MatchExpression(self.FTS_TABLE_FIELDS, query),
                index_entry__content_type__in=types,
            )
            .annotate(rank=WeightedBM25())
            .order_by("rank")
            .values_list("index_entry__object_id", "title")[: limit + 1]
        )
        ids = [int(pk) for pk in titles_first(list(found), self.query)]
        self.bounded = len(ids) > limit
        ids = ids[:limit]
        passing = self.queryset.order_by().filter(pk__in=ids)
        if len(ids) <= FETCHED_WITH_FILTER:
            # Few: the filter fetches them whole, and showing them asks nothing.
            self._fetched = passing.in_bulk()
            return [pk for pk in ids if pk in self._fetched]
        kept = set(passing.values_list("pk", flat=True))
        return [pk for pk in ids if pk in kept]

    def search(self, config, start, stop, score_field=None):
        ranked = self.ranked_pks(config) if score_field is None else None
        if ranked is None:
            return super().search(config, start, stop, score_field)
        shown = ranked[start:stop]
        found = self._fetched or self.queryset.order_by().in_bulk(shown)
        return [found[pk] for pk in shown if pk in found]


def titles_first(found: list[tuple[str, str]], query) -> list[str]:
    """The ids of ``found`` (id, title), those whose title answers the query first.

    A reader who types a name wants that page: first the pages titled exactly
    so, then those whose title begins with it, then those whose title holds
    every word; the rest in ``bm25()``'s order. Wikipedia's search does much
    the same.
    """
    if not isinstance(query, PlainText):
        return [pk for pk, _title in found]
    asked = words(query.query_string)

    def tier(title: str) -> int:
        named = words(title)
        if named == asked:
            return 0
        if named[: len(asked)] == asked:
            return 1
        return 2 if set(asked) <= set(named) else 3

    return [pk for pk, title in sorted(found, key=lambda row: tier(row[1]))]


def words(text: str) -> list[str]:
    """The folded words of ``text``, as the index compares them."""
    return re.findall(r"\w+", fold(text))


class RankedSQLiteSearchResults(CountedFromRanked, SQLiteSearchResults):
    pass


class RankedSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = RankedSQLiteSearchQueryCompiler
    results_class = RankedSQLiteSearchResults
