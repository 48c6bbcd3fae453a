"""Applying through /join/: the happy path and every kind of bad input."""

import re

import pytest
from django.core import mail, signing

from community.factories import ApplicationFactory
from community.models import Application
from community.states import ApplicationState

pytestmark = pytest.mark.django_db

S = ApplicationState


def form(**fields) -> dict:
    return {
        "name": "Eva Nováková",
        "email": "eva@example.org",
        "languages": ["cs", "en"],
        "other_languages": "",
        "interests": ["writing", "images"],
        "experience": "I wrote for a regional museum's newsletter.",
        "sample_url": "https://example.org/sample",
        "consent": "on",
        "website": "",
        **fields,
    }


def emailed_link(kind: str) -> str:
    (link,) = re.findall(
        rf"http://testserver(/join/{kind}/[^\s]+/)", mail.outbox[-1].body
    )
    return link


def test_application_is_stored_and_confirmed_by_the_emailed_link(client):
    response = client.post("/join/", form())
    assert response.status_code == 302 and response["Location"] == "/join/sent/"
    application = Application.objects.get()
    assert application.state == S.SUBMITTED
    assert application.interests == ["writing", "images"]
    assert mail.outbox[0].subject == "Confirm your application to Garrison"

    link = emailed_link("confirm")
    page = client.get(link)
    assert "Confirm my application" in page.content.decode()
    application.refresh_from_db()
    assert application.state == S.SUBMITTED  # a GET changes nothing

    done = client.post(link)
    assert "your address is confirmed" in done.content.decode()
    application.refresh_from_db()
    assert application.state == S.CONFIRMED
    assert (
        mail.outbox[-1].subject == "Your application to Garrison is with the moderators"
    )
    assert client.post(link).status_code == 200  # confirming twice is harmless


def test_applicant_can_withdraw_with_the_other_link(client):
    client.post("/join/", form())
    link = emailed_link("withdraw")
    client.post(link)
    assert Application.objects.get().state == S.WITHDRAWN
    again = client.post(link)
    assert again.status_code == 409
    assert "already withdrawn" in again.content.decode()


def test_tampered_and_expired_links_get_a_page_that_says_so(client, settings):
    client.post("/join/", form())
    link = emailed_link("confirm")
    tampered = link[:-3] + ("A" if link[-3] != "A" else "B") + link[-2:]
    response = client.post(tampered)
    assert response.status_code == 400
    assert "The link is not valid" in response.content.decode()

    settings.APPLICATION_LINK_MAX_AGE = -1
    response = client.post(link)
    assert response.status_code == 400
    assert "The link has expired" in response.content.decode()
    assert Application.objects.get().state == S.SUBMITTED

    other_purpose = signing.TimestampSigner(salt="community.withdraw").sign("1")
    assert client.post(f"/join/confirm/{other_purpose}/").status_code == 400


def answer(client, data: dict) -> tuple[int, str, str]:
    """The status, the redirect and the page a reader gets for the form."""
    response = client.post("/join/", data)
    page = client.get(response["Location"]).content.decode()
    return response.status_code, response["Location"], CSRF_TOKEN.sub("", page)


CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')


def test_the_form_answers_the_same_whether_or_not_an_application_is_open(client):
    fresh = answer(client, form(email="new@example.org"))
    mail.outbox.clear()
    ApplicationFactory(
        name="Eva Nováková", email="Eva@Example.org", state=S.CONFIRMED.value
    )
    taken = answer(client, form(name="Someone Else"))
    assert taken == fresh and taken[0] == 302
    # Nothing new is stored; the owner of the address learns by email.
    assert Application.objects.filter(email__iexact="eva@example.org").count() == 1
    (sent,) = mail.outbox
    assert sent.to == ["Eva@Example.org"]
    assert sent.subject == "Your application to Garrison is already open"
    assert "Hello Eva Nováková" in sent.body and "Someone Else" not in sent.body
    assert "with the moderators" in sent.body
    assert "/join/confirm/" not in sent.body
    withdraw = emailed_link("withdraw")
    client.post(withdraw)
    assert not Application.objects.filter(state=S.CONFIRMED.value).exists()


def test_sending_the_form_again_before_confirming_sends_the_confirm_link_again(
    client,
):
    client.post("/join/", form())
    first = emailed_link("confirm")
    client.post("/join/", form())
    assert Application.objects.count() == 1
    assert [message.subject for message in mail.outbox] == [
        "Confirm your application to Garrison",
        "Your application to Garrison is already open",
    ]
    again = emailed_link("confirm")
    assert client.post(again).status_code == 200
    assert Application.objects.get().state == S.CONFIRMED
    assert client.post(first).status_code == 200  # the first link works too


