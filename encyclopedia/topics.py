"""What a text is about, told from the words of the entries' summaries.

When two entries share a name ("Kama", the river and the tank school) and the
words right beside it do not decide, the rest of the passage usually does: a
text about dams, Perm and the Volga means the river; one about tanks, the
Reichswehr and instructors means the school. Each entry that shares a name
keeps the stems of its summary's words that the other entries of the name do
not have; the passage's stems vote. Pure Python, no Django.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

#: Words too common to say anything of a topic, in English and Czech.
_COMMON = frozenset(
    """that this with from were which their there been have into when where
    while after before about also only other they them then than some most
    more over under until since year years later first last between during
    though through would could still such many each each both what while
    jako které který která jejich jeho její byla bylo byly jsou před mezi
    přes podle kde když také ještě roce letech první dnes""".split()
)
_WORD = re.compile(r"[^\W\d_]{4,}")
#: How far on either side of a name the passage's words are read, in characters.
WINDOW = 400


def stem(word: str) -> str:
    """A crude stem that meets a word's inflected forms: "Volha" and "Volhy",
    "dams" and "dam" do not, but "přehrady" and "přehradní" do."""
    return word[: min(6, max(4, len(word) - 2))]


def stems(text: str, folded: bool = False) -> set[str]:
    """The stems of a text's words of four letters or more, less common words."""
    lowered = text if folded else text.lower()
    return {stem(word) for word in _WORD.findall(lowered) if word not in _COMMON}


def topics(
    groups: Iterable[tuple[int, ...]], descriptions: Mapping[int, str]
) -> dict[int, frozenset[str]]:
    """For each entry of each group sharing a name, the stems of its
    description that no other entry of the group has."""
    kept: dict[int, frozenset[str]] = {}
    for group in groups:
        bags = {entry: stems(descriptions.get(entry, "")) for entry in group}
        for entry, bag in bags.items():
            others = set().union(*(b for e, b in bags.items() if e != entry))
            kept[entry] = frozenset(bag - others) | kept.get(entry, frozenset())
    return kept


def most_spoken_of(
    text: str,
    start: int,
    end: int,
    candidates: tuple[int, ...],
    topic_stems: Mapping[int, frozenset[str]],
) -> int | None:
    """The candidate whose topic the passage around ``start:end`` speaks of
    most, by at least one word more than any other; else None."""
    around = stems(
        text[max(start - WINDOW, 0) : start] + " " + text[end : end + WINDOW]
    )
    scores = sorted(
        (
            (len(around & topic_stems.get(entry, frozenset())), entry)
            for entry in candidates
        ),
        reverse=True,
    )
    if scores[0][0] > (scores[1][0] if len(scores) > 1 else 0):
        return scores[0][1]
    return None
