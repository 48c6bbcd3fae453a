"""A machine named by its number alone ("the 109", "109s") or by its maker's
name in the plural ("the Heinkels", "thirty Fokkers", "na fokkerech").

Writers about aircraft drop the maker's letters once the type is known: "Rata
vs 109 in Spain", "the early 109s", "an early 109 in this scale". A number is
mostly a number, though ("109 aircraft", "p. 109", "He 111"), so a bare
designation number is taken for the machine only where the words say it is a
thing: written in the plural or possessive ("109s", "109's"), or after a word
that goes before a noun ("the", "an early", "vs"), and not before a plural
noun it would count ("the 109 pilots"). Only numbers of three digits or more,
each the number of one machine's designation: "38" or "35" is too often a
year or a count. English only: Czech writes the maker's letters ("Bf 109").

A maker's name in the plural is its machines: "the Heinkels got
slaughtered" means the He 51s the passage speaks of. It is taken for the one
machine of that maker the passage names, or the only one the encyclopedia
has ("Fokkers" for the Fokker D.XIII); for nothing where that leaves several.

Pure Python; the gazetteer feeds it the spellings of its machines.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from operator import itemgetter

from .cues import NUMBER_BEFORE
from .writing import word_after, word_before

#: A designation's spelling, folded, that ends in its number: "bf 109", "b-534".
_DESIGNATION = re.compile(r"^[a-z]{1,4}[ .-]?(\d{3,})$")
#: A machine's spelling as a maker's name and a designation of letters and a
#: number: "Heinkel He 51", "Fokker D.XIII" (not "Light pillbox vz. 37",
#: "Medium Mark A Whippet", "Marder III").
_MAKER_AND_TYPE = re.compile(
    r"^([A-Z][^\W\d_]{3,}) (?:[A-Z][A-Za-z]*[ .-]?\d[\w./-]*|[A-Z]\.[IVXL]+)$"
)
#: A word in the plural: "Heinkels", "fokkers".
_PLURAL_WORD = re.compile(r"\b([^\W\d_]{4,})(s)\b")
#: A Czech noun made of a maker's name, in the plural or, in lower case, any
#: case: "Fokkery", "fokkerech", "heinkelu", "messerschmitty".
_CZECH_PLURAL_WORD = re.compile(r"\b([^\W\d_]{4,}?)(|u|a|em|y|ů|ům|ech|ích|ami)\b")
_CZECH_PLURAL_ENDINGS = frozenset("y ů ům ech ích ami".split())
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
    that names its machine, outside the spans already ``taken`` (in order of
    position)."""
    for found in _NUMBER.finditer(text):
        entry = numbers.get(found.group(1))
        if entry is None:
            continue
        start, end = found.span()
        if _overlaps(taken, start, end):
            continue
        if found.group(2):  # "109s", "the 109's guns"
            yield start, end, entry
            continue
        before = word_before(text, start)[0].lower()
        after = word_after(text, end)
        if before in NUMBER_BEFORE and not (after.endswith("s") and after.islower()):
            yield start, end, entry


def maker_and_type(spelling: str) -> bool:
    """Whether a machine's spelling, as written, is a maker's name and a
    designation: "Heinkel He 51", "Fokker D.XIII"; not "Light pillbox vz.
    37", nor "Junkers Ju 52" (a plural already)."""
    match = _MAKER_AND_TYPE.match(spelling)
    return match is not None and not match.group(1).endswith("s")


def makers(spellings: Iterable[tuple[str, int]]) -> dict[str, tuple[int, ...]]:
    """Each maker's name, lower-cased, and its machines, from the machines'
    spellings that :func:`maker_and_type`: ("Heinkel He 51", entry) gives
    "heinkel"."""
    found: dict[str, set[int]] = {}
    for spelling, entry in spellings:
        maker = spelling.partition(" ")[0].lower()
        found.setdefault(maker, set()).add(entry)
    return {maker: tuple(entries) for maker, entries in found.items()}


def makers_machines(
    text: str,
    machines: dict[str, tuple[int, ...]],
    linked: set[int],
    taken: list[tuple[int, int]],
    *,
    english: bool,
) -> Iterable[tuple[int, int, int]]:
    """The (start, end, entry) of each maker's name in the plural in
    ``text`` ("Heinkels"; in Czech, which writes a machine as a common noun,
    also in lower case in any case, "na fokkerech", "heinkel") that names
    one machine: the maker's only one, or the only one of the maker's the
    text has ``linked``."""
    plural = _PLURAL_WORD if english else _CZECH_PLURAL_WORD
    for found in plural.finditer(text):
        entries = machines.get(found.group(1).lower())
        if entries is None:
            continue
        if (
            not english
            and found.group(1)[0].isupper()
            and found.group(2) not in _CZECH_PLURAL_ENDINGS
        ):
            continue  # "u Heinkelu", "Willyho Messerschmitta": the firm, the man
        meant = entries if len(entries) == 1 else linked.intersection(entries)
        start, end = found.span()
        if len(meant) == 1 and not _overlaps(taken, start, end):
            yield start, end, next(iter(meant))


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` overlaps one of the ``taken`` spans, which are in
    order of position and do not overlap each other."""
    index = bisect_right(taken, start, key=itemgetter(0))
    return (index > 0 and taken[index - 1][1] > start) or (
        index < len(taken) and taken[index][0] < end
    )
