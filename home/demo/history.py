"""The demo's page histories: publications dated as the site's story has them,
and a revision that works a reader's addition into the text, with its note."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from django.utils import timezone
from wagtail.models import Page, PageLogEntry, Revision


def backdate_publication(page: Page, day: date, hour: int = 9) -> None:
    """Date the page's latest publication, and its revision, on ``day``."""
    when = timezone.make_aware(datetime.combine(day, time(hour, 0)))
    entry = (
        PageLogEntry.objects.filter(page=page, action="wagtail.publish")
        .order_by("-timestamp", "-pk")
        .first()
    )
    if entry is None:
        return
    PageLogEntry.objects.filter(pk=entry.pk).update(timestamp=when)
    Revision.objects.filter(pk=entry.revision_id).update(created_at=when)
    # What came before the publication (a draft, a fold-in) is dated before
    # it too: Wagtail takes the newest revision by date for the latest, and
    # would otherwise open the editor on an older draft.
    earlier = when - timedelta(minutes=30)
    page_revisions = Revision.page_revisions.filter(object_id=str(page.pk))
    page_revisions.filter(pk__lt=entry.revision_id, created_at__gt=when).update(
        created_at=earlier
    )
    PageLogEntry.objects.filter(page=page, pk__lt=entry.pk, timestamp__gt=when).update(
        timestamp=earlier
    )


def add_to_first_paragraph(page: Page, sentence: str) -> None:
    """Append ``sentence`` to the page's first paragraph; the block stays itself,
    so the page's history shows the words added, not a new paragraph."""
    raw = list(page.body.raw_data)
    first = next(n for n, block in enumerate(raw) if block["type"] == "paragraph")
    value = raw[first]["value"]
    raw[first] = {**raw[first], "value": value.replace("</p>", f" {sentence}</p>", 1)}
    page.body = raw
