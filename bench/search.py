"""Benchmark search: latency over mixed queries, and known-item success.

Fills a database of its own with the demo site and a synthetic corpus
(`manage.py create_random_data`), then runs 200 mixed queries through the same
function the search page uses, timing each one as the page does its work (the
count for the pager and the first page of results). A known-item query is an
item's title plus one word of its text; it succeeds when the item is in the top 3.

The mix: 70% known items (40% articles, 20% entries, 10% equipment designations
typed without their hyphen), 15% topical words drawn as often as the corpus uses
them, 15% topical words with a kind and a range of years.

    .venv/bin/python bench/search.py [--articles 100000] [--entries 50000]

SQLite by default (data/bench-search.sqlite3); for PostgreSQL set
DATABASE_URL=postgres://postgres@127.0.0.1:5432/garrison_bench (the database is
created when missing). A second run reuses the corpus already there.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench_db import ensure_database  # noqa: E402 (beside this script)

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "garrison.settings")
os.environ.setdefault(
    "DATABASE_URL", f"sqlite:///{ROOT / 'data' / 'bench-search.sqlite3'}"
)
os.environ.setdefault("LOG_LEVEL", "ERROR")


@dataclass(frozen=True)
class Query:
    text: str
    kind: str = ""
    start: int | None = None
    end: int | None = None
    target: int | None = None  # the page a known-item query must find
    group: str = "broad"  # "known item" or "broad", for the figures per group


def prepare(articles: int, entries: int, seed: int) -> None:
    from django.core.management import call_command

    from articles.models import ArticlePage
    from encyclopedia.models import EntryPage

    call_command("migrate", verbosity=0)
    from django.db import connection

    call_command("load_demo", "--if-empty", stdout=open(os.devnull, "w"))
    missing_articles = articles - ArticlePage.objects.filter(path__gt="").count()
    missing_entries = entries - EntryPage.objects.count()
    if missing_articles > 0 or missing_entries > 0:
        print(
            f"adding {max(0, missing_articles):,} articles and "
            f"{max(0, missing_entries):,} entries ..."
        )
        call_command(
            "create_random_data",
            articles=max(0, missing_articles),
            entries=max(0, missing_entries),
            seed=seed + ArticlePage.objects.count(),
        )
    if connection.vendor == "postgresql":
        # What autovacuum does a little later on a live site: fresh statistics,
        # without which the planner misjudges the freshly inserted tables.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def mixed_queries(rng: random.Random, count: int) -> list[Query]:
    """Known items (articles and entries), names, topics and filtered queries."""
    from django.utils.html import strip_tags

    from articles.models import ArticlePage
    from encyclopedia.models import EntryPage, EquipmentPage
    from home.synthetic import common_word

    def ids(model, n):
        pks = list(model.objects.live().values_list("pk", flat=True))
        return rng.sample(pks, min(n, len(pks)))

    queries: list[Query] = []
    for page in ArticlePage.objects.filter(pk__in=ids(ArticlePage, count * 2 // 5)):
        words = [w.strip(".,:;") for w in strip_tags(str(page.body)).split()]
        word = rng.choice([w for w in words if len(w) >= 6] or words)
        queries.append(
            Query(f"{page.title} {word}", target=page.pk, group="known item")
        )
    for entry in EntryPage.objects.filter(pk__in=ids(EntryPage, count // 5)):
        word = rng.choice([w.strip(".,") for w in entry.summary.split() if len(w) > 4])
        queries.append(
            Query(f"{entry.title} {word}", target=entry.pk, group="known item")
        )
    for equipment in EquipmentPage.objects.filter(
        pk__in=ids(EquipmentPage, count // 10)
    ):
        # A designation typed without its hyphen: "TK42" for "TK-42".
        queries.append(
            Query(
                equipment.designation.replace("-", ""),
                target=equipment.pk,
                group="known item",
            )
        )
    while len(queries) < count * 17 // 20:
        words = {common_word(rng) for _ in range(rng.randint(1, 3))}
        queries.append(Query(" ".join(sorted(words))))
    while len(queries) < count:
        start = rng.randint(1900, 1940)
        queries.append(
            Query(
                common_word(rng),
                kind=rng.choice(["place", "person", "article", ""]),
                start=start,
                end=start + rng.randint(0, 10),
            )
        )
    rng.shuffle(queries)
    return queries


def run(query: Query) -> tuple[float, list[int]]:
    """Search as the page does; return the seconds taken and the top results."""
    from search.queries import SearchRequest, search_site

    started = time.perf_counter()
    outcome = search_site(
        SearchRequest(
            text=query.text, kind=query.kind, start_year=query.start, end_year=query.end
        )
    )
    top: list[int] = []
    if outcome.results is not None:
        outcome.results.count()
        top = [page.pk for page in outcome.results[:20]]
    return time.perf_counter() - started, top


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--entries", type=int, default=50_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1925)
    options = parser.parse_args()

    ensure_database(os.environ["DATABASE_URL"])
    import django

    django.setup()
    from django.db import connection

    from articles.models import ArticlePage
    from encyclopedia.models import EntryPage

    started = time.perf_counter()
    prepare(options.articles, options.entries, options.seed)
    print(f"corpus ready in {time.perf_counter() - started:.1f} s")

    rng = random.Random(options.seed)
    queries = mixed_queries(rng, options.queries)
    for query in queries[:5]:  # warm the caches, as a running site has them
        run(query)
    timings, known, found = [], 0, 0
    by_group: dict[str, list[float]] = {}
    for query in queries:
        seconds, top = run(query)
        timings.append(seconds * 1000)
        by_group.setdefault(query.group, []).append(seconds * 1000)
        if query.target is not None:
            known += 1
            found += query.target in top[:3]

    print(f"database:         {connection.vendor}")
    print(
        f"corpus:           {ArticlePage.objects.count():,} articles, "
        f"{EntryPage.objects.count():,} entries"
    )
    print(f"queries:          {len(queries)} ({known} known-item)")
    print(f"latency p50:      {statistics.median(timings):.1f} ms")
    print(f"latency p95:      {percentile(timings, 0.95):.1f} ms")
    print(f"latency max:      {max(timings):.1f} ms")
    for group, values in sorted(by_group.items()):
        print(
            f"  {group + ':':<15} {len(values):>3} queries, "
            f"p50 {statistics.median(values):.1f} ms, "
            f"p95 {percentile(values, 0.95):.1f} ms"
        )
    print(f"known-item top 3: {found}/{known} = {found / known:.1%}")


if __name__ == "__main__":
    main()
