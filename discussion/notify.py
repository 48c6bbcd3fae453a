"""Telling a reader what became of their post, by email, through the task worker."""

from __future__ import annotations

from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from community.tasks import send_email
from readers.models import EmailFrequency

from .models import Post, PostStatus


def tell_author(post: Post, base_url: str) -> None:
    """Email the post's author the moderator's decision, once it is committed.

    Only readers who chose emails at once get one now; the daily digest and the
    notifications page come with watching (issue: notifications).
    """
    author = post.author
    reader = getattr(author, "reader", None) if author else None
    if reader is None or not author.email or reader.deleted:
        return
    if reader.email_frequency != EmailFrequency.IMMEDIATELY:
        return
    page = post.thread.page.specific
    language = reader.language or page.locale.language_code
    with translation.override(language):
        url = f"{base_url}{page.get_url()}#post-{post.pk}"
        if post.status == PostStatus.APPROVED:
            subject = _("Your post is published")
            body = _(
                "Your post in the discussion of “%(title)s” is published:\n%(url)s\n"
            ) % {"title": page.title, "url": url}
        elif post.status == PostStatus.REJECTED:
            subject = _("Your post was not published")
            body = _(
                "A moderator did not publish your post in the discussion of "
                "“%(title)s”.\n\nTheir reason: %(reason)s\n\nYour post:\n%(text)s\n"
            ) % {"title": page.title, "reason": post.reason, "text": post.text}
        else:
            return
        body += "\n" + _(
            "You get these emails because your settings ask for them at once. "
            "Change them under Your account."
        )
    email = author.email
    transaction.on_commit(lambda: send_email.enqueue(subject, body, email))
