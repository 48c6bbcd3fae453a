"""Readers watch pages and hear of replies, new posts and decisions: on the
notifications page, and by email at once or in a daily digest they can stop
with one click."""

import threading
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.db import connection

from discussion.digests import send_digests
from discussion.models import Notification, NotificationKind, Post, Watch
from discussion.posting import NewPost, approve, hide, submit_post
from discussion.threads import POSTS_PER_PAGE

from .conftest import discussion_post

pytestmark = pytest.mark.django_db


def published(page, author, moderator, text: str, reply_to=None) -> Post:
    post, _new = submit_post(
        page, author, NewPost(kind="discussion", text=text, reply_to=reply_to)
    )
    return approve(post, moderator)


def test_a_reply_tells_its_author_and_a_new_post_tells_the_watchers(
    client, article, make_reader, moderator, django_capture_on_commit_callbacks
):
    jana, petr, karel = (make_reader(name) for name in ("Jana", "Petr", "Karel"))
    karel.reader.email_frequency = "never"
    karel.reader.save()
    client.force_login(karel)
    client.post(f"/discussion/{article.pk}/watch/")
    with django_capture_on_commit_callbacks(execute=True):
        first = published(article, jana, moderator, "The first course began in 1925.")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        published(article, petr, moderator, "In May, I read.", reply_to=first)

    told = {
        (note.recipient.username, note.kind)
        for note in Notification.objects.filter(post__author=petr)
    }
    assert told == {
        ("jana", NotificationKind.REPLY),
        ("karel", NotificationKind.WATCHED),
        ("petr", NotificationKind.APPROVED),
    }
    # Jana and Petr asked for emails at once; Karel for none.
    by_recipient = {email.to[0]: email for email in mail.outbox}
    assert set(by_recipient) == {"jana@example.org", "petr@example.org"}
    reply = by_recipient["jana@example.org"]
    assert "Petr answered your post" in reply.body
    unsubscribe = reply.extra_headers["List-Unsubscribe"].strip("<>")
    assert reply.extra_headers["List-Unsubscribe-Post"] == (
        "List-Unsubscribe=One-Click"
    )
    assert unsubscribe in reply.body

    # Karel, who watches, heard of both posts: in the header, on every page.
    header = client.get(article.url).content.decode()
    assert 'class="count">2<span class="visually-hidden"> unread' in header
    listed = client.get("/discussion/notifications/").content.decode()
    assert "Petr wrote in the discussion of “The school at Lipetsk”" in listed
    assert 'class="count"' not in client.get(article.url).content.decode()


def test_one_click_unsubscribe_stops_the_emails_and_nothing_else(
    client, article, make_reader, moderator, django_capture_on_commit_callbacks
):
    jana, petr = make_reader("Jana"), make_reader("Petr")
    with django_capture_on_commit_callbacks(execute=True):
        first = published(article, jana, moderator, "The first course began in 1925.")
        published(article, petr, moderator, "In May.", reply_to=first)
    (email,) = [email for email in mail.outbox if "answered" in email.body]
    path = urlsplit(email.extra_headers["List-Unsubscribe"].strip("<>")).path

    assert "Stop the emails" in client.get(path).content.decode()  # asks first
    jana.reader.refresh_from_db()
    assert jana.reader.email_frequency == "immediately"
    # As a mail client sends it (RFC 8058): a POST without a cookie or token.
    response = client.post(
        path,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    jana.reader.refresh_from_db()
    assert jana.reader.email_frequency == "never"
    forged = client.post(path.replace("/unsubscribe/", "/unsubscribe/x"))
    assert forged.status_code == 400
    assert "broken" in forged.content.decode()


def test_the_daily_digest_sends_each_notification_once_in_one_email(
    article, make_reader, moderator, django_capture_on_commit_callbacks
):
    jana, petr = make_reader("Jana"), make_reader("Petr")
    jana.reader.email_frequency = "daily"
    jana.reader.language = "cs"
    jana.reader.save()
    with django_capture_on_commit_callbacks(execute=True):
        first = published(article, jana, moderator, "The first course began in 1925.")
    for number in range(3):
        with django_capture_on_commit_callbacks(execute=True):
            published(article, petr, moderator, f"Answer {number}.", reply_to=first)
    assert [email.to for email in mail.outbox] == [["petr@example.org"]] * 3
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        assert send_digests() == 1
        assert send_digests() == 0
    (digest,) = mail.outbox
    assert digest.to == ["jana@example.org"]
    # Czech, as she chose: her own post's approval and three replies.
    assert digest.subject == "4 upozornění z Garrisonu"
    assert digest.body.count("odpověděl") == 3
    assert not Notification.objects.filter(recipient=jana, emailed=None).exists()


@pytest.mark.postgres
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite's in-memory test database locks whole tables between threads",
)
@pytest.mark.django_db(transaction=True)
def test_digest_runs_at_once_send_each_reader_one_digest(
    article, make_reader, moderator
):
    readers = [make_reader(name) for name in ("Jana", "Eva", "Olga")]
    for reader in readers:
        reader.reader.email_frequency = "daily"
        reader.reader.save()
        published(article, reader, moderator, f"{reader.username} was here.")
    mail.outbox.clear()
    # Each reader has news of the others' posts too: runs that claimed
    # notifications rather than readers could split one reader's news.
    start, sent = threading.Barrier(4), []

    def run() -> None:
        start.wait()
        try:
            sent.append(send_digests())
        finally:
            connection.close()

    runs = [threading.Thread(target=run) for _ in range(4)]
    for one in runs:
        one.start()
    for one in runs:
        one.join()
    assert sum(sent) == 3
    assert sorted(email.to[0] for email in mail.outbox) == [
        "eva@example.org",
        "jana@example.org",
        "olga@example.org",
    ]


