"""With MEDIA_STORAGE=s3, images and their renditions live in the object store."""

from urllib.request import urlopen

import pytest
from django.core.files.storage import default_storage

from core.factories import ImageFactory

pytestmark = pytest.mark.django_db


def test_images_and_renditions_are_stored_and_served_by_the_object_store(
    client, s3_media, s3_server
):
    image = ImageFactory(title="Heinkel HD 17 at Lipetsk")
    assert default_storage.exists(image.file.name)
    rendition = image.get_rendition("width-200")
    assert rendition.url.startswith(f"{s3_server}/{s3_media}/")
    with urlopen(rendition.url, timeout=10) as response:
        assert response.status == 200
        assert response.read(4)[:2] in (b"\xff\xd8", b"\x89P")  # JPEG or PNG
    assert client.get("/readyz").json()["services"]["storage"] == "ok"


def test_a_deleted_image_leaves_nothing_behind_in_the_store(
    s3_media, django_capture_on_commit_callbacks
):
    image = ImageFactory()
    name = image.file.name
    with django_capture_on_commit_callbacks(execute=True):
        image.delete()
    assert not default_storage.exists(name)
