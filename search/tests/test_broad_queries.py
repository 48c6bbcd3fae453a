"""A query whose words are everywhere is ranked over its best candidates only.

Past ``SEARCH_BROAD_QUERY_MATCHES`` matches (search/backend.py): on PostgreSQL
those with the words in their title and the first others, on SQLite the best
by FTS5's ``bm25()``.
"""

import pytest
from django.db import connection

from search.queries import SearchRequest, search_site

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="the bound on broad queries is part of the PostgreSQL backend",
)


def lipetsk(**overrides) -> SearchRequest:
    return SearchRequest(text="Lipetsk", language="en", **overrides)


def titles(outcome) -> list[str]:
    return [page.title for page in outcome.results[:200]]


def test_a_query_under_the_bound_ranks_every_match(demo, settings):
    settings.SEARCH_BROAD_QUERY_MATCHES = 500
    outcome = search_site(lipetsk())
    assert not outcome.bounded
    assert outcome.count == len(titles(outcome)) > 4
    assert titles(outcome)[0] == "Lipetsk"


@on_postgresql
def test_a_broad_query_ranks_title_matches_among_bounded_candidates(demo, settings):
    everything = search_site(lipetsk())
    settings.SEARCH_BROAD_QUERY_MATCHES = 8
    outcome = search_site(lipetsk())
    assert outcome.bounded
    # Two candidates from the titles, two from anywhere; one may be both.
    assert 2 <= outcome.count <= 4 < 8 < everything.count
    found = titles(outcome)
    assert len(found) == outcome.count
    assert sum("Lipetsk" in title for title in found) >= 2
    # Ranked as Wagtail ranks every match, only fewer of them.
    assert found == [title for title in titles(everything) if title in found]


@on_postgresql
def test_a_narrower_query_is_ranked_in_full_again(demo, settings):
    settings.SEARCH_BROAD_QUERY_MATCHES = 4
    narrowed = search_site(lipetsk(kind="place"))
    assert not narrowed.bounded
    assert narrowed.count == len(titles(narrowed)) <= 4
    assert titles(narrowed)[0] == "Lipetsk"


def test_the_page_and_the_api_say_the_results_are_bounded(client, demo, settings):
    settings.SEARCH_BROAD_QUERY_MATCHES = 4
    html = client.get("/search/", {"q": "Lipetsk"}).content.decode()
    assert "Your words are in very many texts" in html
    answer = client.get("/api/v1/search", {"q": "Lipetsk", "lang": "en"}).json()
    assert answer["bounded"] is True
    assert answer["page"]["count"] == len(answer["items"]) <= 4
    settings.SEARCH_BROAD_QUERY_MATCHES = 500
    html = client.get("/search/", {"q": "Lipetsk"}).content.decode()
    assert "Your words are in very many texts" not in html
    assert client.get("/api/v1/search", {"q": "Lipetsk"}).json()["bounded"] is False


@pytest.mark.skipif(connection.vendor != "sqlite", reason="checks SQLite's FTS5")
def test_sqlite_ranks_a_broad_querys_best_matches_by_bm25(demo, settings):
    everything = search_site(lipetsk())
    settings.SEARCH_BROAD_QUERY_MATCHES = 4
    outcome = search_site(lipetsk())
    assert outcome.bounded and outcome.count <= 4 < everything.count
    assert titles(outcome)[0] == "Lipetsk"
    assert set(titles(outcome)) < set(titles(everything))
