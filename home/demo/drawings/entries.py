"""An entry's picture: :func:`draw_entry` chooses by the entry's type. An
equipment entry gets a schematic silhouette chosen from hints in its title and
summary, a place (and an event at a place) a locator map, a unit or an
organisation an emblem; persons get no picture, since a portrait would be
invented."""

from __future__ import annotations

from PIL import Image, ImageDraw

from .aircraft import aircraft_drawing
from .canvas import MUTED, STEEL, Choice, EntryDrawing, entry_canvas, flat_png
from .emblems import emblem
from .fortifications import pillbox
from .hints import hint_text
from .locators import event_map, place_map
from .tanks import tank_drawing
from .vehicles import ship_drawing, vehicle_drawing
from .weapons import artillery_drawing, chemical_drawing, firearm_drawing


def _generic(image: Image.Image, draw: ImageDraw.ImageDraw) -> None:
    front = [(300, 260), (600, 260), (600, 500), (300, 500)]
    draw.polygon(front, fill=STEEL)
    draw.polygon([(300, 260), (380, 200), (680, 200), (600, 260)], fill=(130, 134, 138))
    draw.polygon([(600, 260), (680, 200), (680, 440), (600, 500)], fill=(70, 74, 78))
    draw.line([(300, 540), (600, 540)], fill=MUTED, width=2)
    draw.line([(640, 500), (720, 440)], fill=MUTED, width=2)


def _other_drawing(hints: str) -> Choice:
    """A pillbox for a fortification, else a plain box."""
    if any(
        word in hints
        for word in ("pillbox", "bunker", "fort", "blockhouse", "casemate")
    ):
        return (
            pillbox,
            "Pillbox, plan section (schematic)",
            "a plan section of a small concrete pillbox: a thick front wall "
            "towards the enemy, two embrasures firing to the flanks and the "
            "entrance at the back, with earth heaped round it",
        )
    return (
        _generic,
        "Equipment, schematic",
        "a plain box drawn in perspective, standing for the equipment",
    )


def _equipment(spec: dict) -> EntryDrawing:
    hints = hint_text(spec)
    category = spec.get("category") or "other"
    chooser = {
        "tank": tank_drawing,
        "vehicle": vehicle_drawing,
        "artillery": artillery_drawing,
        "firearm": firearm_drawing,
        "ship": ship_drawing,
        "chemical": chemical_drawing,
    }.get(category, _other_drawing)
    if category == "aircraft":
        paint, caption, shows = aircraft_drawing(spec)
    else:
        paint, caption, shows = chooser(hints)
    title = spec["title"]
    image, draw = entry_canvas(title, caption)
    paint(image, draw)
    alt = (
        f"Schematic drawing for {title}: {shows}. A generic silhouette in "
        "flat colours, not an exact likeness."
    )
    return EntryDrawing(flat_png(image), alt, caption)


def draw_entry(
    spec: dict, places: dict[str, tuple[float, float]] | None = None
) -> EntryDrawing | None:
    """A picture for an entry spec, or None where nothing fitting can be drawn.

    ``places`` maps place titles to (latitude, longitude), for events that
    name their place; without it only the cities of the built-in table are
    known.
    """
    kind = spec.get("type")
    if kind == "equipment":
        return _equipment(spec)
    if kind == "place":
        return place_map(spec)
    if kind == "event":
        return event_map(spec, places)
    if kind in ("unit", "organisation"):
        return emblem(spec)
    return None
