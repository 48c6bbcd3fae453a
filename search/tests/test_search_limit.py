"""/search/ and /search/suggest answer a flood from one address with 429."""

import pytest

pytestmark = pytest.mark.django_db


def search(client, path="/search/?q=Lipetsk", address="198.51.100.1"):
    return client.get(path, REMOTE_ADDR=address)


@pytest.fixture
def five_a_minute(settings, site_tree):
    settings.SEARCH_RATE_LIMIT = "5/m"
    settings.SEARCH_SUGGEST_RATE_LIMIT = "5/m"


def test_a_search_flood_from_one_address_is_answered_429(client, five_a_minute):
    answers = [search(client).status_code for _ in range(8)]
    assert answers == [200] * 5 + [429] * 3
    refused = search(client)
    assert refused["Retry-After"] == "60"
    assert "no-store" in refused["Cache-Control"]
    page = refused.content.decode()
    assert "Too many searches were sent from your network" in page
    assert "Try again in 1 minute." in page
    assert 'class="site-header"' in page  # the site's layout
    assert search(client, address="192.0.2.8").status_code == 200


def test_the_refusal_is_in_the_readers_language(client, five_a_minute):
    for _ in range(5):
        search(client, "/cs/search/?q=Lipeck")
    page = search(client, "/cs/search/?q=Lipeck").content.decode()
    assert "Z vaší sítě přišlo v krátké době příliš mnoho hledání." in page
    assert "Zkuste to znovu za 1 minutu." in page


def test_the_search_page_without_a_query_is_not_counted(client, five_a_minute):
    for _ in range(10):
        assert search(client, "/search/").status_code == 200
    assert search(client).status_code == 200


def test_a_suggestion_flood_is_answered_429_in_the_shape_suggest_returns(
    client, five_a_minute
):
    for _ in range(5):
        assert search(client, "/search/suggest?q=Li").status_code == 200
    refused = search(client, "/search/suggest?q=Li")
    assert refused.status_code == 429
    assert refused["Retry-After"] == "60"
    answer = refused.json()
    assert answer["suggestions"] == []
    assert answer["error"].startswith("Too many suggestions were asked for.")


def test_a_refusal_is_never_served_from_the_page_cache(
    client, five_a_minute, redis_url, settings
):
    settings.PAGE_CACHE_SECONDS = 600
    for _ in range(6):
        search(client)
    assert search(client).status_code == 429
    fresh = search(client, address="192.0.2.9")
    assert fresh.status_code == 200
    assert fresh["Cache-Status"] == "garrison; fwd=bypass"
