"""Failed sign-ins are counted per account and per address, then refused a while."""

from datetime import timedelta

import pytest
from axes.models import AccessAttemptExpiration
from django.contrib.auth import get_user_model
from django.utils import timezone, translation

from core.signin import lockout_response

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
PASSWORD = "right-horse-battery"


@pytest.fixture(autouse=True)
def _quick_hashing(settings):
    # Each sign-in checks a password: the default hasher would take minutes here.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user(
        "editor", "editor@example.org", PASSWORD, is_superuser=True
    )


def sign_in(client, username, password, address="198.51.100.1", **headers):
    return client.post(
        LOGIN,
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        **headers,
    )


def signed_in(response) -> bool:
    return response.status_code == 302 and response["Location"] == "/admin/"


def test_a_right_password_signs_in(client, editor):
    assert signed_in(sign_in(client, "editor", PASSWORD))


def test_the_sign_in_after_the_accounts_limit_is_refused_even_when_right(
    client, editor, settings
):
    """Failures for one account count whatever address they come from."""
    limit = settings.SIGN_IN_FAILURES_PER_ACCOUNT
    for number in range(limit):
        response = sign_in(client, "editor", "wrong", address=f"203.0.113.{number}")
    assert response.status_code == 429  # the failure that reached the limit
    refused = sign_in(client, "Editor", PASSWORD, address="192.0.2.99")
    assert refused.status_code == 429
    assert "Signing in is paused" in refused.content.decode()
    assert "Try again in 15 minutes." in refused.content.decode()
    assert refused["Retry-After"] == "900"
    assert "no-store" in refused["Cache-Control"]
    assert client.get("/admin/").status_code == 302  # still not signed in
    # Another account from the same addresses is not affected.
    get_user_model().objects.create_user("writer", "w@example.org", PASSWORD)
    assert signed_in(sign_in(client, "writer", PASSWORD, address="203.0.113.0"))


def test_the_31st_sign_in_from_one_address_is_refused_even_when_right(
    client, editor, settings
):
    """One address guessing at many accounts is stopped, one failure each."""
    assert settings.SIGN_IN_FAILURES_PER_ADDRESS == 30
    for number in range(30):
        response = sign_in(client, f"reader{number}", "wrong")
        assert response.status_code == (429 if number == 29 else 200)
    refused = sign_in(client, "editor", PASSWORD)
    assert refused.status_code == 429
    assert "too many failed attempts" in refused.content.decode()
    # The account itself is not locked: the right password from elsewhere works.
    assert signed_in(sign_in(client, "editor", PASSWORD, address="192.0.2.7"))


def test_a_failed_sign_in_says_how_many_attempts_are_left_once_few_are(
    client, editor, settings
):
    settings.SIGN_IN_FAILURES_PER_ACCOUNT = 5
    first = sign_in(client, "editor", "wrong").content.decode()
    assert "attempts left" not in first
    second = sign_in(client, "editor", "wrong").content.decode()
    assert "3 attempts left before signing in is paused" in second
    sign_in(client, "editor", "wrong")
    fourth = sign_in(client, "editor", "wrong").content.decode()
    assert "1 attempt left before signing in is paused" in fourth


def test_the_cool_off_doubles_each_time_the_limit_is_reached_again(
    client, editor, settings
):
    limit = settings.SIGN_IN_FAILURES_PER_ACCOUNT
    for _ in range(limit):
        response = sign_in(client, "editor", "wrong")
    assert response["Retry-After"] == str(15 * 60)
    for _ in range(limit):
        response = sign_in(client, "editor", PASSWORD)
    assert response["Retry-After"] == str(30 * 60)
    for _ in range(limit):
        response = sign_in(client, "editor", PASSWORD)
    assert response["Retry-After"] == str(60 * 60)
    assert "Try again in 60 minutes." in response.content.decode()


def test_signing_in_works_again_once_the_cool_off_is_over(client, editor, settings):
    for _ in range(settings.SIGN_IN_FAILURES_PER_ACCOUNT):
        sign_in(client, "editor", "wrong")
    assert sign_in(client, "editor", PASSWORD).status_code == 429
    AccessAttemptExpiration.objects.update(
        expires_at=timezone.now() - timedelta(seconds=1)
    )
    assert signed_in(sign_in(client, "editor", PASSWORD))


def test_a_right_password_forgets_the_accounts_failures(client, editor, settings):
    almost = settings.SIGN_IN_FAILURES_PER_ACCOUNT - 1
    for _ in range(almost):
        sign_in(client, "editor", "wrong", address="203.0.113.5")
    assert signed_in(sign_in(client, "editor", PASSWORD, address="203.0.113.5"))
    client.logout()
    for _ in range(almost):
        assert sign_in(client, "editor", "wrong").status_code == 200


def test_a_readers_refusal_speaks_their_language(rf, site_tree):
    """The admin's login is in English for anyone signed out; readers' are not."""
    request = rf.post("/cs/prihlaseni/")
    with translation.override("cs"):
        response = lockout_response(request)
    page = response.content.decode()
    assert response.status_code == 429
    assert "Přihlašování je pozastaveno" in page
    assert "Zkuste to znovu za 15 minut." in page
    assert '<html lang="cs">' in page
