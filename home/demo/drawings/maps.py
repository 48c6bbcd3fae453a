"""The article sketch maps: the cooperation's sites in the 1920s,
Czechoslovakia in 1938, Spain in the civil war and the Khalkhin Gol battlefield.

Their outlines and cities are in :mod:`.outlines`; an entry's locator map is
drawn by :mod:`.locators`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PIL import Image, ImageDraw

from .canvas import (
    ACCENT,
    INK,
    LAND,
    MUTED,
    PAPER,
    RIVER,
    Colour,
    Point,
    arrow,
    dashed,
    flat_png,
    legend_rows,
    png,
    sans,
)
from .outlines import (
    BALEARICS,
    CZECH_CITIES,
    CZECH_FORTIFICATIONS,
    CZECHOSLOVAKIA_1938,
    FRANCE_SOUTH,
    MAP_PLACES,
    MAP_SITES,
    NORTH_AFRICA,
    PORTUGAL,
    SPAIN,
    SPANISH_CITIES,
)

Projection = Callable[[float, float], Point]
Box = tuple[float, float, float, float]

SEA = (219, 229, 238)
NEIGHBOUR = (233, 229, 220)
# The colours the border stretches ceded in the autumn of 1938 are shaded in.
CEDED_TO_GERMANY = (226, 205, 192)
CEDED_TO_POLAND = (222, 214, 190)
CEDED_TO_HUNGARY = (210, 214, 218)


def _projection(
    west: float, east: float, south: float, north: float, box: Box
) -> Projection:
    """An equirectangular projection of a lon/lat window into a pixel box,
    with the longitudes shortened by the cosine of the middle latitude."""
    left, top, right, bottom = box
    shrink = math.cos(math.radians((south + north) / 2))
    scale = min(
        (right - left) / ((east - west) * shrink), (bottom - top) / (north - south)
    )
    x0 = (left + right) / 2 - (east - west) * shrink * scale / 2
    y0 = (top + bottom) / 2 - (north - south) * scale / 2

    def project(lat: float, lon: float) -> tuple[float, float]:
        return x0 + (lon - west) * shrink * scale, y0 + (north - lat) * scale

    return project


def _graticule(
    draw: ImageDraw.ImageDraw,
    project: Projection,
    west: float,
    east: float,
    south: float,
    north: float,
    steps: tuple[float, float],
    box: Box,
) -> None:
    """Parallels and meridians, their degrees written outside the box."""
    left, top, right, bottom = box
    small = sans(15)
    lat_step, lon_step = steps
    lat = math.ceil(south / lat_step) * lat_step
    while lat <= north:
        _, y = project(lat, west)
        if top < y < bottom:
            draw.line([(left, y), (right, y)], fill=(222, 216, 204))
            draw.text((left - 6, y), f"{lat:g}°N", fill=MUTED, font=small, anchor="rm")
        lat += lat_step
    lon = math.ceil(west / lon_step) * lon_step
    while lon <= east:
        x, _ = project(south, lon)
        if left < x < right:
            draw.line([(x, top), (x, bottom)], fill=(222, 216, 204))
            side = "E" if lon >= 0 else "W"
            text = f"{abs(lon):g}°{side}"
            draw.text((x, bottom + 6), text, fill=MUTED, font=small, anchor="mt")
        lon += lon_step


def _band(
    image: Image.Image,
    outline: Sequence[Point],
    stretch: Sequence[Point],
    colour: Colour,
    width: int,
) -> None:
    """Shade a band along a stretch of a border, inside the outline only."""
    mask = Image.new("L", image.size, 0)
    ImageDraw.Draw(mask).polygon(outline, fill=255)
    band = Image.new("L", image.size, 0)
    ImageDraw.Draw(band).line(stretch, fill=255, width=width, joint="curve")
    inside = Image.new("L", image.size, 0)
    inside.paste(band, mask=mask)
    image.paste(colour, mask=inside)


def draw_map(width: int = 1200, height: int = 700) -> bytes:
    """Draw a sketch map of the cooperation's sites on an equirectangular grid."""
    image = Image.new("RGB", (width, height), PAPER)
    draw = ImageDraw.Draw(image)
    west, east, south, north = 10.0, 53.0, 48.0, 62.0

    def project(lat: float, lon: float) -> tuple[float, float]:
        x = (lon - west) / (east - west) * width
        y = (north - lat) / (north - south) * height
        return x, y

    for lon in range(10, 54, 5):
        x, _ = project(north, lon)
        draw.line([(x, 0), (x, height)], fill=(222, 216, 204), width=1)
    for lat in range(48, 63, 2):
        _, y = project(lat, west)
        draw.line([(0, y), (width, y)], fill=(222, 216, 204), width=1)
    volga = [
        (57.6, 39.9),
        (56.3, 44.0),
        (55.8, 48.7),
        (53.2, 50.1),
        (52.0, 47.4),
        (51.5, 46.0),
    ]
    draw.line([project(lat, lon) for lat, lon in volga], fill=RIVER, width=4)
    label = sans(26)
    for name, lat, lon in MAP_PLACES:
        x, y = project(lat, lon)
        radius = 11 if name in MAP_SITES else 7
        colour = ACCENT if name in MAP_SITES else INK
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=colour)
        draw.text((x + radius + 6, y - 16), name, fill=colour, font=label)
    draw.text((20, height - 44), "Sketch map, not to scale", fill=MUTED, font=sans(20))
    return png(image)


