"""What the drawings share: the palette, fonts, PNG files, an entry's titled
canvas and the strokes several drawings use (dashes, arrows, legends, ridged
skins, wheels)."""

from __future__ import annotations

import hashlib
import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

Colour = tuple[int, int, int]
Point = tuple[float, float]
# Paints a picture onto its image; an entry's picture is chosen as a painter,
# its caption and a phrase on what it shows (for the alt text).
Painter = Callable[[Image.Image, ImageDraw.ImageDraw], None]
Choice = tuple[Painter, str, str]

PAPER = (244, 241, 234)
INK = (28, 31, 35)
ACCENT = (122, 46, 18)
RIVER = (70, 110, 160)
MUTED = (110, 116, 122)
LAND = (250, 248, 243)
GRID = (222, 216, 204)
STEEL = (88, 92, 96)
OLIVE = (62, 70, 58)
CONCRETE = (196, 192, 183)
EARTH = (205, 190, 160)
GLASS = (170, 196, 214)
WATER = (214, 225, 235)
NAVY = (46, 64, 92)
UMBER = (96, 72, 52)
SKIN = (78, 84, 78)
RIDGE = (104, 110, 102)

# Emblem and avatar tones, with the words an alt text uses for them.
TONES = [
    (ACCENT, "dark red"),
    (OLIVE, "dark olive"),
    (NAVY, "dark blue"),
    (UMBER, "brown"),
    (RIVER, "blue"),
]

# The size of an entry's picture.
WIDTH, HEIGHT = 960, 640


@dataclass(frozen=True)
class EntryDrawing:
    """A drawn picture for an entry: the PNG, its alt text and its caption."""

    png: bytes
    alt: str
    caption: str


@lru_cache(maxsize=64)
def sans(size: int, bold: bool = False) -> ImageFont.ImageFont:
    """DejaVu Sans at ``size``, bold if asked; Pillow's default font where
    DejaVu is not installed."""
    if bold:
        try:
            return ImageFont.truetype("DejaVuSans-Bold.ttf", size)
        except OSError:
            pass  # the regular face still sets the text
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size)


def fitting_font(
    draw: ImageDraw.ImageDraw, text: str, width: float, size: int, bold: bool = False
) -> ImageFont.ImageFont:
    """The largest font up to ``size`` in which ``text`` is at most ``width`` wide."""
    while size > 12 and draw.textlength(text, font=sans(size, bold)) > width:
        size -= 2
    return sans(size, bold)


def stable_index(text: str, count: int) -> int:
    """An index from a hash of ``text`` that does not change between runs."""
    digest = hashlib.md5(text.encode("utf-8"), usedforsecurity=False).digest()
    return int.from_bytes(digest[:4], "big") % count


def png(image: Image.Image) -> bytes:
    """The image as an optimised PNG in full colour."""
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def flat_png(image: Image.Image) -> bytes:
    """Flat colours: a 64-colour palette keeps the file small and quick to write."""
    buffer = io.BytesIO()
    flat = image.quantize(
        colors=64, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE
    )
    flat.save(buffer, format="PNG")
    return buffer.getvalue()


def entry_canvas(title: str, subtitle: str) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    """A blank picture with the entry's title and a line on what is drawn."""
    image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    font = fitting_font(draw, title, WIDTH - 64, 28, bold=True)
    draw.text((32, 22), title, fill=INK, font=font)
    draw.text(
        (32, 62),
        subtitle,
        fill=MUTED,
        font=fitting_font(draw, subtitle, WIDTH - 64, 19),
    )
    return image, draw


def dashed(
    draw: ImageDraw.ImageDraw,
    points: Sequence[Point],
    fill: Colour,
    width: int,
    dash: float = 16,
    gap: float = 10,
) -> None:
    """A dashed polyline, the dashes carried over from one segment to the next."""
    period, start = dash + gap, 0.0
    for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
        length = math.hypot(x2 - x1, y2 - y1)
        if not length:
            continue
        k = math.floor(start / period)
        while k * period < start + length:
            a = max(k * period, start) - start
            b = min(k * period + dash, start + length) - start
            if b > a:
                a, b = a / length, b / length
                draw.line(
                    [
                        (x1 + (x2 - x1) * a, y1 + (y2 - y1) * a),
                        (x1 + (x2 - x1) * b, y1 + (y2 - y1) * b),
                    ],
                    fill=fill,
                    width=width,
                )
            k += 1
        start += length


def arrow(
    draw: ImageDraw.ImageDraw,
    points: Sequence[Point],
    fill: Colour,
    width: int,
    head: float = 28,
) -> None:
    """A polyline ending in a filled arrowhead."""
    (x1, y1), (x2, y2) = points[-2], points[-1]
    angle = math.atan2(y2 - y1, x2 - x1)
    base = (x2 - head * math.cos(angle), y2 - head * math.sin(angle))
    draw.line([*points[:-1], base], fill=fill, width=width, joint="curve")
    spread = head * 0.6
    draw.polygon(
        [
            (x2, y2),
            (base[0] + spread * math.sin(angle), base[1] - spread * math.cos(angle)),
            (base[0] - spread * math.sin(angle), base[1] + spread * math.cos(angle)),
        ],
        fill=fill,
    )


def legend_rows(
    draw: ImageDraw.ImageDraw,
    x: float,
    y: float,
    items: Sequence[tuple[str, Colour, str]],
    font: ImageFont.ImageFont,
) -> None:
    """A legend of (kind, colour, text) rows: kind is "box", "dash", "arrow"
    or "dot"."""
    for kind, colour, text in items:
        if kind == "box":
            draw.rectangle([x, y + 3, x + 34, y + 21], fill=colour, outline=MUTED)
        elif kind == "dash":
            dashed(draw, [(x, y + 12), (x + 34, y + 12)], colour, 4, dash=10, gap=6)
        elif kind == "arrow":
            arrow(draw, [(x, y + 12), (x + 36, y + 12)], colour, 6, head=14)
        else:
            draw.ellipse([x + 10, y + 5, x + 24, y + 19], fill=colour)
        draw.text((x + 46, y), text, fill=INK, font=font)
        y += 32


def ridged(
    image: Image.Image,
    polygon: Sequence[Point],
    fill: Colour,
    ridge: Colour,
    spacing: int,
    vertical: bool = True,
) -> None:
    """Fill a polygon with parallel lines, as a corrugated skin looks."""
    mask = Image.new("L", image.size, 0)
    ImageDraw.Draw(mask).polygon(polygon, fill=255)
    layer = Image.new("RGB", image.size, fill)
    lines = ImageDraw.Draw(layer)
    if vertical:
        for x in range(0, image.size[0], spacing):
            lines.line([(x, 0), (x, image.size[1])], fill=ridge)
    else:
        for y in range(0, image.size[1], spacing):
            lines.line([(0, y), (image.size[0], y)], fill=ridge)
    image.paste(layer, mask=mask)


def wheel(draw: ImageDraw.ImageDraw, x: float, bottom: float, radius: float) -> None:
    """A wheel standing on ``bottom``, centred on ``x``, with its hub."""
    draw.ellipse([x - radius, bottom - 2 * radius, x + radius, bottom], fill=INK)
    hub = radius * 0.3
    y = bottom - radius
    draw.ellipse([x - hub, y - hub, x + hub, y + hub], fill=STEEL)
