"""An editor folds a reader's sourced addition into its page; publishing it
credits the reader, and enough credits invite them to join."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from wagtail.models import PageLogEntry

from community.roles import Role
from discussion.models import Notification, NotificationKind, Post
from discussion.posting import NewPost, approve, submit_post

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db

SOURCE = {
    "kind": "book",
    "title": "Die geheime Fliegerschule",
    "author": "Speidel, Helm",
    "year": 1956,
}


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser(
        "editor", "editor@example.org", PASSWORD
    )


def approved_addition(page, author, moderator, changes="Adds the second runway."):
    post, _new = submit_post(
        page,
        author,
        NewPost(
            kind="addition",
            text="A second runway was laid by 1928.",
            changes=changes,
            sources=[SOURCE],
        ),
    )
    return approve(post, moderator)


def test_folding_in_drafts_the_sources_and_publishing_credits_the_reader(
    client,
    article,
    make_reader,
    moderator,
    editor,
    django_capture_on_commit_callbacks,
):
    jana = make_reader("Jana")
    post = approved_addition(article, jana, moderator)
    client.force_login(editor)
    moderate = client.get(f"/admin/discussion/moderate/{post.pk}/").content.decode()
    assert "Fold into the page" in moderate

    response = client.post(f"/admin/discussion/fold-in/{post.pk}/")
    assert response["Location"] == f"/admin/pages/{article.pk}/edit/"
    article.refresh_from_db()
    draft = article.get_latest_revision_as_object()
    assert [c.source.title for c in draft.citations.all()][-1] == SOURCE["title"]
    assert SOURCE["title"] not in [c.source.title for c in article.citations.all()]
    (note,) = PageLogEntry.objects.filter(page=article, action="garrison.page.fold_in")
    assert note.message == "Folded in Jana's addition: Adds the second runway."
    history = client.get(f"/admin/pages/{article.pk}/history/").content.decode()
    assert "Folded in Jana" in history

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        article.get_latest_revision().publish(user=editor)
    post.refresh_from_db()
    assert post.incorporated is not None
    assert Notification.objects.filter(
        recipient=jana, kind=NotificationKind.INCORPORATED
    ).exists()
    assert "now part of “The school at Lipetsk”" in mail.outbox[0].body

    page = type(client)().get(article.url).content.decode()
    assert "Also contributed by:" in page
    assert f'<a href="/discussion/readers/{jana.pk}/">Jana</a>' in page
    profile = client.get(f"/discussion/readers/{jana.pk}/").content.decode()
    assert "Additions that became part of pages" in profile
    assert "Adds the second runway." in profile
    # Folded in once; the button is gone, and a second fold does nothing.
    assert (
        "Fold into"
        not in client.get(f"/admin/discussion/moderate/{post.pk}/").content.decode()
    )
    client.post(f"/admin/discussion/fold-in/{post.pk}/")
    assert PageLogEntry.objects.filter(action="garrison.page.fold_in").count() == 1


def test_a_draft_published_without_the_sources_credits_nobody(
    client, article, make_reader, moderator, editor
):
    post = approved_addition(article, make_reader("Jana"), moderator)
    client.force_login(editor)
    client.post(f"/admin/discussion/fold-in/{post.pk}/")
    article.refresh_from_db()
    draft = article.get_latest_revision_as_object()
    draft.citations.set(list(draft.citations.all())[:-1])
    draft.save_revision(user=editor).publish(user=editor)
    post.refresh_from_db()
    assert post.incorporated is None
    assert "Also contributed by" not in client.get(article.url).content.decode()


def test_only_those_who_may_edit_the_page_fold_in_and_only_additions(
    client, article, make_reader, moderator, editor
):
    jana = make_reader("Jana")
    addition = approved_addition(article, jana, moderator)
    writer = get_user_model().objects.create_user("writer", "w@example.org", "pw")
    writer.groups.add(Group.objects.get(name=Role.WRITER.value))
    client.force_login(writer)  # writes articles of their own, not this one
    client.post(f"/admin/discussion/fold-in/{addition.pk}/")
    talk, _new = submit_post(article, jana, NewPost(kind="discussion", text="Hello."))
    client.force_login(editor)
    client.post(f"/admin/discussion/fold-in/{talk.pk}/")
    assert Post.objects.filter(incorporated_by__isnull=False).count() == 0


def test_enough_incorporated_additions_invite_the_reader_to_join_prefilled(
    client,
    article,
    make_reader,
    moderator,
    editor,
    settings,
    django_capture_on_commit_callbacks,
):
    settings.DISCUSSION_INVITE_AFTER = 1
    jana = make_reader("Jana")
    jana.reader.language = "cs"
    jana.reader.save()
    post = approved_addition(article, jana, moderator)
    client.force_login(editor)
    client.post(f"/admin/discussion/fold-in/{post.pk}/")
    article.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        article.get_latest_revision().publish(user=editor)
    assert Notification.objects.filter(
        recipient=jana, kind=NotificationKind.INVITED
    ).exists()
    client.force_login(jana)
    form = client.get("/join/").context["form"]
    assert form.initial["name"] == "Jana"
    assert form.initial["email"] == "jana@example.org"
    assert form.initial["languages"] == ["cs"]
    assert (
        "The school at Lipetsk: Adds the second runway." in (form.initial["experience"])
    )
