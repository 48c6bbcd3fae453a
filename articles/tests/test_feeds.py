"""Feeds, the sitemap and robots.txt: what feed readers and search engines get."""

import xml.etree.ElementTree as ET

import feedparser
import pytest
from bs4 import BeautifulSoup

from articles.factories import published_article, utc
from community.factories import ContributorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles(site_tree):
    _home, index = site_tree
    jana = ContributorFactory(name="Jana Dvořáková", slug="jana")
    return [
        published_article(
            index,
            title="Rapallo & after",
            authors=[jana],
            tags=["Rapallo"],
            published_at=utc(2026, 9, 14),
        ),
        published_article(
            index, title="Lipetsk <school>", published_at=utc(2026, 10, 5)
        ),
    ]


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_latest_feed_parses_cleanly_newest_first(client, articles, kind):
    response = client.get(f"/feeds/{kind}/")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert [entry.title for entry in feed.entries] == [
        "Lipetsk <school>",
        "Rapallo & after",
    ]
    assert feed.entries[1].link.endswith(articles[0].url)
    assert feed.entries[1].author == "Jana Dvořáková"


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_author_and_tag_feeds_hold_only_their_articles(client, articles, kind):
    by_author = feedparser.parse(client.get(f"/feeds/authors/jana/{kind}/").content)
    assert not by_author.bozo
    assert [entry.title for entry in by_author.entries] == ["Rapallo & after"]
    by_tag = feedparser.parse(client.get(f"/feeds/tags/rapallo/{kind}/").content)
    assert [entry.title for entry in by_tag.entries] == ["Rapallo & after"]


def test_unknown_author_or_tag_is_a_404(client, articles):
    assert client.get("/feeds/authors/nobody/rss/").status_code == 404
    assert client.get("/feeds/tags/nothing/atom/").status_code == 404


def test_sitemap_is_xml_listing_every_live_page(client, articles):
    response = client.get("/sitemap.xml")
    root = ET.fromstring(response.content)
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = [loc.text for loc in root.findall("s:url/s:loc", namespace)]
    for article in articles:
        assert any(location.endswith(article.url) for location in locations)


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_points_to_the_sitemap(client):
    text = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text
    # The emailed links are private in every language.
    assert "Disallow: /join/confirm/" in text
    assert "Disallow: /cs/join/confirm/" in text


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_a_standfirst_with_markup_reaches_feed_readers_as_text(client, site_tree, kind):
    _home, index = site_tree
    published_article(
        index,
        title="Kama",
        standfirst="<svg onload=alert(1)>Tanks &amp; gas <b>at</b> Kama</svg>"
        " &lt;img src=x onerror=alert(2)&gt;",
    )
    response = client.get(f"/feeds/{kind}/")
    raw = response.content.decode()
    # No element of the standfirst is in the XML: only escaped text.
    assert "<svg" not in raw and "<b>" not in raw and "<img" not in raw
    if kind == "atom":
        assert '<summary type="text">' in raw
    (entry,) = feedparser.parse(response.content).entries
    if kind == "atom":
        assert entry.summary_detail.type == "text/plain"
        shown = entry.summary
    else:
        # RSS readers render the description as HTML: it must hold no element.
        assert entry.summary_detail.type == "text/html"
        summary = BeautifulSoup(entry.summary, "html.parser")
        assert summary.find() is None
        shown = summary.get_text()
    # The words, with the escaped tag shown as characters.
    assert shown == "Tanks & gas at Kama <img src=x onerror=alert(2)>"
