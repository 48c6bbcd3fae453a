"""The emblem a unit or an organisation entry is drawn with: its initials on a
shield (units, armed forces, ministries) or a roundel (the others), its name
and its kind written below. Drawn for Garrison, never an official insignia."""

from __future__ import annotations

import math
import re
import unicodedata

from PIL import Image, ImageDraw, ImageFont

from .canvas import (
    HEIGHT,
    INK,
    MUTED,
    PAPER,
    TONES,
    WIDTH,
    EntryDrawing,
    Point,
    fitting_font,
    flat_png,
    sans,
    stable_index,
)

# The words an emblem's caption gives for each kind of unit and organisation.
UNIT_KINDS = {
    "armed_force": "Armed force or service",
    "army": "Army or army group",
    "corps": "Corps",
    "division": "Division",
    "brigade": "Brigade or regiment",
    "battalion": "Battalion or company",
    "air_unit": "Air wing, group or squadron",
    "naval_unit": "Fleet or flotilla",
}
ORGANISATION_KINDS = {
    "ministry": "Ministry or government office",
    "armed_force": "Armed force",
    "company": "Company",
    "school": "School or training centre",
    "agency": "Agency or institute",
}

# Words left out of a name's initials.
SMALL_WORDS = {
    "a",
    "and",
    "de",
    "del",
    "der",
    "des",
    "die",
    "das",
    "du",
    "für",
    "la",
    "le",
    "of",
    "the",
    "und",
    "von",
    "y",
    "zu",
}

# Words that stand in the initials as their usual abbreviation.
ABBREVIATIONS = {
    "jagdgeschwader": "JG",
    "kampfgeschwader": "KG",
    "sturzkampfgeschwader": "StG",
}


def _initials(title: str, most: int = 4) -> str:
    """Initials of a name: "Legion Condor" → "LC", "Jagdgeschwader 54" → "JG54"."""
    name = unicodedata.normalize("NFC", re.sub(r"\(.*?\)", " ", title))
    letters: list[str] = []
    for word in re.split(r"[\s\-–/]+", name):
        word = word.strip(".,'\"’‘“”")
        if not word or word.casefold() in SMALL_WORDS:
            continue
        number = re.match(r"\d+", word)
        if number:
            letters.append(number.group(0))
        elif word.casefold() in ABBREVIATIONS:
            letters.append(ABBREVIATIONS[word.casefold()])
        elif len(word) > 1 and word.isupper():
            letters.append(word)
        elif word[0].isalpha():
            letters.append(word[0].upper())
    text = "".join(letters)
    return (
        text[:most] if len(text) > most and not text[:most].isdigit() else text or "?"
    )


def _shield(cx: float, top: float, width: float, height: float) -> list[Point]:
    """A heater shield: straight sides, then two arcs meeting in a point."""
    half = width / 2
    shoulder = top + height - width * math.sin(math.pi / 3)
    right = [
        (cx - half + width * math.cos(t), shoulder + width * math.sin(t))
        for t in (n / 12 * math.pi / 3 for n in range(13))
    ]
    left = [(2 * cx - x, y) for x, y in reversed(right)]
    return [(cx - half, top), (cx + half, top), *right, *left]


def _wrap(
    draw: ImageDraw.ImageDraw, text: str, font: ImageFont.ImageFont, width: float
) -> list[str]:
    """Break ``text`` into lines at most ``width`` wide."""
    lines: list[str] = []
    for word in text.split():
        if lines and draw.textlength(f"{lines[-1]} {word}", font=font) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def emblem(spec: dict) -> EntryDrawing:
    """The emblem for a unit or an organisation entry, with its alt text and
    caption."""
    title = spec["title"]
    kinds = UNIT_KINDS if spec["type"] == "unit" else ORGANISATION_KINDS
    kind = kinds.get(
        spec.get("kind") or "", "Unit" if spec["type"] == "unit" else "Organisation"
    )
    image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    tone, tone_name = TONES[stable_index(title, len(TONES))]
    initials = _initials(title)
    cx, top = WIDTH / 2, 60
    shielded = spec["type"] == "unit" or spec.get("kind") in ("armed_force", "ministry")
    if shielded:
        draw.polygon(_shield(cx, top, 300, 380), fill=INK)
        draw.polygon(_shield(cx, top + 10, 280, 360), fill=tone)
        inner = _shield(cx, top + 24, 252, 332)
        draw.line([*inner, inner[0]], fill=PAPER, width=3)
        draw.rectangle([cx - 126, top + 70, cx + 126, top + 76], fill=PAPER)
        middle, room, shape = top + 180, 200, "shield"
    else:
        middle, radius = top + 185, 185
        for r, colour in ((radius, INK), (radius - 10, PAPER), (radius - 18, tone)):
            draw.ellipse([cx - r, middle - r, cx + r, middle + r], fill=colour)
        r = radius - 40
        draw.ellipse([cx - r, middle - r, cx + r, middle + r], outline=PAPER, width=3)
        for n in range(24):
            t = n * math.pi / 12
            x = cx + (radius - 29) * math.cos(t)
            y = middle + (radius - 29) * math.sin(t)
            draw.ellipse([x - 4, y - 4, x + 4, y + 4], fill=PAPER)
        room, shape = 220, "roundel"
    font = fitting_font(draw, initials, room, 120, bold=True)
    draw.text((cx, middle), initials, fill=PAPER, font=font, anchor="mm")
    name_font = sans(30, bold=True)
    lines = _wrap(draw, title, name_font, WIDTH - 120)[:2]
    y = 478 if len(lines) == 1 else 462
    for line in lines:
        font = fitting_font(draw, line, WIDTH - 80, 30, bold=True)
        draw.text((cx, y), line, fill=INK, font=font, anchor="mt")
        y += 40
    draw.text((cx, y + 10), kind, fill=MUTED, font=sans(20), anchor="mt")
    alt = (
        f"Emblem drawn for {title}: a {tone_name} {shape} bearing the letters "
        f"{initials}, with the name and “{kind}” written below. Drawn for "
        "Garrison; not an official insignia."
    )
    caption = f"Emblem: {title} (drawn for Garrison, not an official insignia)"
    return EntryDrawing(flat_png(image), alt, caption)
