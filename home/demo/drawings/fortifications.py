"""Fortifications: the small concrete pillbox a fortification entry is drawn
as, and the articles' light pillbox vz. 37 in plan and section."""

from __future__ import annotations

from PIL import Image, ImageDraw

from .canvas import (
    ACCENT,
    CONCRETE,
    EARTH,
    INK,
    MUTED,
    PAPER,
    arrow,
    flat_png,
    sans,
)


def pillbox(image: Image.Image, draw: ImageDraw.ImageDraw) -> None:
    """Paint a small pillbox in plan section: a thick front wall towards the
    enemy, embrasures firing to the flanks, the entrance at the back."""
    ox, oy = 250, 150
    label = sans(20)
    draw.polygon(
        [
            (ox - 40, oy + 40),
            (ox + 500, oy + 40),
            (ox + 560, oy + 400),
            (ox - 100, oy + 400),
        ],
        fill=EARTH,
    )
    draw.text((ox + 230, oy + 18), "Enemy side", fill=MUTED, font=label, anchor="mm")
    walls = [ox + 20, oy + 80, ox + 440, oy + 400]
    room = [ox + 120, oy + 200, ox + 340, oy + 330]
    draw.rectangle(walls, fill=CONCRETE, outline=INK, width=3)
    draw.rectangle(room, fill=PAPER, outline=INK, width=2)
    mid = (room[1] + room[3]) / 2
    for inner, outer, facing in ((room[0], walls[0], -1), (room[2], walls[2], 1)):
        draw.polygon(
            [
                (inner, mid - 12),
                (outer, mid - 32),
                (outer, mid + 32),
                (inner, mid + 12),
            ],
            fill=PAPER,
            outline=INK,
        )
        draw.line(
            [(outer + facing * 10, mid), (outer + facing * 110, mid)],
            fill=ACCENT,
            width=6,
        )
        tip = outer + facing * 120
        draw.polygon(
            [(tip, mid), (tip - facing * 20, mid - 12), (tip - facing * 20, mid + 12)],
            fill=ACCENT,
        )
    draw.rectangle([ox + 260, room[3], ox + 300, walls[3] + 2], fill=PAPER)
    draw.line(
        [(ox + 262, walls[3] - 20), (ox + 298, walls[3] - 20)], fill=ACCENT, width=4
    )
    draw.text(
        ((room[0] + room[2]) / 2, mid), "Crew room", fill=INK, font=label, anchor="mm"
    )
    draw.text(
        (ox + 280, walls[3] + 14),
        "Entrance at the back",
        fill=INK,
        font=label,
        anchor="mt",
    )
    draw.text((walls[0] - 60, mid + 24), "Embrasure", fill=INK, font=label, anchor="mt")
    draw.text((walls[2] + 60, mid + 24), "Embrasure", fill=INK, font=label, anchor="mt")


