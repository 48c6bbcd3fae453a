from django import template
from django.utils.translation import get_language

from encyclopedia.dates import HistoricalDate, format_historical_date, format_period

register = template.Library()


@register.filter
def historical_date(value: HistoricalDate | None) -> str:
    """Write a historical date in the active language: "15 July 1925", "15. 7. 1925"."""
    return format_historical_date(value, get_language() or "en") if value else ""


@register.simple_tag
def historical_period(start: HistoricalDate | None, end: HistoricalDate | None) -> str:
    """Write a span of historical dates in the active language."""
    return format_period(start, end, get_language() or "en")
