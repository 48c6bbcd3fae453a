"""Editors create entries in the Wagtail admin: dates as typed, errors as sentences."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from citations.library import source_for
from citations.models import Source
from encyclopedia.dates import parse_historical_date
from encyclopedia.factories import published_entry
from encyclopedia.models import EntryPage, PersonPage, PlacePage

pytestmark = pytest.mark.django_db


def person_form(**fields) -> dict:
    data = {
        "title": "Kurt Student",
        "slug": "kurt-student",
        "summary": "Airman who created the paratroop arm.",
        "native_name": "",
        "period_start": "12.5.1890",
        "period_end": "1.7.1978",
        "nationality": "German",
        "birth_place": "",
        "death_place": "",
        "image": "",
        "image_alt": "",
        "body": streamfield([]),
        "other_names": inline_formset([{"name": "Student", "is_common_word": "on"}]),
        "namesakes": inline_formset(
            [{"name": "student", "description": "one who studies at a university"}]
        ),
        "offices": inline_formset(
            [{"title": "Generaloberst", "start": "1944", "end": ""}]
        ),
        "relations": inline_formset([]),
        "citations": inline_formset([{"source": zeidler().pk, "locator": "p. 12"}]),
        **fields,
    }
    return nested_form_data(data)


def zeidler() -> Source:
    return source_for(
        {
            "kind": "book",
            "title": "Reichswehr und Rote Armee",
            "author": "Manfred Zeidler",
            "year": 1993,
        }
    )[0]


def add_url(index, model="personpage") -> str:
    return reverse("wagtailadmin_pages:add", args=("encyclopedia", model, index.pk))


def test_editor_publishes_a_person_with_typed_dates(admin_client, encyclopedia):
    response = admin_client.post(
        add_url(encyclopedia), person_form() | {"action-publish": "publish"}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    person = PersonPage.objects.get(slug="kurt-student", alias_of__isnull=True)
    assert person.live
    assert person.period_start == parse_historical_date("12 May 1890")
    assert person.offices.get().start == parse_historical_date("1944")
    assert person.other_names.get().is_common_word
    assert person.namesakes.get().description == "one who studies at a university"
    # The revision round-trips the dates too.
    revision = person.latest_revision.as_object()
    assert revision.period_end == parse_historical_date("1 July 1978")
    html = admin_client.get(person.url).content.decode()
    assert 'Generaloberst <span class="muted">(from 1944)</span>' in html
    assert "<dd>12 May 1890</dd>" in html


def test_impossible_and_backwards_dates_come_back_as_form_errors(
    admin_client, encyclopedia
):
    response = admin_client.post(
        add_url(encyclopedia), person_form(period_start="31.2.1925")
    )
    assert response.status_code == 200
    assert "February 1925 has no day 31" in response.content.decode()

    response = admin_client.post(
        add_url(encyclopedia), person_form(period_start="1925", period_end="1890")
    )
    assert response.status_code == 200
    assert "Died (1890) comes before born (1925)." in response.content.decode()
    assert not EntryPage.objects.exists()


def test_edit_form_shows_dates_as_editors_type_them(admin_client, encyclopedia):
    person = published_entry(encyclopedia, title="Hans Speidel", start="c. 1897")
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(person.pk,)))
    assert 'value="c. 1897"' in response.content.decode()


def test_place_with_latitude_out_of_range_is_refused(admin_client, encyclopedia):
    data = nested_form_data(
        {
            "title": "Nowhere",
            "slug": "nowhere",
            "summary": "x",
            "native_name": "",
            "period_start": "",
            "period_end": "",
            "kind": "city",
            "latitude": "95",
            "longitude": "39.6",
            "country_then": "",
            "country_now": "",
            "image": "",
            "image_alt": "",
            "body": streamfield([]),
            "other_names": inline_formset([]),
            "namesakes": inline_formset([]),
            "relations": inline_formset([]),
            "citations": inline_formset([]),
        }
    )
    response = admin_client.post(add_url(encyclopedia, "placepage"), data)
    assert response.status_code == 200
    assert "less than or equal to 90" in response.content.decode()
    assert not PlacePage.objects.exists()


def test_entry_goes_live_after_one_editorial_review(client, encyclopedia):
    import json

    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from community.role_setup import setup_roles

    setup_roles()
    User = get_user_model()
    researcher = User.objects.create_user("res", "res@example.org", "x" * 12)
    researcher.groups.add(Group.objects.get(name="Researcher"))
    editor = User.objects.create_user("ed", "ed@example.org", "x" * 12)
    editor.groups.add(Group.objects.get(name="Editor"))

    client.force_login(researcher)
    response = client.post(
        add_url(encyclopedia), person_form() | {"action-submit": "submit"}
    )
    assert response.status_code == 302
    person = PersonPage.objects.get(slug="kurt-student", alias_of__isnull=True)
    assert not person.live
    assert person.current_workflow_task.name == "Editorial review"

    client.force_login(editor)
    latest = person.get_latest_revision_as_object()
    data = person_form(
        other_names=inline_formset(
            [
                {"id": a.pk, "name": a.name, "is_common_word": "on"}
                for a in latest.other_names.all()
            ],
            initial=1,
        ),
        offices=inline_formset(
            [
                {"id": o.pk, "title": o.title, "start": "1944", "end": ""}
                for o in latest.offices.all()
            ],
            initial=1,
        ),
        citations=inline_formset(
            [
                {"id": c.pk, "source": c.source_id, "locator": c.locator}
                for c in latest.citations.all()
            ],
            initial=1,
        ),
    )
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(person.pk,)),
        data
        | {
            "action-workflow-action": "true",
            "workflow-action-name": "approve",
            "workflow-action-extra-data": json.dumps({}),
        },
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.live
    # The editor could approve, not publish on their own.
    assert not person.permissions_for_user(editor).can_publish()
