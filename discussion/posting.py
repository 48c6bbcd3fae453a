"""Posting to a thread, and a moderator's decisions on a post."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.log_actions import log
from wagtail.models import Page

from core.caching.store import invalidate
from core.caching.tags import discussion_tag

from .models import (
    Flag,
    NotificationKind,
    Post,
    PostKind,
    PostSource,
    PostStatus,
    Suspension,
    Thread,
)
from .notify import post_published, tell_author, watch, withdraw
from .text import link_count, post_html

#: A second copy of the same post within this time is the first one, sent twice.
DOUBLE_SUBMIT_SECONDS = 600


@dataclass
class NewPost:
    """What a reader sends: the text and, for an addition, its sources."""

    kind: str
    text: str
    changes: str = ""
    sources: list[dict] = field(default_factory=list)
    reply_to: Post | None = None


def trusted_readers(readers) -> models.QuerySet:
    """Those of ``readers`` (user ids, or a query of them) whose discussion
    posts appear without waiting: ``DISCUSSION_TRUSTED_AFTER`` approved posts.
    Additions and corrections always wait for a moderator."""
    return (
        Post.objects.filter(author__in=readers, status=PostStatus.APPROVED)
        .values("author")
        .annotate(approved=models.Count("pk"))
        .filter(approved__gte=settings.DISCUSSION_TRUSTED_AFTER)
    )


def is_trusted(user) -> bool:
    """Whether the reader's discussion posts appear without waiting."""
    return trusted_readers([user.pk]).exists()


@transaction.atomic
def submit_post(page: Page, author, new: NewPost) -> tuple[Post, bool]:
    """Store ``new`` in the page's thread; return the post and whether it is new.

    The same text sent again by the same reader soon after (a double submit)
    returns the first post instead of storing a second.
    """
    suspension = active_suspension(author)
    if suspension is not None:
        if suspension.until is None:
            message = _("You may no longer post.")
        else:
            message = _("You may post again from %(date)s.") % {
                "date": formats.date_format(
                    timezone.localtime(suspension.until), "DATETIME_FORMAT"
                )
            }
        raise ValidationError(message, code="suspended")
    thread, _created = Thread.objects.select_for_update().get_or_create(page=page)
    if thread.locked:
        raise ValidationError(_("This discussion is locked."), code="locked")
    if new.kind == PostKind.ADDITION and not new.sources:
        raise ValidationError(
            _("An addition or correction needs at least one source."),
            code="no_source",
        )
    recent = timezone.now() - timedelta(seconds=DOUBLE_SUBMIT_SECONDS)
    same = thread.posts.filter(
        author=author, text=new.text, kind=new.kind, created__gte=recent
    ).first()
    if same is not None:
        return same, False
    reply_to, quoted = new.reply_to, None
    if reply_to is not None:
        if reply_to.thread_id != thread.pk or reply_to.status != PostStatus.APPROVED:
            raise ValidationError(_("That post cannot be answered."), code="reply")
        if reply_to.reply_to_id is not None:  # one level deep: quote the reply
            reply_to, quoted = reply_to.reply_to, reply_to
    trusted = is_trusted(author)
    html = post_html(new.text)
    # Links are what spam is for; a new reader's post carries few.
    if not trusted and link_count(html) > settings.DISCUSSION_NEW_READER_LINKS:
        raise ValidationError(
            ngettext(
                "Until a few of your posts are published, a post may hold %(count)d "
                "link. Put the others among the sources, or send them later.",
                "Until a few of your posts are published, a post may hold %(count)d "
                "links. Put the others among the sources, or send them later.",
                settings.DISCUSSION_NEW_READER_LINKS,
            )
            % {"count": settings.DISCUSSION_NEW_READER_LINKS},
            code="links",
        )
    approved = new.kind == PostKind.DISCUSSION and trusted
    post = Post.objects.create(
        thread=thread,
        author=author,
        kind=new.kind,
        text=new.text,
        html=html,
        changes=new.changes if new.kind == PostKind.ADDITION else "",
        reply_to=reply_to,
        quoted=quoted,
        status=PostStatus.APPROVED if approved else PostStatus.PENDING,
    )
    for source in new.sources:
        PostSource.objects.create(post=post, **source)
    watch(author, page)
    if approved:
        invalidate([discussion_tag(page.pk)])
        post_published(post, moderated=False)
    return post, True


