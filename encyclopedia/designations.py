"""A machine named by the number of its designation alone: "the 109", "109s".

Writers about aircraft drop the maker's letters once the type is known: "Rata
vs 109 in Spain", "the early 109s", "an early 109 in this scale". A number is
mostly a number, though ("109 aircraft", "p. 109", "He 111"), so a bare
designation number is taken for the machine only where the words say it is a
thing: written in the plural or possessive ("109s", "109's"), or after a word
that goes before a noun ("the", "an early", "vs"), and not before a plural
noun it would count ("the 109 pilots"). Only numbers of three digits or more,
each the number of one machine's designation: "38" or "35" is too often a
year or a count. English only: Czech writes the maker's letters ("Bf 109").

Pure Python; the gazetteer feeds it the spellings of its machines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .cues import NUMBER_BEFORE
from .writing import word_after, word_before

#: A designation's spelling, folded, that ends in its number: "bf 109", "b-534".
_DESIGNATION = re.compile(r"^[a-z]{1,4}[ .-]?(\d{3,})$")
#: A bare number in text, with a plural or possessive ending.
_NUMBER = re.compile(r"(?<![\w.,/#-])(\d{3,})(s|'s|’s)?(?![\w/-]|[.,]\d)")


def designation_numbers(spellings: Iterable[tuple[str, int]]) -> dict[str, int]:
    """Each number that ends the designation of one machine only, from its
    folded spellings: ("bf 109", entry) gives "109" -> entry."""
    found: dict[str, set[int]] = {}
    for key, entry in spellings:
        if (match := _DESIGNATION.match(key)) is not None:
            found.setdefault(match.group(1), set()).add(entry)
    return {
        number: entries.pop() for number, entries in found.items() if len(entries) == 1
    }


def numbered_machines(
    text: str, numbers: dict[str, int], taken: list[tuple[int, int]]
) -> Iterable[tuple[int, int, int]]:
    """The (start, end, entry) of each bare designation number in ``text``
    that names its machine, outside the spans already ``taken``."""
    for found in _NUMBER.finditer(text):
        entry = numbers.get(found.group(1))
        if entry is None:
            continue
        start, end = found.span()
        if any(start < stop and begin < end for begin, stop in taken):
            continue
        if found.group(2):  # "109s", "the 109's guns"
            yield start, end, entry
            continue
        before = word_before(text, start)[0].lower()
        after = word_after(text, end)
        if before in NUMBER_BEFORE and not (after.endswith("s") and after.islower()):
            yield start, end, entry