def draw_czechoslovakia_map(width: int = 1200, height: int = 700) -> bytes:
    """Draw Czechoslovakia in 1938: its cities, fortifications and lost borderlands."""
    image = Image.new("RGB", (width, height), PAPER)
    draw = ImageDraw.Draw(image)
    west, east, south, north = 11.6, 25.0, 47.35, 51.35
    box = (70, 70, width - 30, 540)
    project = _projection(west, east, south, north, box)
    _graticule(draw, project, west, east, south, north, (1, 2), box)
    outline = [project(lat, lon) for lat, lon in CZECHOSLOVAKIA_1938]
    draw.polygon(outline, fill=LAND)
    index = {point: n for n, point in enumerate(CZECHOSLOVAKIA_1938)}
    dyje, hlucin = index[(48.62, 16.94)], index[(50.00, 18.10)]
    to_germany = outline[dyje:] + outline[: hlucin + 1]
    bohumin, jablunkov = index[(49.90, 18.35)], index[(49.52, 18.80)]
    to_poland = outline[bohumin : jablunkov + 1]
    komarno, tisza = index[(47.76, 18.13)], index[(48.00, 23.00)]
    to_hungary = [*outline[tisza : komarno + 1], project(48.0, 17.45)]
    _band(image, outline, to_germany, CEDED_TO_GERMANY, 64)
    _band(image, outline, to_poland, CEDED_TO_POLAND, 40)
    _band(image, outline, to_hungary, CEDED_TO_HUNGARY, 60)
    draw.line([*outline, outline[0]], fill=INK, width=3, joint="curve")
    for line in CZECH_FORTIFICATIONS:
        dashed(draw, [project(lat, lon) for lat, lon in line], ACCENT, 5)
    country = sans(22)
    for name, lat, lon in [
        ("GERMANY", 51.15, 12.9),
        ("POLAND", 50.75, 19.6),
        ("GERMANY (AUSTRIA)", 47.95, 15.0),
        ("HUNGARY", 47.6, 20.6),
        ("ROMANIA", 47.55, 23.8),
    ]:
        draw.text(project(lat, lon), name, fill=MUTED, font=country, anchor="mm")
    label = sans(24)
    for name, lat, lon, anchor, (dx, dy) in CZECH_CITIES:
        x, y = project(lat, lon)
        draw.ellipse([x - 8, y - 8, x + 8, y + 8], fill=INK)
        draw.text((x + dx, y + dy), name, fill=INK, font=label, anchor=anchor)
    draw.text(
        (30, 22), "Czechoslovakia in September 1938", fill=INK, font=sans(28, bold=True)
    )
    legend_rows(
        draw,
        40,
        575,
        [
            ("dash", ACCENT, "Border fortifications, 1935-1938"),
            ("box", CEDED_TO_GERMANY, "Ceded to Germany, October 1938"),
            ("box", CEDED_TO_POLAND, "Ceded to Poland, October 1938"),
        ],
        sans(20),
    )
    legend_rows(
        draw,
        560,
        575,
        [("box", CEDED_TO_HUNGARY, "Ceded to Hungary, November 1938")],
        sans(20),
    )
    draw.text(
        (width - 30, height - 24),
        "Sketch map, not to scale",
        fill=MUTED,
        font=sans(20),
        anchor="rb",
    )
    return flat_png(image)


