"""The demo's drawn pictures: each entry that should have one gets one that opens."""

import io

import pytest
from PIL import Image

from home.demo.drawings import DRAWINGS, EntryDrawing, draw_avatar, draw_entry
from home.demo.encyclopedia import ENTRIES

PLACES = {
    spec["title"]: (float(spec["latitude"]), float(spec["longitude"]))
    for spec in ENTRIES
    if spec["type"] == "place" and spec.get("latitude") is not None
}
DRAWN = [
    spec
    for spec in ENTRIES
    if spec["type"] in ("equipment", "unit", "organisation")
    or spec["title"] in PLACES
    or (spec["type"] == "event" and spec.get("place") in PLACES)
]
ARTICLE_DRAWINGS = {
    "map",
    "timeline",
    "tank",
    "aircraft",
    "czechoslovakia_map",
    "pillbox",
    "light_tank",
    "spain_map",
    "khalkhin_gol_map",
    "bomber",
    "purge_chart",
}


def opened(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    image.load()
    return image


@pytest.mark.parametrize("spec", DRAWN, ids=lambda spec: spec["title"])
def test_entry_gets_a_picture(spec):
    drawing = draw_entry(spec, PLACES)

    assert isinstance(drawing, EntryDrawing)
    image = opened(drawing.png)
    assert (image.format, image.size) == ("PNG", (960, 640))
    assert len(drawing.png) < 60_000
    assert drawing.alt and drawing.caption


def test_every_kind_is_drawn():
    kinds = {spec["type"] for spec in DRAWN}

    assert {"equipment", "place", "unit", "organisation", "event"} <= kinds


def test_pictures_are_the_same_each_time():
    spec = next(spec for spec in ENTRIES if spec["type"] == "place")

    assert draw_entry(spec) == draw_entry(spec)


def test_a_person_gets_no_picture():
    person = next(spec for spec in ENTRIES if spec["type"] == "person")

    assert draw_entry(person, PLACES) is None


def test_avatar():
    png = draw_avatar("Jana Dvořáková")

    image = opened(png)
    assert (image.format, image.size) == ("PNG", (256, 256))
    assert draw_avatar("Jana Dvořáková") == png


@pytest.mark.parametrize("key", sorted(ARTICLE_DRAWINGS))
def test_article_drawing_opens(key):
    _, draw = DRAWINGS[key]

    image = opened(draw())
    assert image.format == "PNG"
    assert image.size[0] >= 1000
