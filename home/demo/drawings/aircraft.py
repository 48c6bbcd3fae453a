"""Aircraft: the schematic an aircraft entry gets, chosen from what its title
and summary say (painted by :mod:`.airframes`), and the articles' biplane
fighter and four-engined bomber."""

from __future__ import annotations

from PIL import Image, ImageDraw

from .airframes import biplane, flying_boat, monoplane, multi_engined
from .canvas import (
    ACCENT,
    INK,
    MUTED,
    PAPER,
    SKIN,
    STEEL,
    Choice,
    flat_png,
    png,
    ridged,
    sans,
    stable_index,
)
from .hints import engine_count, first_role, hint_text


def aircraft_drawing(spec: dict) -> Choice:
    """The drawing for an aircraft, its caption and what it shows."""
    primary, full = hint_text(spec, first_sentence=True), hint_text(spec)
    engines = engine_count(primary) or engine_count(full)
    role = first_role(primary) or first_role(full)
    corrugated = "corrugated" in full
    tone = stable_index(spec.get("title", ""), 3)
    colour = [INK, SKIN, (58, 66, 80)][tone]
    wing = [ACCENT, (96, 102, 94), (88, 100, 120)][tone]
    c, ground = 340, 560
    kinds = [
        ("flying boat", ("flying boat", "flying-boat")),
        ("floatplane", ("floatplane", "seaplane", "float plane")),
        ("biplane", ("biplane", "sesquiplane")),
        ("parasol", ("parasol",)),
        ("high-wing", ("high-wing", "high wing")),
        ("monoplane", ("monoplane",)),
    ]
    kind = next(
        (
            name
            for text in (primary, full)
            for name, words in kinds
            if any(word in text for word in words)
        ),
        "",
    )
    if kind != "flying boat" and (engines or 1) == 1 and role == "bomber":
        if kind in ("", "monoplane") and engines is None:
            engines = 2

    def named(base: str) -> str:
        if role == "reconnaissance":
            return f"Reconnaissance {base.lower()}"
        return f"{base} {role}" if role else base

    skin = " and a corrugated metal skin" if corrugated else ""
    if kind == "flying boat":
        return (
            lambda image, draw: flying_boat(
                image, draw, c + 30, ground, colour, wing, engines, corrugated
            ),
            "Flying boat, side view (schematic)",
            "a flying boat afloat: a boat-shaped hull, a wing carried above it "
            "on struts with its engine above the wing, and small floats under "
            "the wing",
        )
    if kind == "floatplane":
        twin = bool(engines and engines > 1)
        return (
            lambda image, draw: biplane(
                image, draw, c, ground, colour, wing, True, engines, corrugated
            ),
            ("Twin-engined floatplane" if twin else "Floatplane")
            + ", side view (schematic)",
            "a biplane on a long float, resting on water, "
            + (
                "with an engine between the wings"
                if twin
                else "with its engine in the nose"
            ),
        )
    if engines and engines > 1:
        word = {2: "Twin", 3: "Three", 4: "Four"}.get(engines, "Multi")
        noun = role if role in ("bomber", "transport", "airliner") else "aircraft"
        return (
            lambda image, draw: multi_engined(
                image, draw, engines, colour, wing, corrugated
            ),
            f"{word}-engined {noun}, plan view (schematic)",
            f"a plan view from above, nose up, of a monoplane with {engines} "
            f"engines along the leading edge of its wing{skin}",
        )
    if kind == "biplane":
        return (
            lambda image, draw: biplane(
                image, draw, c, ground, colour, wing, False, engines, corrugated
            ),
            f"{named('Biplane')}, side view (schematic)",
            "a single-engined biplane standing on its wheels: two wings braced "
            "by struts, an open cockpit and a tail skid",
        )
    windows = role in ("airliner", "transport") or "passenger" in full
    if kind in ("parasol", "high-wing"):
        base = "Parasol monoplane" if kind == "parasol" else "High-wing monoplane"
        return (
            lambda image, draw: monoplane(
                image, draw, c, ground, colour, wing, kind, windows, corrugated
            ),
            f"{named(base)}, side view (schematic)",
            "a single-engined monoplane whose wing is carried "
            + (
                "above the fuselage on struts"
                if kind == "parasol"
                else "on top of the fuselage"
            )
            + ", standing on its wheels"
            + (", with a row of cabin windows" if windows else ""),
        )
    return (
        lambda image, draw: monoplane(
            image, draw, c, ground, colour, wing, "low-wing", windows, corrugated
        ),
        f"{named('Monoplane')}, side view (schematic)",
        "a single-engined low-wing monoplane standing on its wheels, "
        + ("with a row of cabin windows" if windows else "with a closed cockpit")
        + skin,
    )