def draw_spain_map(width: int = 1200, height: int = 700) -> bytes:
    """Draw Spain in the civil war with the five places the articles speak of."""
    image = Image.new("RGB", (width, height), PAPER)
    draw = ImageDraw.Draw(image)
    west, east, south, north = -9.9, 4.7, 34.6, 44.4
    project = _projection(west, east, south, north, (70, 20, 840, height - 40))
    left, top = project(north, west)
    right, bottom = project(south, east)
    box = (left, top, right, bottom)
    draw.rectangle(box, fill=SEA)
    _graticule(draw, project, west, east, south, north, (2, 2), box)
    for shape, colour in [
        (FRANCE_SOUTH, NEIGHBOUR),
        (NORTH_AFRICA, NEIGHBOUR),
        (SPAIN, LAND),
        (PORTUGAL, NEIGHBOUR),
        *[(island, LAND) for island in BALEARICS],
    ]:
        points = [project(lat, lon) for lat, lon in shape]
        draw.polygon(points, fill=colour, outline=MUTED)
    spain = [project(lat, lon) for lat, lon in SPAIN]
    draw.line([*spain, spain[0]], fill=INK, width=3, joint="curve")
    draw.rectangle(box, outline=MUTED)
    names = sans(18)
    for name, lat, lon in [
        ("FRANCE", 43.95, 1.6),
        ("PORTUGAL", 40.75, -7.85),
        ("SPANISH MOROCCO", 34.95, -3.9),
    ]:
        draw.text(project(lat, lon), name, fill=MUTED, font=names, anchor="mm")
    for name, lat, lon in [
        ("Atlantic Ocean", 36.2, -8.2),
        ("Bay of Biscay", 44.05, -5.2),
        ("Mediterranean Sea", 37.3, 1.6),
    ]:
        draw.text(project(lat, lon), name, fill=RIVER, font=names, anchor="mm")
    label = sans(24)
    for name, lat, lon, marked, anchor, (dx, dy) in SPANISH_CITIES:
        x, y = project(lat, lon)
        radius, colour = (11, ACCENT) if marked else (8, INK)
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=colour)
        draw.text((x + dx, y + dy), name, fill=colour, font=label, anchor=anchor)
    text_x = 870
    draw.text((text_x, 40), "Spain, 1936-1939", fill=INK, font=sans(28, bold=True))
    notes = sans(19)
    for n, line in enumerate(
        [
            "Madrid: besieged from",
            "November 1936 to March 1939",
            "",
            "Guernica: bombed by the",
            "Legion Condor, 26 April 1937",
            "",
            "Teruel: fought over from",
            "December 1937 to",
            "February 1938",
        ]
    ):
        draw.text((text_x, 100 + n * 28), line, fill=INK, font=notes)
    legend_rows(
        draw,
        text_x,
        400,
        [("dot", ACCENT, "Bombed or fought over"), ("dot", INK, "Other cities")],
        notes,
    )
    draw.text(
        (text_x, height - 44), "Sketch map, not to scale", fill=MUTED, font=sans(20)
    )
    return flat_png(image)


