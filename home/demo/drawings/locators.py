"""The locator maps a place entry (and an event at a place) is drawn with: the
place as a red dot on a grid of latitude and longitude, with the nearest cities
of :mod:`.cities` for reference and a caption saying where it lies ("south of
Moscow", "capital of Spain")."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PIL import Image, ImageDraw, ImageFont

from .canvas import (
    ACCENT,
    GRID,
    HEIGHT,
    INK,
    LAND,
    MUTED,
    PAPER,
    WIDTH,
    EntryDrawing,
    Point,
    entry_canvas,
    flat_png,
    sans,
)
from .cities import CAPITAL_OF, CITIES

# (name, latitude, longitude) of a city.
City = tuple[str, float, float]
# (left, top, right, bottom) in pixels.
Box = tuple[float, float, float, float]

# The points of the compass, clockwise from north, 45° apart.
DIRECTIONS = [
    "north",
    "north-east",
    "east",
    "south-east",
    "south",
    "south-west",
    "west",
    "north-west",
]


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(min(1.0, a)))


def _direction(lat: float, lon: float, lat0: float, lon0: float) -> str:
    """The compass direction of (lat, lon) as seen from (lat0, lon0)."""
    east = (lon - lon0) * math.cos(math.radians((lat + lat0) / 2))
    north = lat - lat0
    bearing = math.degrees(math.atan2(east, north)) % 360
    return DIRECTIONS[round(bearing / 45) % 8]


def _same_place(name: str, title: str, distance: float) -> bool:
    return distance < 12 or (distance < 40 and name.casefold() in title.casefold())


def _whereabouts(
    title: str, lat: float, lon: float, country: str = ""
) -> tuple[str, tuple[str, float, float] | None]:
    """Where a place lies, for a caption ("south of Moscow", "near Paris",
    "capital of Spain"), and the city it is told from, if any."""
    for name, clat, clon, weight in CITIES:
        distance = _distance_km(lat, lon, clat, clon)
        if name.casefold() == title.casefold() and distance < 40:
            state = CAPITAL_OF.get(name) or country
            if weight == 3 and state:
                return f"capital of {state}", None
            break
    best, best_score = None, math.inf
    for name, clat, clon, weight in CITIES:
        distance = _distance_km(lat, lon, clat, clon)
        if name.casefold() == title.casefold() and distance < 40:
            continue
        score = distance / {3: 4.0, 2: 2.0}.get(weight, 1.0)
        state = CAPITAL_OF.get(name, "").removeprefix("the ")
        if state and state == country.removeprefix("the ") and distance < 700:
            score /= 3  # told from its own capital where that is not far
        if score < best_score:
            best, best_score = (name, clat, clon, distance), score
    if best is None:
        return "", None
    name, clat, clon, distance = best
    if distance < 40:
        return f"near {name}", (name, clat, clon)
    return f"{_direction(lat, lon, clat, clon)} of {name}", (name, clat, clon)


def _neighbours(
    title: str, lat: float, lon: float, reference: City | None, count: int = 4
) -> list[City]:
    """The nearest cities of the table, leaving out the place itself, and the
    city the caption tells the place from."""
    ranked = sorted(
        (_distance_km(lat, lon, clat, clon), name, clat, clon)
        for name, clat, clon, _ in CITIES
    )
    chosen = [
        (name, clat, clon)
        for distance, name, clat, clon in ranked
        if not _same_place(name, title, distance)
    ][:count]
    if reference and reference not in chosen:
        distance = _distance_km(lat, lon, reference[1], reference[2])
        if not _same_place(reference[0], title, distance):
            chosen.append(reference)
    return chosen


def _nice_step(span: float, lines: int = 5) -> float:
    for step in (0.25, 0.5, 1, 2, 5, 10, 20):
        if span / step <= lines:
            return step
    return 30


def _overlaps(box: Box, boxes: Sequence[Box]) -> bool:
    return any(
        box[0] < other[2]
        and other[0] < box[2]
        and box[1] < other[3]
        and other[1] < box[3]
        for other in boxes
    )


def _place_label(
    draw: ImageDraw.ImageDraw,
    x: float,
    y: float,
    radius: float,
    text: str,
    font: ImageFont.ImageFont,
    frame: Box,
    taken: Sequence[Box],
) -> tuple[Point, str, Box] | None:
    """Put a label beside a dot where it overlaps nothing; return where."""
    gap = radius + 6
    options = [
        ((x + gap, y), "lm"),
        ((x - gap, y), "rm"),
        ((x, y - gap), "mb"),
        ((x, y + gap), "mt"),
        ((x + gap * 0.7, y - gap * 0.7), "lb"),
        ((x + gap * 0.7, y + gap * 0.7), "lt"),
        ((x - gap * 0.7, y - gap * 0.7), "rb"),
        ((x - gap * 0.7, y + gap * 0.7), "rt"),
    ]
    fallback = None
    for xy, anchor in options:
        box = draw.textbbox(xy, text, font=font, anchor=anchor)
        box = (box[0] - 3, box[1] - 3, box[2] + 3, box[3] + 3)
        inside = (
            box[0] >= frame[0]
            and box[1] >= frame[1]
            and box[2] <= frame[2]
            and box[3] <= frame[3]
        )
        if inside and not _overlaps(box, taken):
            return xy, anchor, box
        if inside and fallback is None:
            fallback = (xy, anchor, box)
    return fallback


def _locator_map(
    heading: str,
    name: str,
    lat: float,
    lon: float,
    subject: str,
    reference: City | None,
) -> tuple[Image.Image, list[str], float, int]:
    """Draw a locator map of (lat, lon) named ``name``; return the picture,
    the cities drawn for reference, the spacing of the grid in degrees and
    how many other cities are drawn in grey."""
    where = f"{abs(lat):.2f}° {'N' if lat >= 0 else 'S'}, "
    where += f"{abs(lon):.2f}° {'E' if lon >= 0 else 'W'}"
    image, draw = entry_canvas(heading, f"{subject} · {where}")
    frame = (32, 100, WIDTH - 32, HEIGHT - 28)
    draw.rectangle(frame, fill=LAND, outline=GRID)
    neighbours = _neighbours(name, lat, lon, reference)
    shrink = math.cos(math.radians(lat))
    half_w = (frame[2] - frame[0]) / 2 - 120
    half_h = (frame[3] - frame[1]) / 2 - 40
    reach_x = max([abs(clon - lon) * shrink for _, _, clon in neighbours] + [0.3])
    reach_y = max([abs(clat - lat) for _, clat, _ in neighbours] + [0.3])
    scale = min(half_w / reach_x, half_h / reach_y)
    cx, cy = (frame[0] + frame[2]) / 2, (frame[1] + frame[3]) / 2

    def project(plat: float, plon: float) -> tuple[float, float]:
        return cx + (plon - lon) * shrink * scale, cy - (plat - lat) * scale

    west = lon - (cx - frame[0]) / (shrink * scale)
    east = lon + (frame[2] - cx) / (shrink * scale)
    north = lat + (cy - frame[1]) / scale
    south = lat - (frame[3] - cy) / scale
    step = _nice_step(max(north - south, (east - west) * shrink))
    small = sans(14)
    degree_labels = []
    value = math.ceil(south / step) * step
    while value <= north:
        _, y = project(value, lon)
        draw.line([(frame[0], y), (frame[2], y)], fill=GRID)
        if y < frame[3] - 30:
            text = _degrees(value, "N", "S")
            xy = (frame[0] + 6, y - 2)
            draw.text(xy, text, fill=MUTED, font=small, anchor="lb")
            degree_labels.append(draw.textbbox(xy, text, font=small, anchor="lb"))
        value += step
    value = math.ceil(west / step) * step
    while value <= east:
        x, _ = project(lat, value)
        draw.line([(x, frame[1]), (x, frame[3])], fill=GRID)
        if x > frame[0] + 50:
            text = _degrees(value, "E", "W")
            draw.text((x + 4, frame[3] - 6), text, fill=MUTED, font=small, anchor="lb")
        value += step
    # A scale bar in the lower right corner.
    per_km = scale / 111.32
    lengths = (2000, 1000, 500, 200, 100, 50, 20, 10, 5)
    length = next((km for km in lengths if km * per_km <= 170), 5)
    x1, y = frame[2] - 24, frame[3] - 30
    x0 = x1 - length * per_km
    draw.line([(x0, y), (x1, y)], fill=INK, width=3)
    for x in (x0, x1):
        draw.line([(x, y - 7), (x, y + 7)], fill=INK, width=3)
    draw.text(
        ((x0 + x1) / 2, y - 10), f"{length} km", fill=INK, font=small, anchor="mb"
    )
    taken = [*degree_labels, (x0 - 4, y - 30, x1 + 4, frame[3])]
    inner = (frame[0] + 4, frame[1] + 4, frame[2] - 4, frame[3] - 22)
    px, py = project(lat, lon)
    taken.append((px - 14, py - 14, px + 14, py + 14))
    for _, clat, clon in neighbours:
        x, y = project(clat, clon)
        taken.append((x - 7, y - 7, x + 7, y + 7))
    # A city so close that its dot would hide under the place's own is
    # drawn as a ring beneath it, its name set beside.
    close = reference and reference[0] not in {cname for cname, *_ in neighbours}
    if close:
        rx, ry = project(reference[1], reference[2])
        draw.ellipse([rx - 7, ry - 7, rx + 7, ry + 7], outline=INK, width=3)
    label = sans(24, bold=True)
    spot = _place_label(draw, px, py, 13, name, label, inner, taken)
    draw.ellipse(
        [px - 13, py - 13, px + 13, py + 13], fill=PAPER, outline=ACCENT, width=3
    )
    draw.ellipse([px - 8, py - 8, px + 8, py + 8], fill=ACCENT)
    if spot:
        draw.text(spot[0], name, fill=ACCENT, font=label, anchor=spot[1])
        taken.append(spot[2])
    font = sans(19)
    if close:
        spot = _place_label(draw, rx, ry, 16, reference[0], font, inner, taken)
        if spot:
            draw.text(spot[0], reference[0], fill=INK, font=font, anchor=spot[1])
            taken.append(spot[2])
    for cname, clat, clon in neighbours:
        x, y = project(clat, clon)
        draw.ellipse([x - 6, y - 6, x + 6, y + 6], fill=INK)
        spot = _place_label(draw, x, y, 6, cname, font, inner, taken)
        if spot:
            draw.text(spot[0], cname, fill=INK, font=font, anchor=spot[1])
            taken.append(spot[2])
    # The other cities of the table in view, in grey, named where there is room.
    shown = {cname for cname, *_ in neighbours}
    others = 0
    faint = sans(15)
    for cname, clat, clon, _ in CITIES:
        x, y = project(clat, clon)
        distance = _distance_km(lat, lon, clat, clon)
        if cname in shown or _same_place(cname, name, distance):
            continue
        if not (inner[0] + 8 < x < inner[2] - 8 and inner[1] + 8 < y < inner[3] - 8):
            continue
        dot = (x - 4, y - 4, x + 4, y + 4)
        if _overlaps(dot, taken):
            continue
        draw.ellipse(dot, fill=MUTED)
        taken.append(dot)
        others += 1
        spot = _place_label(draw, x, y, 4, cname, faint, inner, taken)
        if spot and not _overlaps(spot[2], taken):
            draw.text(spot[0], cname, fill=MUTED, font=faint, anchor=spot[1])
            taken.append(spot[2])
    return image, [cname for cname, *_ in neighbours], step, others


def _degrees(value: float, positive: str, negative: str) -> str:
    return f"{abs(value):g}°{positive if value >= 0 else negative}"


def _listed(names: list[str]) -> str:
    if len(names) < 2:
        return "".join(names) or "no other city"
    return ", ".join(names[:-1]) + " and " + names[-1]


def _map_entry(
    heading: str,
    name: str,
    lat: float,
    lon: float,
    subject: str,
    country: str,
    about: str,
) -> EntryDrawing:
    """A locator map of ``name`` with its caption and alt text."""
    where, reference = _whereabouts(name, lat, lon, country)
    image, shown, step, others = _locator_map(
        heading, name, lat, lon, subject, reference
    )
    caption = f"Locator map: {name}" + (f", {where}" if where else "")
    alt = (
        f"{about}: a red dot marks {name} on a grid of latitude and longitude "
        f"lines {step:g}° apart, with {_listed(shown)} marked in black for "
        "reference" + (" and other cities in grey" if others else "")
    )
    if where.startswith("capital"):
        alt += f". {name} is the {where}."
    elif where:
        alt += f"; {name} lies {where}."
    else:
        alt += "."
    return EntryDrawing(flat_png(image), alt, caption)


def place_map(spec: dict) -> EntryDrawing | None:
    """A locator map for a place entry, or None if it has no coordinates."""
    lat, lon = spec.get("latitude"), spec.get("longitude")
    if lat is None or lon is None:
        return None
    title = spec["title"]
    return _map_entry(
        title,
        title,
        float(lat),
        float(lon),
        "Locator map",
        spec.get("country_then") or "",
        f"Locator map of {title}",
    )


def event_map(
    spec: dict, places: dict[str, tuple[float, float]] | None
) -> EntryDrawing | None:
    """A locator map of the place an event entry names, found in ``places``
    or in the city table; None if it names none that is known."""
    place = spec.get("place") or ""
    if not place:
        return None
    where = (places or {}).get(place)
    if where is None:
        where = next(
            ((clat, clon) for name, clat, clon, _ in CITIES if name == place), None
        )
    if where is None:
        return None
    title = spec["title"]
    return _map_entry(
        title,
        place,
        float(where[0]),
        float(where[1]),
        f"Locator map: {place}",
        "",
        f"Locator map for “{title}”",
    )
