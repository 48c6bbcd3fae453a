"""A reader's beacon is counted before Django handles it, exactly as Django would.

These tests call the site's WSGI application (``garrison.wsgi``), which is what
granian serves (bin/web); Django's test client would go around the fast path.
"""

import io
import json
from concurrent.futures import ThreadPoolExecutor
from wsgiref.util import setup_testing_defaults

import pytest
from django.db import connection
from django.test import Client

from articles.counting import view_count
from articles.factories import published_article
from articles.models import ArticlePage
from articles.view_buffer import flush_views, redis_client
from garrison.wsgi import application

from .test_view_counting import stored

pytestmark = pytest.mark.django_db(transaction=True)

FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0"


def post_beacon(
    body: bytes,
    *,
    user_agent: str = FIREFOX,
    address: str = "10.0.0.1",
    host: str = "testserver",
    cookie: str = "",
) -> tuple[str, dict, dict]:
    """POST ``body`` to the beacon through the WSGI application."""
    environ: dict = {}
    setup_testing_defaults(environ)
    environ.update(
        {
            "REQUEST_METHOD": "POST",
            "PATH_INFO": "/beacon/views/",
            "CONTENT_TYPE": "application/x-www-form-urlencoded;charset=UTF-8",
            "CONTENT_LENGTH": str(len(body)),
            "HTTP_HOST": host,
            "HTTP_USER_AGENT": user_agent,
            "REMOTE_ADDR": address,
            "wsgi.input": io.BytesIO(body),
        }
    )
    if cookie:
        environ["HTTP_COOKIE"] = cookie
    answer: dict = {}

    def start_response(status, headers, exc_info=None):
        answer["status"] = status
        answer["headers"] = dict(headers)

    content = b"".join(application(environ, start_response))
    if answer["headers"].get("Content-Type") != "application/json":
        return answer["status"], answer["headers"], {}
    return answer["status"], answer["headers"], json.loads(content)


@pytest.fixture
def article(site_tree, settings):
    settings.ALLOWED_HOSTS = ["testserver"]
    settings.VIEW_FLUSH_SECONDS = 3600  # no flush from a request in these tests
    _, index = site_tree
    return published_article(index)


def served_before_django(headers: dict) -> bool:
    # Django's view sends no Cache-Control; the fast path says no-store.
    return headers.get("Cache-Control") == "no-store"


def test_a_readers_beacon_is_counted_once_in_redis(article, redis_url):
    redis_client().set("garrison:views:flush-due", 1)
    body = f"page={article.pk}".encode()
    status, headers, first = post_beacon(body)
    assert status == "200 OK" and served_before_django(headers)
    assert first == {"counted": True, "reason": None}
    assert post_beacon(body)[2] == {"counted": False, "reason": "repeat"}
    assert post_beacon(body, address="10.0.0.2")[2]["counted"] is True
    assert view_count(ArticlePage.objects.get(pk=article.pk)) == 2
    assert flush_views() == 2
    assert stored(article) == 2


def test_without_redis_the_view_is_counted_in_the_database(article):
    status, headers, answer = post_beacon(f"page={article.pk}".encode())
    assert served_before_django(headers) and answer["counted"] is True
    assert stored(article) == 1


def test_bots_and_prefetches_are_told_apart_as_django_would(article):
    body = f"page={article.pk}".encode()
    assert post_beacon(body, user_agent="Googlebot/2.1")[2] == {
        "counted": False,
        "reason": "bot",
    }
    assert post_beacon(body, user_agent="")[2]["reason"] == "bot"
    assert stored(article) == 0


def test_what_the_fast_path_does_not_take_django_answers_with_its_reason(article):
    status, headers, answer = post_beacon(b"page=../../etc")
    assert status.startswith("400") and not served_before_django(headers)
    assert "numeric id" in answer["error"]
    # The body was read by the fast path and is read again by Django.
    status, _headers, answer = post_beacon(b"page=999999")
    assert status.startswith("404") and "no public article" in answer["error"]
    article.unpublish()
    assert post_beacon(f"page={article.pk}".encode())[0].startswith("404")
    status, _headers, _answer = post_beacon(b"page=1", host="evil.example")
    assert status.startswith("400")


def test_a_signed_in_editors_beacon_goes_to_django_and_is_not_counted(
    article, admin_user
):
    editor = Client()
    editor.force_login(admin_user)
    cookie = f"sessionid={editor.cookies['sessionid'].value}"
    status, headers, answer = post_beacon(f"page={article.pk}".encode(), cookie=cookie)
    assert status == "200 OK" and not served_before_django(headers)
    assert answer == {"counted": False, "reason": "editor"}
    assert stored(article) == 0


def test_concurrent_readers_through_the_fast_path_are_counted_exactly(
    article, redis_url
):
    redis_client().set("garrison:views:flush-due", 1)
    body = f"page={article.pk}".encode()

    def visit(number: int) -> bool:
        try:
            address = f"10.1.{number // 256}.{number % 256}"
            return post_beacon(body, address=address)[2]["counted"]
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=16) as pool:
        counted = list(pool.map(visit, range(500)))
    assert counted.count(True) == 500
    assert flush_views() == 500
    assert stored(article) == 500


@pytest.mark.parametrize("store", ["redis", "database"])
def test_two_hundred_browsers_from_one_address_add_at_most_the_cap(
    article, settings, request, store
):
    """Rotating the User-Agent makes new visitors, not unbounded views."""
    if store == "redis":
        request.getfixturevalue("redis_url")
    body = f"page={article.pk}".encode()
    answers = [
        post_beacon(body, user_agent=f"{FIREFOX} build/{number}")
        for number in range(200)
    ]
    assert all(served_before_django(headers) for _, headers, _ in answers)
    counted = [answer for _, _, answer in answers if answer["counted"]]
    assert len(counted) == settings.VIEW_COUNT_PER_ADDRESS
    assert {answer["reason"] for _, _, answer in answers[len(counted) :]} == {"cap"}
    assert view_count(ArticlePage.objects.get(pk=article.pk)) == len(counted)
    # Other addresses, and other articles from this one, still count.
    assert post_beacon(body, address="10.0.0.2")[2]["counted"] is True
    other = published_article(article.get_parent(), slug="another")
    assert post_beacon(f"page={other.pk}".encode())[2]["counted"] is True
