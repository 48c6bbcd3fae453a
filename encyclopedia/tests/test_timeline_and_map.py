"""The timeline's filters and the map's GeoJSON."""

import pytest

from encyclopedia.factories import published_entry
from encyclopedia.models import EventPage, OrganisationPage, PersonPage, PlacePage
from encyclopedia.timeline import chart_layout

pytestmark = pytest.mark.django_db


@pytest.fixture
def dated(encyclopedia):
    return {
        "rapallo": published_entry(
            encyclopedia,
            EventPage,
            title="Treaty of Rapallo",
            kind="treaty",
            start="16.4.1922",
        ),
        "pact": published_entry(
            encyclopedia,
            EventPage,
            title="Pact of 1939",
            kind="treaty",
            start="23.8.1939",
        ),
        "school": published_entry(
            encyclopedia,
            OrganisationPage,
            title="Kama school",
            kind="school",
            start="1929",
            end="1933",
        ),
        "seeckt": published_entry(
            encyclopedia,
            PersonPage,
            title="Hans von Seeckt",
            start="22.4.1866",
            end="27.12.1936",
        ),
        "undated": published_entry(encyclopedia, PersonPage, title="Nobody Known"),
    }


def titles(response) -> list[str]:
    return [item.title for item in response.context["items"]]


def test_timeline_lists_dated_entries_in_order(client, dated):
    response = client.get("/timeline/")
    assert titles(response) == [
        "Hans von Seeckt",
        "Treaty of Rapallo",
        "Kama school",
        "Pact of 1939",
    ]
    assert [year for year, _items in response.context["years"]] == [
        1866,
        1922,
        1929,
        1939,
    ]
    assert response.context["chart"].bars


def test_timeline_range_keeps_periods_that_overlap_it(client, dated):
    response = client.get("/timeline/", {"start": "1930", "end": "June 1935"})
    assert titles(response) == ["Hans von Seeckt", "Kama school"]


def test_timeline_filters_by_kind(client, dated):
    response = client.get("/timeline/", {"type": "event"})
    assert titles(response) == ["Treaty of Rapallo", "Pact of 1939"]


def test_timeline_of_one_entry_shows_what_relates_to_it(client, dated):
    event = dated["rapallo"]
    event.participants = [dated["seeckt"]]
    event.save_revision().publish()
    response = client.get("/timeline/", {"entry": "hans-von-seeckt"})
    assert titles(response) == ["Hans von Seeckt", "Treaty of Rapallo"]


def test_timeline_refuses_bad_ranges_with_a_reason(client, dated):
    response = client.get("/timeline/", {"start": "31.2.1925"})
    assert response.status_code == 400
    assert "February 1925 has no day 31" in response.content.decode()
    response = client.get("/timeline/", {"start": "1930", "end": "1920"})
    assert response.status_code == 400
    assert "comes before its start" in response.content.decode()
    assert client.get("/timeline/", {"entry": "no-such-entry"}).status_code == 404


def test_chart_places_bars_by_date_and_spans_by_length(client, dated):
    items = client.get("/timeline/").context["items"]
    chart = chart_layout(items, width=1000, margin=0)
    by_title = {bar.item.title: bar for bar in chart.bars}
    assert chart.first_year == 1866 and chart.last_year == 1940
    assert 0 < by_title["Hans von Seeckt"].x < 10  # late April 1866
    assert by_title["Treaty of Rapallo"].x < by_title["Kama school"].x
    # Kama ran 1929-1933: about five of the chart's 74 years.
    assert 60 < by_title["Kama school"].width < 75
    assert not by_title["Pact of 1939"].item.is_span
    assert chart_layout([]) is None


def test_filtered_chart_covers_only_the_range(client, dated):
    response = client.get("/timeline/", {"start": "1920", "end": "1935"})
    chart = response.context["chart"]
    assert (chart.first_year, chart.last_year) == (1920, 1936)
    seeckt = next(bar for bar in chart.bars if bar.item.title == "Hans von Seeckt")
    assert seeckt.x == 30  # cut at the left edge, not drawn from 1866
    assert [tick.year for tick in chart.ticks][0] >= 1920


def test_places_geojson_lists_located_places(client, encyclopedia):
    published_entry(
        encyclopedia,
        PlacePage,
        title="Lipetsk",
        kind="airfield",
        latitude="52.60310",
        longitude="39.57080",
    )
    published_entry(encyclopedia, PlacePage, title="Somewhere", kind="region")
    response = client.get("/map/places.geojson")
    assert response["Content-Type"] == "application/geo+json"
    data = response.json()
    assert data["type"] == "FeatureCollection"
    (feature,) = data["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [39.5708, 52.6031]}
    assert feature["properties"]["title"] == "Lipetsk"
    assert feature["properties"]["url"] == "/encyclopedia/lipetsk/"


def test_map_page_has_a_table_for_readers_without_javascript(client, encyclopedia):
    published_entry(
        encyclopedia,
        PlacePage,
        title="Kazan",
        kind="city",
        latitude="55.79630",
        longitude="49.10880",
    )
    html = client.get("/map/").content.decode()
    assert "data-place-map" in html and "places.geojson" in html
    assert '<th scope="row"><a href="/encyclopedia/kazan/">Kazan</a></th>' in html


def test_long_timeline_is_cut_and_says_so(client, dated, settings):
    settings.TIMELINE_MAX_ITEMS = 2
    response = client.get("/timeline/")
    assert titles(response) == ["Hans von Seeckt", "Treaty of Rapallo"]
    assert "Only the earliest 2 are shown" in response.content.decode()
