"""Staff who turn on two-factor sign-in are asked for a code, on the admin's
sign-in as on the site's; those who have not are asked to turn it on."""

import time

import pytest
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)
from allauth.mfa.totp.internal.auth import app_settings as totp_settings
from django.contrib.auth import get_user_model

from readers.accounts import trust_address

pytestmark = pytest.mark.django_db

PASSWORD = "a long walk to the hangar"


def current_code(secret: str) -> str:
    counter = int(time.time()) // totp_settings.TOTP_PERIOD
    return format_hotp_value(hotp_value(secret, counter))


@pytest.fixture
def staff(db):
    user = get_user_model().objects.create_superuser(
        "marie", "marie@example.org", PASSWORD
    )
    trust_address(user)
    return user


def test_the_admins_sign_in_asks_staff_with_two_factor_for_their_code(client, staff):
    secret = generate_totp_secret()
    TOTP.activate(staff, secret)
    response = client.post(
        "/admin/login/?next=/admin/pages/",
        {"username": "marie", "password": PASSWORD},
    )
    assert response["Location"] == "/accounts/2fa/authenticate/"
    assert client.get("/admin/").status_code == 302  # not signed in yet

    wrong = client.post("/accounts/2fa/authenticate/", {"code": "000000"})
    assert wrong.status_code == 200 and "Incorrect code" in wrong.content.decode()
    right = client.post("/accounts/2fa/authenticate/", {"code": current_code(secret)})
    assert right["Location"] == "/admin/pages/"
    home = client.get("/admin/").content.decode()
    assert "Turn on two-factor sign-in" not in home


def test_staff_without_two_factor_sign_in_and_are_asked_to_turn_it_on(client, staff):
    response = client.post("/admin/login/", {"username": "marie", "password": PASSWORD})
    assert response["Location"] == "/admin/"
    assert "Turn on two-factor sign-in" in client.get("/admin/").content.decode()
    settings_page = client.get("/accounts/settings/").content.decode()
    assert 'href="/accounts/2fa/"' in settings_page