def draw_khalkhin_gol_map(width: int = 1200, height: int = 700) -> bytes:
    """Draw the Khalkhin Gol battlefield and the encirclement of August 1939."""
    image = Image.new("RGB", (width, height), PAPER)
    draw = ImageDraw.Draw(image)
    steppe = (236, 231, 219)
    draw.rectangle([0, 70, width, height], fill=steppe)
    river = [
        (470, 70),
        (455, 140),
        (480, 210),
        (460, 280),
        (490, 345),
        (470, 420),
        (500, 490),
        (485, 560),
        (520, 630),
        (540, height),
    ]
    tributary = [(width, 300), (900, 330), (760, 320), (640, 345), (488, 350)]
    border = [(790, 70), (805, 200), (830, 330), (815, 460), (830, 600), (840, height)]
    dashed(draw, border, MUTED, 3, dash=14, gap=10)
    draw.line(river, fill=RIVER, width=9, joint="curve")
    draw.line(tributary, fill=RIVER, width=6, joint="curve")
    # Japanese positions east of the river, and the Soviet-Mongolian bridgehead
    # on its eastern bank; the main Soviet-Mongolian forces on the western one.
    hatch, stroke = (204, 196, 186), (170, 160, 150)
    for box in [(560, 160, 700, 250), (590, 270, 740, 310), (580, 380, 720, 480)]:
        draw.rectangle(box, fill=hatch)
        for x in range(box[0] + 12, box[2], 16):
            draw.line([(x, box[1] + 2), (x - 10, box[3] - 2)], fill=stroke, width=2)
        draw.rectangle(box, outline=INK, width=2)
    bridgehead = [
        (495, 150),
        (545, 140),
        (550, 260),
        (560, 345),
        (555, 500),
        (500, 510),
    ]
    draw.polygon(bridgehead, fill=(214, 180, 165), outline=ACCENT)
    tag = Image.new("RGBA", (200, 30), (0, 0, 0, 0))
    ImageDraw.Draw(tag).text(
        (100, 15), "Bridgehead", fill=INK, font=sans(18), anchor="mm"
    )
    tag = tag.rotate(90, expand=True)
    image.paste(tag, (523 - 15, 430 - 100), tag)
    for box in [(330, 120, 420, 170), (340, 300, 430, 350), (350, 470, 440, 520)]:
        draw.rectangle(box, fill=ACCENT, outline=INK, width=2)
    # The encirclement: northern and southern groups, the centre holding.
    north_arrow = [(420, 110), (520, 95), (700, 110), (810, 185), (838, 288)]
    south_arrow = [(440, 530), (540, 580), (720, 560), (835, 480), (850, 398)]
    arrow(draw, north_arrow, ACCENT, 12)
    arrow(draw, south_arrow, ACCENT, 12)
    arrow(draw, [(560, 330), (600, 330)], ACCENT, 10, head=22)
    label, small = sans(22), sans(18)
    draw.ellipse([822, 320, 836, 334], fill=INK)
    draw.text((846, 338), "Nomonhan", fill=INK, font=label, anchor="lt")
    draw.text((548, 660), "Khalkhin Gol", fill=RIVER, font=label, anchor="lm")
    draw.text((960, 295), "Khailastyn Gol", fill=RIVER, font=small, anchor="mb")
    draw.text((180, 300), "MONGOLIA", fill=MUTED, font=sans(26), anchor="mm")
    draw.text((1040, 440), "MANCHUKUO", fill=MUTED, font=sans(26), anchor="mm")
    draw.text((318, 145), "Bain-Tsagan", fill=INK, font=small, anchor="rm")
    draw.text((650, 236), "Japanese", fill=INK, font=small, anchor="mm")
    draw.text((650, 464), "23rd Division", fill=INK, font=small, anchor="mm")
    draw.text((600, 88), "Northern group", fill=ACCENT, font=small, anchor="mb")
    draw.text((640, 600), "Southern group", fill=ACCENT, font=small, anchor="mt")
    draw.text((845, 120), "Border claimed", fill=MUTED, font=small)
    draw.text((845, 142), "by Mongolia", fill=MUTED, font=small)
    draw.text(
        (30, 22), "Khalkhin Gol, 20-31 August 1939", fill=INK, font=sans(28, bold=True)
    )
    legend_rows(
        draw,
        30,
        560,
        [
            ("box", ACCENT, "Soviet-Mongolian positions"),
            ("box", hatch, "Japanese positions"),
            ("arrow", ACCENT, "Soviet-Mongolian attacks"),
        ],
        sans(18),
    )
    draw.text(
        (width - 30, height - 24),
        "Sketch map, not to scale",
        fill=MUTED,
        font=sans(20),
        anchor="rb",
    )
    return flat_png(image)
