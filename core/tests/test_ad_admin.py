"""Editors manage ads in the admin; unsafe ones never get saved."""

import pytest

from core.models import AdSlot

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/snippets/core/adslot/add/"


def ad_form(**fields) -> dict:
    return {
        "label": "Museum",
        "html": "<p>Visit the museum</p>",
        "image": "",
        "image_alt": "",
        "link_url": "",
        "active_from": "",
        "active_until": "",
        "weight": "1",
        "is_active": "on",
        **fields,
    }


@pytest.mark.parametrize(
    ("html", "named"),
    [
        ("<p>Hi</p><script>document.cookie</script>", "&lt;script&gt; element"),
        ('<img src="x.png" onerror="steal()">', "onerror attribute on &lt;img&gt;"),
        ('<a href="javascript:steal()">Win</a>', "javascript: address in href"),
    ],
)
def test_ad_with_executable_html_is_refused_and_not_saved(admin_client, html, named):
    response = admin_client.post(ADD_URL, ad_form(html=html))
    assert response.status_code == 200
    content = response.content.decode()
    assert "could run in readers" in content
    assert named in content
    assert not AdSlot.objects.exists()


def test_plain_ad_is_saved(admin_client):
    response = admin_client.post(ADD_URL, ad_form())
    assert response.status_code == 302
    assert AdSlot.objects.get().label == "Museum"


def test_ad_link_must_be_http(admin_client):
    response = admin_client.post(ADD_URL, ad_form(link_url="javascript:alert(1)"))
    assert response.status_code == 200
    assert "starts with http:// or https://" in response.content.decode()
    assert not AdSlot.objects.exists()
