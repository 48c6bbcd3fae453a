from django import template

from core.locales import active_language
from encyclopedia.dates import HistoricalDate, format_historical_date, format_period
from encyclopedia.maps import format_coordinates, map_settings

register = template.Library()


@register.filter
def historical_date(value: HistoricalDate | None) -> str:
    """Write a historical date in the active language: "15 July 1925", "15. 7. 1925"."""
    return format_historical_date(value, active_language()) if value else ""


@register.simple_tag
def historical_period(start: HistoricalDate | None, end: HistoricalDate | None) -> str:
    """Write a span of historical dates in the active language."""
    return format_period(start, end, active_language())


@register.filter
def coordinates(place) -> str:
    """Write a place's point as a reader does, in the active language."""
    if place.latitude is None:
        return ""
    return format_coordinates(place.latitude, place.longitude, active_language())


@register.simple_tag
def map_options() -> dict:
    """The tile server and its attribution, for every map on every page."""
    return map_settings()


@register.filter
def feature_coordinates(feature: dict) -> str:
    """Write a GeoJSON point's place as a reader does, in the active language."""
    longitude, latitude = feature["geometry"]["coordinates"]
    return format_coordinates(latitude, longitude, active_language())
