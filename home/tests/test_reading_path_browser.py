"""A reader's first minute, in a real Chromium against a live server."""

from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
READER_ONE = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0 Safari/537.36"
)
READER_TWO = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0"
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_reader_follows_an_article_from_home_and_the_view_count_rises(
    chromium, live_server, demo_live
):
    first = chromium.new_context(
        user_agent=READER_ONE, viewport={"width": 1280, "height": 900}
    )
    page = first.new_page()
    page.goto(live_server.url + "/")
    assert page.locator("h1").inner_text() == "Garrison"

    with page.expect_response(lambda r: "/beacon/views/" in r.url) as beacon:
        page.locator(".featured .card__title a").click()
    assert beacon.value.json() == {"counted": True, "reason": None}

    title = page.locator("h1.article__title").inner_text()
    byline = page.locator(".byline")
    assert byline.locator("a[rel=author]").count() >= 1
    assert "min read" in byline.inner_text()
    assert page.locator(".byline__views").inner_text() == "0 views"
    assert page.locator(".sources__list > li").count() >= 3
    assert page.locator("aside.ad").count() >= 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "article.png"), full_page=True)
    article_url = page.url
    first.close()

    second = chromium.new_context(user_agent=READER_TWO)
    page = second.new_page()
    page.goto(article_url)
    assert page.locator("h1.article__title").inner_text() == title
    assert page.locator(".byline__views").inner_text() == "1 view"
    second.close()
