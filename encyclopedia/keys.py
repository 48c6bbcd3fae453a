"""The keys a name is searched by, and the text as they are searched in.

Names and texts are folded the same way (:mod:`.folding`); a name's keys are
its folded spelling with one space between words, and, for a designation,
the forms without the space between letters and digits ("T 28", "T28"). A
text's runs of spaces are squeezed to one, keeping what maps each offset
back to the text as written. Pure Python.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate, product, repeat
from operator import add

from .folding import fold

_SPACE_RUN_SPLIT = re.compile(r"( {2,})")
_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_]) (?=\d)|(?<=\d) (?=[^\W\d_])")
# A designation may be written with or without the space between its letters and
# digits; names with more such places than this keep the written forms only.
_MAX_JOINABLE = 3


def name_keys(text: str) -> set[str]:
    """Return the folded forms under which a spelling is searched.

    "T-28" gives "t 28" and "t28"; "Junkers F 13" gives "junkers f 13" and
    "junkers f13".
    """
    base = " ".join(fold(text).split())
    if not base:
        return set()
    keys = {base}
    gaps = [match.start() for match in _LETTER_DIGIT.finditer(base)]
    if 0 < len(gaps) <= _MAX_JOINABLE:
        for keep in product((True, False), repeat=len(gaps)):
            chars = list(base)
            for position, kept in zip(gaps, keep, strict=True):
                if not kept:
                    chars[position] = ""
            keys.add("".join(chars))
    return keys


def searchable_text(names: Iterable[str]) -> str:
    """Return every searchable form of the names, folded, for a search index.

    Indexing "T-28" as "t 28 t28" and "Lützow" as "lutzow" lets a search for what
    people type ("T28", "Lutzow") find what the text spells otherwise.
    """
    keys: set[str] = set()
    for name in names:
        keys |= name_keys(name)
    return " ".join(sorted(keys))


def squeeze(folded: str) -> tuple[str, list[int], list[int]]:
    """Squeeze runs of spaces, keeping what is needed to map offsets back.

    Return the squeezed text and, for each piece between runs, where it starts
    in the squeezed text and in the original. Everything runs in C (split, map,
    accumulate): prose has a run after nearly every comma.
    """
    parts = _SPACE_RUN_SPLIT.split(folded)
    if len(parts) == 1:
        return folded, [0], [0]
    pieces, runs = parts[0::2], parts[1::2]
    lengths = list(map(len, pieces))
    squeezed_starts = [0, *accumulate(map(add, lengths[:-1], repeat(1)))]
    original_starts = [0, *accumulate(map(add, lengths[:-1], map(len, runs)))]
    return " ".join(pieces), squeezed_starts, original_starts


def original_offset(
    position: int, squeezed_starts: list[int], original_starts: list[int]
) -> int:
    """The offset in the text as written of ``position`` in the squeezed
    text, from the starts :func:`squeeze` returned."""
    piece = bisect_right(squeezed_starts, position) - 1
    return original_starts[piece] + position - squeezed_starts[piece]
