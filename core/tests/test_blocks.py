import pytest
from django.core.exceptions import ValidationError

from core.blocks import FigureBlock, VideoBlock
from core.factories import ImageFactory

pytestmark = pytest.mark.django_db


def test_figure_without_description_is_refused_with_the_reason():
    block = FigureBlock()
    value = block.to_python({"image": ImageFactory().pk, "alt_text": "  "})
    with pytest.raises(ValidationError) as error:
        block.clean(value)
    assert "Describe the image" in str(error.value.block_errors["alt_text"])


def test_figure_with_description_is_accepted():
    block = FigureBlock()
    value = block.to_python({"image": ImageFactory().pk, "alt_text": "A hangar"})
    assert block.clean(value)["alt_text"] == "A hangar"


@pytest.mark.parametrize(
    "raw",
    [
        {"title": "Film", "url": ""},
        {"title": "Film", "url": "javascript:alert(1)"},
    ],
)
def test_video_needs_exactly_one_playable_source(raw):
    block = VideoBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python(raw))


def test_video_address_without_embed_becomes_a_plain_link():
    block = VideoBlock()
    value = block.to_python(
        {"title": "Lipetsk 1930", "url": "https://video.example.org/v/1"}
    )
    html = block.render(value)
    assert '<a href="https://video.example.org/v/1">Watch “Lipetsk 1930”</a>' in html
