"""Password-reset emails are rate-limited per address and per email address."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from core.clients import parse_rate

pytestmark = pytest.mark.django_db

RESET = "/admin/password_reset/"


def ask(client, email, address="198.51.100.1"):
    return client.post(RESET, {"email": email}, REMOTE_ADDR=address)


def test_one_address_asking_past_the_limit_gets_429_with_a_sentence(client, settings):
    limit, window = parse_rate(settings.PASSWORD_RESET_RATE_LIMIT)
    for number in range(limit):
        assert ask(client, f"person{number}@example.org").status_code == 302
    refused = ask(client, "someone-else@example.org")
    assert refused.status_code == 429
    assert "Too many password reset emails were asked for." in refused.content.decode()
    assert refused["Retry-After"] == str(window)
    assert "no-store" in refused["Cache-Control"]
    # Another address may still ask.
    assert ask(client, "someone-else@example.org", address="192.0.2.4").status_code == (
        302
    )


def test_one_email_address_asked_for_from_many_addresses_is_limited_too(
    client, settings
):
    user = get_user_model().objects.create_user(
        "editor", "editor@example.org", "right-horse-battery"
    )
    limit, _ = parse_rate(settings.PASSWORD_RESET_RATE_LIMIT)
    for number in range(limit):
        assert ask(client, "Editor@example.org", f"203.0.113.{number}").status_code == (
            302
        )
    assert ask(client, user.email, "203.0.113.200").status_code == 429
    assert len(mail.outbox) == limit
