"""Filtering datetimes by calendar year, safely at the ends of the calendar."""

from __future__ import annotations

from datetime import datetime

from django.db.models import Q, QuerySet
from django.utils import timezone

#: datetime's own range; a bound at either end is no bound at all.
FIRST_YEAR, LAST_YEAR = 1, 9999


def in_years[Q: QuerySet](
    queryset: Q, field: str, *, start: int | None = None, end: int | None = None
) -> Q:
    """Keep rows whose ``field`` falls in the years ``start``..``end`` (inclusive).

    The years are turned into datetime bounds in the current time zone, which an
    index on ``field`` can answer. Django's own year lookups overflow at year 1
    and 9999 once shifted to UTC; those years bound nothing, so they are dropped.
    """
    return queryset.filter(years_condition(field, start=start, end=end))


def years_condition(
    field: str, *, start: int | None = None, end: int | None = None
) -> Q:
    """The condition of :func:`in_years`, for combining with others."""
    if end is not None and end < FIRST_YEAR:
        return Q(pk__in=[])
    condition = Q()
    if start is not None and start > FIRST_YEAR:
        condition &= Q(**{f"{field}__gte": _new_year(start)})
    if end is not None and end < LAST_YEAR:
        condition &= Q(**{f"{field}__lt": _new_year(end + 1)})
    return condition


def _new_year(year: int) -> datetime:
    return timezone.make_aware(datetime(year, 1, 1))
