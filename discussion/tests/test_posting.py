"""Readers post under a page; moderators decide; nothing bad is stored."""

import pytest
from django.core import mail
from wagtail.models import ModelLogEntry, PageViewRestriction

from discussion.models import Post, PostStatus, Thread
from discussion.posting import approve, hide
from discussion.text import post_html

from .conftest import discussion_post, web_source

pytestmark = pytest.mark.django_db


def test_a_readers_first_post_waits_for_a_moderator_then_appears(
    client, article, make_reader, moderator
):
    jana = make_reader("Jana")
    client.force_login(jana)
    response = discussion_post(client, article)
    assert response.status_code == 302
    post = Post.objects.get()
    assert response["Location"] == f"{article.url}#post-{post.pk}"
    assert post.status == PostStatus.PENDING
    own = client.get(article.url).content.decode()
    assert "June 1925" in own and "Waiting for a moderator" in own
    anonymous = type(client)()
    assert "June 1925" not in anonymous.get(article.url).content.decode()

    client.force_login(moderator)
    response = client.post(
        f"/admin/discussion/moderate/{post.pk}/", {"decision": "approve"}
    )
    assert response.status_code == 302
    post.refresh_from_db()
    assert (post.status, post.moderator) == (PostStatus.APPROVED, moderator)
    assert ModelLogEntry.objects.filter(action="garrison.post.approve").exists()
    page = anonymous.get(article.url).content.decode()
    assert "June 1925" in page and "Jana" in page
    assert "Discussion: 1 post" in page


def test_a_rejected_post_tells_its_reader_why_and_nobody_else(
    client, article, make_reader, moderator, django_capture_on_commit_callbacks
):
    jana = make_reader("Jana")
    jana.reader.language = "cs"
    jana.reader.save()
    client.force_login(jana)
    discussion_post(client, article)
    post = Post.objects.get()
    client.force_login(moderator)
    response = client.post(
        f"/admin/discussion/moderate/{post.pk}/", {"decision": "reject"}
    )
    assert response.status_code == 400  # a rejection needs its reason
    assert "Say why the post is rejected." in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/admin/discussion/moderate/{post.pk}/",
            {"decision": "reject", "reason": "Off topic."},
        )
    (email,) = mail.outbox  # in the reader's language, with the reason
    assert email.to == ["jana@example.org"]
    assert "nebyl zveřejněn" in email.subject and "Off topic." in email.body
    client.force_login(jana)
    assert "Off topic." in client.get(article.url).content.decode()
    assert "June 1925" not in type(client)().get(article.url).content.decode()


def test_a_reader_who_wants_no_emails_gets_none(
    client, article, make_reader, moderator, django_capture_on_commit_callbacks
):
    jana = make_reader("Jana")
    jana.reader.email_frequency = "never"
    jana.reader.save()
    client.force_login(jana)
    discussion_post(client, article)
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/admin/discussion/moderate/{Post.objects.get().pk}/",
            {"decision": "approve"},
        )
    assert mail.outbox == []


def test_trusted_readers_discussion_appears_at_once_but_additions_wait(
    client, article, make_reader, moderator, settings
):
    settings.DISCUSSION_TRUSTED_AFTER = 2
    settings.DISCUSSION_POSTS_PER_MINUTE = "10/m"
    jana = make_reader("Jana")
    client.force_login(jana)
    for number in range(2):
        discussion_post(client, article, text=f"Post number {number}.")
        approve(Post.objects.latest("pk"), moderator)
    discussion_post(client, article, text="Now I am trusted.")
    assert Post.objects.latest("pk").status == PostStatus.APPROVED
    discussion_post(
        client,
        article,
        kind="addition",
        text="A second runway by 1928.",
        changes="Adds the second runway.",
        **web_source(),
    )
    addition = Post.objects.latest("pk")
    assert addition.status == PostStatus.PENDING
    assert addition.sources.get().url == "https://example.org/lipetsk"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"text": "   "}, "Write something first."),
        ({"text": "x" * 10_001}, "at most 10000 characters"),
        ({"website": "http://spam.example"}, "Leave the last field empty."),
        (  # the source form sent as the browser sends it, left empty
            {"kind": "addition", "changes": "A runway.", "source-0-kind": "web"},
            "An addition or correction needs at least one source.",
        ),
        (
            {"kind": "addition", "text": "A runway.", **web_source()},
            "Say in one line what the post adds or corrects.",
        ),
        (
            {
                "kind": "addition",
                "changes": "A runway.",
                **web_source(**{"source-0-url": "javascript:alert(1)"}),
            },
            "starts with http:// or https://",
        ),
        (
            {
                "kind": "addition",
                "changes": "A runway.",
                **web_source(**{"source-0-accessed": ""}),
            },
            "Give the day you read the page.",
        ),
        (  # a new reader's post: two links at most
            {"text": " ".join(f"[{n}](https://spam.example/{n})" for n in range(3))},
            "a post may hold 2 links",
        ),
    ],
)
def test_bad_posts_say_why_and_store_nothing(
    client, article, make_reader, fields, message
):
    client.force_login(make_reader("Jana"))
    response = discussion_post(client, article, **fields)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Post.objects.exists()


