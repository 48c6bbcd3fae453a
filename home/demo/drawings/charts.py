"""The article charts: the years of the cooperation, 1921-1933, and the purge of
the Red Army's high command, 1937-1938."""

from __future__ import annotations

from PIL import Image, ImageDraw

from .canvas import ACCENT, INK, MUTED, PAPER, flat_png, legend_rows, png, sans

# (name, first year, last year) of each part of the cooperation.
TIMELINE_BARS = [
    ("Sondergruppe R", 1921, 1933),
    ("Junkers at Fili", 1922, 1927),
    ("Lipetsk flying school", 1925, 1933),
    ("Tomka gas range", 1928, 1933),
    ("Kama tank school", 1929, 1933),
]

# The purge of the Red Army's high command, 1937-1938, as the figures are most
# often quoted (after Robert Conquest, The Great Terror, 1968, and the Wikipedia
# article "Great Purge"): 3 of the 5 marshals, 13 of the 15 army commanders of
# the first and second rank, 50 of the 57 corps commanders, 154 of the 186
# division commanders, all 16 army commissars and 25 of the 28 corps
# commissars. Other counts differ in detail; the articles' own list, when the
# articles module defines it, is drawn instead.
PURGE_FIGURES = [
    ("Marshals", 5, 3),
    ("Army commanders", 15, 13),
    ("Corps commanders", 57, 50),
    ("Division commanders", 186, 154),
    ("Army commissars", 16, 16),
    ("Corps commissars", 28, 25),
]


def draw_timeline(width: int = 1200, height: int = 560) -> bytes:
    """Draw the years each part of the cooperation was active, 1921 to 1933."""
    image = Image.new("RGB", (width, height), PAPER)
    draw = ImageDraw.Draw(image)
    first, last = 1921, 1934
    left, right, top = 330, width - 40, 60
    row = (height - top - 80) // len(TIMELINE_BARS)
    year_font, label_font = sans(20), sans(24)

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
    return png(image)


def _purge_figures() -> tuple[list[tuple[str, int, int]], dict | None]:
    """The articles' figures and their source when they define them, else ours."""
    try:
        from .. import articles_1930s
    except ImportError:
        return PURGE_FIGURES, None
    figures = getattr(articles_1930s, "PURGE_FIGURES", None)
    if not figures:
        return PURGE_FIGURES, None
    return list(figures), getattr(articles_1930s, "PURGE_FIGURES_SOURCE", None)


def draw_purge_chart(width: int = 1200, height: int = 700) -> bytes:
    """Draw, for each rank of the Red Army, how many of its holders were purged."""
    figures, source = _purge_figures()
    image = Image.new("RGB", (width, height), PAPER)
    draw = ImageDraw.Draw(image)
    draw.text(
        (30, 22),
        "The purge of the Red Army's high command, 1937-1938",
        fill=INK,
        font=sans(28, bold=True),
    )
    left, right, top, bottom = 330, width - 190, 100, height - 110
    row = (bottom - top) / max(len(figures), 1)
    bar = min(row * 0.6, 70)
    label, count = sans(22), sans(20)
    for n, (rank, total, purged) in enumerate(figures):
        y = top + n * row + (row - bar) / 2
        draw.text((left - 16, y + bar / 2), rank, fill=INK, font=label, anchor="rm")
        draw.rectangle([left, y, right, y + bar], fill=(222, 216, 204))
        share = purged / total if total else 0
        draw.rectangle([left, y, left + (right - left) * share, y + bar], fill=ACCENT)
        draw.text(
            (right + 14, y + bar / 2),
            f"{purged} of {total}",
            fill=INK,
            font=count,
            anchor="lm",
        )
    legend = sans(18)
    legend_rows(
        draw, left, height - 90, [("box", ACCENT, "Arrested in the purge")], legend
    )
    legend_rows(
        draw,
        left + 320,
        height - 90,
        [("box", (222, 216, 204), "All holders of the rank")],
        legend,
    )
    note = "Figures as commonly quoted; sources differ in detail."
    if source and source.get("author") and source.get("title"):
        year = f", {source['year']}" if source.get("year") else ""
        note = f"After {source['author']}, {source['title']}{year}. " + note
    draw.text((30, height - 34), note, fill=MUTED, font=sans(16))
    return flat_png(image)
