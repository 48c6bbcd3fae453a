"""What the API and the lists say of a discussion: public posts and counts only."""

import pytest

from discussion.models import Post
from discussion.posting import approve, hide

from .conftest import discussion_post

pytestmark = pytest.mark.django_db


def test_the_api_lists_approved_posts_with_display_names_only(
    client, article, make_reader, moderator, settings
):
    settings.DISCUSSION_POSTS_PER_MINUTE = "10/m"
    reader = type(client)()
    reader.force_login(make_reader("Jana"))
    for text in ("Shown.", "Waiting.", "Hidden later."):
        discussion_post(reader, article, text=text)
    shown, _waiting, hidden = Post.objects.order_by("pk")
    approve(shown, moderator)
    approve(hidden, moderator)
    hide(hidden, moderator)

    body = client.get(f"/api/v1/pages/{article.pk}/posts").json()
    assert [post["html"] for post in body["items"]] == ["<p>Shown.</p>\n"]
    assert body["items"][0]["author"] == "Jana"
    assert "jana@example.org" not in str(body)
    summary = client.get(f"/api/v1/articles/{article.pk}").json()
    assert summary["posts"] == 1
    assert client.get("/api/v1/pages/999999/posts").status_code == 404


def test_cards_and_lists_count_approved_posts(client, article, make_reader, moderator):
    reader = type(client)()
    reader.force_login(make_reader("Jana"))
    discussion_post(reader, article)
    magazine = article.get_parent()
    assert "1 post" not in client.get(magazine.url).content.decode()
    approve(Post.objects.get(), moderator)
    assert "1 post" in client.get(magazine.url).content.decode()


def test_each_discussion_has_an_atom_feed_of_its_approved_posts(
    client, article, make_reader, moderator, settings
):
    settings.DISCUSSION_POSTS_PER_MINUTE = "10/m"
    reader = type(client)()
    reader.force_login(make_reader("Jana"))
    discussion_post(reader, article, text="In the feed.")
    discussion_post(reader, article, text="Still waiting.")
    approve(Post.objects.order_by("pk").first(), moderator)
    feed = client.get(f"/discussion/{article.pk}/atom/")
    assert feed["Content-Type"].startswith("application/atom+xml")
    text = feed.content.decode()
    assert "In the feed." in text and "<name>Jana</name>" in text
    assert "Still waiting." not in text
    assert (
        f'href="/discussion/{article.pk}/atom/"'
        in client.get(article.url).content.decode()
    )
