"""A discussion keeps pages cached: only an approval makes its own page stale."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

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


def test_a_long_thread_costs_two_queries_more_than_an_empty_one(
    client, article, make_reader
):
    """500 approved posts, replies among them: the first page of 50 asks the
    posts with their counts, the replies and the sources; an empty thread
    the first of these alone."""
    from discussion.models import PostSource, PostStatus, Thread

    jana = make_reader("Jana")
    client.get(article.url)
    client.get(article.url)
    with CaptureQueriesContext(connection) as empty:
        client.get(article.url)
    thread = Thread.objects.create(page=article)
    posts = Post.objects.bulk_create(
        Post(thread=thread, author=jana, text=f"Post {n}.", html=f"<p>Post {n}.</p>",
             status=PostStatus.APPROVED)
        for n in range(450)
    )  # fmt: skip
    Post.objects.bulk_create(
        Post(thread=thread, author=jana, text=f"Reply {n}.", html=f"<p>Reply {n}.</p>",
             status=PostStatus.APPROVED, reply_to=posts[n])
        for n in range(50)
    )  # fmt: skip
    PostSource.objects.bulk_create(
        PostSource(post=post, kind="book", title=f"Book {n}")
        for n, post in enumerate(posts[:60])
    )
    with CaptureQueriesContext(connection) as full:
        page = client.get(article.url).content.decode()
    assert len(full) <= len(empty) + 2, "\n".join(q["sql"] for q in full)
    assert "Discussion: 500 posts" in page and "Page 1 of 9" in page
    assert page.count('class="post__text"') == 100  # 50 posts and their replies
    assert "Book 49" in page and "Book 50" not in page
