import pytest
from bs4 import BeautifulSoup

from articles.counting import increment
from articles.factories import published_article, utc
from community.factories import ContributorFactory

pytestmark = pytest.mark.django_db


def test_contributor_page_lists_published_articles_with_dates_and_views(
    client, site_tree
):
    _, index = site_tree
    eva = ContributorFactory(
        name="Eva Horn", slug="eva-horn", bio="Writes on <b>armour</b>."
    )
    lipetsk = published_article(
        index, title="Lipetsk", authors=[eva], published_at=utc(2025, 7, 15)
    )
    kama = published_article(
        index, title="Kama", authors=[eva], published_at=utc(2025, 9, 1)
    )
    draft = published_article(index, title="Draft", authors=[eva])
    draft.unpublish()
    published_article(index, title="Someone else's")
    increment(lipetsk.pk, by=1200)
    increment(kama.pk, by=34)

    response = client.get("/contributors/eva-horn/")
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("h1").text == "Eva Horn"
    assert "<b>armour</b>" not in response.content.decode()
    rows = [
        [cell.text.strip() for cell in row.select("td")]
        for row in soup.select("tbody tr")
    ]
    assert rows == [
        ["Kama", "1 September 2025", "34"],
        ["Lipetsk", "15 July 2025", "1,200"],
    ]
    assert "2 articles · 1,234 views" in soup.select_one(".page-header").text


def test_unknown_contributor_is_404(client, db):
    assert client.get("/contributors/nobody/").status_code == 404


def test_directory_lists_contributors_alphabetically(client, db):
    ContributorFactory(name="Zdeněk Malý", slug="zdenek")
    ContributorFactory(name="Anna Veselá", slug="anna")
    soup = BeautifulSoup(client.get("/contributors/").content, "html.parser")
    assert [a.text for a in soup.select(".contributor-list a")] == [
        "Anna Veselá",
        "Zdeněk Malý",
    ]
