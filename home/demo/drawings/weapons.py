"""Weapons, as a weapon entry is drawn: artillery (field guns, howitzers,
anti-tank and anti-aircraft guns, mortars), firearms (rifles, pistols, machine
guns) and a chemical shell in cut-away."""

from __future__ import annotations

import math

from PIL import Image, ImageDraw

from .canvas import ACCENT, INK, MUTED, OLIVE, STEEL, UMBER, WIDTH, Choice, sans


def artillery_drawing(hints: str) -> Choice:
    """The drawing for a gun or a mortar, its caption and what it shows."""
    if "anti-aircraft" in hints or "anti aircraft" in hints:
        angle, length, calibre, kind = 60, 360, 16, "Anti-aircraft gun"
    elif "howitzer" in hints:
        angle, length, calibre, kind = 30, 240, 30, "Howitzer"
    elif "anti-tank" in hints or "anti tank" in hints:
        angle, length, calibre, kind = 4, 330, 12, "Anti-tank gun"
    elif "mortar" in hints:
        angle, length, calibre, kind = 65, 220, 26, "Mortar"
    else:
        angle, length, calibre, kind = 15, 320, 18, "Field gun"
    ground = 560

    def gun(image: Image.Image, draw: ImageDraw.ImageDraw) -> None:
        draw.line([(20, ground + 2), (WIDTH - 20, ground + 2)], fill=MUTED, width=3)
        pivot = (470, ground - 160)
        a = math.radians(angle)
        muzzle = (pivot[0] + length * math.cos(a), pivot[1] - length * math.sin(a))
        breech = (pivot[0] - 80 * math.cos(a), pivot[1] + 80 * math.sin(a))
        if kind == "Mortar":
            draw.line([breech, muzzle], fill=INK, width=calibre)
            draw.rectangle(
                [breech[0] - 80, ground - 14, breech[0] + 60, ground], fill=STEEL
            )
            draw.line(
                [(muzzle[0] - 60, muzzle[1] + 80), (muzzle[0] - 10, ground)],
                fill=INK,
                width=6,
            )
            return
        draw.polygon(
            [
                (pivot[0] + 10, pivot[1] + 10),
                (160, ground - 6),
                (150, ground),
                (190, ground),
                (pivot[0] + 40, pivot[1] + 30),
            ],
            fill=OLIVE,
        )
        draw.line([breech, muzzle], fill=INK, width=calibre)
        draw.line(
            [breech, (pivot[0] + 120 * math.cos(a), pivot[1] - 120 * math.sin(a))],
            fill=STEEL,
            width=calibre + 14,
        )
        draw.polygon(
            [
                (pivot[0] + 30, ground - 290),
                (pivot[0] + 60, ground - 290),
                (pivot[0] + 60, ground - 90),
                (pivot[0] + 30, ground - 80),
            ],
            fill=OLIVE,
        )
        radius = 56 if kind == "Anti-tank gun" else 86
        x, y = pivot[0] + 20, ground - radius
        draw.ellipse(
            [x - radius, y - radius, x + radius, y + radius], outline=INK, width=12
        )
        for n in range(12):
            t = n * math.pi / 6
            draw.line(
                [(x, y), (x + radius * math.cos(t), y + radius * math.sin(t))],
                fill=INK,
                width=4,
            )
        draw.ellipse([x - 14, y - 14, x + 14, y + 14], fill=STEEL)

    description = {
        "Anti-aircraft gun": "a gun on a wheeled carriage, its long barrel raised "
        "steeply",
        "Howitzer": "a short, thick howitzer barrel raised on a wheeled "
        "carriage with a trail",
        "Anti-tank gun": "a small anti-tank gun with a long, level barrel, a "
        "shield and low wheels",
        "Mortar": "a mortar tube standing on a base plate, propped up by a bipod",
    }.get(
        kind,
        "a field gun with a shield, spoked wheels, a trail and a slightly raised "
        "barrel",
    )
    return gun, f"{kind}, side view (schematic)", description


