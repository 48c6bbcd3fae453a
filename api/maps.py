"""``/api/v1/timeline`` and ``/api/v1/places.geojson``: the encyclopedia mapped."""

from typing import Annotated, Literal

from django.conf import settings
from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from core.absolute_urls import page_full_url
from core.privacy import public_pages
from encyclopedia.browsing import ENTRY_KINDS
from encyclopedia.dates import HistoricalDateError, parse_historical_date
from encyclopedia.maps import feature_collection, located_places
from encyclopedia.models import EntryPage
from encyclopedia.timeline import TimelineRange, timeline_window

from .errors import ApiError
from .params import ERRORS
from .presenting import api_url, date_out
from .schemas import EntryType, PlaceCollection, TimelineOut

router = Router(tags=["Timeline and map"])

DateText = Annotated[str, Field(max_length=40, pattern=r"^[^\x00-\x1f\x7f]*$")]


class TimelineQuery(Schema):
    start: DateText | None = Field(
        None, description="From this date: 1925, June 1925, 15.7.1925, 1920s ..."
    )
    end: DateText | None = Field(None, description="Until this date.")
    type: EntryType | None = None
    lang: Literal["en", "cs"] = Field("en", description="Language tree and dates.")


@router.get("timeline", response={200: TimelineOut, **ERRORS}, url_name="timeline")
def timeline(request: HttpRequest, query: Query[TimelineQuery]):
    """Dated entries (events, and the periods of people, units, places, equipment)."""
    period = TimelineRange(_date(query.start, "start"), _date(query.end, "end"))
    if period.start and period.end and period.end.latest < period.start.earliest:
        raise ApiError(400, "The end of the range comes before its start.")
    entries = public_pages(EntryPage.objects.live()).filter(
        locale__language_code=query.lang
    )
    if query.type:
        entries = entries.type(ENTRY_KINDS[query.type])
    limit = settings.TIMELINE_MAX_ITEMS
    items, truncated = timeline_window(
        entries,
        period,
        limit=limit,
        url_of=lambda entry: page_full_url(entry, request),
        language=query.lang,
    )
    return {
        "items": [
            {
                "id": item.pk,
                "type": item.kind,
                "title": item.title,
                "url": item.url,
                "api_url": api_url(request, "entry", item.pk),
                "start": date_out(item.start, query.lang),
                "end": date_out(item.end, query.lang),
                "is_event": item.is_event,
                "summary": item.summary,
            }
            for item in items
        ],
        "truncated": truncated,
        "limit": limit,
    }


class PlacesQuery(Schema):
    lang: Literal["en", "cs"] = Field("en", description="Language tree.")


@router.get(
    "places.geojson", response={200: PlaceCollection, **ERRORS}, url_name="places"
)
def places(request: HttpRequest, query: Query[PlacesQuery]):
    """Every place with coordinates, as a GeoJSON FeatureCollection."""
    return feature_collection(
        located_places(query.lang),
        lambda place: page_full_url(place, request),
    )


def _date(text: str | None, name: str):
    if not text or not text.strip():
        return None
    try:
        return parse_historical_date(text)
    except HistoricalDateError as error:
        raise ApiError(
            400,
            f"{name}: {error.message}",
            code="invalid_parameters",
            details=[{"parameter": name, "message": error.message}],
        ) from error
