"""The airframes an aircraft entry is drawn as: a biplane (on wheels or on a
float), a monoplane (low-wing, high-wing or parasol), a flying boat, and a plan
view that shows every engine of a multi-engined aircraft. Which one an entry
gets, and its caption, is chosen in :mod:`.aircraft`."""

from __future__ import annotations

from PIL import Image, ImageDraw

from .canvas import (
    GLASS,
    INK,
    RIDGE,
    STEEL,
    WATER,
    WIDTH,
    Colour,
    Point,
    ridged,
    wheel,
)


def _propeller(draw: ImageDraw.ImageDraw, x: float, y: float, reach: float) -> None:
    draw.rectangle([x - 5, y - reach, x + 5, y + reach], fill=INK)
    draw.ellipse([x - 12, y - 12, x + 12, y + 12], fill=STEEL)


def _tail(draw: ImageDraw.ImageDraw, end: float, c: float, colour: Colour) -> None:
    draw.polygon(
        [(end - 80, c - 14), (end - 34, c - 100), (end + 2, c - 100), (end, c - 8)],
        fill=colour,
    )
    draw.rounded_rectangle([end - 110, c - 18, end + 12, c - 6], radius=6, fill=colour)


def _fuselage(
    image: Image.Image,
    draw: ImageDraw.ImageDraw,
    nose: float,
    end: float,
    c: float,
    colour: Colour,
    corrugated: bool,
) -> list[Point]:
    mid = nose + (end - nose) * 0.4
    body = [
        (nose, c - 44),
        (mid, c - 48),
        (end, c - 12),
        (end, c + 6),
        (mid, c + 40),
        (nose, c + 38),
    ]
    if corrugated:
        ridged(image, body, colour, RIDGE, 8, vertical=False)
    else:
        draw.polygon(body, fill=colour)
    return body


def _cockpit(draw: ImageDraw.ImageDraw, x: float, c: float, closed: bool) -> None:
    if closed:
        draw.polygon(
            [(x, c - 47), (x + 26, c - 82), (x + 96, c - 82), (x + 124, c - 46)],
            fill=GLASS,
            outline=INK,
        )
    else:
        draw.polygon(
            [(x, c - 47), (x + 14, c - 70), (x + 30, c - 70), (x + 34, c - 47)],
            fill=GLASS,
            outline=INK,
        )


def biplane(
    image: Image.Image,
    draw: ImageDraw.ImageDraw,
    c: float,
    ground: float,
    colour: Colour,
    wing: Colour,
    floats: bool,
    engines: int | None,
    corrugated: bool,
) -> None:
    """A biplane in side view, nose to the left, its fuselage centred on ``c``:
    on its wheels standing on ``ground``, or on a float in the water; with a
    second engine between the wings when it has more than one."""
    water = ground - 30
    if floats:
        draw.rectangle([40, water, WIDTH - 40, ground + 20], fill=WATER)
    nose, end = 190, 790
    _tail(draw, end, c, colour)
    _fuselage(image, draw, nose, end, c, colour, corrugated)
    _cockpit(draw, 420, c, closed=False)
    draw.rounded_rectangle([250, c - 150, 580, c - 130], radius=10, fill=wing)
    draw.rounded_rectangle([270, c + 26, 550, c + 44], radius=9, fill=wing)
    for top, bottom in [
        ((330, c - 130), (345, c + 26)),
        ((490, c - 130), (505, c + 26)),
    ]:
        draw.line([top, bottom], fill=INK, width=6)
    for top, bottom in [
        ((300, c - 130), (312, c - 44)),
        ((360, c - 130), (352, c - 46)),
    ]:
        draw.line([top, bottom], fill=INK, width=5)
    if engines and engines > 1:
        draw.rounded_rectangle([280, c - 106, 420, c - 70], radius=14, fill=STEEL)
        draw.line([(350, c - 70), (350, c - 46)], fill=INK, width=5)
        _propeller(draw, 272, c - 88, 56)
        draw.ellipse([nose - 24, c - 40, nose + 40, c + 36], fill=GLASS, outline=INK)
    else:
        draw.rounded_rectangle(
            [nose - 20, c - 46, nose + 60, c + 40], radius=16, fill=STEEL
        )
        _propeller(draw, nose - 28, c - 3, 110)
    if floats:
        draw.rounded_rectangle(
            [200, water - 44, 640, water - 6], radius=18, fill=colour
        )
        for x in (310, 480):
            draw.line([(x, c + 40), (x + 14, water - 44)], fill=INK, width=6)
    else:
        for x in (300, 360):
            draw.line([(x, c + 40), (330, ground - 40)], fill=INK, width=6)
        wheel(draw, 330, ground, 40)