def draw_pillbox(width: int = 1200, height: int = 700) -> bytes:
    """Draw a light concrete pillbox vz. 37 in plan and in section."""
    image = Image.new("RGB", (width, height), PAPER)
    draw = ImageDraw.Draw(image)
    label = sans(19)
    draw.text(
        (30, 22),
        "Light pillbox vz. 37, plan and section (schematic)",
        fill=INK,
        font=sans(28, bold=True),
    )
    # The plan: the enemy is to the top; the guns fire to the left and right,
    # along the line of pillboxes, and the door is at the back.
    ox, oy = 140, 170
    draw.polygon(
        [(ox, oy + 40), (ox + 420, oy + 40), (ox + 460, oy + 330), (ox - 40, oy + 330)],
        fill=EARTH,
    )
    draw.text((ox + 180, oy + 10), "Enemy side", fill=MUTED, font=label, anchor="mm")
    arrow(draw, [(ox + 280, oy + 22), (ox + 280, oy - 24)], MUTED, 4, head=14)
    walls = [ox + 40, oy + 80, ox + 380, oy + 330]
    draw.rectangle(walls, fill=CONCRETE)
    room = [ox + 120, oy + 170, ox + 300, oy + 280]
    for x in range(walls[0] + 10, walls[2], 18):
        draw.line([(x, walls[1] + 4), (x - 14, room[1] - 4)], fill=(176, 171, 162))
    draw.rectangle(walls, outline=INK, width=3)
    draw.rectangle(room, fill=PAPER, outline=INK, width=2)
    draw.text(
        (ox + 210, oy + 125), "Thick front wall", fill=INK, font=label, anchor="mm"
    )
    # Embrasures in the side walls, facing the flanks.
    for side in (-1, 1):
        inner = room[0] if side < 0 else room[2]
        outer = walls[0] if side < 0 else walls[2]
        mid = oy + 215
        draw.polygon(
            [
                (inner, mid - 10),
                (outer, mid - 28),
                (outer, mid + 28),
                (inner, mid + 10),
            ],
            fill=PAPER,
            outline=INK,
        )
        tip = outer + side * 90
        arrow(draw, [(outer + side * 8, mid), (tip, mid)], ACCENT, 5, 18)
        draw.text((tip, mid + 22), "Embrasure", fill=INK, font=label, anchor="mt")
    # The entrance through the back wall, with its door.
    draw.rectangle([ox + 230, oy + 280, ox + 270, oy + 332], fill=PAPER)
    draw.line([(ox + 230, oy + 280), (ox + 230, oy + 330)], fill=INK, width=2)
    draw.line([(ox + 270, oy + 280), (ox + 270, oy + 330)], fill=INK, width=2)
    draw.line([(ox + 232, oy + 312), (ox + 268, oy + 312)], fill=ACCENT, width=4)
    draw.text((ox + 210, oy + 225), "Crew room", fill=INK, font=label, anchor="mm")
    draw.text(
        (ox + 250, oy + 350), "Entrance at the back", fill=INK, font=label, anchor="mt"
    )
    draw.text((ox + 210, oy + 420), "Plan", fill=MUTED, font=sans(22), anchor="mm")
    # The section, front (left) to back (right): the earth piled against the
    # front wall and over the thick roof, the door in the rear wall.
    sx, ground = 770, 500
    draw.line([(sx - 150, ground), (sx + 430, ground)], fill=MUTED, width=3)
    block = [sx, ground - 210, sx + 320, ground + 30]
    draw.rectangle(block, fill=CONCRETE, outline=INK, width=3)
    draw.polygon(
        [
            (sx - 150, ground),
            (sx - 10, ground - 236),
            (sx + 250, ground - 236),
            (sx + 290, ground - 212),
            (sx, ground - 212),
            (sx, ground),
        ],
        fill=EARTH,
    )
    draw.rectangle(
        [sx + 90, ground - 120, sx + 270, ground - 10], fill=PAPER, outline=INK, width=2
    )
    draw.rectangle([sx + 270, ground - 90, sx + 322, ground - 10], fill=PAPER)
    draw.line([(sx + 320, ground - 90), (sx + 320, ground - 10)], fill=ACCENT, width=4)
    draw.text((sx + 180, ground - 65), "Crew room", fill=INK, font=label, anchor="mm")
    draw.text(
        (sx + 160, ground - 166),
        "Thick concrete roof",
        fill=INK,
        font=label,
        anchor="mm",
    )
    draw.text((sx - 70, ground - 150), "Earth", fill=INK, font=label, anchor="mm")
    draw.text((sx - 20, ground + 38), "Enemy side", fill=MUTED, font=label, anchor="rt")
    arrow(draw, [(sx - 20, ground + 22), (sx - 140, ground + 22)], MUTED, 4, head=14)
    draw.text((sx + 336, ground - 50), "Door", fill=INK, font=label, anchor="lm")
    draw.text(
        (sx + 160, ground + 80),
        "Section, front to back",
        fill=MUTED,
        font=sans(22),
        anchor="mm",
    )
    return flat_png(image)
