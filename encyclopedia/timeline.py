"""Timelines drawn from the data: events and the periods of entries.

The selection runs in the database (stored dates sort as text); the chart is
laid out from the items it selects in ``charts.py``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import groupby

from django.db.models import Q, QuerySet

from core.locales import ORIGINAL_LANGUAGE

from .browsing import kind_slug
from .dates import MAX_YEAR, HistoricalDate, Precision, format_span
from .models import EntryPage


@dataclass(frozen=True)
class TimelineItem:
    """One dated thing: an event (a moment or a span) or an entry's period."""

    pk: int
    title: str
    url: str
    kind: str
    kind_label: str
    start: HistoricalDate
    end: HistoricalDate | None
    summary: str
    is_event: bool
    dates: str
    #: Where the entry is an untranslated copy, the language of its title.
    text_language: str = ""

    @property
    def is_span(self) -> bool:
        return self.end is not None and self.end.latest > self.start.latest


@dataclass(frozen=True)
class TimelineRange:
    start: HistoricalDate | None = None
    end: HistoricalDate | None = None


def dated_entries(
    queryset: QuerySet, period: TimelineRange = TimelineRange()
) -> QuerySet:
    """Narrow ``queryset`` to entries with a date that may fall in ``period``.

    The filter is coarse on purpose (whole years); :func:`overlaps` decides.
    """
    return queryset.filter(in_period(period))


def in_period(period: TimelineRange, prefix: str = "") -> Q:
    """The condition of :func:`dated_entries`, on entries reached through ``prefix``.

    ``prefix`` is a lookup path to the entry, such as ``"entrypage__"`` from a
    page; an empty date never matches, so pages that are no entry never do.
    """
    condition = Q(**{f"{prefix}period_start__gt": ""})
    # Nothing begins after the last year there is, so it needs no bound.
    if period.end and period.end.latest.year < MAX_YEAR:
        until = f"{period.end.latest.year + 1:04d}"
        condition &= Q(**{f"{prefix}period_start__lt": until})
    if period.start:
        since = f"{period.start.earliest.year:04d}"
        condition &= Q(**{f"{prefix}period_end__gte": since}) | Q(
            **{f"{prefix}period_end": "", f"{prefix}period_start__gte": since}
        )
    return condition


def timeline_window(
    entries: QuerySet,
    period: TimelineRange,
    *,
    limit: int,
    url_of,
    language: str,
) -> tuple[list[TimelineItem], bool]:
    """Return the dated entries in ``period`` as items, at most ``limit`` of them.

    The coarse filter and the cut run in the database, so a long encyclopedia
    costs one bounded query; the second value says whether the list was cut.
    """
    selected = (
        dated_entries(entries, period)
        .annotate(content_language=ORIGINAL_LANGUAGE)
        .order_by("period_start", "title")
    )
    rows = list(selected[: limit + 1])
    items = timeline_items(
        rows[:limit], url_of=url_of, language=language, period=period
    )
    return items, len(rows) > limit


def years_range(start: int | None, end: int | None) -> TimelineRange:
    """Return the range from the start of year ``start`` to the end of ``end``."""
    return TimelineRange(
        HistoricalDate(start, precision=Precision.YEAR) if start else None,
        HistoricalDate(end, precision=Precision.YEAR) if end else None,
    )


def overlaps(item: TimelineItem, period: TimelineRange) -> bool:
    """Tell whether an item may fall within the period (partial dates count)."""
    last = item.end or item.start
    if period.start and last.latest < period.start.earliest:
        return False
    return not (period.end and item.start.earliest > period.end.latest)


def timeline_items(
    entries: Iterable[EntryPage],
    *,
    url_of,
    language: str = "en",
    period: TimelineRange = TimelineRange(),
) -> list[TimelineItem]:
    """Turn dated entries into timeline items, sorted, clipped to ``period``."""
    from .models import EventPage

    items = []
    for entry in entries:
        model = entry.specific_class or EntryPage
        if not entry.period_start:
            continue
        item = TimelineItem(
            pk=entry.pk,
            title=entry.title,
            url=url_of(entry),
            kind=kind_slug(model),
            kind_label=str(model._meta.verbose_name),
            start=entry.period_start,
            end=entry.period_end,
            summary=entry.summary,
            is_event=issubclass(model, EventPage),
            dates=format_span(
                entry.period_start,
                entry.period_end,
                language,
                moment=issubclass(model, EventPage),
            ),
            text_language=getattr(entry, "content_language", None) or "",
        )
        if overlaps(item, period):
            items.append(item)
    return sorted(items, key=lambda item: (item.start.sort_key, item.title))


def by_year(items: list[TimelineItem]) -> list[tuple[int, list[TimelineItem]]]:
    """Group items under the year each begins, for the list view."""
    return [
        (year, list(group))
        for year, group in groupby(items, key=lambda item: item.start.year)
    ]