def monoplane(
    image: Image.Image,
    draw: ImageDraw.ImageDraw,
    c: float,
    ground: float,
    colour: Colour,
    wing: Colour,
    layout: str,
    windows: bool,
    corrugated: bool,
) -> None:
    """A single-engined monoplane in side view on its wheels; ``layout`` is
    "parasol", "high-wing" or "low-wing", ``windows`` adds cabin windows."""
    nose, end = 180, 790
    _tail(draw, end, c, colour)
    _fuselage(image, draw, nose, end, c, colour, corrugated)
    if layout == "parasol":
        draw.rounded_rectangle([240, c - 132, 570, c - 112], radius=10, fill=wing)
        draw.line([(300, c + 30), (360, c - 112)], fill=INK, width=6)
        draw.line([(420, c + 30), (440, c - 112)], fill=INK, width=6)
        draw.line([(330, c - 112), (340, c - 46)], fill=INK, width=5)
    elif layout == "high-wing":
        draw.rounded_rectangle([240, c - 66, 570, c - 44], radius=10, fill=wing)
        draw.line([(290, c + 36), (350, c - 46)], fill=INK, width=6)
    else:
        draw.rounded_rectangle([250, c + 20, 540, c + 42], radius=10, fill=wing)
    if windows:
        for x in range(380, 580, 40):
            draw.rectangle([x, c - 30, x + 26, c - 10], fill=GLASS, outline=INK)
        if layout == "low-wing":
            _cockpit(draw, 250, c, closed=False)
        else:
            draw.polygon(
                [(250, c - 44), (262, c - 62), (300, c - 62), (300, c - 44)],
                fill=GLASS,
                outline=INK,
            )
    elif layout == "low-wing":
        _cockpit(draw, 380, c, closed=True)
    else:
        _cockpit(draw, 470, c, closed=False)
    draw.rounded_rectangle(
        [nose - 20, c - 44, nose + 60, c + 38], radius=16, fill=STEEL
    )
    _propeller(draw, nose - 28, c - 3, 110)
    draw.line([(320, c + 40), (330, ground - 36)], fill=INK, width=8)
    wheel(draw, 330, ground, 36)


def flying_boat(
    image: Image.Image,
    draw: ImageDraw.ImageDraw,
    c: float,
    ground: float,
    colour: Colour,
    wing: Colour,
    engines: int | None,
    corrugated: bool,
) -> None:
    """A flying boat afloat in side view, its engines above the wing."""
    water = c + 64
    hull = [
        (140, c + 20),
        (190, c - 34),
        (700, c - 28),
        (800, c - 46),
        (830, c - 46),
        (820, c - 20),
        (600, c + 40),
        (560, c + 80),
        (200, c + 90),
    ]
    _tail(draw, 830, c - 36, colour)
    if corrugated:
        ridged(image, hull, colour, RIDGE, 8, vertical=False)
    else:
        draw.polygon(hull, fill=colour)
    draw.line([(200, c + 90), (560, c + 80)], fill=INK, width=4)
    _cockpit(draw, 250, c + 12, closed=True)
    draw.rounded_rectangle([230, c - 160, 620, c - 140], radius=10, fill=wing)
    for x in (330, 430):
        draw.line([(x, c - 140), (x + 10, c - 30)], fill=INK, width=6)
    pods = [(320, c - 210)] if (engines or 1) < 3 else [(300, c - 210), (420, c - 196)]
    for x, y in pods:
        draw.rounded_rectangle([x, y, x + 140, y + 40], radius=16, fill=STEEL)
        draw.line([(x + 70, y + 40), (x + 70, c - 160)], fill=INK, width=5)
        _propeller(draw, x - 8, y + 20, 60)
    # The sea, over the lower hull, and the floats under the wing.
    draw.rectangle([40, water, WIDTH - 40, water + 120], fill=WATER)
    for x in (250, 590):
        draw.line([(x, c - 140), (x, water - 20)], fill=INK, width=3)
        draw.rounded_rectangle(
            [x - 30, water - 22, x + 30, water + 2], radius=8, fill=wing
        )


def multi_engined(
    image: Image.Image,
    draw: ImageDraw.ImageDraw,
    engines: int,
    colour: Colour,
    wing_colour: Colour,
    corrugated: bool,
) -> None:
    """A plan view, nose up, that shows every engine."""
    cx = WIDTH / 2
    body = [(cx - 28, 130), (cx + 28, 130), (cx + 9, 600), (cx - 9, 600)]
    draw.ellipse([cx - 28, 112, cx + 28, 150], fill=GLASS if engines != 3 else colour)
    if corrugated:
        ridged(image, body, colour, RIDGE, 8)
    else:
        draw.polygon(body, fill=colour)
    half, root = 390, 110
    wing = [
        (cx - half, 292),
        (cx - root, 262),
        (cx + root, 262),
        (cx + half, 292),
        (cx + half, 318),
        (cx + root, 350),
        (cx - root, 350),
        (cx - half, 318),
    ]
    if corrugated:
        ridged(image, wing, wing_colour, RIDGE, 12)
    else:
        draw.polygon(wing, fill=wing_colour)
    draw.polygon(wing, outline=INK)
    tail = [(cx - 140, 540), (cx + 140, 540), (cx + 126, 574), (cx - 126, 574)]
    draw.polygon(tail, fill=wing_colour, outline=INK)

    def leading_edge(x: float) -> float:
        return 262 + max(0.0, abs(x - cx) - root) * 30 / (half - root)

    offsets = {2: [-170, 170], 3: [-200, 200], 4: [-290, -140, 140, 290]}
    for offset in offsets.get(engines, [-170, 170]):
        x = cx + offset
        lead = leading_edge(x)
        draw.rounded_rectangle(
            [x - 18, lead - 44, x + 18, lead + 50], radius=10, fill=STEEL, outline=INK
        )
        draw.line([(x - 44, lead - 48), (x + 44, lead - 48)], fill=INK, width=5)
    if engines == 3:
        draw.rounded_rectangle(
            [cx - 22, 100, cx + 22, 160], radius=10, fill=STEEL, outline=INK
        )
        draw.line([(cx - 46, 98), (cx + 46, 98)], fill=INK, width=5)
