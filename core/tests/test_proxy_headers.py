"""X-Forwarded-Proto and X-Forwarded-For are believed only with BEHIND_PROXY."""

import pytest
from django.test import RequestFactory

from core.clients import client_address
from core.tests.test_settings import run_manage

FORGED = {
    "HTTP_X_FORWARDED_PROTO": "https",
    "HTTP_X_FORWARDED_FOR": "203.0.113.9, 198.51.100.7",
    "REMOTE_ADDR": "192.0.2.1",
}
PRODUCTION = {
    "GARRISON_ENV": "production",
    "SECRET_KEY": "x" * 20 + "a-long-and-random-looking-secret-for-the-check-0123",
    "ALLOWED_HOSTS": "garrison.example.org",
}
SHOW = (
    "from django.conf import settings; "
    "print(settings.BEHIND_PROXY, settings.SECURE_PROXY_SSL_HEADER)"
)


def test_without_a_proxy_neither_header_is_believed():
    request = RequestFactory().get("/", **FORGED)
    assert not request.is_secure()
    assert client_address(request) == "192.0.2.1"


def test_behind_a_proxy_both_headers_are_believed(settings):
    shown = run_manage(
        "shell", "--no-imports", "-c", SHOW, BEHIND_PROXY="true", **PRODUCTION
    )
    assert shown.stdout.strip() == "True ('HTTP_X_FORWARDED_PROTO', 'https')"
    settings.BEHIND_PROXY = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    request = RequestFactory().get("/", **FORGED)
    assert request.is_secure()
    # The last hop is the one our proxy appended; the rest the client sent.
    assert client_address(request) == "198.51.100.7"


def test_production_without_behind_proxy_believes_no_https_header():
    shown = run_manage("shell", "--no-imports", "-c", SHOW, **PRODUCTION)
    assert shown.stdout.strip() == "False None", shown.stderr


def test_the_old_variable_name_stops_start_up_with_the_new_one():
    result = run_manage("check", TRUST_X_FORWARDED_FOR="true")
    assert result.returncode != 0
    assert "TRUST_X_FORWARDED_FOR is now BEHIND_PROXY" in result.stderr


@pytest.mark.django_db
def test_a_forged_address_does_not_get_round_the_join_rate_limit(client, settings):
    from community.tests.test_join import form

    settings.JOIN_RATE_LIMIT = 2
    for number in range(3):
        response = client.post(
            "/join/",
            form(email=f"eva{number}@example.org"),
            HTTP_X_FORWARDED_FOR=f"203.0.113.{number}",
        )
    assert response.status_code == 429
