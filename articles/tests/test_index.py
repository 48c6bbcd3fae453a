"""The magazine index: newest first, filters by tag, author and year, tag pages."""

import pytest
from bs4 import BeautifulSoup

from articles.factories import published_article, utc
from articles.views import ARTICLES_PER_PAGE
from community.factories import ContributorFactory

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.text for a in soup.select(".card__title a")]


@pytest.fixture
def magazine(site_tree):
    _, index = site_tree
    eva = ContributorFactory(name="Eva Horn", slug="eva-horn")
    published_article(
        index, title="Rapallo", published_at=utc(2024, 4, 16), tags=["Treaties"]
    )
    published_article(
        index,
        title="Lipetsk",
        authors=[eva],
        published_at=utc(2025, 7, 15),
        tags=["Aviation"],
    )
    published_article(
        index, title="Kama", authors=[eva], published_at=utc(2025, 9, 1), tags=["Tanks"]
    )
    return index


def test_index_lists_newest_first(client, magazine):
    assert titles(client.get("/articles/")) == ["Kama", "Lipetsk", "Rapallo"]


def test_filter_by_author_and_year(client, magazine):
    assert titles(client.get("/articles/?author=eva-horn")) == ["Kama", "Lipetsk"]
    assert titles(client.get("/articles/?year=2024")) == ["Rapallo"]
    assert titles(client.get("/articles/?author=eva-horn&year=2024")) == []
    # Years whose bounds overflow a datetime once shifted to UTC.
    assert titles(client.get("/articles/?year=1")) == []
    assert titles(client.get("/articles/?year=9999")) == []


def test_tag_page_and_tag_filter_agree(client, magazine):
    assert titles(client.get("/articles/tags/aviation/")) == ["Lipetsk"]
    assert titles(client.get("/articles/?tag=aviation")) == ["Lipetsk"]
    assert (
        "Articles tagged “Aviation”"
        in client.get("/articles/tags/aviation/").content.decode()
    )


def test_unknown_tag_page_is_404(client, magazine):
    assert client.get("/articles/tags/zeppelins/").status_code == 404


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("author=nobody", "There is no contributor “nobody”."),
        ("year=19x5", "“19x5” is not a year."),
        ("tag=zeppelins", "No articles are tagged “zeppelins”."),
    ],
)
def test_filter_values_that_name_nothing_explain_themselves(
    client, magazine, query, message
):
    response = client.get(f"/articles/?{query}")
    assert response.status_code == 200
    assert message in response.content.decode()
    assert titles(response) == []


def test_unpublished_articles_are_not_listed(client, magazine):
    from articles.models import ArticlePage

    ArticlePage.objects.get(title="Kama").unpublish()
    assert titles(client.get("/articles/")) == ["Lipetsk", "Rapallo"]


def test_index_paginates_and_a_page_past_the_end_shows_the_last(client, site_tree):
    _, index = site_tree
    for day in range(1, ARTICLES_PER_PAGE + 3):
        published_article(
            index, title=f"Report {day:02}", published_at=utc(2025, 1, day)
        )
    first = client.get("/articles/")
    assert len(titles(first)) == ARTICLES_PER_PAGE
    assert "Page 1 of 2" in first.content.decode()
    assert titles(client.get("/articles/?page=2")) == ["Report 02", "Report 01"]
    assert titles(client.get("/articles/?page=99")) == ["Report 02", "Report 01"]
    assert client.get("/articles/?page=abc").status_code == 200
