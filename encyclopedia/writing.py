"""How a text is written: its words, its sentences and their capitals, and
the titles of works it quotes. The linker's rules (:mod:`.context`) read the
text through these. Pure Python, on the text as written."""

from __future__ import annotations

import re
from bisect import bisect_right

from .cues import QUOTE_MARKS, QUOTED, TITLE_CUES

# Not ";": the word after it is capitalised only when it is a name.
_SENTENCE_END = frozenset(".!?:\n")
_OPENERS = frozenset(" \t\r\"'“”„‘’«»()[]–—-")
#: A word: a letter, then letters, digits, dots or hyphens.
WORD = re.compile(r"[^\W\d_][\w.-]*")


def word_after(text: str, end: int) -> str:
    """The word after a space at ``end``, without a full stop; "" if no space
    or no word follows."""
    # After a possessive comes what the name owns: "Heinkel's HD 37".
    if end >= len(text) or text[end] != " ":
        return ""
    match = WORD.match(text, end + 1)
    return match.group().rstrip(".") if match else ""


def word_before(text: str, start: int) -> tuple[str, int]:
    """The word before a space before ``start`` (letters and dots: "Ing."),
    and where it starts; ("", start) if no space comes before."""
    if start < 2 or text[start - 1] != " ":
        return "", start
    word_start = start - 1
    while word_start > 0 and (
        text[word_start - 1].isalpha() or text[word_start - 1] == "."
    ):
        word_start -= 1
    return text[word_start : start - 1], word_start


def quoted_titles(text: str) -> list[tuple[int, int]]:
    """The spans of quoted titles of works: four words or more, written as a
    title is (most words capitalised) or named as one ("the book …")."""
    if not any(mark in text for mark in QUOTE_MARKS):
        return []
    titles = []
    for match in QUOTED.finditer(text):
        words = match.group().strip('"“”„').split()
        if len(words) < 4:
            continue
        capitalised = sum(1 for word in words if word[:1].isupper())
        cue = text[max(match.start() - 30, 0) : match.start()].lower().split()[-2:]
        if capitalised * 2 > len(words) or TITLE_CUES.intersection(cue):
            titles.append(match.span())
    return titles


class WithoutCapitals:
    """Where a text is written without capitals, as forum posts are ("ppl keep
    saying seeckt had secret clauses."): a sentence that opens with a small
    letter, or the whole text when at least half of its sentences do. A
    colon or a line does not end a sentence here ("Požadavky: svoboda
    slova"). Made when a text first needs it; the sentence ends are found in
    one pass and kept as offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends = [found.end() for found in _SENTENCE_ENDS.finditer(text)]
        self._whole: bool | None = None

    def around(self, position: int) -> bool:
        """Whether the text is written without capitals at ``position``."""
        index = bisect_right(self.ends, position)
        if self._opens_small(self.ends[index - 1] if index else 0):
            return True
        if self._whole is None:
            starts = [0, *self.ends]
            small = sum(1 for start in starts if self._opens_small(start))
            self._whole = small * 2 >= len(starts)
        return self._whole

    def _opens_small(self, start: int) -> bool:
        opening = _LETTER.search(self.text, start)
        return opening is not None and opening.group().islower()


_SENTENCE_ENDS = re.compile(r"[.!?]+")
_LETTER = re.compile(r"[^\W\d_]")


def starts_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence: nothing but spaces,
    quotation marks, brackets and dashes after a sentence's end before it."""
    position = start - 1
    while position >= 0 and text[position] in _OPENERS:
        position -= 1
    return position < 0 or text[position] in _SENTENCE_END