def mail_server_back(settings) -> None:
    settings.MAILERS = {
        "default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}
    }


def test_a_mail_server_that_is_down_loses_nothing_and_sending_again_helps(
    client, mail_server_down
):
    response = client.post("/join/", form())
    assert response.status_code == 302 and response["Location"] == "/join/sent/"
    assert "send the form again" in client.get("/join/sent/").content.decode()
    assert Application.objects.get().state == S.SUBMITTED
    assert mail.outbox == []

    mail_server_back(mail_server_down)
    again = client.post("/join/", form())
    assert again.status_code == 302 and again["Location"] == "/join/sent/"
    assert Application.objects.count() == 1
    assert client.post(emailed_link("confirm")).status_code == 200
    assert Application.objects.get().state == S.CONFIRMED


def test_after_a_decision_the_same_address_may_apply_again(client):
    ApplicationFactory(email="eva@example.org", state=S.DECLINED.value)
    assert client.post("/join/", form()).status_code == 302
    assert Application.objects.count() == 2


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"email": "not-an-email"}, "email", "Enter a valid email address."),
        ({"name": "x" * 151}, "name", "at most 150 characters"),
        ({"experience": "x" * 5001}, "experience", "at most 5000 characters"),
        ({"sample_url": "javascript:alert(1)"}, "sample_url", "http"),
        ({"consent": ""}, "consent", "This field is required."),
        ({"interests": []}, "interests", "This field is required."),
        ({"interests": ["admin"]}, "interests", "Select a valid choice."),
        ({"languages": ["other"]}, "other_languages", "Say which other languages."),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored(client, fields, field, message):
    response = client.post("/join/", form(**fields))
    assert response.status_code == 400
    assert message in str(response.context["form"].errors[field])
    assert not Application.objects.exists()
    assert mail.outbox == []


def test_markup_in_fields_is_shown_escaped(client):
    script = "<script>alert('x')</script>"
    response = client.post("/join/", form(name=script * 5, email="bad"))
    html = response.content.decode()
    assert script not in html
    assert "&lt;script&gt;" in html


def test_filled_honeypot_looks_accepted_but_stores_nothing(client):
    response = client.post("/join/", form(website="https://spam.example"))
    assert response.status_code == 302
    assert not Application.objects.exists()
    assert mail.outbox == []


def test_burst_over_the_rate_limit_gets_429_with_a_reason(client, settings):
    settings.JOIN_RATE_LIMIT = 2
    for number in range(2):
        client.post("/join/", form(email=f"eva{number}@example.org"))
    response = client.post("/join/", form(email="eva9@example.org"))
    assert response.status_code == 429
    assert "Too many applications" in response.content.decode()
    assert Application.objects.count() == 2


def test_join_page_needs_a_csrf_token(client):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert strict.post("/join/", form()).status_code == 403
    assert not Application.objects.exists()
    page = client.get("/join/").content.decode()
    assert "csrfmiddlewaretoken" in page and "Privacy notice" in page


def test_markup_in_every_field_is_stored_as_text_and_shown_escaped(
    client, admin_client
):
    script = "<script>alert(1)</script><b>x</b>"
    client.post(
        "/join/",
        form(
            name=f"Eva {script}",
            other_languages=script,
            languages=["cs", "other"],
            experience=f"Lots {script}",
        ),
    )
    application = Application.objects.get()
    assert application.experience == f"Lots {script}"
    client.post(emailed_link("confirm"))
    from django.urls import reverse

    review = admin_client.get(
        reverse("community_application:review", args=[application.pk])
    ).content.decode()
    assert script not in review
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in review
    listing = admin_client.get(reverse("community_application:index")).content.decode()
    assert "<script>alert(1)" not in listing


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"other_languages": "x" * 201, "languages": ["other"]}, "other_languages"),
        ({"email": "a" * 250 + "@example.org"}, "email"),
        ({"sample_url": "https://example.org/" + "x" * 500}, "sample_url"),
    ],
)
def test_overlong_fields_are_refused(client, fields, field):
    response = client.post("/join/", form(**fields))
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert not Application.objects.exists()


def test_tampered_set_password_link_says_so_and_changes_nothing(client):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user("eva", "eva@example.org")
    response = client.get("/join/set-password/MQ/not-a-token/", follow=True)
    assert "has been used already or has expired" in response.content.decode()
    client.post(
        "/join/set-password/MQ/not-a-token/",
        {"new_password1": "Kazan-1929-tanks", "new_password2": "Kazan-1929-tanks"},
    )
    user.refresh_from_db()
    assert not user.has_usable_password()
