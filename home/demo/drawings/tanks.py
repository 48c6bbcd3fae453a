"""Tanks: the running gear, turrets and riveted hulls they are drawn with, the
schematic a tank entry gets (light, medium, heavy, multi-turreted or of the
First World War), and the articles' heavy and light tanks."""

from __future__ import annotations

import re

from PIL import Image, ImageDraw

from .canvas import (
    INK,
    MUTED,
    OLIVE,
    PAPER,
    STEEL,
    WIDTH,
    Choice,
    Colour,
    flat_png,
    png,
    sans,
)

# (x, width, height, gun length, calibre, raised) of each turret of a tank.
Turret = tuple[float, float, float, float, float, float]


def running_gear(
    draw: ImageDraw.ImageDraw,
    x0: float,
    x1: float,
    ground: float,
    wheels: int,
    radius: float,
    skirt: bool,
) -> float:
    """Tracks and road wheels; returns the height of the top of the track."""
    top = ground - 2 * radius - 28
    draw.rounded_rectangle([x0, top, x1, ground], radius=radius + 14, fill=INK)
    step = (x1 - x0 - 2 * radius - 80) / max(wheels - 1, 1)
    for n in range(wheels):
        x = x0 + radius + 40 + n * step
        draw.ellipse(
            [x - radius, ground - 2 * radius - 8, x + radius, ground - 8], fill=STEEL
        )
        draw.ellipse(
            [
                x - radius * 0.3,
                ground - radius * 1.3 - 8,
                x + radius * 0.3,
                ground - radius * 0.7 - 8,
            ],
            fill=INK,
        )
    end = radius * 0.7
    for x in (x0 + end + 6, x1 - end - 6):
        y = top + end + 6
        draw.ellipse([x - end, y - end, x + end, y + end], fill=STEEL)
    if skirt:
        draw.rectangle([x0 + 30, top - 4, x1 - 30, top + radius + 10], fill=OLIVE)
    return top


def turret(
    draw: ImageDraw.ImageDraw,
    x: float,
    base: float,
    width: float,
    height: float,
    gun: float,
    calibre: float,
    colour: Colour = OLIVE,
) -> None:
    """A turret centred on ``x`` standing on ``base``, its gun ``gun`` long
    (none if 0) and ``calibre`` thick, with the mantlet."""
    draw.polygon(
        [
            (x - width / 2, base),
            (x - width / 2 + 18, base - height),
            (x + width / 2 - 18, base - height),
            (x + width / 2, base),
        ],
        fill=colour,
    )
    if gun:
        y = base - height * 0.55
        draw.rectangle(
            [x + width / 2 - 6, y - calibre / 2, x + width / 2 + gun, y + calibre / 2],
            fill=INK,
        )
        draw.rectangle(
            [x + width / 2 - 8, y - calibre - 4, x + width / 2 + 22, y + calibre + 4],
            fill=STEEL,
        )


def rivets(
    draw: ImageDraw.ImageDraw, x0: float, x1: float, y: float, spacing: int = 26
) -> None:
    """A row of rivets along ``y`` from ``x0`` to ``x1``."""
    for x in range(int(x0), int(x1), spacing):
        draw.ellipse([x - 3, y - 3, x + 3, y + 3], fill=(36, 42, 34))


def _tank(
    draw: ImageDraw.ImageDraw,
    x0: float,
    x1: float,
    wheels: int,
    radius: float,
    hull: float,
    turrets: list[Turret],
    skirt: bool = False,
) -> None:
    ground = 560
    draw.line([(20, ground + 2), (WIDTH - 20, ground + 2)], fill=MUTED, width=3)
    top = running_gear(draw, x0, x1, ground, wheels, radius, skirt)
    body = [
        (x0 - 6, top + 12),
        (x0 - 6, top - hull + 20),
        (x0 + 40, top - hull),
        (x1 - 110, top - hull),
        (x1 + 20, top - hull * 0.45),
        (x1 + 20, top + 12),
    ]
    draw.polygon(body, fill=OLIVE)
    rivets(draw, x0 + 14, x1, top)
    rivets(draw, x0 + 50, x1 - 110, top - hull + 12)
    for x, width, height, gun, calibre, raised in turrets:
        turret(draw, x, top - hull - raised, width, height, gun, calibre)
        if raised:
            draw.rectangle(
                [
                    x - width / 2 + 10,
                    top - hull - raised,
                    x + width / 2 - 10,
                    top - hull + 2,
                ],
                fill=OLIVE,
            )


