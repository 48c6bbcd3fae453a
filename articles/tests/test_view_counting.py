"""The view counter, driven through the beacon endpoint the page calls."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test import Client

from articles.counting import view_count
from articles.factories import published_article
from articles.models import ArticlePage, ViewCount

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0"
BEACON = "/beacon/views/"


def beacon(client, page_id, *, address="203.0.113.7", agent=BROWSER, **headers):
    return client.post(
        BEACON,
        {"page": str(page_id)},
        REMOTE_ADDR=address,
        HTTP_USER_AGENT=agent,
        **headers,
    )


def stored(page) -> int:
    return (
        ViewCount.objects.filter(page=page).values_list("count", flat=True).first() or 0
    )


@pytest.mark.django_db
def test_first_visit_counts_and_the_byline_shows_the_stored_count(client, site_tree):
    _, index = site_tree
    article = published_article(index)
    response = beacon(client, article.pk)
    assert response.json() == {"counted": True, "reason": None}
    assert stored(article) == 1
    html = client.get(article.url).content.decode()
    assert 'data-view-count="1"' in html
    assert "1 view<" in html


@pytest.mark.django_db
def test_repeat_visit_within_the_window_counts_once(client, site_tree, settings):
    _, index = site_tree
    article = published_article(index)
    beacon(client, article.pk)
    response = beacon(client, article.pk)
    assert response.json() == {"counted": False, "reason": "repeat"}
    beacon(client, article.pk, address="198.51.100.4")
    assert stored(article) == 2


@pytest.mark.django_db
def test_visit_after_the_window_counts_again(client, site_tree, settings):
    _, index = site_tree
    settings.VIEW_COUNT_WINDOW_SECONDS = 1
    article = published_article(index)
    beacon(client, article.pk)
    # Expire the window by hand rather than sleeping through it.
    from django.core.cache import caches

    caches["views"].clear()
    assert beacon(client, article.pk).json()["counted"] is True
    assert stored(article) == 2


@pytest.mark.django_db
def test_the_same_visitor_on_two_articles_counts_on_each(client, site_tree):
    _, index = site_tree
    first, second = published_article(index), published_article(index)
    beacon(client, first.pk)
    beacon(client, second.pk)
    assert (stored(first), stored(second)) == (1, 1)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "agent",
    [
        "Googlebot/2.1 (+http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "facebookexternalhit/1.1",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/120.0",
        "curl/8.5.0",
        "python-requests/2.32",
        "",
    ],
)
def test_bots_are_not_counted(client, site_tree, agent):
    _, index = site_tree
    article = published_article(index)
    response = beacon(client, article.pk, agent=agent)
    assert response.json() == {"counted": False, "reason": "bot"}
    assert stored(article) == 0


@pytest.mark.django_db
def test_prefetches_are_not_counted(client, site_tree):
    _, index = site_tree
    article = published_article(index)
    response = beacon(client, article.pk, HTTP_SEC_PURPOSE="prefetch")
    assert response.json()["reason"] == "prefetch"
    assert stored(article) == 0


@pytest.mark.django_db
def test_logged_in_editors_are_not_counted(client, site_tree, django_user_model):
    _, index = site_tree
    article = published_article(index)
    editors, _ = Group.objects.get_or_create(name="Magazine editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    editor = django_user_model.objects.create_user("editor", password="x")
    editor.groups.add(editors)
    client.force_login(editor)
    assert beacon(client, article.pk).json() == {"counted": False, "reason": "editor"}
    assert stored(article) == 0


@pytest.mark.django_db
def test_logged_in_reader_without_admin_access_is_counted(
    client, site_tree, django_user_model
):
    _, index = site_tree
    article = published_article(index)
    client.force_login(django_user_model.objects.create_user("reader", password="x"))
    assert beacon(client, article.pk).json()["counted"] is True


@pytest.mark.django_db
def test_preview_carries_no_beacon(admin_client, site_tree):
    _, index = site_tree
    article = published_article(index)
    live = admin_client.get(article.url).content.decode()
    assert "view-beacon.js" in live
    preview = admin_client.get(
        f"/admin/pages/{article.pk}/view_draft/"
    ).content.decode()
    assert "view-beacon.js" not in preview


@pytest.mark.django_db
def test_missing_and_unpublished_articles_are_404_and_count_nothing(client, site_tree):
    _, index = site_tree
    article = published_article(index)
    article.unpublish()
    for page_id in (article.pk, 999999, index.pk):
        response = beacon(client, page_id)
        assert response.status_code == 404
        assert "no public article" in response.json()["error"]
    assert not ViewCount.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"page": ""},
        {"page": "abc"},
        {"page": "-4"},
        {"page": "1.5"},
        {"page": "9" * 40},
        {"page": "٣"},
    ],
)
def test_malformed_beacons_are_400_with_a_reason(client, site_tree, payload):
    response = client.post(
        BEACON, payload, REMOTE_ADDR="203.0.113.7", HTTP_USER_AGENT=BROWSER
    )
    assert response.status_code == 400
    assert "numeric id" in response.json()["error"]
    assert not ViewCount.objects.exists()


@pytest.mark.django_db
def test_beacon_only_takes_post(client, site_tree):
    _, index = site_tree
    article = published_article(index)
    assert client.get(BEACON, {"page": article.pk}).status_code == 405
    assert stored(article) == 0


@pytest.mark.django_db(transaction=True)
def test_fifty_simultaneous_visitors_are_counted_exactly_fifty_times(site_tree):
    if connection.vendor != "postgresql":
        pytest.skip("Concurrent writers are measured on PostgreSQL (DATABASE_URL).")
    _, index = site_tree
    article = published_article(index)

    def visit(number: int) -> bool:
        try:
            response = beacon(
                Client(), article.pk, address=f"10.0.{number // 250}.{number % 250}"
            )
            return response.json()["counted"]
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=50) as pool:
        results = list(pool.map(visit, range(50)))
    assert results.count(True) == 50
    assert ArticlePage.objects.get(pk=article.pk).views.count == 50


@pytest.mark.django_db
@pytest.mark.parametrize("store", ["redis", "database"])
def test_two_hundred_browsers_from_one_address_add_at_most_the_cap(
    client, site_tree, settings, request, store
):
    """Django's view applies the same cap as the fast path (counting.py)."""
    if store == "redis":
        request.getfixturevalue("redis_url")
        settings.VIEW_FLUSH_SECONDS = 3600
    _, index = site_tree
    article = published_article(index)
    answers = [
        beacon(client, article.pk, agent=f"{BROWSER} build/{number}").json()
        for number in range(200)
    ]
    cap = settings.VIEW_COUNT_PER_ADDRESS
    assert [answer["counted"] for answer in answers] == [True] * cap + [False] * (
        200 - cap
    )
    assert {answer["reason"] for answer in answers[cap:]} == {"cap"}
    assert view_count(ArticlePage.objects.get(pk=article.pk)) == cap
