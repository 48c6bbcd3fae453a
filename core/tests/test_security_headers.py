"""Every response carries the security headers; reader pages a strict CSP."""

import pytest

pytestmark = pytest.mark.django_db


def policy(response) -> dict[str, str]:
    header = response["Content-Security-Policy"]
    return dict(
        (part.strip().split(" ", 1) + [""])[:2] for part in header.split(";") if part
    )


def test_reader_pages_allow_no_inline_code_and_no_foreign_scripts(
    client, site_tree, settings
):
    response = client.get("/")
    rules = policy(response)
    assert rules["script-src"] == "'self'"
    assert rules["style-src"] == "'self'"
    assert rules["object-src"] == "'none'"
    assert rules["frame-ancestors"] == "'self'"
    assert "https://tile.openstreetmap.org" in rules["img-src"]
    assert "https://www.youtube-nocookie.com" in rules["frame-src"]
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


def test_the_admin_gets_the_tools_policy_the_site_does_not(client, site_tree):
    admin = policy(client.get("/admin/login/"))
    assert "'unsafe-inline'" in admin["script-src"]
    assert "'unsafe-inline'" not in policy(client.get("/"))["script-src"]
