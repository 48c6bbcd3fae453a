"""The timeline's filters and the map's GeoJSON."""

import pytest

from encyclopedia.charts import LABEL_CHAR_WIDTH, chart_layout
from encyclopedia.factories import published_entry
from encyclopedia.models import EventPage, OrganisationPage, PersonPage, PlacePage

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


def test_chart_covers_the_dense_years_and_cuts_a_long_life(client, dated):
    items = client.get("/timeline/").context["items"]
    chart = chart_layout(items, width=1000, margin=0)
    by_title = {bar.item.title: bar for bar in chart.bars}
    # Most dates fall 1922-1939; a life from 1866 does not stretch the axis.
    assert (chart.first_year, chart.last_year) == (1922, 1940)
    seeckt = by_title["Hans von Seeckt"]
    assert seeckt.x == 0 and seeckt.cut_before and not seeckt.cut_after
    assert by_title["Treaty of Rapallo"].x < by_title["Kama school"].x
    # Kama ran 1929-1933: about five of the chart's 18 years.
    assert 250 < by_title["Kama school"].width < 300
    assert not by_title["Pact of 1939"].item.is_span
    assert chart_layout([]) is None


def test_chart_draws_events_periods_and_lives_apart_each_with_an_axis(client, dated):
    chart = chart_layout(client.get("/timeline/").context["items"])
    assert [group.name for group in chart.groups] == ["events", "periods", "lives"]
    rows = {group.name: [] for group in chart.groups}
    for bar in chart.bars:
        group = max(
            (group for group in chart.groups if group.axis_y < bar.y),
            key=lambda group: group.axis_y,
        )
        rows[group.name].append(bar.item.title)
    assert rows == {
        "events": ["Treaty of Rapallo", "Pact of 1939"],
        "periods": ["Kama school"],
        "lives": ["Hans von Seeckt"],
    }


def test_chart_labels_stay_inside_the_chart_and_off_other_rows(client, dated):
    items = client.get("/timeline/").context["items"]
    chart = chart_layout(items, width=400, margin=10)
    rows = [bar.y for bar in chart.bars]
    assert len(rows) == len(set(rows))  # one item per row: labels cannot meet
    for bar in chart.bars:
        text = len(bar.label) * LABEL_CHAR_WIDTH
        left = bar.label_x - (text if bar.label_anchor == "end" else 0)
        assert left >= 0 and left + text <= chart.width, bar.label
        if not bar.label_inside:  # beside its bar, not over it
            assert left >= bar.x + bar.width or left + text <= bar.x, bar.label


def test_filtered_chart_covers_only_the_range_and_names_lives_through_it(client, dated):
    response = client.get("/timeline/", {"start": "1920", "end": "1935"})
    chart = response.context["chart"]
    assert (chart.first_year, chart.last_year) == (1920, 1936)
    # Seeckt (1866-1936) lived through all of it: named, not a full-width bar.
    assert [item.title for item in chart.throughout] == ["Hans von Seeckt"]
    assert "Hans von Seeckt" not in [bar.item.title for bar in chart.bars]
    assert [tick.year for tick in chart.ticks][0] >= 1920
    assert "Lived through all these years:" in response.content.decode()


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
