"""The daily digest: one email a day with what a reader was not yet told.

Run by ``manage.py send_digests`` (a timer in production). Two copies at once
send each notification once: a copy claims a reader's notifications under a
row lock, skipping those another copy holds (``select_for_update(skip_locked)``;
on SQLite, whose writers take turns, the second copy finds them emailed).
"""

from __future__ import annotations

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from readers.models import EmailFrequency

from .models import Notification
from .notify import send_digest

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
        with transaction.atomic():
            claimed = list(
                Notification.objects.select_for_update(skip_locked=True, of=("self",))
                .filter(recipient=reader, emailed=None, created__gte=since)
                .select_related("post__thread__page", "post__author__reader")
                .order_by("created", "pk")
            )
            if claimed:
                send_digest(reader, claimed)
                sent += 1
    return sent
