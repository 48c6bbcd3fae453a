"""Readers' accounts: sign up, confirm, sign in and out, settings, data, deletion."""

import json
import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail

from readers.accounts import trust_address
from readers.models import ReaderProfile

pytestmark = pytest.mark.django_db

PASSWORD = "a long and sunny field at Lipetsk"


def sign_up(client, prefix: str = "", email: str = "jana@example.org"):
    return client.post(
        f"{prefix}/accounts/signup/",
        {
            "display_name": "Jana Nováková",
            "email": email,
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )


def confirmation_link(message) -> str:
    return re.search(r"https?://[^/\s]+(/\S*/confirm-email/\S+/)", message.body)[1]


@pytest.fixture
def reader(client):
    """A reader who signed up and confirmed their address (signed out again)."""
    sign_up(client)
    client.post(confirmation_link(mail.outbox[-1]))
    client.post("/accounts/logout/")
    mail.outbox.clear()
    return get_user_model().objects.get(email="jana@example.org")


@pytest.mark.parametrize("prefix", ["", "/cs"])
def test_a_reader_signs_up_confirms_by_the_emailed_link_and_is_signed_in(
    client, site_tree, prefix
):
    response = sign_up(client, prefix)
    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.to == ["jana@example.org"]
    if prefix == "/cs":
        assert "e-mail" in message.subject.lower()
    user = get_user_model().objects.get(email="jana@example.org")
    assert user.reader.display_name == "Jana Nováková"
    assert not user.is_staff
    # Unconfirmed, the reader is not signed in.
    assert "Jana Nováková" not in client.get(f"{prefix}/").content.decode()

    link = confirmation_link(message)
    assert link.startswith(f"{prefix}/accounts/confirm-email/")
    assert client.get(link).status_code == 200  # a page that asks to confirm
    assert client.post(link).status_code == 302
    assert EmailAddress.objects.get(user=user).verified
    home = client.get(f"{prefix}/").content.decode()
    assert "Jana Nováková" in home and 'href="/accounts/login/"' not in home


def test_an_unconfirmed_reader_cannot_sign_in(client, site_tree):
    sign_up(client)
    client.post("/accounts/logout/")
    mail.outbox.clear()
    response = client.post(
        "/accounts/login/", {"login": "jana@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"].endswith("/accounts/confirm-email/")
    # The link is not sent again within allauth's cooldown of three minutes.
    assert "_auth_user_id" not in client.session


def test_a_reader_signs_in_and_out_and_never_reaches_the_admin(
    client, site_tree, reader
):
    response = client.post(
        "/accounts/login/", {"login": "jana@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert "Jana Nováková" in client.get("/").content.decode()
    assert client.get("/admin/")["Location"].startswith("/admin/login/")
    client.post("/accounts/logout/")
    assert 'href="/accounts/login/"' in client.get("/").content.decode()


def test_a_contributor_signs_in_with_their_username_through_the_same_form(
    client, site_tree, django_user_model
):
    # An account the site made (an accepted application, the admin): its
    # address is trusted as it stands.
    trust_address(django_user_model.objects.create_user("ada", "ada@x.org", PASSWORD))
    response = client.post("/accounts/login/", {"login": "ada", "password": PASSWORD})
    assert response.status_code == 302
    assert client.session["_auth_user_id"]


def test_a_wrong_password_says_so_and_signs_nobody_in(client, site_tree, reader):
    response = client.post(
        "/accounts/login/", {"login": "jana@example.org", "password": "wrong"}
    )
    assert response.status_code == 200
    assert "not correct" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_settings_keep_what_the_reader_chose_and_refuse_an_empty_name(
    client, site_tree, reader
):
    client.force_login(reader)
    response = client.post(
        "/accounts/settings/",
        {"display_name": "", "language": "cs", "email_frequency": "daily"},
    )
    assert response.status_code == 400
    assert "This field is required" in response.content.decode()
    response = client.post(
        "/accounts/settings/",
        {"display_name": "J. N.", "language": "cs", "email_frequency": "daily"},
    )
    assert response.status_code == 302
    profile = ReaderProfile.objects.get(user=reader)
    assert (profile.display_name, profile.language, profile.email_frequency) == (
        "J. N.",
        "cs",
        "daily",
    )


def test_a_reader_downloads_everything_kept_about_them(client, site_tree, reader):
    client.force_login(reader)
    response = client.get("/accounts/my-data.json")
    assert response["Content-Disposition"].startswith("attachment")
    data = json.loads(response.content)
    assert data["profile"]["display_name"] == "Jana Nováková"
    assert data["account"]["email_addresses"] == [
        {"email": "jana@example.org", "verified": True}
    ]
    assert "password" not in response.content.decode()


def test_deleting_an_account_asks_the_password_and_keeps_nothing_personal(
    client, site_tree, reader
):
    client.force_login(reader)
    response = client.post("/accounts/delete/", {"password": "wrong"})
    assert response.status_code == 400
    assert "That is not your password." in response.content.decode()
    assert get_user_model().objects.get(pk=reader.pk).is_active

    response = client.post("/accounts/delete/", {"password": PASSWORD})
    assert response.status_code == 302
    deleted = get_user_model().objects.get(pk=reader.pk)
    assert (deleted.email, deleted.is_active, deleted.has_usable_password()) == (
        "",
        False,
        False,
    )
    assert deleted.username == f"deleted-{reader.pk}"
    assert not EmailAddress.objects.filter(user=reader).exists()
    assert deleted.reader.shown_name == "a deleted reader"
    assert deleted.reader.display_name == ""
    assert "_auth_user_id" not in client.session
    response = client.post(
        "/accounts/login/", {"login": "jana@example.org", "password": PASSWORD}
    )
    assert "_auth_user_id" not in client.session


def test_a_readers_own_pages_ask_them_to_sign_in(client, site_tree):
    for path in ("/accounts/settings/", "/accounts/my-data.json", "/accounts/delete/"):
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/?next=")
