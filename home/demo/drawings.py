"""Pictures for the demo content, drawn here so that nothing is fetched."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

PAPER = (244, 241, 234)
INK = (28, 31, 35)
ACCENT = (122, 46, 18)
RIVER = (70, 110, 160)
MUTED = (110, 116, 122)

# (name, latitude, longitude) of the places the demo articles speak of.
MAP_PLACES = [
    ("Berlin", 52.52, 13.40),
    ("Moscow", 55.76, 37.62),
    ("Leningrad", 59.94, 30.31),
    ("Lipetsk", 52.61, 39.60),
    ("Voronezh", 51.67, 39.18),
    ("Kazan", 55.79, 49.12),
    ("Volsk", 52.05, 47.38),
]
MAP_SITES = {"Lipetsk", "Kazan", "Volsk"}

TIMELINE_BARS = [
    ("Sondergruppe R", 1921, 1933),
    ("Junkers at Fili", 1922, 1927),
    ("Lipetsk flying school", 1925, 1933),
    ("Tomka gas range", 1928, 1933),
    ("Kama tank school", 1929, 1933),
]


def _font(size: int) -> ImageFont.ImageFont:
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


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
    label = _font(26)
    for name, lat, lon in MAP_PLACES:
        x, y = project(lat, lon)
        radius = 11 if name in MAP_SITES else 7
        colour = ACCENT if name in MAP_SITES else INK
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=colour)
        draw.text((x + radius + 6, y - 16), name, fill=colour, font=label)
    draw.text((20, height - 44), "Sketch map, not to scale", fill=MUTED, font=_font(20))
    return _png(image)


def draw_timeline(width: int = 1200, height: int = 560) -> bytes:
    """Draw the years each part of the cooperation was active, 1921 to 1933."""
    image = Image.new("RGB", (width, height), PAPER)
    draw = ImageDraw.Draw(image)
    first, last = 1921, 1934
    left, right, top = 330, width - 40, 60
    row = (height - top - 80) // len(TIMELINE_BARS)
    year_font, label_font = _font(20), _font(24)

    def x_of(year: float) -> float:
        return left + (year - first) / (last - first) * (right - left)

    for year in range(first, last + 1):
        x = x_of(year)
        draw.line([(x, top - 10), (x, height - 70)], fill=(214, 208, 196))
        if year < last:
            draw.text((x + 4, height - 60), str(year)[2:], fill=MUTED, font=year_font)
    for index, (name, start, end) in enumerate(TIMELINE_BARS):
        y = top + index * row + row // 4
        draw.text((20, y + 4), name, fill=INK, font=label_font)
        draw.rectangle([x_of(start), y, x_of(end + 1), y + row // 2], fill=ACCENT)
    return _png(image)


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
        font=_font(26),
    )
    return _png(image)


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
        font=_font(26),
    )
    return _png(image)


DRAWINGS = {
    "map": ("Sketch map: Lipetsk, Kazan and Volsk", draw_map),
    "timeline": ("Timeline of the cooperation, 1921-1933", draw_timeline),
    "tank": ("Heavy tank prototype (drawing)", draw_tank),
    "aircraft": ("Biplane fighter (drawing)", draw_aircraft),
}
