"""A discussion keeps pages cached: only an approval makes its own page stale."""

import pytest

from articles.factories import published_article
from discussion.models import Post
from discussion.posting import approve

from .conftest import discussion_post

pytestmark = pytest.mark.django_db


def test_an_approved_post_makes_only_its_page_stale(
    client, article, site_tree, make_reader, moderator, settings, redis_url,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    settings.PAGE_CACHE_SECONDS = 600
    settings.CONTENT_CACHE_SECONDS = 600
    _home, magazine = site_tree
    other = published_article(magazine, title="Kazan and the tank school")
    reader = type(client)()
    reader.force_login(make_reader("Jana"))
    discussion_post(reader, article)
    for _round in range(3):  # the first views make what the site shares
        for page in (article, other):
            client.get(page.url)
    for page in (article, other):
        response = client.get(page.url)
        assert response["Cache-Status"] == "garrison; hit", page.url
        # No form, no token: the anonymous page stays cacheable.
        assert b"csrfmiddlewaretoken" not in response.content

    with django_capture_on_commit_callbacks(execute=True):
        approve(Post.objects.get(), moderator)
    response = client.get(article.url)
    assert response["Cache-Status"].startswith("garrison; fwd=uri-miss")
    assert "June 1925" in response.content.decode()
    assert client.get(other.url)["Cache-Status"] == "garrison; hit"


def test_readers_never_reach_the_moderation_queue(client, make_reader, moderator):
    client.force_login(make_reader("Jana"))
    assert client.get("/admin/discussion/")["Location"].startswith("/admin/login/")
    client.force_login(moderator)
    assert client.get("/admin/discussion/").status_code == 200