def firearm_drawing(hints: str) -> Choice:
    """The drawing for a firearm, its caption and what it shows."""
    y = 360
    if "machine gun" in hints or "machine-gun" in hints:

        def machine_gun(image: Image.Image, draw: ImageDraw.ImageDraw) -> None:
            draw.rectangle([260, y - 40, 560, y + 20], fill=INK)
            draw.rectangle([560, y - 26, 800, y - 6], fill=STEEL)
            draw.rectangle([800, y - 20, 880, y - 12], fill=INK)
            draw.polygon(
                [(170, y - 30), (260, y - 40), (260, y + 20), (180, y + 60)], fill=UMBER
            )
            draw.rectangle([380, y - 90, 450, y - 40], fill=INK)
            for foot in ((250, 560), (480, 560), (640, 560)):
                draw.line([(420, y + 20), foot], fill=INK, width=10)
            draw.line([(20, 562), (WIDTH - 20, 562)], fill=MUTED, width=3)

        return (
            machine_gun,
            "Machine gun, side view (schematic)",
            "a machine gun on a tripod",
        )
    if "pistol" in hints or "revolver" in hints:

        def pistol(image: Image.Image, draw: ImageDraw.ImageDraw) -> None:
            draw.rectangle([300, y - 80, 680, y - 20], fill=INK)
            draw.polygon(
                [(320, y - 20), (440, y - 20), (400, y + 170), (290, y + 160)],
                fill=UMBER,
            )
            draw.arc([420, y - 40, 520, y + 60], 0, 180, fill=INK, width=8)

        return pistol, "Pistol, side view (schematic)", "a pistol seen from the side"

    def rifle(image: Image.Image, draw: ImageDraw.ImageDraw) -> None:
        draw.polygon(
            [
                (90, y + 10),
                (340, y - 20),
                (600, y - 20),
                (600, y + 10),
                (360, y + 20),
                (120, y + 80),
            ],
            fill=UMBER,
        )
        draw.rectangle([300, y - 36, 880, y - 20], fill=INK)
        draw.rectangle([380, y - 50, 470, y - 20], fill=STEEL)
        draw.line([(440, y - 50), (470, y - 80)], fill=INK, width=8)
        draw.arc([380, y - 10, 440, y + 40], 0, 180, fill=INK, width=6)

    return (
        rifle,
        "Rifle, side view (schematic)",
        "a bolt-action rifle seen from the side",
    )


def chemical_drawing(hints: str) -> Choice:
    """The drawing for a chemical weapon, its caption and what it shows."""

    def shell(image: Image.Image, draw: ImageDraw.ImageDraw) -> None:
        y = 360
        draw.polygon(
            [
                (160, y - 90),
                (620, y - 90),
                (780, y - 40),
                (840, y),
                (780, y + 40),
                (620, y + 90),
                (160, y + 90),
            ],
            fill=STEEL,
            outline=INK,
        )
        draw.polygon(
            [
                (180, y - 70),
                (610, y - 70),
                (760, y - 30),
                (760, y + 30),
                (610, y + 70),
                (180, y + 70),
            ],
            fill=(196, 186, 120),
        )
        draw.rectangle([300, y - 12, 780, y + 12], fill=INK)
        draw.rectangle([220, y - 96, 250, y + 96], fill=UMBER)
        draw.rectangle([380, y - 90, 410, y + 90], fill=ACCENT)
        font = sans(20)
        draw.text((480, y + 130), "Filling", fill=INK, font=font, anchor="mm")
        draw.line([(480, y + 116), (480, y + 50)], fill=INK, width=2)
        draw.text((640, y - 140), "Burster", fill=INK, font=font, anchor="mm")
        draw.line([(640, y - 126), (640, y - 14)], fill=INK, width=2)
        draw.text((395, y + 130), "", fill=INK, font=font)
        draw.text((840, y + 60), "Fuze", fill=INK, font=font, anchor="mm")

    return (
        shell,
        "Chemical shell, cut-away (schematic)",
        "a cut-away artillery shell: a steel case holding the chemical filling "
        "around a central bursting charge, with the fuze in the nose and a "
        "coloured marking band",
    )
