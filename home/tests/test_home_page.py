import pytest
from bs4 import BeautifulSoup

from articles.counting import increment
from articles.factories import published_article, utc

pytestmark = pytest.mark.django_db


def test_home_shows_featured_latest_most_read_and_the_call_to_join(client, site_tree):
    home, index = site_tree
    old = published_article(index, title="Rapallo", published_at=utc(2024, 4, 16))
    mid = published_article(index, title="Lipetsk", published_at=utc(2025, 7, 15))
    new = published_article(index, title="Kama", published_at=utc(2025, 9, 1))
    increment(old.pk, by=500)
    increment(new.pk, by=20)
    home.featured_article = mid
    home.save_revision().publish()

    soup = BeautifulSoup(client.get("/").content, "html.parser")
    assert soup.select_one(".featured .card__title").text == "Lipetsk"
    latest = [
        a.text for a in soup.select("[aria-labelledby=latest-title] .card__title a")
    ]
    assert latest == ["Kama", "Rapallo"]
    most_read = [a.text for a in soup.select(".most-read li a")]
    assert most_read == ["Rapallo", "Kama"]
    assert "500 views" in soup.select_one(".most-read").text
    join = soup.select_one("#join")
    assert join.select_one("h2").text == "Join us"


def test_unpublished_featured_article_is_not_shown(client, site_tree):
    home, index = site_tree
    article = published_article(index, title="Draft")
    home.featured_article = article
    home.save_revision().publish()
    article.unpublish()
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    assert soup.select_one(".featured") is None


def test_empty_site_home_page_renders(client, site_tree):
    response = client.get("/")
    assert response.status_code == 200
    assert "Nothing has been published yet." in response.content.decode()
