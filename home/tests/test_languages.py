"""Czech and English side by side: addresses, switcher, links, lists, dates, feeds."""

import re
import xml.etree.ElementTree as ET

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from articles.models import ArticlePage
from encyclopedia.models import EntryPage, Mention

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_media")]

CZECH_ARTICLE = "/cs/magazin/lipecka-letecka-skola/"
ENGLISH_ARTICLE = "/articles/lipetsk-flying-school/"


def soup(client, url: str, **params) -> BeautifulSoup:
    response = client.get(url, params)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def alternates(page: BeautifulSoup) -> dict[str, str]:
    return {
        link["hreflang"]: link["href"]
        for link in page.find_all("link", rel="alternate", hreflang=True)
    }


def test_each_language_has_its_own_addresses_and_html_lang(client, demo):
    for url, language in [
        ("/", "en"),
        ("/cs/", "cs"),
        (ENGLISH_ARTICLE, "en"),
        (CZECH_ARTICLE, "cs"),
        ("/cs/encyklopedie/", "cs"),
        ("/cs/timeline/", "cs"),
        ("/cs/map/", "cs"),
        ("/cs/search/", "cs"),
        ("/cs/join/", "cs"),
        ("/cs/contributors/", "cs"),
    ]:
        assert soup(client, url).html["lang"] == language, url


def test_a_translated_page_names_its_other_language_and_switches_to_it(client, demo):
    czech = soup(client, CZECH_ARTICLE)
    links = alternates(czech)
    assert links["cs"].endswith(CZECH_ARTICLE)
    assert links["en"].endswith(ENGLISH_ARTICLE)
    assert links["x-default"] == links["en"]
    switcher = czech.find("nav", class_="language-switcher")
    assert switcher.find("a", hreflang="en")["href"] == links["en"]
    assert switcher.find(attrs={"aria-current": "true"}).get_text() == "Čeština"
    english = soup(client, ENGLISH_ARTICLE)
    assert alternates(english)["cs"].endswith(CZECH_ARTICLE)


def test_an_untranslated_page_exists_in_czech_as_the_original(client, demo):
    """The Czech tree follows the English one: untranslated pages are aliases."""
    english = ArticlePage.objects.get(slug="kama-and-tomka", locale__language_code="en")
    alias = english.get_translation(Locale.objects.get(language_code="cs"))
    assert alias.alias_of_id == english.pk and alias.live
    page = soup(client, alias.url)
    assert page.html["lang"] == "cs"
    assert page.find("h1").get_text(strip=True) == english.title
    # The interface around the original text is Czech.
    assert (
        "Související články" in page.get_text() or "V tomto článku" in page.get_text()
    )


def test_views_outside_the_page_tree_switch_by_prefix(client, demo):
    links = alternates(soup(client, "/cs/timeline/", start="1925"))
    assert links["en"].endswith("/timeline/?start=1925")
    assert links["cs"].endswith("/cs/timeline/?start=1925")


def test_navigation_leads_to_the_sections_in_the_readers_language(client, demo):
    nav = soup(client, "/cs/").find("nav", class_="site-nav")
    hrefs = {a.get_text(strip=True): a["href"] for a in nav.find_all("a")}
    assert hrefs["Magazín"] == "/cs/magazin/"
    assert hrefs["Encyklopedie"] == "/cs/encyklopedie/"
    assert hrefs["Časová osa"] == "/cs/timeline/"
    assert hrefs["Přidejte se"] == "/cs/join/"


def test_a_czech_article_links_declined_names_to_czech_entries(client, demo):
    article = ArticlePage.objects.get(slug="lipecka-letecka-skola")
    mentions = Mention.objects.filter(page=article, entry__isnull=False)
    assert mentions.exists()
    assert not mentions.exclude(entry__locale__language_code="cs").exists()
    page = soup(client, CZECH_ARTICLE)
    links = {
        a.get_text(): a["href"] for a in page.select(".article__body a.entry-link")
    }
    lipeck = EntryPage.objects.get(title="Lipeck")
    assert links["Lipecku"] == lipeck.url  # "v Lipecku": a declined form
    assert links["Versailleská smlouva"].startswith("/cs/encyklopedie/")
    assert all(href.startswith("/cs/") for href in links.values())


def test_a_czech_entry_shows_its_connections_in_czech(client, demo):
    jeschonnek = EntryPage.objects.get(
        title="Hans Jeschonnek", locale__language_code="cs"
    )
    page = soup(client, jeschonnek.url)
    connections = page.find(class_="connections") or page
    school = connections.find("a", string="Letecká škola v Lipecku")
    assert school is not None and school["href"].startswith("/cs/encyklopedie/")
    assert "Narozen" in page.get_text() and "9. 4. 1899" in page.get_text()
    assert "Lipeck: německé letectvo" in page.find(class_="mentioned-in").get_text()


