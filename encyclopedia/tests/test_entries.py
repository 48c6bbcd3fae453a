"""Entries: validation of dates and places, relations read both ways, browsing."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from encyclopedia.dates import parse_historical_date
from encyclopedia.factories import published_entry
from encyclopedia.fields import HistoricalDateFormField
from encyclopedia.models import (
    EquipmentPage,
    EventPage,
    OrganisationPage,
    PersonPage,
    PlacePage,
    Relation,
)

pytestmark = pytest.mark.django_db


def test_death_before_birth_is_refused_in_the_kinds_words(encyclopedia):
    person = PersonPage(
        title="Nobody",
        slug="nobody",
        summary="x",
        period_start=parse_historical_date("1925"),
        period_end=parse_historical_date("1890"),
    )
    with pytest.raises(ValidationError) as error:
        person.clean()
    assert error.value.message_dict["period_end"] == [
        "Died (1890) comes before born (1925)."
    ]


def test_overlapping_partial_dates_are_not_refused(encyclopedia):
    event = EventPage(
        title="Course",
        slug="course",
        summary="x",
        kind="exercise",
        period_start=parse_historical_date("July 1929"),
        period_end=parse_historical_date("1929"),
    )
    event.clean()


def test_impossible_date_gets_a_form_error():
    field = HistoricalDateFormField(required=False)
    with pytest.raises(ValidationError) as error:
        field.clean("31.2.1925")
    assert "February 1925 has no day 31" in error.value.messages[0]
    assert field.clean("c. 1921") == parse_historical_date("c. 1921")
    assert field.prepare_value(parse_historical_date("15.7.1925")) == "1925-07-15"


def test_place_needs_both_coordinates_and_valid_ranges(encyclopedia):
    place = PlacePage(title="Half", slug="half", summary="x", kind="city", latitude=52)
    with pytest.raises(ValidationError) as error:
        place.full_clean(exclude=["path", "depth", "content_type", "translation_key"])
    assert "longitude" in error.value.message_dict
    far = PlacePage(
        title="Far", slug="far", summary="x", kind="city", latitude=91, longitude=10
    )
    with pytest.raises(ValidationError) as error:
        far.full_clean(exclude=["path", "depth", "content_type", "translation_key"])
    assert "latitude" in error.value.message_dict


def test_relation_shows_in_both_directions(encyclopedia, client):
    school = published_entry(
        encyclopedia, OrganisationPage, title="Lipetsk school", kind="school"
    )
    pilot = published_entry(encyclopedia, PersonPage, title="Johannes Trautloft")
    pilot.relations = [
        Relation(
            kind="trained_at",
            target=school,
            start=parse_historical_date("1932"),
            source_title="Zeidler 1993",
        )
    ]
    pilot.save_revision().publish()

    pilot_page = client.get(pilot.url).content.decode()
    assert "Trained at" in pilot_page and "Lipetsk school" in pilot_page
    school_page = client.get(school.url).content.decode()
    assert "Trained here" in school_page and "Johannes Trautloft" in school_page


def test_typed_fields_imply_relations_shown_once_each_way(encyclopedia, client):
    maker = published_entry(
        encyclopedia, OrganisationPage, title="Heinkel", kind="company"
    )
    fighter = published_entry(
        encyclopedia,
        EquipmentPage,
        title="Heinkel He 51",
        category="aircraft",
        manufacturer=maker,
    )
    # The infobox names the maker; the connections do not say it again.
    fighter_page = client.get(fighter.url).content.decode()
    assert "<dt>Manufacturer</dt>" in fighter_page and "Made by" not in fighter_page
    maker_page = client.get(maker.url).content.decode()
    assert "Made here" in maker_page and "Heinkel He 51" in maker_page


def test_each_kind_shows_the_infobox_and_relations_it_declares(encyclopedia, rf):
    from encyclopedia.models import UnitPage
    from encyclopedia.presenting import entry_facts, entry_relations

    kazan = published_entry(
        encyclopedia, PlacePage, title="Kazan", kind="city", latitude=Decimal("55.8"),
        longitude=Decimal("49.1"), country_then="Soviet Union",
    )  # fmt: skip
    school = published_entry(
        encyclopedia, OrganisationPage, title="Kama school", kind="school", seat=kazan
    )
    company = published_entry(
        encyclopedia, UnitPage, title="Tank company", kind="battalion",
        parent_entry=school, seat=kazan,
    )  # fmt: skip
    officer = published_entry(
        encyclopedia, PersonPage, title="Josef Harpe", start="1887", birth_place=kazan
    )
    course = published_entry(
        encyclopedia, EventPage, title="First course", kind="exercise",
        start="1929", place=kazan,
    )  # fmt: skip
    course.participants = [officer]
    course.save_revision().publish()
    request = rf.get("/")

    def facts(entry) -> list[tuple[str, str]]:
        stored = type(entry).objects.get(pk=entry.pk)  # as a reader's request reads it
        groups = entry_facts(stored, request)
        return [(fact.label, fact.value) for group in groups for fact in group.facts]

    def headings(entry) -> list[str]:
        stored = type(entry).objects.get(pk=entry.pk)
        return [group.heading for group in entry_facts(stored, request)]

    def relations(entry) -> dict[str, list[str]]:
        return {
            group.label: [related.title for related in group.entries]
            for group in entry_relations(entry, request)
        }

    assert facts(kazan) == [
        ("Kind", "City or town"),
        ("Coordinates", "55.80°\N{NO-BREAK SPACE}N, 49.10°\N{NO-BREAK SPACE}E"),
        ("Country then", "Soviet Union"),
    ]
    assert headings(kazan) == ["", "Location"]
    assert facts(company) == [
        ("Kind", "Battalion or company"),
        ("Part of", "Kama school"),
        ("Garrison", "Kazan"),
    ]
    assert ("Seat", "Kazan") in facts(school)
    assert facts(officer) == [("Born", "1887"), ("Place of birth", "Kazan")]
    assert facts(course) == [
        ("Kind", "Exercise"),
        ("Start", "1929"),
        ("Place", "Kazan"),
    ]
    # The place is in the infobox; the connections do not repeat it.
    assert relations(course) == {"participants": ["Josef Harpe"]}
    assert relations(officer) == {"took part in": ["First course"]}
    assert relations(school) == {"includes": ["Tank company"]}
    assert relations(company) == {}  # its parent is in its infobox
    assert relations(kazan) == {"events here": ["First course"]}


def test_index_browses_by_kind_and_letter_with_counts(encyclopedia, client):
    published_entry(encyclopedia, PersonPage, title="Kurt Student")
    published_entry(encyclopedia, PersonPage, title="Hugo Sperrle")
    published_entry(encyclopedia, PlacePage, title="Kazan", kind="city")
    published_entry(encyclopedia, PlacePage, title="Šichany", kind="test_range")

    response = client.get(encyclopedia.url, {"type": "person"})
    assert response.context["total"] == 4
    counts = {kind.slug: kind.count for kind in response.context["kinds"]}
    assert counts["person"] == 2 and counts["place"] == 2
    assert [e.title for e, _k in response.context["listed"]] == [
        "Hugo Sperrle",
        "Kurt Student",
    ]
    letters = dict(client.get(encyclopedia.url).context["letters"])
    assert letters == {"H": 1, "K": 2, "S": 1}
    response = client.get(encyclopedia.url, {"letter": "s"})
    assert [e.title for e, _k in response.context["listed"]] == ["Šichany"]


def test_parent_of_a_unit_must_be_a_unit_or_organisation(encyclopedia):
    from encyclopedia.models import UnitPage

    place = published_entry(encyclopedia, PlacePage, title="Kazan", kind="city")
    army = published_entry(
        encyclopedia, OrganisationPage, title="Red Army", kind="armed_force"
    )
    unit = UnitPage(title="School", slug="school", summary="x", kind="other")
    unit.parent_entry = place
    with pytest.raises(ValidationError) as error:
        unit.clean()
    assert error.value.message_dict["parent_entry"] == [
        "The parent must be a unit or an organisation."
    ]
    unit.parent_entry = army
    unit.clean()


# Of these, routing takes the reader's locale and the entry, found under its
# section and then as its own type, and privacy two: the entry's restrictions,
# and what else is private, so that its relations and "Mentioned in" show only
# public pages (the site and the section are each process's own copies:
# core/caching/process_copies.py). The discussion beneath adds one while it has
# no posts (discussion/threads.py:thread_page), and "Also contributed by" one
# (discussion/folding.py:contributors_of). The hatnote reads the entry's
# namesakes, one more.
ENTRY_QUERY_BUDGET = 15 + 2 + 1


def test_entry_with_many_connections_renders_within_its_query_budget(
    encyclopedia, client, site_tree
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from articles.factories import paragraphs, published_article

    _home, magazine = site_tree
    school = published_entry(
        encyclopedia,
        OrganisationPage,
        title="Lipetsk school",
        kind="school",
        start="1925",
        end="1933",
        aliases=["WIWUPAL"],
    )
    for number in range(12):
        pilot = published_entry(
            encyclopedia, PersonPage, title=f"Pilot Number{number}", start="1900"
        )
        pilot.relations = [Relation(kind="trained_at", target=school)]
        pilot.save_revision().publish()
        published_article(magazine, body=paragraphs(f"WIWUPAL and Number{number}."))
    for _ in range(3):  # as in the article's budget test
        client.get(school.url)

    with CaptureQueriesContext(connection) as queries:
        response = client.get(school.url)
    html = response.content.decode()
    assert html.count("Pilot Number") >= 12
    assert response.context["entry"].mentioned_in[0].times == 1
    assert len(response.context["entry"].mentioned_in) == 12
    assert len(queries) <= ENTRY_QUERY_BUDGET, "\n".join(q["sql"] for q in queries)
