"""What a reader sees on an article page, through real requests."""

import json
import re

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.counting import increment
from articles.factories import SeriesFactory, paragraphs, published_article, utc
from community.factories import ContributorFactory
from core.factories import ImageFactory

pytestmark = pytest.mark.django_db


def soup_of(client, page) -> BeautifulSoup:
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_byline_names_authors_with_links_date_reading_time_and_views(client, site_tree):
    _, index = site_tree
    karl = ContributorFactory(name="Karl Schlange", slug="karl-schlange")
    eva = ContributorFactory(name="Eva Horn", slug="eva-horn")
    article = published_article(
        index,
        authors=[karl, eva],
        published_at=utc(1925, 7, 15),
        body=paragraphs(*["word " * 100] * 5),
    )
    increment(article.pk, by=13788)

    byline = soup_of(client, article).select_one(".byline")
    links = byline.select("a[rel=author]")
    assert [(a.text, a["href"]) for a in links] == [
        ("Karl Schlange", "/contributors/karl-schlange/"),
        ("Eva Horn", "/contributors/eva-horn/"),
    ]
    assert byline.select_one("time")["datetime"].startswith("1925-07-15")
    assert "15 July 1925" in byline.text
    assert "3 min read" in byline.text
    assert "13,788 views" in byline.select_one(".byline__views").text


def test_sources_are_listed_numbered_in_editor_order(client, site_tree):
    _, index = site_tree
    article = published_article(index, sources=3)
    items = soup_of(client, article).select(".sources__list > li")
    assert [item["id"] for item in items] == ["source-1", "source-2", "source-3"]
    assert [item.select_one("a.source__title")["href"] for item in items] == [
        "https://example.org/1",
        "https://example.org/2",
        "https://example.org/3",
    ]


def test_series_parts_link_to_each_other(client, site_tree):
    _, index = site_tree
    series = SeriesFactory(title="Schools in the East")
    first = published_article(index, title="Lipetsk", series=series, series_part=1)
    second = published_article(index, title="Kama", series=series, series_part=2)

    nav = soup_of(client, first).select_one(".series-nav")
    assert "Schools in the East: part 1 of 2" in nav.text
    assert nav.select_one("a[rel=next]")["href"] == second.url
    assert nav.select_one("a[rel=prev]") is None

    nav = soup_of(client, second).select_one(".series-nav")
    assert "part 2 of 2" in nav.text
    assert nav.select_one("a[rel=prev]")["href"] == first.url


def test_unpublished_part_is_left_out_of_the_series(client, site_tree):
    _, index = site_tree
    series = SeriesFactory()
    first = published_article(index, series=series, series_part=1)
    draft = published_article(index, series=series, series_part=2)
    draft.unpublish()
    nav = soup_of(client, first).select_one(".series-nav")
    assert "part 1 of 1" in nav.text
    assert nav.select_one("a[rel=next]") is None


def test_long_article_gets_a_table_of_contents(client, site_tree):
    _, index = site_tree
    body = []
    for title in ["Founding", "Training", "Closure"]:
        body.append({"type": "heading", "value": {"text": title, "level": "h2"}})
        body += paragraphs("Text.")
    article = published_article(index, body=body)
    soup = soup_of(client, article)
    toc = soup.select_one("nav.toc")
    assert [a["href"] for a in toc.select("a")] == [
        "#founding",
        "#training",
        "#closure",
    ]
    assert soup.select_one("h2#training").text == "Training"


