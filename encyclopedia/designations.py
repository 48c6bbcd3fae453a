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

The gazetteer searches these forms with the names, in its one pass over the
text (:func:`maker_forms`, :func:`number_forms`); this module says which of
its finds name a machine. Pure Python.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .cues import NUMBER_BEFORE
from .folding import fold
from .writing import word_after, word_before

#: A designation's spelling, folded, that ends in its number: "bf 109", "b-534".
_DESIGNATION = re.compile(r"^[a-z]{1,4}[ .-]?(\d{3,})$")
#: A machine's spelling as a maker's name and a designation of letters and a
#: number: "Heinkel He 51", "Fokker D.XIII" (not "Light pillbox vz. 37",
#: "Medium Mark A Whippet", "Marder III").
_MAKER_AND_TYPE = re.compile(
    r"^([A-Z][^\W\d_]{3,}) (?:[A-Z][A-Za-z]*[ .-]?\d[\w./-]*|[A-Z]\.[IVXL]+)$"
)
#: The endings of a Czech noun made of a maker's name: "fokkery", "na
#: fokkerech", "heinkelu"; those of the plural, which alone a capital allows
#: ("Fokkery", but "u Heinkelu" is the firm, "Willyho Messerschmitta" the man).
_CZECH_ENDINGS = ("", "u", "a", "em", "y", "ů", "ům", "ech", "ích", "ami")
_CZECH_PLURAL_ENDINGS = ("y", "ů", "ům", "ech", "ích", "ami")
#: What may stand right before and after a bare number that names a machine.
_NUMBER_OPENS = frozenset(" ('\"‘“„")
_NUMBER_CLOSES = frozenset(" ,;:!?)'\"’”")


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


def maker_forms(maker: str, *, english: bool) -> Iterator[str]:
    """The folded forms of a maker's name that name its machines: "heinkels";
    in Czech, which writes a machine as a common noun, every case ("fokkery",
    "fokkerech", "heinkel")."""
    if english:
        yield f"{maker}s"
    else:
        yield from dict.fromkeys(fold(maker + ending) for ending in _CZECH_ENDINGS)


def number_forms(number: str) -> tuple[str, str]:
    """The folded forms of a bare designation number: "109", "109s"."""
    return number, f"{number}s"


def names_machines(text: str, start: int, end: int) -> bool:
    """Whether a maker's form found at ``start:end`` of ``text`` names its
    machines: in lower case always ("heinkels", "na fokkerech"); capitalised
    in the plural only ("Heinkels", "Fokkery"; not "u Heinkelu")."""
    if not text[start].isupper():
        return True
    word = text[start:end]
    return word.endswith("s") or word.endswith(_CZECH_PLURAL_ENDINGS)


def names_a_numbered_machine(text: str, start: int, end: int) -> bool:
    """Whether a bare designation number found at ``start:end`` of ``text``
    names its machine: "109s", or after a word that goes before a noun ("the
    109", "Rata vs 109") and not before a plural it counts ("the 109
    pilots"), and never inside other figures or a designation ("1,109",
    "He-109", "109.5")."""
    before = text[start - 1 : start]
    after = text[end : end + 1]
    if before and before not in _NUMBER_OPENS:
        return False
    if after and after not in _NUMBER_CLOSES:
        # "the 534s.", but not "109.5" or "109,000"
        if after not in ".," or text[end + 1 : end + 2].isdigit():
            return False
    if text[end - 1] == "s":  # "109s"
        return True
    word = word_before(text, start)[0].lower()
    following = word_after(text, end)
    return word in NUMBER_BEFORE and not (
        following.endswith("s") and following.islower()
    )


def machine_meant(machines: int | tuple[int, ...], linked: set[int]) -> int | None:
    """The machine a maker's name stands for: the maker's only one, or the
    only one of the maker's the text has ``linked``."""
    if isinstance(machines, int):
        return machines
    meant = linked.intersection(machines)
    return meant.pop() if len(meant) == 1 else None
