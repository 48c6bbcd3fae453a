"""How the demo stores a drawing: an image in the root collection, credited."""

from __future__ import annotations

from io import BytesIO

from django.core.files.images import ImageFile

from core.models import GarrisonImage
from core.trees import collection_root


def demo_image(title: str, key: str, png: bytes) -> GarrisonImage:
    """Save a drawing as a Wagtail image, credited to Garrison and free to reuse."""
    image = GarrisonImage(
        title=title,
        collection=collection_root(),
        credit="Garrison",
        licence="CC0 1.0",
        file=ImageFile(BytesIO(png), name=f"demo-{key}.png"),
    )
    image.save()
    return image