def test_a_double_submit_is_stored_once_and_a_flood_is_refused(
    client, article, make_reader, settings
):
    settings.DISCUSSION_POSTS_PER_MINUTE = "3/m"
    client.force_login(make_reader("Jana"))
    first = discussion_post(client, article)
    again = discussion_post(client, article)
    assert first["Location"] == again["Location"]
    assert Post.objects.count() == 1
    discussion_post(client, article, text="Another.")
    response = discussion_post(client, article, text="And another.")
    assert response.status_code == 429
    assert "You have posted a lot just now." in response.content.decode()
    assert Post.objects.count() == 2


def test_nobody_posts_to_a_locked_thread_a_private_page_or_none(
    client, article, make_reader, site_tree
):
    client.force_login(make_reader("Jana"))
    Thread.objects.create(page=article, locked=True)
    response = discussion_post(client, article)
    assert response.status_code == 400
    assert "This discussion is locked." in response.content.decode()
    home, _magazine = site_tree
    assert client.post("/discussion/999999/", {}).status_code == 404
    assert client.post(f"/discussion/{home.pk}/", {}).status_code == 404
    Thread.objects.all().delete()
    # A discussion is as private as its page: a reader it does not admit
    # (who has not given the password) cannot post to it.
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="x1926"
    )
    assert discussion_post(client, article).status_code == 404
    assert not Post.objects.exists()


def test_who_may_post(client, article, make_reader):
    response = discussion_post(client, article)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    client.force_login(make_reader("Unconfirmed", confirmed=False))
    response = discussion_post(client, article)
    assert response.status_code == 403
    assert "Confirm your email address" in response.content.decode()
    assert not Post.objects.exists()


def test_a_reply_to_a_reply_goes_under_the_first_post_and_quotes_it(
    client, article, make_reader, moderator
):
    client.force_login(make_reader("Jana"))
    discussion_post(client, article, text="The school opened in 1925.")
    first = approve(Post.objects.get(), moderator)
    discussion_post(client, article, text="In June.", reply_to=first.pk)
    reply = approve(Post.objects.latest("pk"), moderator)
    discussion_post(client, article, text="June 1925, yes.", reply_to=reply.pk)
    answer = Post.objects.latest("pk")
    assert (answer.reply_to, answer.quoted) == (first, reply)
    approve(answer, moderator)
    assert "In June." in type(client)().get(article.url).content.decode()
    # A quote never shows what a moderator hid.
    hide(reply, moderator)
    page = type(client)().get(article.url).content.decode()
    assert "June 1925, yes." in page and "In June." not in page


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
        ("[x](javascript:alert(1))", "<p>[x](javascript:alert(1))</p>"),
        (
            "[a source](https://example.org)",
            '<p><a href="https://example.org" rel="nofollow ugc noopener">'
            "a source</a></p>",
        ),
        (
            '<img src=x onerror="alert(1)">',
            '<p>&lt;img src=x onerror="alert(1)"&gt;</p>',
        ),
        ("# Not a heading\n\n*fine*", "<p># Not a heading</p>\n<p><em>fine</em></p>"),
    ],
)
def test_a_post_renders_a_safe_subset_of_markdown(text, html):
    assert post_html(text).strip() == html


