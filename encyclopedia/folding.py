"""Case and diacritic folding that keeps offsets: one character for one.

"Lützow" and "Lutzow" both become "lutzow", and a match's offsets in the
folded text are its offsets in the original. Used by the linker and by search.
"""

from __future__ import annotations

import re
import unicodedata


class _FoldTable(dict):
    """A ``str.translate`` table that folds each character to one character.

    Filled on demand: the first time a character is seen its folding is worked
    out and kept, so folding stays a single C-level pass over the text.
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = " "
        if char.isalnum():
            base = unicodedata.normalize("NFKD", char.lower())
            letters = [c for c in base if c.isalnum()]
            folded = letters[0] if letters else char.lower()[:1] or " "
        self[code] = folded
        return folded


_FOLD = _FoldTable()


_ASCII_FOLD = bytes(
    ord(chr(code).lower()) if chr(code).isalnum() else ord(" ") for code in range(128)
) + bytes(128)
_NON_ASCII_RUN = re.compile(r"([^\x00-\x7f]+)")


def fold(text: str) -> str:
    """Return ``text`` case- and diacritic-folded, one character for each character."""
    if text.isascii():
        # Most text is ASCII: bytes.translate is many times faster than a
        # character-by-character lookup.
        return text.encode("ascii").translate(_ASCII_FOLD).decode("ascii")
    return "".join(
        piece.translate(_FOLD) if index % 2 else fold(piece)
        for index, piece in enumerate(_NON_ASCII_RUN.split(text))
    )