def test_page_describes_itself_to_search_engines_and_social_sites(client, site_tree):
    _, index = site_tree
    author = ContributorFactory(name="Eva Horn", slug="eva-horn")
    image = ImageFactory()
    article = published_article(
        index,
        authors=[author],
        sources=2,
        lead_image=image,
        lead_image_alt="Fokker D.XIII fighters on the field at Lipetsk",
    )
    soup = soup_of(client, article)
    assert soup.select_one('meta[property="og:type"]')["content"] == "article"
    assert soup.select_one('meta[property="og:title"]')["content"] == article.title
    assert soup.select_one('meta[property="og:image"]')["content"].startswith("http")
    assert soup.select_one('meta[name="twitter:card"]')["content"] == (
        "summary_large_image"
    )
    data = json.loads(soup.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "Article"
    assert data["headline"] == article.title
    assert data["author"][0]["name"] == "Eva Horn"
    assert data["author"][0]["url"].endswith("/contributors/eva-horn/")
    assert [citation["url"] for citation in data["citation"]] == [
        "https://example.org/1",
        "https://example.org/2",
    ]
    assert "datePublished" in data


def test_json_ld_cannot_break_out_of_its_script_element(client, site_tree):
    _, index = site_tree
    article = published_article(index, title="</script><script>alert(1)</script>")
    html = client.get(article.url).content.decode()
    ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert "<script>" not in ld.group(1)
    assert json.loads(ld.group(1))["headline"] == article.title


# Rendered whole, as without the fragment cache (core/tests/test_fragment_cache.py
# pins what kept fragments ask). Routing takes two of these (the reader's
# locale, the article; the site and its sections are each process's own copies,
# core/caching/process_copies.py) and privacy one (core/privacy.py). The
# discussion beneath adds one while it has no posts, three with
# (discussion/threads.py:thread_page; discussion/tests pins a long thread), and
# "Also contributed by" one (discussion/folding.py:contributors_of).
ARTICLE_QUERY_BUDGET = 12 + 2


def test_article_with_ten_sources_and_six_images_renders_in_twelve_queries(
    client, site_tree
):
    _, index = site_tree
    body = []
    for _ in range(6):
        body.append(
            {
                "type": "figure",
                "value": {
                    "image": ImageFactory().pk,
                    "alt_text": "Hangars at Lipetsk",
                    "caption": "The field in 1926",
                    "credit": "",
                    "licence": "",
                },
            }
        )
        body += paragraphs("A paragraph of text.", "Another paragraph.")
    article = published_article(
        index,
        sources=10,
        authors=[ContributorFactory(), ContributorFactory()],
        body=body,
        tags=["Lipetsk", "Aviation"],
        series=SeriesFactory(),
        series_part=1,
        lead_image=ImageFactory(),
        lead_image_alt="A Fokker fighter",
    )
    # The first view makes the renditions and the site's advertising settings
    # (which flush the site, so the next view finds the site again, and the
    # one after the reader's locale): measured is a view as every later one.
    for _ in range(3):
        client.get(article.url)

    with CaptureQueriesContext(connection) as queries:
        response = client.get(article.url)
    assert response.status_code == 200
    assert response.content.count(b'<figure class="figure">') == 6
    assert len(queries) <= ARTICLE_QUERY_BUDGET, "\n".join(
        query["sql"] for query in queries
    )


def test_article_naming_thirty_entries_renders_within_its_query_budget(
    client, site_tree
):
    """Thirty linked entries (places among them) cost a fixed number of queries."""
    from encyclopedia.factories import EncyclopediaPageFactory, published_entry
    from encyclopedia.models import EventPage, PersonPage, PlacePage

    home, index = site_tree
    encyclopedia = EncyclopediaPageFactory(parent=home)
    names = []
    for number in range(30):
        model, extra = [
            (PersonPage, {"start": f"{1880 + number}"}),
            (PlacePage, {"kind": "city", "latitude": "52.1", "longitude": "39.2"}),
            (EventPage, {"kind": "battle", "start": f"1.{number % 12 + 1}.1930"}),
        ][number % 3]
        title = f"Entry {chr(65 + number % 26)}{chr(65 + number // 26)}lstein"
        published_entry(encyclopedia, model, title=title, **extra)
        names.append(title)
    text = " ".join(f"Then {name} came." for name in names)
    article = published_article(
        index, sources=5, body=paragraphs(text, text), tags=["Kama"]
    )
    published_article(index, body=paragraphs(names[0]))
    for _ in range(3):
        client.get(article.url)

    with CaptureQueriesContext(connection) as queries:
        response = client.get(article.url)
    html = response.content.decode()
    assert html.count('class="entry-link"') == 30
    assert "Related articles" in html
    assert len(queries) <= ARTICLE_QUERY_BUDGET, "\n".join(
        query["sql"] for query in queries
    )
