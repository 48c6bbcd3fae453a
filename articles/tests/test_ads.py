"""Advertisements between paragraphs, as readers get them."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import Site

from articles.factories import paragraphs, published_article
from core.factories import AdSlotFactory
from core.models import AdSettings

pytestmark = pytest.mark.django_db


def body_children(client, page):
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    return [child for child in soup.select_one(".article__body").children if child.name]


def configure(every: int, max_ads: int) -> None:
    settings = AdSettings.for_site(Site.objects.get(is_default_site=True))
    settings.paragraphs_between_ads = every
    settings.max_ads_per_article = max_ads
    settings.save()


def test_ad_after_every_fourth_paragraph_up_to_the_limit(client, site_tree):
    _, index = site_tree
    AdSlotFactory(label="Museum")
    article = published_article(
        index, body=paragraphs(*[f"P{n}" for n in range(1, 14)])
    )
    children = body_children(client, article)
    names = [
        "ad" if "ad" in (child.get("class") or []) else child.text for child in children
    ]
    assert names == [
        "P1", "P2", "P3", "P4", "ad", "P5", "P6", "P7", "P8", "ad",
        "P9", "P10", "P11", "P12", "P13",
    ]  # fmt: skip
    ad = children[4]
    assert ad.name == "aside"
    assert ad["aria-label"] == "Advertisement"
    assert ad.select_one(".ad__label").text == "Advertisement"
    assert ad.select_one("a")["rel"] == ["sponsored", "noopener"]


def test_paragraphs_typed_into_one_block_are_counted_one_by_one(client, site_tree):
    _, index = site_tree
    AdSlotFactory()
    configure(every=2, max_ads=5)
    body = [
        {"type": "paragraph", "value": "<p>A</p><p>B</p><ul><li>C</li></ul><p>D</p>"}
    ]
    children = body_children(client, published_article(index, body=body))
    tags = [child.name for child in children]
    assert tags == ["p", "p", "aside", "ul", "p"]


def test_ads_never_land_inside_or_right_after_quotes_and_figures(client, site_tree):
    _, index = site_tree
    AdSlotFactory()
    configure(every=1, max_ads=10)
    body = (
        paragraphs("One")
        + [
            {"type": "pull_quote", "value": {"quote": "Quoted", "attribution": ""}},
        ]
        + paragraphs("Two", "Three")
    )
    children = body_children(client, published_article(index, body=body))
    kinds = [" ".join(child.get("class") or [child.name]) for child in children]
    assert kinds == ["p", "ad", "pull-quote", "p", "ad", "p"]
    assert not children[2].select(".ad")


def test_article_can_opt_out_of_ads(client, site_tree):
    _, index = site_tree
    AdSlotFactory()
    article = published_article(index, body=paragraphs(*"ABCDEFGHI"), show_ads=False)
    assert not [c for c in body_children(client, article) if c.name == "aside"]


def test_zero_interval_turns_ads_off(client, site_tree):
    _, index = site_tree
    AdSlotFactory()
    configure(every=0, max_ads=3)
    article = published_article(index, body=paragraphs(*"ABCDEFGHI"))
    assert not [c for c in body_children(client, article) if c.name == "aside"]


def test_inactive_expired_and_future_ads_are_not_shown_and_nothing_breaks(
    client, site_tree
):
    _, index = site_tree
    now = timezone.now()
    AdSlotFactory(is_active=False)
    AdSlotFactory(active_until=now - timedelta(days=1))
    AdSlotFactory(active_from=now + timedelta(days=1))
    article = published_article(index, body=paragraphs(*"ABCDEFGHI"))
    children = body_children(client, article)
    assert [child.text for child in children] == list("ABCDEFGHI")


def test_unsafe_html_that_reached_the_database_is_stripped_when_shown(
    client, site_tree
):
    _, index = site_tree
    # Saved without validation, as a bulk import or a shell session could.
    AdSlotFactory(html='<p onmouseover="steal()">Hi<script>steal()</script></p>')
    article = published_article(index, body=paragraphs(*"ABCDEF"))
    html = client.get(article.url).content.decode()
    assert "steal()" not in html
    assert '<div class="ad__body"><p>Hi</p></div>' in html
