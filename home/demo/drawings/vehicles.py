"""Vehicles other than tanks (armoured cars, tracked tractors, lorries) and
ships (warships and submarines), as a vehicle or ship entry is drawn."""

from __future__ import annotations

from PIL import Image, ImageDraw

from .canvas import GLASS, INK, MUTED, OLIVE, STEEL, WATER, WIDTH, Choice, wheel
from .tanks import rivets, running_gear, turret


def vehicle_drawing(hints: str) -> Choice:
    """The drawing for a vehicle, its caption and what it shows."""
    ground = 560

    def base(draw: ImageDraw.ImageDraw) -> None:
        draw.line([(20, ground + 2), (WIDTH - 20, ground + 2)], fill=MUTED, width=3)

    if "armoured car" in hints or "armored car" in hints:

        def armoured_car(image: Image.Image, draw: ImageDraw.ImageDraw) -> None:
            base(draw)
            draw.polygon(
                [
                    (180, ground - 70),
                    (200, ground - 200),
                    (300, ground - 240),
                    (700, ground - 240),
                    (790, ground - 180),
                    (800, ground - 70),
                ],
                fill=OLIVE,
            )
            turret(draw, 470, ground - 240, 170, 80, 150, 10)
            rivets(draw, 210, 780, ground - 90)
            for x in (290, 680):
                wheel(draw, x, ground, 62)

        return (
            armoured_car,
            "Armoured car, side view (schematic)",
            "a four-wheeled armoured car with sloping armour plates and a small turret",
        )
    if "tractor" in hints or "prime mover" in hints:

        def tractor(image: Image.Image, draw: ImageDraw.ImageDraw) -> None:
            base(draw)
            running_gear(draw, 220, 740, ground, 4, 40, False)
            draw.rectangle([240, ground - 230, 520, ground - 120], fill=OLIVE)
            draw.rectangle([520, ground - 190, 740, ground - 120], fill=OLIVE)
            draw.rectangle(
                [270, ground - 210, 360, ground - 160], fill=GLASS, outline=INK
            )

        return (
            tractor,
            "Tracked tractor, side view (schematic)",
            "a tracked tractor with a closed cab and an engine bonnet",
        )

    def truck(image: Image.Image, draw: ImageDraw.ImageDraw) -> None:
        base(draw)
        draw.rectangle([160, ground - 110, 820, ground - 80], fill=INK)
        draw.polygon(
            [
                (660, ground - 110),
                (660, ground - 270),
                (760, ground - 270),
                (790, ground - 200),
                (830, ground - 190),
                (830, ground - 110),
            ],
            fill=OLIVE,
        )
        draw.rectangle([680, ground - 250, 750, ground - 200], fill=GLASS, outline=INK)
        draw.rectangle([160, ground - 230, 640, ground - 110], fill=(120, 110, 86))
        for x in range(200, 640, 80):
            draw.line(
                [(x, ground - 230), (x, ground - 110)], fill=(96, 88, 70), width=3
            )
        for x in (250, 400, 740):
            wheel(draw, x, ground, 50)

    return (
        truck,
        "Lorry, side view (schematic)",
        "a military lorry with a cab, a bonnet and a covered cargo bed on three axles",
    )


def ship_drawing(hints: str) -> Choice:
    """The drawing for a ship, its caption and what it shows."""
    water = 440

    def sea(draw: ImageDraw.ImageDraw) -> None:
        draw.rectangle([20, water, WIDTH - 20, 600], fill=WATER)

    if "submarine" in hints or "u-boat" in hints:

        def submarine(image: Image.Image, draw: ImageDraw.ImageDraw) -> None:
            sea(draw)
            draw.ellipse([110, water - 40, 850, water + 50], fill=INK)
            draw.polygon(
                [
                    (400, water - 40),
                    (420, water - 120),
                    (540, water - 120),
                    (560, water - 40),
                ],
                fill=INK,
            )
            draw.line([(480, water - 120), (480, water - 190)], fill=INK, width=6)
            draw.rectangle([20, water + 6, WIDTH - 20, 600], fill=WATER)

        return (
            submarine,
            "Submarine, side view (schematic)",
            "a submarine on the surface with its conning tower",
        )

    def warship(image: Image.Image, draw: ImageDraw.ImageDraw) -> None:
        sea(draw)
        draw.polygon(
            [(80, water - 70), (880, water - 90), (840, water + 30), (120, water + 30)],
            fill=STEEL,
        )
        draw.rectangle([360, water - 170, 560, water - 80], fill=STEEL)
        draw.rectangle([400, water - 240, 480, water - 170], fill=STEEL)
        for x in (580, 640):
            draw.rectangle([x, water - 190, x + 40, water - 84], fill=INK)
        for x, facing in ((220, -1), (740, 1)):
            draw.rounded_rectangle(
                [x - 50, water - 120, x + 50, water - 80], radius=10, fill=INK
            )
            end = x + facing * 150
            draw.line([(x, water - 104), (end, water - 110)], fill=INK, width=10)
        draw.line([(440, water - 240), (440, water - 330)], fill=INK, width=6)
        draw.rectangle([20, water + 20, WIDTH - 20, 600], fill=WATER)

    return (
        warship,
        "Warship, side view (schematic)",
        "a warship with gun turrets fore and aft, a bridge, two funnels and a mast",
    )