def test_posting_watches_the_page_and_the_reader_may_stop(client, article, make_reader):
    jana = make_reader("Jana")
    client.force_login(jana)
    discussion_post(client, article)
    assert Watch.objects.filter(reader=jana, page=article).exists()
    assert "Stop watching" in client.get(article.url).content.decode()
    client.post(f"/discussion/{article.pk}/watch/", {"watch": "0"})
    assert not Watch.objects.filter(reader=jana).exists()
    assert "Watch this discussion" in client.get(article.url).content.decode()


def test_a_permalink_finds_its_post_on_a_later_page_of_the_thread(
    client, article, make_reader, moderator
):
    jana = make_reader("Jana")
    posts = [
        published(article, jana, moderator, f"Post {number}.")
        for number in range(POSTS_PER_PAGE + 1)
    ]
    late = client.get(f"/discussion/post/{posts[-1].pk}/")
    assert late["Location"] == f"{article.url}?posts=2#post-{posts[-1].pk}"
    early = client.get(f"/discussion/post/{posts[0].pk}/")
    assert early["Location"] == f"{article.url}#post-{posts[0].pk}"
    assert client.get("/discussion/post/99999/").status_code == 404


def test_a_readers_data_holds_their_posts_and_watches_and_deleting_forgets_them(
    client, article, make_reader, moderator
):
    jana = make_reader("Jana")
    published(article, jana, moderator, "The first course began in 1925.")
    client.force_login(jana)
    data = client.get("/accounts/my-data.json").json()
    assert [post["text"] for post in data["posts"]] == [
        "The first course began in 1925."
    ]
    assert data["watches"] == [{"page": article.title, "page_url": article.url}]
    client.post("/accounts/delete/", {"password": "a long and sunny field at Lipetsk"})
    assert not Watch.objects.filter(reader=jana).exists()
    assert not Notification.objects.filter(recipient=jana).exists()
    assert Post.objects.filter(author=jana).exists()  # the post stays, unsigned


def test_news_of_a_post_hidden_since_is_neither_shown_nor_sent(
    client, article, make_reader, moderator, django_capture_on_commit_callbacks
):
    jana, petr = make_reader("Jana"), make_reader("Petr")
    jana.reader.email_frequency = "daily"
    jana.reader.save()
    with django_capture_on_commit_callbacks(execute=True):
        first = published(article, jana, moderator, "The first course began in 1925.")
    with django_capture_on_commit_callbacks(execute=True):
        answer = published(article, petr, moderator, "Rude words.", reply_to=first)
    hide(answer, moderator, "Rude.")
    client.force_login(jana)
    listed = client.get("/discussion/notifications/").content.decode()
    assert "is published" in listed and "Petr" not in listed
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert send_digests() == 1
    (digest,) = mail.outbox
    assert "is published" in digest.body and "Petr" not in digest.body


def test_a_reader_without_public_posts_has_no_public_page(client, article, make_reader):
    jana = make_reader("Jana")
    submit_post(article, jana, NewPost(kind="discussion", text="Waiting."))
    assert client.get(f"/discussion/readers/{jana.pk}/").status_code == 404
