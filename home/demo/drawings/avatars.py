"""A contributor's avatar: a round disc with their initials."""

from __future__ import annotations

import unicodedata

from PIL import Image, ImageDraw

from .canvas import PAPER, TONES, fitting_font, png, stable_index


def _avatar_initials(name: str) -> str:
    words = [
        word for word in unicodedata.normalize("NFC", name).split() if word[0].isalpha()
    ]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:2].upper()
    return (words[0][0] + words[-1][0]).upper()


def draw_avatar(name: str, size: int = 256) -> bytes:
    """A round avatar with the initials of ``name`` on a tone chosen by its hash."""
    tone, _ = TONES[stable_index(name, len(TONES))]
    # Drawn at four times the size and scaled down, as Pillow draws circles
    # and letters without smoothing their edges.
    big = size * 4
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse([0, 0, big - 1, big - 1], fill=(*tone, 255))
    initials = _avatar_initials(name)
    font = fitting_font(draw, initials, big * 0.62, int(big * 0.4), bold=True)
    draw.text((big / 2, big / 2), initials, fill=(*PAPER, 255), font=font, anchor="mm")
    image = image.resize((size, size), Image.Resampling.LANCZOS)
    return png(image)
