"""The demo's sources move from each page's own copies into the library, and
back, without losing one: every page and every revision cites what it cited,
in its order, and a book cited by many pages is one record."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Revision

#: The state before the library: the pages' own copies, and none of it.
BEFORE = [
    ("articles", "0009_articlecitation"),
    ("encyclopedia", "0004_entrycitation"),
    ("citations", "0001_initial"),
]
DESCRIBED_BY = ("kind", "title", "author", "publisher", "year", "url", "note")


def migrate(targets) -> None:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    if connection.vendor == "postgresql":
        # Each migration commits on its own in a deployment; inside the test's
        # transaction, the checks they leave pending are run now instead.
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")


def cited_now() -> dict[tuple[str, int], list[tuple]]:
    """What each page cites, in order, as the sources' descriptions."""
    from articles.models import ArticleCitation
    from encyclopedia.models import EntryCitation

    cited: dict[tuple[str, int], list[tuple]] = {}
    for model, parent in ((ArticleCitation, "page"), (EntryCitation, "entry")):
        rows = model.objects.select_related("source").order_by(
            f"{parent}_id", "sort_order", "pk"
        )
        for row in rows:
            described = tuple(getattr(row.source, name) for name in DESCRIBED_BY)
            cited.setdefault((parent, getattr(row, f"{parent}_id")), []).append(
                described
            )
    return cited


def revisions_cite() -> dict[int, list[tuple]]:
    """What each revision cites, read through the page it restores."""
    cited = {}
    for revision in Revision.objects.filter(content__has_key="citations"):
        page = revision.as_object()
        cited[revision.pk] = [
            tuple(getattr(c.source, name) for name in DESCRIBED_BY)
            for c in page.citations.all()
        ]
    return cited


# The schema moves under the test: on SQLite only outside a transaction (the
# lent copy of the demo), on PostgreSQL inside the module's, rolled back after.
@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite variant")
@pytest.mark.django_db(transaction=True)
def test_the_demo_sources_move_into_the_library_and_back_on_sqlite(demo_live):
    moved_into_the_library_and_back()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the PostgreSQL variant")
@pytest.mark.django_db
def test_the_demo_sources_move_into_the_library_and_back_on_postgresql(demo):
    moved_into_the_library_and_back()


def moved_into_the_library_and_back() -> None:
    from citations.library import find_duplicate
    from citations.models import Source

    pages_before, revisions_before = cited_now(), revisions_cite()
    assert sum(len(c) for c in pages_before.values()) > 500
    assert len(revisions_before) > 300

    migrate(BEFORE)  # back to each page's own copies
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM articles_articlesource")
        (article_copies,) = cursor.fetchone()
    assert article_copies == sum(
        len(c) for (kind, _), c in pages_before.items() if kind == "page"
    )
    assert not Revision.objects.filter(content__has_key="citations").exists()

    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
    assert cited_now() == pages_before
    assert revisions_cite() == revisions_before
    # One record per work: Zeidler's book, cited by dozens of pages, is one.
    assert Source.objects.count() < sum(len(c) for c in pages_before.values()) / 2
    assert not [s for s in Source.objects.all() if find_duplicate(s) is not None]
    zeidler = Source.objects.get(title__startswith="Reichswehr und Rote Armee")
    assert zeidler.title.endswith("ungewöhnlichen Zusammenarbeit")
