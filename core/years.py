"""Filtering datetimes by calendar year, safely at the ends of the calendar."""

from __future__ import annotations

from django.db.models import ExpressionWrapper, IntegerField, QuerySet
from django.db.models.functions import ExtractYear


def in_years[Q: QuerySet](
    queryset: Q, field: str, *, start: int | None = None, end: int | None = None
) -> Q:
    """Keep rows whose ``field`` falls in the years ``start``..``end`` (inclusive).

    Django turns year lookups (``__year``, and comparisons on ``ExtractYear``)
    into datetime bounds, and the bounds of year 1 or 9999 overflow once shifted
    to UTC. Wrapped as a plain integer, the extracted year is compared as one.
    """
    if start is None and end is None:
        return queryset
    year = ExpressionWrapper(ExtractYear(field), output_field=IntegerField())
    queryset = queryset.alias(_calendar_year=year)
    if start is not None:
        queryset = queryset.filter(_calendar_year__gte=start)
    if end is not None:
        queryset = queryset.filter(_calendar_year__lte=end)
    return queryset