def test_dates_and_numbers_follow_the_readers_locale(client, demo):
    czech = soup(client, CZECH_ARTICLE).find(class_="byline").get_text(" ")
    english = soup(client, ENGLISH_ARTICLE).find(class_="byline").get_text(" ")
    assert "5. 10. 2026" in czech and "5 October 2026" in english
    assert "min čtení" in czech and "min read" in english
    assert re.search(r"\d+ zobrazení", czech)


def test_lists_show_the_readers_language(client, demo):
    czech_map = soup(client, "/cs/map/").get_text()
    assert "Lipeck" in czech_map and "Voroněž" in czech_map
    assert "Voronezh" not in czech_map
    english_map = soup(client, "/map/").get_text()
    assert "Voronezh" in english_map and "Voroněž" not in english_map
    timeline = soup(client, "/cs/timeline/", start="1925", end="1925").get_text()
    assert "Zahájení výcviku v Lipecku" in timeline
    assert "Opening of the Lipetsk school" not in timeline


def test_search_is_in_the_readers_language_unless_asked_otherwise(client, demo):
    def titles(url, **params):
        page = soup(client, url, **params)
        return [a.get_text() for a in page.select(".search-result > a")]

    assert "Lipeck" in titles("/cs/search/", q="Lipeck", type="place")
    assert "Lipeck" not in titles("/search/", q="Lipeck", type="place")
    both = titles("/search/", q="Lipetsk", type="place", lang="all")
    assert "Lipetsk" in both and "Lipeck" in both
    czech = titles("/search/", q="Voroněž", lang="cs")
    assert czech[0] == "Voroněž" and "Voronezh" not in czech
    suggestions = client.get("/cs/search/suggest", {"q": "Voro"}).json()
    suggested = [s["title"] for s in suggestions["suggestions"]]
    assert "Voroněž" in suggested and "Voronezh" not in suggested


def test_feeds_exist_per_language(client, demo):
    czech = feedparser.parse(client.get("/cs/feeds/rss/").content)
    english = feedparser.parse(client.get("/feeds/rss/").content)
    assert not czech.bozo and not english.bozo
    assert czech.feed.language == "cs" and english.feed.language == "en"
    czech_titles = [entry.title for entry in czech.entries]
    assert "Lipeck: německé letectvo, které oficiálně neexistovalo" in czech_titles
    assert all(
        entry.link.startswith("http://testserver/cs/") for entry in czech.entries
    )
    assert all("/cs/" not in entry.link for entry in english.entries)
    atom = feedparser.parse(client.get("/cs/feeds/atom/").content)
    assert not atom.bozo and atom.entries


def test_sitemap_lists_every_live_page_in_both_languages_with_alternates(client, demo):
    from wagtail.models import Page

    response = client.get("/sitemap.xml")
    root = ET.fromstring(response.content)
    ns = {
        "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
        "x": "http://www.w3.org/1999/xhtml",
    }
    urls = root.findall("s:url", ns)
    listed = {url.find("s:loc", ns).text for url in urls}
    live = Page.objects.live().filter(depth__gte=2).specific()
    # At the address the request came to, not the Site record's host.
    expected = {f"http://testserver{page.url}" for page in live}
    assert listed == expected
    for language in ("en", "cs"):
        assert live.filter(locale__language_code=language).count() > 100
    article = next(u for u in urls if u.find("s:loc", ns).text.endswith(CZECH_ARTICLE))
    hreflangs = {
        link.get("hreflang"): link.get("href") for link in article.findall("x:link", ns)
    }
    assert hreflangs["en"].endswith(ENGLISH_ARTICLE)
    assert hreflangs["cs"].endswith(CZECH_ARTICLE)


def test_ads_are_chosen_for_the_pages_language(client, demo):
    czech = soup(client, CZECH_ARTICLE).select("aside.ad")
    english = soup(client, ENGLISH_ARTICLE).select("aside.ad")
    assert czech and english
    assert all("dobrovolníci" in ad.get_text() for ad in czech)
    assert all("volunteers" in ad.get_text() for ad in english)


def test_czech_pages_from_kept_fragments_read_as_rendered_fresh(
    client, demo, settings, redis_url
):
    """Served from fragments and copies, an article asks only for its view count."""
    fresh = {url: client.get(url).content for url in ("/cs/", CZECH_ARTICLE)}
    settings.CONTENT_CACHE_SECONDS = 600
    for url in fresh:
        # The site, the Czech home page and the article become this process's
        # copies, the article's parts fragments in Redis.
        client.get(url)
        client.get(url)
    for url, content in fresh.items():
        with CaptureQueriesContext(connection) as queries:
            kept = client.get(url)
        assert kept.content == content, url
        asked = [query["sql"] for query in queries]
        if url == CZECH_ARTICLE:
            assert len(asked) == 1 and "articles_viewcount" in asked[0], asked
        else:
            assert asked == [], asked
