"""Places as GeoJSON, for the map page, article maps and the API."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django.conf import settings

from core.locales import ORIGINAL_LANGUAGE, in_active_language
from core.privacy import public_pages

from .models import PlacePage


def place_feature(place: PlacePage, url: str) -> dict:
    """Return a place as a GeoJSON point (longitude first, as GeoJSON wants)."""
    return {
        "type": "Feature",
        "id": place.pk,
        "geometry": {
            "type": "Point",
            "coordinates": [float(place.longitude), float(place.latitude)],
        },
        "properties": {
            "title": place.title,
            "url": url,
            "kind": place.kind,
            "kind_label": str(place.get_kind_display()),
            "summary": place.summary,
            "country_then": place.country_then,
            "country_now": place.country_now,
        },
    }


def feature_collection(
    places: Iterable[PlacePage], url_of: Callable[[PlacePage], str]
) -> dict:
    """Return the places that have coordinates as a GeoJSON FeatureCollection."""
    return {
        "type": "FeatureCollection",
        "features": [
            place_feature(place, url_of(place))
            for place in places
            if place.latitude is not None and place.longitude is not None
        ],
    }


def located_places(language: str | None = None):
    """Return the public places with coordinates in a language, by name.

    Without a language, the reader's (the one this request is in).
    """
    places = public_pages(PlacePage.objects.live())
    if language is None:
        places = in_active_language(places)
    else:
        places = places.filter(locale__language_code=language)
    return (
        places.exclude(latitude__isnull=True)
        .exclude(longitude__isnull=True)
        .annotate(content_language=ORIGINAL_LANGUAGE)
        .order_by("title")
    )


def map_settings() -> dict:
    """Return what the map script needs besides the data: the tile server."""
    return {
        "tiles": settings.MAP_TILE_URL,
        "attribution": settings.MAP_TILE_ATTRIBUTION,
    }


def format_coordinates(latitude, longitude, language: str) -> str:
    """Write a point as a reader does, to two decimals: "55.75° N, 37.62° E".

    Czech writes a decimal comma and its own hemispheres ("55,75° s. š.").
    """
    latitude, longitude = float(latitude), float(longitude)
    if language == "cs":
        north, south, east, west, point = "s. š.", "j. š.", "v. d.", "z. d.", ","
    else:
        north, south, east, west, point = "N", "S", "E", "W", "."

    def part(value: float, positive: str, negative: str) -> str:
        number = f"{abs(value):.2f}".replace(".", point)
        return f"{number}°\N{NO-BREAK SPACE}{positive if value >= 0 else negative}"

    return f"{part(latitude, north, south)}, {part(longitude, east, west)}"