def _great_war_tank(draw: ImageDraw.ImageDraw) -> None:
    ground = 560
    draw.line([(20, ground + 2), (WIDTH - 20, ground + 2)], fill=MUTED, width=3)
    draw.polygon(
        [
            (150, ground),
            (110, ground - 130),
            (170, ground - 170),
            (760, ground - 170),
            (840, ground - 70),
            (780, ground),
        ],
        fill=INK,
    )
    for n in range(9):
        x = 200 + n * 66
        draw.ellipse([x - 24, ground - 56, x + 24, ground - 8], fill=STEEL)
    draw.rectangle([170, ground - 300, 420, ground - 150], fill=OLIVE)
    draw.polygon(
        [
            (420, ground - 230),
            (700, ground - 200),
            (700, ground - 150),
            (420, ground - 150),
        ],
        fill=OLIVE,
    )
    for x in (230, 330):
        draw.rectangle([x, ground - 250, x + 36, ground - 232], fill=INK)
    rivets(draw, 180, 420, ground - 285)
    rivets(draw, 180, 700, ground - 162)


def tank_drawing(hints: str) -> Choice:
    """The drawing for a tank, its caption and what it shows."""
    turrets_named = re.search(r"\b(two|three|four|five)[- ]turret", hints)
    count = {"two": 2, "three": 3, "four": 4, "five": 5}.get(
        turrets_named.group(1) if turrets_named else "", 0
    )
    if "first world war" in hints or "world war i " in hints:
        return (
            lambda image, draw: _great_war_tank(draw),
            "Tank of the First World War, side view (schematic)",
            "a tank of the First World War: tracks running along a long low "
            "hull and a boxy fighting compartment with gun ports at the back",
        )
    if count > 1 or "multi-turret" in hints or "multi turret" in hints:
        count = count or 3
        sub = count - 1

        def multi(image: Image.Image, draw: ImageDraw.ImageDraw) -> None:
            rear = [
                (200 + n * 100, 90 - n * 10, 50, 40, 8, 0)
                for n in range((sub + 1) // 2)
            ]
            front = [
                (720 - n * 100, 90 - n * 10, 50, 70 - n * 30, 10, 0)
                for n in range(sub // 2)
            ]
            _tank(
                draw,
                90,
                830,
                8,
                30,
                110,
                [*rear, *front, (465, 200, 90, 210, 18, 26)],
                skirt=True,
            )

        return (
            multi,
            f"Tank with {count} turrets, side view (schematic)",
            f"a long tank with {count} turrets: a large main turret in the "
            "middle and smaller ones fore and aft, its running gear behind "
            "armoured skirts",
        )
    if "heavy" in hints:
        return (
            lambda image, draw: _tank(
                draw, 110, 820, 7, 34, 120, [(450, 240, 100, 240, 22, 0)], skirt=True
            ),
            "Heavy tank, side view (schematic)",
            "a long heavy tank with a large turret and a long gun, its "
            "running gear behind armoured skirts",
        )
    if "medium" in hints:
        return (
            lambda image, draw: _tank(
                draw, 170, 780, 5, 42, 105, [(460, 190, 86, 210, 16, 0)]
            ),
            "Medium tank, side view (schematic)",
            "a medium tank on five road wheels with a riveted hull and a "
            "turret with a medium gun",
        )
    return (
        lambda image, draw: _tank(
            draw, 230, 720, 4, 54, 90, [(470, 160, 72, 170, 10, 0)]
        ),
        "Light tank, side view (schematic)",
        "a light tank on four large road wheels with a riveted hull and a "
        "small turret with a light gun",
    )


def draw_tank(width: int = 1200, height: int = 600) -> bytes:
    """Draw a side view of a long, multi-wheeled interwar tank prototype."""
    image = Image.new("RGB", (width, height), PAPER)
    draw = ImageDraw.Draw(image)
    ground = height - 120
    draw.line([(0, ground + 60), (width, ground + 60)], fill=MUTED, width=3)
    draw.rounded_rectangle([140, ground - 40, 1060, ground + 58], radius=48, fill=INK)
    for index in range(9):
        x = 210 + index * 98
        draw.ellipse([x - 34, ground - 24, x + 34, ground + 44], fill=(88, 92, 96))
    draw.polygon(
        [
            (180, ground - 40),
            (240, ground - 170),
            (980, ground - 170),
            (1040, ground - 40),
        ],
        fill=(62, 70, 58),
    )
    draw.rectangle([470, ground - 270, 760, ground - 170], fill=(62, 70, 58))
    draw.rectangle([760, ground - 236, 1130, ground - 212], fill=INK)
    draw.rectangle([280, ground - 215, 380, ground - 170], fill=(62, 70, 58))
    draw.text(
        (40, 30),
        "Heavy tank prototype, side view (schematic)",
        fill=MUTED,
        font=sans(26),
    )
    return png(image)


def draw_light_tank(width: int = 1200, height: int = 700) -> bytes:
    """Draw a riveted light tank of the 1930s on four large road wheels."""
    image = Image.new("RGB", (width, height), PAPER)
    draw = ImageDraw.Draw(image)
    ground = 580
    draw.line([(0, ground + 2), (width, ground + 2)], fill=MUTED, width=3)
    draw.rounded_rectangle([230, ground - 150, 960, ground], radius=72, fill=INK)
    for x in (330, 480, 630, 780):
        draw.ellipse([x - 64, ground - 138, x + 64, ground - 10], fill=STEEL)
        draw.ellipse([x - 20, ground - 94, x + 20, ground - 54], fill=INK)
    for x in (262, 928):
        draw.ellipse([x - 34, ground - 148, x + 34, ground - 80], fill=STEEL)
        draw.ellipse([x - 12, ground - 126, x + 12, ground - 102], fill=INK)
    hull = [
        (230, ground - 150),
        (230, ground - 250),
        (300, ground - 285),
        (850, ground - 285),
        (980, ground - 215),
        (980, ground - 150),
    ]
    draw.polygon(hull, fill=OLIVE)
    draw.rectangle([520, ground - 360, 730, ground - 285], fill=OLIVE)
    draw.polygon(
        [
            (520, ground - 360),
            (550, ground - 390),
            (700, ground - 390),
            (730, ground - 360),
        ],
        fill=OLIVE,
    )
    draw.rectangle([580, ground - 404, 640, ground - 390], fill=OLIVE)
    draw.rectangle([730, ground - 345, 1030, ground - 331], fill=INK)
    draw.rectangle([730, ground - 355, 770, ground - 320], fill=STEEL)
    draw.rectangle([980, ground - 196, 1022, ground - 186], fill=INK)
    draw.rectangle([860, ground - 250, 900, ground - 236], fill=INK)
    rivet = (36, 42, 34)

    def dot(x: float, y: float) -> None:
        draw.ellipse([x - 3, y - 3, x + 3, y + 3], fill=rivet)

    for x in range(250, 966, 28):
        dot(x, ground - 165)
    for x in range(310, 846, 28):
        dot(x, ground - 272)
    for step in range(1, 6):
        dot(850 + step * 20, ground - 273 + step * 11)
    for x in range(538, 720, 24):
        dot(x, ground - 300)
    for y in range(ground - 260, ground - 170, 26):
        dot(245, y)
    draw.text(
        (40, 30),
        "Light tank of the 1930s, side view (schematic)",
        fill=MUTED,
        font=sans(26),
    )
    return flat_png(image)
