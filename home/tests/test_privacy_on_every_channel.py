"""A private page stays private on every channel the site offers.

On top of the demo site, an article and an entry are made private for each kind
of restriction (a password, signing in, a group) and each placement (on the
page, on an ancestor, on the original of an alias), each with a marker word of
its own in its title, standfirst or summary and body. Public pages name the
private entries, share the private articles' authors, tags, series and entries,
and events and places of theirs sit on the timeline and the map.

An anonymous reader then walks everything the site offers: every link from the
home pages in both languages, every URL in the sitemap, every API list and
detail, every feed, the search and its suggestions; no marker may show
anywhere. A channel added later is reached by the walk, and fails it until it
asks ``core.privacy``. The readers each restriction admits see the page itself.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import deque
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.test import Client, override_settings
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail_localize.synctree import synchronize_tree

from articles.factories import ArticleIndexPageFactory, paragraphs, published_article
from articles.models import ArticlePage
from articles.tasks import relink_articles
from community.models import Contributor
from discussion.models import Post, PostStatus, Thread
from encyclopedia.factories import EncyclopediaPageFactory, published_entry
from encyclopedia.models import (
    EncyclopediaPage,
    EventPage,
    PersonPage,
    PlacePage,
    Relation,
    UnitPage,
)
from home.models import HomePage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_media")]

KINDS = {
    "pw": PageViewRestriction.PASSWORD,
    "login": PageViewRestriction.LOGIN,
    "group": PageViewRestriction.GROUPS,
}
PLACEMENTS = ("page", "ancestor", "alias")
PASSWORD = "quellberg-1926"
#: Words every private page holds (title, standfirst or summary, body), which
#: the walk searches for: a marker itself would be echoed by the search page.
BAIT = {"title": "Quellberg", "lead": "Brennwald", "body": "Tarnholm"}
#: Paths the walk never follows: the admin, files, forms that act.
NOT_WALKED = (
    "/admin", "/documents/", "/static/", "/media/", "/_util/", "/cs/_util/",
    "/beacon/",
    "/join/confirm/", "/join/withdraw/", "/join/password/", "/cs/join/confirm/",
    "/cs/join/withdraw/",
)  # fmt: skip
#: Paths that show what another walked path shows: a citation, a page's
#: sources or a library record as BibTeX and RIS (the walk reads the CSL-JSON).
SAME_AS_WALKED = ("/bibtex/", "/ris/")
MAX_QUERY_VARIANTS = 4
#: A public page's history, revisions, changes and citation are one view each,
#: the same for every page; the walk reads them for this many pages (the
#: private pages' own are tried by their addresses, every one).
PAGE_VIEWS_WALKED = 40
_PAGE_VIEW = re.compile(r"^(?:/[a-z]{2})?/pages/\d+/([a-z-]+)/")
MAX_URLS = 6000


@dataclass(frozen=True)
class Planted:
    marker: str
    page: Page
    kind: str
    placement: str


def marker(kind: str, placement: str, what: str) -> str:
    return f"zq{kind}{placement}{what}"


@pytest.fixture(scope="module")
def planted(demo, django_db_blocker) -> dict:
    """Plant the private pages and the public ones that point at them."""
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=demo):
        with transaction.atomic():
            yield plant()
            transaction.set_rollback(True)


def plant() -> dict:
    english = Locale.objects.get(language_code="en")
    home = HomePage.objects.get(locale=english)
    magazine = ArticlePage.objects.filter(locale=english).first().get_parent()
    encyclopedia = EncyclopediaPage.objects.get(locale=english)
    author = Contributor.objects.order_by("pk").first()
    series_article = ArticlePage.objects.filter(
        locale=english, series__isnull=False
    ).first()
    public_place = PlacePage.objects.filter(
        locale=english, live=True, latitude__isnull=False
    ).first()
    public_unit = UnitPage.objects.filter(locale=english, live=True).first()
    public_entry = public_place

    group = Group.objects.create(name="Archive readers")
    users = {
        "login": get_user_model().objects.create_user("member", password="x-1926-y"),
        "group": get_user_model().objects.create_user("archivist", password="x-1926-z"),
    }
    users["group"].groups.add(group)

    def restrict(page: Page, kind: str) -> None:
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=KINDS[kind], password=PASSWORD
        )
        if kind == "group":
            restriction.groups.add(group)

    articles: list[Planted] = []
    entries: list[Planted] = []
    sections: list[str] = []
    for kind in KINDS:
        for placement in PLACEMENTS:
            article_parent, entry_parent = magazine, encyclopedia
            if placement == "ancestor":
                words = marker(kind, placement, "section")
                sections.append(words)
                article_parent = ArticleIndexPageFactory(
                    parent=home, title=f"Archive {words}", slug=f"archive-{words}"
                )
                entry_parent = EncyclopediaPageFactory(
                    parent=home, title=f"Registry {words}", slug=f"registry-{words}"
                )
            words = marker(kind, placement, "entry")
            entry = plant_entry(
                entry_parent, words, kind, placement, public_place, public_unit
            )
            entries.append(Planted(words, entry, kind, placement))
            entry.refresh_from_db()

            words = marker(kind, placement, "article")
            article = published_article(
                article_parent,
                title=f"{BAIT['title']} dispatch {words}",
                slug=f"dispatch-{words}",
                standfirst=f"{BAIT['lead']} notes {words}.",
                body=paragraphs(
                    f"{BAIT['body']} {words}: {public_entry.title} and "
                    f"{public_unit.title} took part."
                ),
                authors=[author],
                tags=["lipetsk", "reichswehr"],
                series=series_article.series if series_article else None,
                series_part=99,
            )
            articles.append(Planted(words, article, kind, placement))
            for page, what in ((article, "article"), (entry, "entry")):
                # An approved post under the private page, naming its marker.
                thread = Thread.objects.create(page=page)
                Post.objects.create(
                    thread=thread,
                    text=f"{BAIT['body']} post {marker(kind, placement, what)}",
                    html=f"<p>{BAIT['body']} post {marker(kind, placement, what)}</p>",
                    status=PostStatus.APPROVED,
                )
            # Restricted after publishing, as an editor would close a live page.
            restrict(article_parent if placement == "ancestor" else article, kind)
            restrict(entry_parent if placement == "ancestor" else entry, kind)

    # A public article naming every private entry by a name without its marker.
    published_article(
        magazine,
        title="Garrison orders of the week",
        slug="garrison-orders-of-the-week",
        body=paragraphs(
            "Orders went out to "
            + ", ".join(f"Vorlund {p.kind} {p.placement}" for p in entries)
            + f" and to {public_entry.title}, by way of {BAIT['body']}."
        ),
        authors=[author],
        tags=["lipetsk"],
    )
    # The neighbour's next version, saved and never published, names a marker.
    orders = ArticlePage.objects.get(slug="garrison-orders-of-the-week")
    orders.body = paragraphs(f"Draft orders for {marker('draft', 'page', 'article')}.")
    draft = orders.save_revision()
    czech = Locale.objects.get(language_code="cs")
    synchronize_tree(english, czech)
    relink_articles.enqueue(
        list(ArticlePage.objects.filter(locale=czech).values_list("pk", flat=True))
    )
    for planted in articles + entries:
        if planted.placement == "alias":
            alias = planted.page.get_translation(czech)
            assert alias.alias_of_id == planted.page.pk
    return {
        "articles": articles,
        "entries": entries,
        "sections": sections,
        "users": users,
        "markers": [p.marker for p in articles + entries]
        + sections
        + [marker("draft", "page", "article")],
        "draft": draft,
    }


def plant_entry(
    parent, words: str, kind: str, placement: str, public_place, public_unit
):
    """A private entry that the timeline, the map and relations would show."""
    fields = {
        "title": f"{BAIT['title']} {words}",
        "slug": f"entry-{words}",
        "aliases": [f"Vorlund {kind} {placement}"],
        "summary": f"{BAIT['lead']} summary {words}.",
        "body": [("paragraph", f"<p>{BAIT['body']} {words}.</p>")],
    }
    if placement == "page":
        return published_entry(
            parent,
            PlacePage,
            kind="airfield",
            latitude=Decimal("52.61"),
            longitude=Decimal("39.60"),
            start="1925",
            end="1933",
            **fields,
        )
    if placement == "ancestor":
        event = published_entry(
            parent,
            EventPage,
            kind="battle",
            place=public_place,
            start="1927",
            end="1928",
            **fields,
        )
        event.participants.add(public_unit)
        event.save_revision().publish()
        return event
    person = published_entry(parent, PersonPage, start="1890", end="1950", **fields)
    person.relations.add(Relation(kind="served_in", target=public_unit))
    person.save_revision().publish()
    return person


# The walk ----------------------------------------------------------------


def links_in(response) -> list[str]:
    """Every address a response offers: links, alternates, sitemap, API and feeds."""
    content_type = response.get("Content-Type", "")
    body = response.content.decode("utf-8", "replace")
    found: list[str] = []
    if "html" in content_type:
        soup = BeautifulSoup(body, "html.parser")
        for tag in soup.find_all(["a", "link"], href=True):
            found.append(tag["href"])
        for form in soup.find_all("form", method=lambda m: (m or "get") == "get"):
            if form.get("action"):
                found.append(form["action"])
    elif "xml" in content_type:
        found += re.findall(r"<(?:loc|link|id)>([^<]+)<", body)
        found += re.findall(r'href="([^"]+)"', body)
    elif "json" in content_type:
        found += re.findall(r'"(?:url|next|previous|href)":\s*"([^"]+)"', body)
    return found


def local_path(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("", "http", "https") or not parts.path.startswith("/"):
        return None
    if parts.netloc and parts.netloc.split(":")[0] not in ("testserver", "localhost"):
        return None
    if parts.path.startswith(NOT_WALKED) or parts.path.endswith(SAME_AS_WALKED):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def api_addresses(client: Client) -> list[str]:
    """Every API list page and every detail the lists name."""
    addresses = []
    for language in ("en", "cs"):
        for endpoint, key in (("articles", "id"), ("entries", "id")):
            url = f"/api/v1/{endpoint}?lang={language}&page_size=100"
            while url:
                addresses.append(url)
                data = client.get(url).json()
                addresses += [
                    f"/api/v1/{endpoint}/{item[key]}" for item in data["items"]
                ]
                url = local_path(data["next"]) if data.get("next") else None
        addresses += [
            f"/api/v1/places.geojson?lang={language}",
            f"/api/v1/timeline?lang={language}",
            f"/api/v1/timeline?lang={language}&start=1920&end=1935",
        ]
    data = client.get("/api/v1/contributors?page_size=100").json()
    addresses.append("/api/v1/contributors?page_size=100")
    addresses += [f"/api/v1/contributors/{item['slug']}" for item in data["items"]]
    return addresses


def searches() -> list[str]:
    addresses = []
    for word in BAIT.values():
        for prefix in ("", "/cs"):
            addresses += [
                f"{prefix}/search/?q={word}",
                f"{prefix}/search/?q={word}&lang=all",
                f"{prefix}/search/suggest?q={word[:5]}",
            ]
        addresses += [
            f"/api/v1/search?q={word}",
            f"/api/v1/search?q={word}&lang=cs",
        ]
    return addresses


def walk(
    client: Client, words: list[str], guessed: list[str] = ()
) -> dict[str, list[str]]:
    """Follow everything an anonymous reader can reach, and the ``guessed``
    addresses no link leads to; return where each word shows."""
    starts = ["/", "/cs/", "/sitemap.xml", "/robots.txt", *guessed]
    starts += [f"{p}/feeds/{f}/" for p in ("", "/cs") for f in ("rss", "atom")]
    starts += [f"{p}/{v}/" for p in ("", "/cs") for v in ("timeline", "map")]
    starts += ["/map/places.geojson", "/cs/map/places.geojson"]
    starts += api_addresses(client) + searches()
    queue = deque(starts)
    seen = set(starts)
    variants: dict[str, int] = {}
    shown: dict[str, list[str]] = {}
    while queue and len(seen) < MAX_URLS:
        url = queue.popleft()
        response = client.get(url)
        if response.status_code in (301, 302):
            next_url = local_path(response["Location"])
            if next_url and next_url not in seen:
                seen.add(next_url)
                queue.append(next_url)
            continue
        assert response.status_code < 500, url
        text = response.content.decode("utf-8", "replace").lower()
        for word in words:
            if word in text:
                shown.setdefault(word, []).append(url)
        if response.status_code != 200:
            continue
        for link in links_in(response):
            path = local_path(link)
            if path is None or path in seen:
                continue
            bare = path.split("?")[0]
            if view := _PAGE_VIEW.match(bare):
                shape = view.group(1)
                variants[shape] = variants.get(shape, 0) + 1
                if variants[shape] > PAGE_VIEWS_WALKED:
                    continue
            if "?" in path:
                variants[bare] = variants.get(bare, 0) + 1
                if variants[bare] > MAX_QUERY_VARIANTS:
                    continue
            seen.add(path)
            queue.append(path)
    assert len(seen) < MAX_URLS, "the walk was cut short; raise MAX_URLS"
    return shown


def test_no_private_page_shows_on_any_channel_to_an_anonymous_reader(planted, settings):
    settings.API_RATE_LIMIT = "100000/m"  # the walk reads all of the API
    # The public article that names every private entry shows where the walk
    # went: had it missed a channel, the channel would not list that article.
    neighbour = "garrison-orders-of-the-week"
    # A private page's discussion, by the addresses its id makes.
    ids = [p.page.pk for p in planted["articles"] + planted["entries"]]
    guessed = [f"/discussion/{pk}/atom/" for pk in ids]
    guessed += [f"/api/v1/pages/{pk}/posts" for pk in ids]
    # Its history, its citation and its revisions by their permanent links.
    guessed += [f"/pages/{pk}/{view}/" for pk in ids for view in ("history", "cite")]
    guessed += [f"/pages/{pk}/cite/csl-json/" for pk in ids]
    for planted_page in planted["articles"] + planted["entries"]:
        revision = Page.objects.get(pk=planted_page.page.pk).live_revision_id
        guessed += [
            f"/pages/{planted_page.page.pk}/revisions/{revision}/",
            f"/pages/{planted_page.page.pk}/compare/?from={revision}&to={revision}",
        ]
    # The neighbour's own history and citation, which the walk may not reach.
    neighbour_id = Page.objects.get(slug=neighbour, locale__language_code="en").pk
    guessed += [f"/pages/{neighbour_id}/{view}/" for view in ("history", "cite")]
    # A public page's draft, never published, is not history.
    draft = planted["draft"]
    orders = Page.objects.get(pk=draft.object_id)
    guessed += [
        f"/pages/{orders.pk}/revisions/{draft.pk}/",
        f"/pages/{orders.pk}/compare/?from={draft.pk}&to={orders.live_revision_id}",
    ]
    shown = walk(Client(), [*planted["markers"], neighbour], guessed)
    reached = shown.pop(neighbour, [])
    assert shown == {}, "\n".join(
        f"{word}: {', '.join(sorted(urls))}" for word, urls in sorted(shown.items())
    )
    channels = ["/", "/cs/", "/articles/", "/cs/magazin/", "/articles/tags/", "/feeds/"]
    channels += ["/cs/feeds/", "/sitemap.xml", "/api/v1/articles", "/search/"]
    channels += ["/api/v1/search", "/api/v1/contributors/", "/contributors/"]
    channels += ["/pages/"]  # the public pages' history and citations
    for channel in channels:
        assert any(url.startswith(channel) for url in reached), channel


# The readers a restriction admits -----------------------------------------


def reader_for(planted_page: Planted, users: dict) -> Client:
    client = Client()
    if planted_page.kind in users:
        client.force_login(users[planted_page.kind])
    return client


def text_of(response) -> str:
    """What a reader reads (a password form names the page's address)."""
    return BeautifulSoup(response.content, "html.parser").get_text()


def pass_the_password(client: Client, url: str) -> None:
    form = BeautifulSoup(client.get(url).content, "html.parser").find(
        "form", action=re.compile("authenticate_with_password")
    )
    response = client.post(
        form["action"], {"password": PASSWORD, "return_url": url}, follow=True
    )
    assert response.status_code == 200


def test_the_readers_a_restriction_admits_see_the_private_page(planted):
    czech = Locale.objects.get(language_code="cs")
    for planted_page in planted["articles"] + planted["entries"]:
        pages = [planted_page.page]
        if planted_page.placement == "alias":
            pages.append(planted_page.page.get_translation(czech))
        for page in pages:
            url = page.url
            anonymous = Client().get(url)
            assert planted_page.marker not in text_of(anonymous), url
            reader = reader_for(planted_page, planted["users"])
            if planted_page.kind == "pw":
                pass_the_password(reader, url)
            response = reader.get(url)
            assert response.status_code == 200, url
            assert planted_page.marker.encode() in response.content, url


def test_a_member_outside_the_group_does_not_see_a_group_page(planted):
    outsider = get_user_model().objects.create_user("outsider", password="x-y-1926")
    client = Client()
    client.force_login(outsider)
    for planted_page in planted["articles"]:
        if planted_page.kind == "group":
            response = client.get(planted_page.page.url)
            assert planted_page.marker not in text_of(response)


def test_a_private_articles_views_are_not_counted(planted):
    client = Client()
    for planted_page in planted["articles"]:
        response = client.post(
            "/beacon/views/",
            {"page": planted_page.page.pk},
            HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0",
        )
        assert response.status_code == 404
        assert not json.loads(response.content).get("counted")


def test_the_sitemap_lists_no_private_page(planted):
    root = ET.fromstring(Client().get("/sitemap.xml").content)
    locations = [element.text for element in root.iter() if element.tag.endswith("loc")]
    assert locations
    for planted_page in planted["articles"] + planted["entries"]:
        assert not any(planted_page.marker in url for url in locations)


def test_a_private_page_asks_for_its_key_in_the_sites_layout_and_language(planted):
    czech = Locale.objects.get(language_code="cs")
    asks = {
        "pw": ("This page needs a password", "Tato stránka vyžaduje heslo"),
        "login": ("Sign in to read this page", "Pro čtení této stránky se přihlaste"),
    }
    for planted_page in planted["articles"]:
        if planted_page.kind not in asks or planted_page.placement != "alias":
            continue
        english, czech_words = asks[planted_page.kind]
        for page, words in (
            (planted_page.page, english),
            (planted_page.page.get_translation(czech), czech_words),
        ):
            response = Client().get(page.url, follow=True)
            page_text = text_of(response)
            assert words in page_text, page.url
            assert 'class="site-header' in response.content.decode()
            assert BAIT["title"] not in page_text
