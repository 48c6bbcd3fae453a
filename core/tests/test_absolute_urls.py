"""Absolute URLs name the address the reader came to, never a stored default.

The Site record says 127.0.0.1:8000 (as ``load_demo`` leaves it); the site is
served at another host and port. Every absolute URL a reader, a crawler, a feed
reader or an API client gets names the request's address, or ``SITE_URL``.
"""

import json
import xml.etree.ElementTree as ET

import feedparser
import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale, Site
from wagtail_localize.synctree import synchronize_tree

from articles.factories import published_article
from core.locales import ensure_locales
from encyclopedia.factories import EncyclopediaPageFactory, published_entry
from encyclopedia.models import PlacePage
from garrison import backing_services

pytestmark = pytest.mark.django_db

HOST = "garrison.example:8443"
STORED = "127.0.0.1:8000"


@pytest.fixture
def served_elsewhere(site_tree, settings):
    """A bilingual site whose Site record names 127.0.0.1:8000; return the article."""
    home, magazine = site_tree
    ensure_locales()
    Site.objects.filter(is_default_site=True).update(hostname="127.0.0.1", port=8000)
    settings.ALLOWED_HOSTS = ["garrison.example", "other.example", "testserver"]
    article = published_article(magazine, title="Lipetsk", slug="lipetsk")
    encyclopedia = EncyclopediaPageFactory(parent=home)
    published_entry(
        encyclopedia,
        PlacePage,
        title="Lipetsk",
        kind="airfield",
        latitude="52.60310",
        longitude="39.57080",
        start="1925",
    )
    synchronize_tree(Locale.get_default(), Locale.objects.get(language_code="cs"))
    return article


def page_urls(html: bytes) -> list[str]:
    """Every absolute URL a page's head and switcher give: links, meta, JSON-LD."""
    page = BeautifulSoup(html, "html.parser")
    urls = [link["href"] for link in page.find_all("link", hreflang=True)]
    urls += [a["href"] for a in page.select(".language-switcher a")]
    urls += [link["href"] for link in page.find_all("link", rel="canonical")]
    urls += [meta["content"] for meta in page.find_all("meta", property="og:url")]
    for script in page.find_all("script", type="application/ld+json"):
        data = json.loads(script.string)
        urls += [data["url"], *(author["url"] for author in data["author"])]
    return urls


def json_urls(data) -> list[str]:
    """Every value of a key ending in ``url`` in an API answer."""
    if isinstance(data, dict):
        found = [
            value
            for key, value in data.items()
            if key.endswith("url") and isinstance(value, str)
        ]
        return found + [url for value in data.values() for url in json_urls(value)]
    if isinstance(data, list):
        return [url for value in data for url in json_urls(value)]
    return []


def assert_at(urls: list[str], root: str) -> None:
    assert urls
    for url in urls:
        assert url.startswith(f"{root}/"), url


def test_page_links_and_the_language_switcher_name_the_request_host(
    client, served_elsewhere
):
    article = served_elsewhere
    czech = article.get_translation(Locale.objects.get(language_code="cs"))
    for url in [article.url, czech.url, "/timeline/", "/cs/search/?q=Lipetsk"]:
        response = client.get(url, HTTP_HOST=HOST)
        assert response.status_code == 200, url
        assert STORED not in response.content.decode()
        urls = page_urls(response.content)
        assert_at(urls, f"http://{HOST}")
        assert len(urls) >= 4, url
    # Each process keeps a page's translations; not the host it was first asked at.
    again = client.get(article.url, HTTP_HOST="other.example")
    assert_at(page_urls(again.content), "http://other.example")


def test_sitemap_and_robots_name_the_request_host(client, served_elsewhere):
    response = client.get("/sitemap.xml", HTTP_HOST=HOST)
    assert STORED not in response.content.decode()
    tree = ET.fromstring(response.content)
    locations = [element.text for element in tree.iter() if element.tag.endswith("loc")]
    alternates = [
        element.get("href") for element in tree.iter() if element.tag.endswith("link")
    ]
    assert len(locations) >= 6 and alternates
    assert_at(locations + alternates, f"http://{HOST}")
    robots = client.get("/robots.txt", HTTP_HOST=HOST).content.decode()
    assert f"Sitemap: http://{HOST}/sitemap.xml" in robots


def test_api_url_fields_name_the_request_host(client, served_elsewhere):
    article = served_elsewhere
    answers = [
        client.get(path, HTTP_HOST=HOST)
        for path in [
            f"/api/v1/articles/{article.pk}",
            "/api/v1/articles?page_size=1&lang=en",
            "/api/v1/entries?lang=cs",
            "/api/v1/places.geojson",
            "/api/v1/timeline?start=1900",
            "/api/v1/search?q=Lipetsk",
        ]
    ]
    urls = []
    for answer in answers:
        assert answer.status_code == 200
        assert STORED not in answer.content.decode()
        urls += json_urls(answer.json())
    assert len(urls) >= 10
    # Sources name their own sites; everything else is ours.
    assert_at([url for url in urls if "example.org" not in url], f"http://{HOST}")


@pytest.mark.parametrize("path", ["/feeds/rss/", "/cs/feeds/atom/"])
def test_feeds_name_the_request_host(client, served_elsewhere, path):
    response = client.get(path, HTTP_HOST=HOST, secure=True)
    assert STORED not in response.content.decode()
    feed = feedparser.parse(response.content)
    links = [feed.feed.link, *(entry.link for entry in feed.entries)]
    assert len(links) >= 2
    assert_at(links, f"https://{HOST}")


def test_a_configured_site_url_names_every_absolute_url(
    client, served_elsewhere, settings
):
    settings.SITE_URL = "https://garrison.example"
    article = served_elsewhere
    page = client.get(article.url, HTTP_HOST="other.example")
    assert_at(page_urls(page.content), "https://garrison.example")
    api = client.get(f"/api/v1/articles/{article.pk}", HTTP_HOST="other.example")
    urls = [url for url in json_urls(api.json()) if "example.org" not in url]
    assert_at(urls, "https://garrison.example")
    sitemap = client.get("/sitemap.xml", HTTP_HOST="other.example").content.decode()
    assert "other.example" not in sitemap and "https://garrison.example/" in sitemap


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", ""),
        ("https://garrison.example", "https://garrison.example"),
        ("https://garrison.example/", "https://garrison.example"),
        ("http://garrison.example:8443", "http://garrison.example:8443"),
    ],
)
def test_site_url_is_a_scheme_and_a_host(value, expected):
    assert backing_services.site_url(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "garrison.example",
        "ftp://garrison.example",
        "https://garrison.example/magazine/",
        "https://garrison.example?x=1",
        "https://garrison.example:port",
        "https://",
    ],
)
def test_a_malformed_site_url_is_refused_by_name(value):
    with pytest.raises(backing_services.ServiceConfigurationError, match="SITE_URL"):
        backing_services.site_url(value)