def active_suspension(user) -> Suspension | None:
    """The suspension that keeps ``user`` from posting now, if any."""
    now = timezone.now()
    return (
        Suspension.objects.filter(reader=user)
        .filter(models.Q(until__isnull=True) | models.Q(until__gt=now))
        .order_by(models.F("until").desc(nulls_first=True))
        .first()
    )


@transaction.atomic
def suspend(reader, moderator, reason: str, days: int | None) -> Suspension:
    """Keep ``reader`` from posting for ``days``, or for good when None."""
    if not reason.strip():
        raise ValidationError(_("Say why the reader is suspended."), code="no_reason")
    until = timezone.now() + timedelta(days=days) if days else None
    suspension = Suspension.objects.create(
        reader=reader, until=until, reason=reason, moderator=moderator
    )
    log(suspension, "garrison.reader.suspend", user=moderator, data={"reason": reason})
    return suspension


@transaction.atomic
def set_locked(thread: Thread, moderator, locked: bool) -> Thread:
    """Lock a thread (nobody may post) or open it again."""
    thread.locked = locked
    thread.save(update_fields=["locked"])
    log(thread, "garrison.thread.lock" if locked else "garrison.thread.unlock",
        user=moderator)  # fmt: skip
    invalidate([discussion_tag(thread.page_id)])
    return thread


@transaction.atomic
def set_pinned(post: Post, moderator, pinned: bool) -> Post:
    """Pin a post to the top of its thread, or unpin it."""
    post.pinned = pinned
    post.save(update_fields=["pinned"])
    log(post, "garrison.post.pin" if pinned else "garrison.post.unpin", user=moderator)
    invalidate([discussion_tag(post.thread.page_id)])
    return post


@transaction.atomic
def flag_post(post: Post, reader, reason: str, note: str = "") -> Flag:
    """Record ``reader``'s flag on ``post``; hide the post once enough trusted
    readers flagged it (``DISCUSSION_HIDE_AFTER_FLAGS``), until a moderator looks."""
    if post.status != PostStatus.APPROVED:
        raise ValidationError(_("That post is not shown."), code="not_shown")
    if post.author_id == reader.pk:
        raise ValidationError(_("You cannot flag your own post."), code="own")
    flag, created = Flag.objects.get_or_create(
        post=post, reader=reader, defaults={"reason": reason, "note": note}
    )
    if not created:
        raise ValidationError(_("You flagged this post already."), code="again")
    trusted = trusted_readers(post.flags.filter(handled=None).values("reader")).count()
    if trusted >= settings.DISCUSSION_HIDE_AFTER_FLAGS:
        post.status = PostStatus.HIDDEN
        post.reason = _("Hidden after readers' flags, until a moderator looks.")
        post.save(update_fields=["status", "reason"])
        withdraw(post)
        log(post, "garrison.post.hide", user=None, data={"reason": "flags"})
        invalidate([discussion_tag(post.thread.page_id)])
    return flag


def _moderate(post: Post, moderator, status: str, action: str, reason: str = ""):
    # A moderator's decision answers every flag raised so far.
    post.flags.filter(handled=None).update(handled=timezone.now())
    post.status = status
    post.moderated = timezone.now()
    post.moderator = moderator
    post.reason = reason
    post.save(update_fields=["status", "moderated", "moderator", "reason"])
    if status != PostStatus.APPROVED:
        withdraw(post)
    log(post, f"garrison.post.{action}", user=moderator, data={"reason": reason})
    invalidate([discussion_tag(post.thread.page_id)])
    return post


@transaction.atomic
def approve(post: Post, moderator) -> Post:
    """Show the post to readers, and tell them of it (``discussion.notify``)."""
    was_pending = post.status == PostStatus.PENDING
    _moderate(post, moderator, PostStatus.APPROVED, "approve")
    post_published(post, moderated=was_pending)
    return post


@transaction.atomic
def reject(post: Post, moderator, reason: str) -> Post:
    """Refuse the post, saying why; the reader is told."""
    if not reason.strip():
        raise ValidationError(_("Say why the post is rejected."), code="no_reason")
    _moderate(post, moderator, PostStatus.REJECTED, "reject", reason)
    tell_author(post, NotificationKind.REJECTED)
    return post


@transaction.atomic
def hide(post: Post, moderator, reason: str = "") -> Post:
    """Take an approved post out of sight."""
    return _moderate(post, moderator, PostStatus.HIDDEN, "hide", reason)
