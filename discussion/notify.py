"""Telling readers what happened: watching pages, notifications, their emails.

A post's news is worked out by the task worker once the decision is committed
(``notify_published``, ``notify_author``): a reply tells the authors it
answers, a new post tells the page's watchers, a moderator's decision and an
incorporation tell the author. Each is a :class:`Notification`, shown on the
reader's notifications page and, as the reader chose, emailed at once or in
the daily digest (``discussion.digests``).
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Q, QuerySet
from django.tasks import task
from django.utils import timezone, translation
from wagtail.models import Page

from community.tasks import send_email
from core.privacy import private_pages_q
from readers.models import EmailFrequency

from .emails import notification_email
from .models import Notification, NotificationKind, Post, PostStatus, Watch
from .threads import discussed_page


def watch(reader: AbstractBaseUser, page: Page) -> None:
    """Follow ``page``'s discussion (posting to it does this too)."""
    Watch.objects.get_or_create(reader=reader, page=page)


def unwatch(reader: AbstractBaseUser, page: Page) -> None:
    """Stop following ``page``'s discussion."""
    Watch.objects.filter(reader=reader, page=page).delete()


def is_watching(reader: AbstractBaseUser, page: Page) -> bool:
    """Whether the (possibly anonymous) ``reader`` follows ``page``'s discussion."""
    return (
        reader.is_authenticated
        and Watch.objects.filter(reader=reader, page=page).exists()
    )


def post_published(post: Post, *, moderated: bool) -> None:
    """Queue the news of ``post``, just shown to readers, once it is committed."""
    transaction.on_commit(lambda: notify_published.enqueue(post.pk, moderated))


def tell_author(post: Post, kind: str) -> None:
    """Queue telling ``post``'s author (a rejection, an incorporation, an
    invitation), once it is committed."""
    transaction.on_commit(lambda: notify_author.enqueue(post.pk, kind))


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
def notify_author(post_id: int, kind: str) -> int:
    """Tell a post's author what became of it (``NotificationKind``)."""
    post = Post.objects.filter(pk=post_id).select_related("thread__page").first()
    if post is None or post.author_id is None:
        return 0
    return _notify(post, {post.author_id: kind})


def _notify(post: Post, told: dict[int, str]) -> int:
    if not told:
        return 0
    Notification.objects.bulk_create(
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
        send_notifications(
            recipient, Notification.objects.filter(recipient=recipient, post=post)
        )
    return len(told)


#: News of others' posts, told only while the post is shown on a public page.
OTHERS_KINDS = (NotificationKind.REPLY, NotificationKind.WATCHED)


def send_notifications(recipient: AbstractBaseUser, pending: QuerySet) -> bool:
    """Email ``recipient`` those of the ``pending`` notifications no email
    carried yet, in one message; return whether one was sent.

    Runs for one recipient take turns on a lock of the recipient's row, and
    the notifications are marked as emailed in the same transaction: two runs
    at once (a task queued twice, two digests) send each once, in one message.
    (Locking the notifications themselves let two runs split one reader's news
    into two emails.) News of a post that is no longer shown, or of a page no
    longer public, is dropped unsent.
    """
    with transaction.atomic():
        # Waits for another run's commit; the query below then sees its marks.
        list(
            get_user_model()
            .objects.select_for_update()
            .filter(pk=recipient.pk)
            .values_list("pk")
        )
        claimed = list(
            pending.filter(emailed=None)
            .select_related("post__thread__page", "post__author__reader")
            .order_by("created", "pk")
        )
        if not claimed:
            return False
        Notification.objects.filter(pk__in=[n.pk for n in claimed]).update(
            emailed=timezone.now()
        )
        shown = [notification for notification in claimed if still_shown(notification)]
        if not shown or not recipient.email:
            return False
        with translation.override(_language_of(recipient, shown)):
            subject, body, headers = notification_email(recipient, shown)
        address = recipient.email
        transaction.on_commit(
            lambda: send_email.enqueue(subject, body, address, headers=headers)
        )
    return True


def still_shown(notification: Notification) -> bool:
    """Whether the news may still be told: others' posts must still be shown
    on a public page (a reader's own post's fate is always theirs to know)."""
    if notification.kind not in OTHERS_KINDS:
        return True
    post = notification.post
    return (
        post.status == PostStatus.APPROVED
        and discussed_page(post.thread.page) is not None
    )


def _language_of(recipient, notifications: list[Notification]) -> str:
    chosen = getattr(recipient, "reader", None)
    if chosen is not None and chosen.language:
        return chosen.language
    return notifications[0].post.thread.page.locale.language_code


OTHERS_NEWS = Q(kind__in=OTHERS_KINDS)


def shown_notifications(user: AbstractBaseUser) -> QuerySet:
    """``user``'s notifications that may still be shown (:func:`still_shown`),
    newest first."""
    gone = OTHERS_NEWS & ~Q(post__status=PostStatus.APPROVED)
    private = private_pages_q("post__thread__page__")
    if private is not None:
        gone |= OTHERS_NEWS & private
    return Notification.objects.filter(recipient=user).exclude(gone)


def unread_count(user: AbstractBaseUser) -> int:
    """How many notifications ``user`` has not seen yet (in the header, on
    every page; news of a post hidden since was withdrawn, :func:`withdraw`)."""
    return Notification.objects.filter(recipient=user, read=None).count()


def withdraw(post: Post) -> None:
    """Count as seen the news of ``post``, no longer shown, told to others:
    the header's count leaves it out, the notifications page no longer lists
    it, and no email carries it."""
    Notification.objects.filter(post=post, read=None).filter(OTHERS_NEWS).update(
        read=timezone.now()
    )
