"""The timeline, the map and the map's data."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET

from core.locales import in_active_language
from core.privacy import public_pages

from .browsing import ENTRY_KINDS
from .charts import chart_layout
from .forms import TimelineFilterForm
from .maps import feature_collection, located_places
from .models import EntryPage
from .presenting import entry_timeline, language_of
from .timeline import TimelineRange, by_year, overlaps, timeline_window


@require_GET
def timeline(request: HttpRequest) -> HttpResponse:
    """``/timeline/``: dated events and periods, filterable, as a list and a chart."""
    form = TimelineFilterForm(request.GET or None)
    items = []
    focus = None
    truncated = False
    period = TimelineRange()
    limit = settings.TIMELINE_MAX_ITEMS
    status = 200
    if form.is_bound and not form.is_valid():
        status = 400
    else:
        data = form.cleaned_data if form.is_bound else {}
        period = TimelineRange(data.get("start"), data.get("end"))
        if data.get("entry"):
            focus = get_object_or_404(
                in_active_language(public_pages(EntryPage.objects.live())),
                slug=data["entry"],
            )
            items = [
                item
                for item in entry_timeline(focus, request)
                if overlaps(item, period)
            ]
        else:
            entries = in_active_language(public_pages(EntryPage.objects.live()))
            if data.get("type") in ENTRY_KINDS:
                entries = entries.type(ENTRY_KINDS[data["type"]])
            # A long encyclopedia is cut at the limit and the reader is asked
            # to narrow the range.
            items, truncated = timeline_window(
                entries,
                period,
                limit=limit,
                url_of=lambda entry: entry.get_url(request),
                language=language_of(request),
            )
    return TemplateResponse(
        request,
        "encyclopedia/timeline.html",
        {
            "form": form,
            "focus": focus,
            "items": items,
            "years": by_year(items),
            "chart": chart_layout(items, period=period),
            "truncated": truncated,
            "limit": limit,
        },
        status=status,
    )


@require_GET
def place_map(request: HttpRequest) -> HttpResponse:
    """``/map/``: every located place on a map, and as a table without JavaScript."""
    places = list(located_places())
    kinds = {place.kind: place.get_kind_display() for place in places}
    return TemplateResponse(
        request,
        "encyclopedia/map.html",
        {
            "places": [(place, place.get_url(request)) for place in places],
            "kinds": sorted(kinds.items(), key=lambda kind: str(kind[1])),
        },
    )


@require_GET
def places_geojson(request: HttpRequest) -> JsonResponse:
    """``/map/places.geojson``: the located places as a GeoJSON FeatureCollection."""
    data = feature_collection(located_places(), lambda place: place.get_url(request))
    return JsonResponse(data, content_type="application/geo+json")