def test_moderators_pin_lock_and_suspend_and_each_is_logged(
    client, article, make_reader, moderator, settings
):
    settings.DISCUSSION_POSTS_PER_MINUTE = "10/m"
    jana = make_reader("Jana")
    reader = type(client)()
    reader.force_login(jana)
    discussion_post(reader, article, text="First.")
    discussion_post(reader, article, text="Second.")
    first, second = Post.objects.order_by("pk")
    approve(first, moderator)
    approve(second, moderator)
    client.force_login(moderator)
    moderate = f"/admin/discussion/moderate/{second.pk}/"
    client.post(moderate, {"decision": "pin"})
    page = type(client)().get(article.url).content.decode()
    assert page.index("Second.") < page.index("First.")

    client.post(moderate, {"decision": "lock"})
    response = discussion_post(reader, article, text="Third.")
    assert "This discussion is locked." in response.content.decode()
    client.post(moderate, {"decision": "unlock"})

    response = client.post(moderate, {"decision": "suspend", "days": "7"})
    assert "Say why the reader is suspended." in response.content.decode()
    client.post(moderate, {"decision": "suspend", "days": "7", "reason": "Spam."})
    response = discussion_post(reader, article, text="Third.")
    assert response.status_code == 400
    assert "You may post again from" in response.content.decode()
    assert Post.objects.count() == 2
    logged = set(ModelLogEntry.objects.values_list("action", flat=True))
    assert {
        "garrison.post.pin", "garrison.thread.lock", "garrison.thread.unlock",
        "garrison.reader.suspend",
    } <= logged  # fmt: skip


def test_trusted_readers_flags_hide_a_post_until_a_moderator_looks(
    client, article, make_reader, moderator, settings
):
    settings.DISCUSSION_HIDE_AFTER_FLAGS = 2
    settings.DISCUSSION_TRUSTED_AFTER = 1
    author = type(client)()
    author.force_login(make_reader("Jana"))
    discussion_post(author, article, text="A doubtful claim.")
    post = approve(Post.objects.get(), moderator)
    assert author.get(f"/discussion/flag/{post.pk}/").status_code == 200
    response = author.post(f"/discussion/flag/{post.pk}/", {"reason": "wrong"})
    assert "You cannot flag your own post." in response.content.decode()

    newcomer = type(client)()
    newcomer.force_login(make_reader("Nova"))
    response = newcomer.post(f"/discussion/flag/{post.pk}/", {"reason": "rude"})
    assert response.status_code == 302
    response = newcomer.post(f"/discussion/flag/{post.pk}/", {"reason": "rude"})
    assert "You flagged this post already." in response.content.decode()
    flaggers = []
    for name in ("Karel", "Petr"):
        reader = make_reader(name)
        # Trusted: one approved post of their own.
        Post.objects.create(
            thread=post.thread, author=reader, text="x", html="x",
            status=PostStatus.APPROVED,
        )  # fmt: skip
        flaggers.append(reader)
    client.force_login(flaggers[0])
    client.post(f"/discussion/flag/{post.pk}/", {"reason": "wrong"})
    post.refresh_from_db()
    assert post.status == PostStatus.APPROVED  # one trusted flag, one untrusted
    client.force_login(flaggers[1])
    client.post(f"/discussion/flag/{post.pk}/", {"reason": "wrong", "note": "No."})
    post.refresh_from_db()
    assert post.status == PostStatus.HIDDEN
    assert "A doubtful claim." not in type(client)().get(article.url).content.decode()

    client.force_login(moderator)
    queue = client.get("/admin/discussion/?flagged=true").content.decode()
    assert "A doubtful claim." in queue
    client.post(f"/admin/discussion/moderate/{post.pk}/", {"decision": "approve"})
    assert not post.flags.filter(handled=None).exists()
    assert (
        "A doubtful claim."
        not in client.get("/admin/discussion/?flagged=true").content.decode()
    )
    assert (
        client.post("/discussion/flag/999999/", {"reason": "spam"}).status_code == 404
    )


def test_the_pages_script_gets_the_post_or_the_form_with_its_errors(
    client, article, make_reader, settings
):
    """What ``discussion.js`` is answered: the same decisions, as JSON."""
    settings.DISCUSSION_POSTS_PER_MINUTE = "1/m"
    client.force_login(make_reader("Jana"))
    as_script = {"headers": {"Accept": "application/json"}}
    wrong = discussion_post(client, article, text="   ", **as_script)
    assert wrong.status_code == 400
    assert "Write something first." in wrong.json()["form"]
    sent = discussion_post(client, article, **as_script)
    answer = sent.json()
    assert answer["ok"] and not answer["published"]
    assert "June 1925" in answer["post"] and "Waiting for a moderator" in answer["post"]
    flood = discussion_post(client, article, text="Again.", **as_script)
    assert flood.status_code == 429 and flood["Retry-After"]
    assert "posted a lot" in flood.json()["message"]
