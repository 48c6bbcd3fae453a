"""The words of notification emails, one notification or a day's digest."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.absolute_urls import configured_url
from readers.models import EmailFrequency
from readers.unsubscribe import unsubscribe_headers, unsubscribe_url

from .models import Notification, NotificationKind
from .threads import shown_author


def notification_email(
    recipient, notifications: list[Notification]
) -> tuple[str, str, dict[str, str]]:
    """The subject, body and header fields of an email telling ``recipient``
    of ``notifications``, in the active language."""
    if len(notifications) == 1:
        subject = notifications[0].get_kind_display()
    else:
        subject = ngettext(
            "%(count)d notification from Garrison",
            "%(count)d notifications from Garrison",
            len(notifications),
        ) % {"count": len(notifications)}
    parts = [notification_text(notification) for notification in notifications]
    unsubscribe = unsubscribe_url(recipient)
    frequency = getattr(getattr(recipient, "reader", None), "email_frequency", "")
    if frequency == EmailFrequency.DAILY:
        why = _("You get this digest once a day because your settings ask for it.")
    else:
        why = _("You get these emails because your settings ask for them at once.")
    parts.append(
        "-- \n"
        + why
        + "\n"
        + _("Your settings: %(settings)s")
        % {"settings": configured_url(reverse("readers:settings"))}
        + "\n"
        + _("No more emails like this: %(url)s") % {"url": unsubscribe}
    )
    return subject, "\n\n".join(parts) + "\n", unsubscribe_headers(unsubscribe)


def notification_text(notification: Notification) -> str:
    """What one notification says, with the address of the post."""
    post = notification.post
    title = post.thread.page.title
    url = configured_url(reverse("discussion:permalink", args=[post.pk]))
    values = {"title": title, "url": url, "name": shown_author(post)}
    match notification.kind:
        case NotificationKind.REPLY:
            text = _("%(name)s answered your post about “%(title)s”:")
        case NotificationKind.WATCHED:
            text = _(
                "%(name)s wrote in the discussion of “%(title)s”, which you watch:"
            )
        case NotificationKind.APPROVED:
            text = _("Your post in the discussion of “%(title)s” is published:")
        case NotificationKind.INCORPORATED:
            text = _(
                "Your addition is now part of “%(title)s”, and the page names you "
                "among its contributors:"
            )
        case NotificationKind.INVITED:
            url = configured_url(reverse("community:join"))
            text = _(
                "Several of your additions are now part of Garrison's pages. Would "
                "you work with us as a researcher, writer or editor? The "
                "application form is filled in from your account:"
            )
        case NotificationKind.REJECTED:
            return _(
                "A moderator did not publish your post in the discussion of "
                "“%(title)s”.\n\nTheir reason: %(reason)s\n\nYour post:\n%(text)s"
            ) % {**values, "reason": post.reason, "text": post.text}
        case _unknown:
            raise ValueError(f"No words for a {notification.kind!r} notification.")
    return f"{text % values}\n{url}"
