"""Telling readers what happened: watching pages, notifications, their emails.

A post's news is worked out by the task worker once the decision is committed
(``notify_published``, ``notify_decided``): a reply tells the authors it
answers, a new post tells the page's watchers, a moderator's decision and an
incorporation tell the author. Each is a :class:`Notification`, shown on the
reader's notifications page and, as the reader chose, emailed at once or in
the daily digest (``discussion.digests``).
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import transaction
from django.tasks import task
from django.utils import timezone, translation
from wagtail.models import Page

from community.tasks import send_email
from readers.models import EmailFrequency

from .emails import notification_email
from .models import Notification, NotificationKind, Post, PostStatus, Watch
from .threads import discussed_page


def watch(reader, page: Page) -> None:
    """Follow ``page``'s discussion (posting to it does this too)."""
    Watch.objects.get_or_create(reader=reader, page=page)


def unwatch(reader, page: Page) -> None:
    Watch.objects.filter(reader=reader, page=page).delete()


def is_watching(reader, page: Page) -> bool:
    return (
        reader.is_authenticated
        and Watch.objects.filter(reader=reader, page=page).exists()
    )


def post_published(post: Post, *, moderated: bool) -> None:
    """Queue the news of ``post``, just shown to readers, once it is committed."""
    transaction.on_commit(lambda: notify_published.enqueue(post.pk, moderated))


def post_decided(post: Post, kind: str) -> None:
    """Queue telling the author of a moderator's rejection or of an incorporation."""
    transaction.on_commit(lambda: notify_decided.enqueue(post.pk, kind))


@task
def notify_published(post_id: int, moderated: bool) -> int:
    """Tell the author (when a moderator approved it), the authors it answers
    and the page's watchers of a published post; return how many were told."""
    post = (
        Post.objects.filter(pk=post_id, status=PostStatus.APPROVED)
        .select_related("thread__page", "reply_to", "quoted")
        .first()
    )
    if post is None:  # hidden again since, or gone
        return 0
    told: dict[int, str] = {}
    # Others hear of it only while the page is public: a page made private
    # since does not send its posts to everybody who once watched it.
    if discussed_page(post.thread.page) is not None:
        for answered in (post.quoted, post.reply_to):
            if answered is not None and answered.author_id:
                told.setdefault(answered.author_id, NotificationKind.REPLY)
        watchers = Watch.objects.filter(page_id=post.thread.page_id)
        for reader_id in watchers.values_list("reader_id", flat=True):
            told.setdefault(reader_id, NotificationKind.WATCHED)
    told.pop(post.author_id, None)  # nobody hears of their own post but this:
    if moderated and post.author_id is not None:
        told[post.author_id] = NotificationKind.APPROVED
    return _notify(post, told)


@task
def notify_decided(post_id: int, kind: str) -> int:
    """Tell the author a moderator rejected their post, or it was incorporated."""
    post = Post.objects.filter(pk=post_id).select_related("thread__page").first()
    if post is None or post.author_id is None:
        return 0
    return _notify(post, {post.author_id: kind})


def _notify(post: Post, told: dict[int, str]) -> int:
    if not told:
        return 0
    made = Notification.objects.bulk_create(
        [
            Notification(recipient_id=reader_id, kind=kind, post=post)
            for reader_id, kind in told.items()
        ],
        ignore_conflicts=True,  # a task run twice tells each reader once
    )
    at_once = get_user_model().objects.filter(
        pk__in=told,
        is_active=True,
        reader__email_frequency=EmailFrequency.IMMEDIATELY,
        reader__deleted=None,
    )
    for recipient in at_once.select_related("reader"):
        pending = Notification.objects.filter(
            recipient=recipient, post=post, emailed=None
        ).select_related("post__thread__page")
        _email(recipient, list(pending))
    return len(made)


def send_digest(recipient, notifications: list[Notification]) -> None:
    """Email ``recipient`` what ``notifications`` say, in one message."""
    _email(recipient, notifications)


def _email(recipient, notifications: list[Notification]) -> None:
    if not notifications or not recipient.email:
        return
    Notification.objects.filter(pk__in=[n.pk for n in notifications]).update(
        emailed=timezone.now()
    )
    with translation.override(_language_of(recipient, notifications)):
        subject, body, headers = notification_email(recipient, notifications)
    address = recipient.email
    transaction.on_commit(
        lambda: send_email.enqueue(subject, body, address, headers=headers)
    )


def _language_of(recipient, notifications: list[Notification]) -> str:
    chosen = getattr(recipient, "reader", None)
    if chosen is not None and chosen.language:
        return chosen.language
    return notifications[0].post.thread.page.locale.language_code


def unread_count(user) -> int:
    """How many notifications ``user`` has not seen yet (in the header)."""
    return Notification.objects.filter(recipient=user, read=None).count()
