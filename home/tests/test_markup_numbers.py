"""Numbers written for machines stay machine numbers in every language.

Czech writes 30,5 where English writes 30.5; a chart coordinate, a data
attribute or a JSON value written the Czech way breaks the drawing or the
script that reads it. Every SVG, data attribute and JSON block on the pages
that draw charts and maps is parsed here, in both languages.
"""

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings

from encyclopedia.models import EntryPage

NUMBER = r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?"
LENGTH = re.compile(rf"^{NUMBER}(?:px|em|ex|%|pt|cm|mm|in)?$")
SEPARATOR = re.compile(r"(?:\s+,?\s*|,\s*)")
# Attributes holding one number (a length) in SVG and HTML.
SINGLE = {
    "x",
    "y",
    "x1",
    "x2",
    "y1",
    "y2",
    "cx",
    "cy",
    "r",
    "rx",
    "ry",
    "dx",
    "dy",
    "width",
    "height",
    "font-size",
    "stroke-width",
    "opacity",
    "fill-opacity",
    "stroke-opacity",
    "offset",
}
# HTML elements whose width and height are whole pixels.
HTML_SIZED = {"img", "video", "iframe", "canvas", "embed", "object", "source"}
PATH_COMMANDS = re.compile(r"[MmZzLlHhVvCcSsQqTtAa]")
TRANSFORM = re.compile(r"(matrix|translate|scale|rotate|skewX|skewY)\(([^)]*)\)")

CZECH_ARTICLE = "/cs/magazin/lipecka-letecka-skola/"
ENGLISH_ARTICLE = "/articles/lipetsk-flying-school/"


def numbers(value: str) -> list[float]:
    """Parse an SVG list of numbers (spaces or commas between them) or fail."""
    parts = [part for part in SEPARATOR.split(value.strip()) if part]
    for part in parts:
        assert re.fullmatch(NUMBER, part), f"{part!r} in {value!r} is no number"
    return [float(part) for part in parts]


def check_svg_attribute(name: str, value: str, where: str) -> None:
    label = f"{where}: {name}={value!r}"
    if name in SINGLE:
        assert LENGTH.fullmatch(value.strip()), label
    elif name == "viewbox":
        assert len(numbers(value)) == 4, label
    elif name == "points":
        assert len(numbers(value)) % 2 == 0, label
    elif name == "d":
        for chunk in PATH_COMMANDS.split(value):
            if chunk.strip():
                numbers(chunk)
    elif name == "transform":
        assert TRANSFORM.search(value), label
        assert not TRANSFORM.sub("", value).strip(" ,"), label
        for _name, arguments in TRANSFORM.findall(value):
            numbers(arguments)
    elif name == "style":
        assert not re.search(r"\d,\d", value), label


def check_markup_numbers(html: bytes, where: str) -> int:
    """Check every number meant for machines on a page; return the SVGs seen."""
    page = BeautifulSoup(html, "html.parser")
    svgs = page.find_all("svg")
    for svg in svgs:
        for element in [svg, *svg.find_all(True)]:
            for name, value in element.attrs.items():
                check_svg_attribute(name.lower(), value, f"{where} <{element.name}>")
    for element in page.find_all(True):
        for name, value in element.attrs.items():
            if name.startswith("data-") and re.fullmatch(r"[\d\s\xa0.,+-]+", value):
                assert re.fullmatch(NUMBER, value), f"{where}: {name}={value!r}"
            if name in {"width", "height"} and element.name in HTML_SIZED:
                assert value.isdigit(), f"{where} <{element.name}> {name}={value!r}"
            if name in {"href", "src"}:
                assert "\xa0" not in value and "%C2%A0" not in value, value
    for script in page.find_all(
        "script", type=["application/ld+json", "application/json"]
    ):
        json.loads(script.string)
    return len(svgs)


def entry_of_each_kind() -> list[str]:
    """The address of one live entry of each kind in each language."""
    urls = {}
    for entry in EntryPage.objects.live().specific().order_by("path"):
        key = (type(entry), entry.locale.language_code)
        urls.setdefault(key, entry.url)
    return sorted(urls.values())


@pytest.mark.django_db
@pytest.mark.parametrize("grouping", [False, True])
def test_svg_and_data_numbers_parse_in_both_languages(
    client, demo, demo_media, settings, grouping
):
    """Parse every number meant for machines on the pages that draw.

    With thousands grouped too, as a later setting might, which Czech writes
    with a no-break space: 1200 would become "1 200".
    """
    settings.USE_THOUSAND_SEPARATOR = grouping
    pages = [
        "/",
        "/cs/",
        "/articles/",
        "/timeline/",
        "/cs/timeline/",
        "/timeline/?start=1925&end=1926",
        "/cs/timeline/?start=1925&end=1926",
        "/map/",
        "/cs/map/",
        ENGLISH_ARTICLE,
        CZECH_ARTICLE,
        *entry_of_each_kind(),
    ]
    drawn = {}
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        drawn[url] = check_markup_numbers(response.content, url)
    # The charts the checks are about are there to check, in both languages.
    for url in ["/timeline/", "/cs/timeline/", ENGLISH_ARTICLE, CZECH_ARTICLE]:
        assert drawn[url] >= 1, url
    assert sum(drawn.values()) > 4


@pytest.mark.django_db
def test_czech_chart_draws_at_the_same_coordinates_as_the_english(
    client, demo, demo_media
):
    """The Czech page draws at the same dates: the layout knows no language."""

    def coordinates(url: str) -> list[str]:
        page = BeautifulSoup(client.get(url).content, "html.parser")
        chart = page.find("svg")
        return [
            f"{element.name} {name}={value}"
            for element in chart.find_all(["line", "rect", "circle", "text"])
            for name, value in element.attrs.items()
            if name in {"x", "x1", "x2", "cx", "width"}
        ]

    english, czech = coordinates("/timeline/"), coordinates("/cs/timeline/")
    assert any("." in value for value in english), "the chart has fractional x"
    # Both trees hold the same dated entries, so the same bars at the same
    # dates; rows follow the titles, which sort differently in Czech.
    assert len(czech) == len(english)
    assert sorted(czech) == sorted(english)


# Attributes that hold numbers, and names of values that are numbers.
NUMERIC_ATTRIBUTES = SINGLE | {"viewBox", "points", "d", "transform"}
NUMERIC_NAME = re.compile(
    r"(?:(?:^|[._])(?:pk|count|views|number|year|width|height)|(?:^|\.)(?:id|x|y))"
    r"(?:\|[^}]*)?$"
)
ATTRIBUTE = re.compile(r'\s([\w:-]+)="([^"]*)"')
VARIABLE = re.compile(r"\{\{\s*(.+?)\s*\}\}")
UNLOCALIZED = re.compile(r"\{%\s*localize off\s*%\}.*?\{%\s*endlocalize\s*%\}", re.S)


def test_templates_write_markup_numbers_unlocalised():
    """A number in an attribute goes through |unlocalize or {% localize off %}.

    Templates format numbers in the reader's language; markup, JSON and URLs
    need them as machines read them, whatever the language.
    """
    found = []
    for template in sorted(Path(settings.BASE_DIR, "templates").rglob("*.html")):
        text = UNLOCALIZED.sub("", template.read_text())
        for name, value in ATTRIBUTE.findall(text):
            for expression in VARIABLE.findall(value):
                numeric = name in NUMERIC_ATTRIBUTES or NUMERIC_NAME.search(expression)
                if numeric and "unlocalize" not in expression:
                    found.append(f"{template.name}: {name}={value}")
    assert not found, "\n".join(found)
