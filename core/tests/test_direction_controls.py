"""Direction-control characters: refused where typed, stripped from uploads."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from articles.models import ArticlePage
from articles.tests.test_publishing import add_url, article_form
from community.models import Application
from community.tests.test_join import form as join_form
from core.validators import refuse_bidi_controls, strip_bidi_controls

RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE
SPOOFED = f"Lipetsk {RLO}gpj.exe"


def test_overrides_and_isolates_are_refused_and_marks_allowed():
    for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)):
        with pytest.raises(ValidationError) as refused:
            refuse_bidi_controls(f"a{chr(code)}b")
        assert refused.value.code == "bidi_control"
        assert f"U+{code:04X}" in refused.value.messages[0]
    # Marks order nothing; Arabic and Hebrew text needs them.
    refuse_bidi_controls("\u05e9\u05dc\u05d5\u05dd\u200f (1925)\u200e\u061c")
    assert strip_bidi_controls(SPOOFED) == "Lipetsk gpj.exe"


@pytest.mark.django_db
def test_a_page_title_with_an_override_is_refused_with_the_reason(
    admin_client, site_tree
):
    _home, index = site_tree
    response = admin_client.post(
        add_url(index), article_form(title=SPOOFED) | {"action-publish": "publish"}
    )
    assert response.status_code == 200
    assert "Remove the invisible direction control characters (U+202E)" in (
        response.content.decode()
    )
    assert not ArticlePage.objects.exists()


@pytest.mark.django_db
def test_the_join_form_refuses_an_override_in_a_name(client):
    response = client.post("/join/", join_form(name=SPOOFED))
    assert response.status_code == 400
    assert "U+202E" in str(response.context["form"].errors["name"])
    assert not Application.objects.exists()


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (8, 8), "olive").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.django_db
def test_an_uploaded_image_loses_the_controls_in_its_file_name_and_title(
    admin_client, settings, tmp_path
):
    settings.MEDIA_ROOT = str(tmp_path)
    upload = SimpleUploadedFile(f"tank{RLO}gnp.exe.png", png_bytes(), "image/png")
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {"title": f"Tank {RLO}gnp.exe", "file": upload, "collection": "1"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    image = get_image_model().objects.get()
    assert image.title == "Tank gnp.exe"
    assert RLO not in image.file.name and image.file.name.endswith("tankgnp.exe.png")
