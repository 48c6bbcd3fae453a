"""The daily digest: one email a day with what a reader was not yet told.

Run by ``manage.py send_digests`` (a timer in production). Two copies at once
send each reader one digest: the copies take turns on a lock of the reader's
row and the second finds the news emailed (``notify.send_notifications``; on
SQLite the writers take turns anyway).
"""

from __future__ import annotations

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from readers.models import EmailFrequency

from .models import Notification
from .notify import send_notifications

#: Notifications older than this are left to the notifications page: a reader
#: who just chose the digest is not sent a year of news.
DIGEST_REACH = timedelta(days=7)


def send_digests() -> int:
    """Send every reader who chose the digest their unsent notifications;
    return how many digests were sent."""
    since = timezone.now() - DIGEST_REACH
    readers = get_user_model().objects.filter(
        is_active=True,
        reader__email_frequency=EmailFrequency.DAILY,
        reader__deleted=None,
        notifications__emailed=None,
        notifications__created__gte=since,
    )
    sent = 0
    for reader in readers.distinct().select_related("reader"):
        pending = Notification.objects.filter(recipient=reader, created__gte=since)
        sent += send_notifications(reader, pending)
    return sent