def draw_aircraft(width: int = 1200, height: int = 600) -> bytes:
    """Draw a side view of a single-seat biplane fighter of the 1920s."""
    image = Image.new("RGB", (width, height), PAPER)
    draw = ImageDraw.Draw(image)
    mid = height // 2 + 40
    draw.polygon(
        [
            (200, mid - 40),
            (880, mid - 30),
            (1040, mid - 10),
            (1040, mid + 10),
            (880, mid + 30),
            (200, mid + 40),
        ],
        fill=INK,
    )
    draw.rectangle([170, mid - 60, 215, mid + 60], fill=(88, 92, 96))
    draw.polygon(
        [(950, mid - 20), (1030, mid - 110), (1070, mid - 110), (1045, mid - 15)],
        fill=INK,
    )
    draw.rectangle([300, mid - 150, 720, mid - 132], fill=ACCENT)
    draw.rectangle([320, mid + 42, 700, mid + 58], fill=ACCENT)
    for x in (380, 640):
        draw.line([(x, mid - 132), (x + 20, mid + 42)], fill=INK, width=6)
    for x in (330, 440):
        draw.ellipse([x - 45, mid + 90, x + 45, mid + 180], fill=(88, 92, 96))
        draw.line([(x, mid + 135), (x + 40, mid + 30)], fill=INK, width=6)
    draw.text(
        (40, 30),
        "Biplane fighter of the 1920s, side view (schematic)",
        fill=MUTED,
        font=sans(26),
    )
    return png(image)


def draw_bomber(width: int = 1200, height: int = 700) -> bytes:
    """Draw a four-engined bomber of the TB-3 kind in side view and in plan."""
    image = Image.new("RGB", (width, height), PAPER)
    draw = ImageDraw.Draw(image)
    skin, ridge = (78, 84, 78), (104, 110, 102)
    glass = (170, 196, 214)
    # Side view, nose to the left, standing on its wheels.
    c, ground = 230, 380
    draw.line([(60, ground + 2), (1140, ground + 2)], fill=MUTED, width=3)
    fin = [(960, c - 26), (1020, c - 130), (1075, c - 130), (1062, c - 24)]
    ridged(image, fin, skin, ridge, 10)
    body = [
        (140, c - 10),
        (170, c - 45),
        (420, c - 58),
        (1000, c - 30),
        (1062, c - 26),
        (1062, c + 2),
        (1000, c + 8),
        (420, c + 48),
        (170, c + 42),
        (140, c + 22),
    ]
    ridged(image, body, skin, ridge, 8, vertical=False)
    draw.polygon(
        [(138, c - 12), (160, c - 48), (196, c - 50), (196, c + 30), (140, c + 22)],
        fill=glass,
        outline=INK,
    )
    draw.polygon(
        [(380, c - 56), (396, c - 76), (430, c - 76), (436, c - 57)],
        fill=glass,
        outline=INK,
    )
    draw.rounded_rectangle(
        [960, c - 38, 1110, c - 26], radius=6, fill=skin, outline=INK
    )
    # The thick wing seen end-on, and the two engines of the near side, the
    # outer one a little behind the inner.
    wing = [(330, c + 20), (350, c + 4), (640, c + 10), (680, c + 22), (350, c + 40)]
    ridged(image, wing, (100, 106, 98), ridge, 12)
    draw.polygon(wing, outline=INK)
    for x, y, colour in [(330, c - 14, (104, 108, 112)), (290, c - 4, STEEL)]:
        draw.rounded_rectangle(
            [x, y, x + 130, y + 38], radius=14, fill=colour, outline=INK
        )
        draw.rectangle([x - 10, y - 44, x - 3, y + 82], fill=INK)
    for x in (420, 504):
        draw.ellipse([x - 42, ground - 84, x + 42, ground], fill=INK)
        draw.ellipse([x - 12, ground - 54, x + 12, ground - 30], fill=STEEL)
    draw.line([(462, c + 36), (462, ground - 92)], fill=INK, width=10)
    draw.line([(408, ground - 92), (516, ground - 92)], fill=INK, width=8)
    draw.line([(1022, c + 4), (1042, ground - 2)], fill=INK, width=6)
    # Plan view, nose up: four engines along the leading edge.
    cx, top = 600, 430
    ridged(
        image,
        [(cx - 26, top), (cx + 26, top), (cx + 10, top + 250), (cx - 10, top + 250)],
        skin,
        ridge,
        8,
        vertical=False,
    )
    wing = [
        (cx - 400, top + 90),
        (cx - 120, top + 60),
        (cx + 120, top + 60),
        (cx + 400, top + 90),
        (cx + 400, top + 112),
        (cx + 120, top + 140),
        (cx - 120, top + 140),
        (cx - 400, top + 112),
    ]
    ridged(image, wing, skin, ridge, 12)
    draw.polygon(wing, outline=INK)
    for offset in (-260, -120, 120, 260):
        x = cx + offset
        lead = top + 60 + max(0, abs(offset) - 120) * 30 / 280
        draw.rounded_rectangle(
            [x - 16, lead - 40, x + 16, lead + 40], radius=10, fill=STEEL, outline=INK
        )
        draw.line([(x - 40, lead - 44), (x + 40, lead - 44)], fill=INK, width=4)
    tail = [
        (cx - 130, top + 220),
        (cx + 130, top + 220),
        (cx + 120, top + 250),
        (cx - 120, top + 250),
    ]
    ridged(image, tail, skin, ridge, 12)
    draw.polygon(tail, outline=INK)
    small = sans(20)
    draw.text((60, 420), "Plan view:", fill=MUTED, font=small)
    draw.text((60, 446), "four engines", fill=MUTED, font=small)
    draw.text((60, 472), "on one thick wing", fill=MUTED, font=small)
    draw.text(
        (40, 30),
        "Four-engined bomber of the early 1930s, side view and plan (schematic)",
        fill=MUTED,
        font=sans(26),
    )
    return flat_png(image)
