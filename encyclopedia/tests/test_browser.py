"""From an article to the encyclopedia, its timeline and its map, in Chromium."""

from pathlib import Path
from urllib.parse import urlsplit

import pytest

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_reader_follows_an_entity_link_then_opens_the_timeline_and_map(
    chromium, live_server, demo_live
):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    own_host = urlsplit(live_server.url).netloc
    outside: list[str] = []

    def only_our_server(route):
        if urlsplit(route.request.url).netloc == own_host:
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", only_our_server)
    page = context.new_page()
    page.goto(live_server.url + "/articles/lipetsk-flying-school/")
    article_title = page.locator("h1.article__title").inner_text()

    link = page.locator(".article__body a.entry-link").first
    link.hover()
    card = page.locator(".entry-card")
    assert card.is_visible()
    entry_title = link.get_attribute("data-card-title")
    assert entry_title in card.inner_text()
    assert page.locator(".in-this-article dt").count() >= 3
    assert page.locator(".place-map .leaflet-marker-icon").count() >= 1

    link.click()
    page.wait_for_url("**/encyclopedia/**")
    assert page.locator("h1").inner_text() == entry_title
    mentioned = page.locator(".mentioned-in")
    assert article_title in mentioned.inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "entry.png"), full_page=True)

    page.goto(live_server.url + "/timeline/")
    assert page.locator(".timeline-item").count() > 30
    assert page.locator(".timeline-chart svg a").count() > 30
    page.goto(live_server.url + "/timeline/?start=1925&end=1933&type=event")
    years = page.locator(".timeline-list__heading").all_inner_texts()
    # Spans that reach into the range stay (the Ruhr, 1923-1925); moments outside
    # it (Rapallo 1922, the pact of 1939) go.
    assert years and all(int(year) <= 1933 for year in years)
    assert "1922" not in years and "1939" not in years

    page.goto(live_server.url + "/map/")
    rows = page.locator(".places-table tbody tr").count()
    map_element = page.locator("[data-place-map]")
    page.locator(".leaflet-marker-icon").first.wait_for()
    # Every place is on the map, near ones drawn as one marker with their number.
    assert rows >= 10 and map_element.get_attribute("data-markers") == str(rows)
    clusters = page.locator(".map-cluster [aria-hidden=true]").all_inner_texts()
    markers = page.locator(".leaflet-marker-icon.map-marker")
    assert sum(int(n) for n in clusters) + markers.count() == rows
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(ARTIFACTS / "map.png"))
    # By keyboard: at the first zoom nearby places' markers overlap.
    markers.first.focus()
    page.keyboard.press("Enter")
    assert page.locator(".leaflet-popup-content a").count() == 1
    # Tiles were asked for and refused: the map works without them.
    assert all("tile.openstreetmap.org" in url for url in outside)
    context.close()
