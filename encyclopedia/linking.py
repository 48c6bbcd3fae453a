"""Find the encyclopedia's names in running text.

A :class:`Gazetteer` is built once from every spelling of every entry (names,
aliases, native-script names, designations) and then finds them in any text with
one pass of an Aho-Corasick automaton (pyahocorasick), whatever the number of
names. No Django imports: the model layer feeds it plain :class:`Name` values.

What real text holds, and how it is met:

- Case and diacritics: text and names are folded the same way, one character to
  one character ("Lützow" and "Lutzow" both become "lutzow"), so a match's
  offsets in the folded text are its offsets in the original.
- Punctuation and spacing: every character that is not a letter or digit folds
  to a space and runs of spaces collapse, so "T-28", "T 28" and "T  28" meet; a
  designation also gets a variant without the space between letters and digits
  ("T28", "HD38").
- Word boundaries: names are searched with a space on each side, so "He 51" is
  not found inside "The 51st", and "Guderian's" still holds "Guderian".
- Longest match wins: "Junkers F 13" over "Junkers" where both start.
- Names that are also common words ("Student", "Model", "Mercury") link only when
  capitalised and not first in a sentence; the full name ("Kurt Student") links
  anywhere.
- A spelling shared by two entries ("Kama", the school and the river) is returned
  as ambiguous, with both candidates, and never linked automatically.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from itertools import accumulate, product, repeat
from operator import add

import ahocorasick


class CaseRule(Enum):
    """When a spelling may match, judged on the text as written."""

    ANY = "any"
    #: Only when its first letter is a capital (surnames derived from a full name).
    CAPITALISED = "capitalised"
    #: Also an ordinary word: capitalised and not the first word of a sentence.
    COMMON_WORD = "common_word"


@dataclass(frozen=True)
class Name:
    """One spelling of one entry."""

    text: str
    entry_id: int
    case_rule: CaseRule = CaseRule.ANY


@dataclass(frozen=True)
class Match:
    """A span of the text that names one entry, or several when ambiguous."""

    start: int
    end: int
    surface: str
    entry_ids: tuple[int, ...]

    @property
    def ambiguous(self) -> bool:
        return len(self.entry_ids) > 1

    @property
    def entry_id(self) -> int | None:
        return self.entry_ids[0] if len(self.entry_ids) == 1 else None


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
_SPACE_RUN_SPLIT = re.compile(r"( {2,})")
_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_]) (?=\d)|(?<=\d) (?=[^\W\d_])")
_SENTENCE_END = frozenset(".!?:;\n")
_OPENERS = frozenset(" \t\r\"'“”„‘’«»()[]–—-")
# A designation may be written with or without the space between its letters and
# digits; names with more such places than this keep the written forms only.
_MAX_JOINABLE = 3


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


class Gazetteer:
    """Every spelling of every entry, ready to be found in text."""

    def __init__(
        self, names: Iterable[Name], *, every_word_capitalised: bool = True
    ) -> None:
        #: Whether the language capitalises every word of a name (English:
        #: "Berlin Wall"), so that a capitalised neighbour makes a longer name.
        #: Czech capitalises the first only ("Pražský hrad"): a capitalised
        #: word beside a name is another name ("předal Beneš Stalinovi").
        self.every_word_capitalised = every_word_capitalised
        # key -> {entry_id: case rule}; the strictest rule an entry gives a key
        # wins, so flagging "Student" as a common word overrides the surname
        # derived from "Kurt Student".
        entries_by_key: dict[str, dict[int, CaseRule]] = {}
        for name in names:
            for key in name_keys(name.text):
                rules = entries_by_key.setdefault(key, {})
                previous = rules.get(name.entry_id)
                if previous is None or _strictness(name.case_rule) > _strictness(
                    previous
                ):
                    rules[name.entry_id] = name.case_rule
        self._automaton = ahocorasick.Automaton()
        self._keys: list[tuple[tuple[int, ...], CaseRule]] = []
        for key, rules in entries_by_key.items():
            entry_ids = tuple(sorted(rules))
            strictest = max(rules.values(), key=_strictness)
            self._automaton.add_word(f" {key} ", (len(key), len(self._keys)))
            self._keys.append((entry_ids, strictest))
        self.size = len(self._keys)
        if self.size:
            self._automaton.make_automaton()

    def find(self, text: str) -> list[Match]:
        """Return the names in ``text``, leftmost-longest, in order of position."""
        if not self.size or not text:
            return []
        folded, squeezed_starts, original_starts = _collapse(fold(text))
        haystack = f" {folded} "
        candidates: list[tuple[int, int, int]] = []
        for end, (length, index) in self._automaton.iter(haystack):
            # ``end`` is the trailing space of " key "; the key itself starts
            # one after the leading space.
            start = end - length
            candidates.append((start - 1, start - 1 + length, index))
        candidates.sort(key=lambda item: (item[0], -(item[1] - item[0])))

        matches: list[Match] = []
        taken_until = -1
        quoted = _quoted_titles(text)
        for start, end, index in candidates:
            if start < taken_until:
                continue
            entry_ids, rule = self._keys[index]
            original_start = _original(start, squeezed_starts, original_starts)
            original_end = _original(end - 1, squeezed_starts, original_starts) + 1
            if not _case_allows(rule, text, original_start):
                continue
            neighbours = _Neighbours(text, original_start, original_end)
            if neighbours.name_another_thing() or _in_title(neighbours, quoted):
                continue
            if self.every_word_capitalised and neighbours.make_a_longer_name(
                matches[-1].end if matches else -1
            ):
                continue
            matches.append(
                Match(
                    original_start,
                    original_end,
                    text[original_start:original_end],
                    entry_ids,
                )
            )
            taken_until = end
        return matches


def _strictness(rule: CaseRule) -> int:
    return {CaseRule.ANY: 0, CaseRule.CAPITALISED: 1, CaseRule.COMMON_WORD: 2}[rule]


def _collapse(folded: str) -> tuple[str, list[int], list[int]]:
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


def _original(
    position: int, squeezed_starts: list[int], original_starts: list[int]
) -> int:
    piece = bisect_right(squeezed_starts, position) - 1
    return original_starts[piece] + position - squeezed_starts[piece]


def _case_allows(rule: CaseRule, text: str, start: int) -> bool:
    if rule is CaseRule.ANY:
        return True
    if not text[start].isupper():
        return False
    return rule is CaseRule.CAPITALISED or not _starts_sentence(text, start)


#: Capitalised words that may stand beside a name without making a longer
#: name of it: ranks and titles before it, what it is the name of after it
#: ("General Guderian", "the Soviet Lipetsk", "Lipetsk Air Base").
_TITLES_BEFORE = frozenset(
    """general generaloberst generalleutnant generalmajor colonel oberst major
    captain hauptmann lieutenant leutnant marshal field admiral commissar
    commander president chancellor minister premier professor dr mr mrs
    comrade tsar kaiser king emperor komdiv komkor komandarm kombrig
    german soviet russian red white czech czechoslovak slovak japanese spanish
    british french polish mongolian italian nationalist republican nazi
    january february march april may june july august september october
    november december maršál generál plukovník major kapitán prezident""".split()
)
_NAMED_AFTER = frozenset(
    """air airfield airport aerodrome base school schools station camp
    railway works plant factory""".split()
)
_NOT_A_LONGER_NAME = _NAMED_AFTER | _TITLES_BEFORE
_PARTICLE_WORDS = frozenset({"von", "van", "de", "der", "den", "zu", "la", "le"})
#: Words before a name that make it the name of another thing: the river
#: Voronezh, not the city; the cruiser Lützow, not the pilot.
_NAMES_ANOTHER = frozenset(
    """river cruiser battleship ship hotel řeka řeky řece řeku řekou
    křižník křižníku křižníkem loď lodi hotelu""".split()
)
#: Words after a name that make it the name of another thing: the Voronezh
#: river, the Lipetsk oblast, the Voronezh Front.
_NAMED_ANOTHER_AFTER = frozenset(
    """river street avenue square bridge oblast region province district front
    fronts""".split()
)
_QUOTE_MARKS = frozenset('"“”„')
#: Words that name what follows in quotation marks as a work's title.
_TITLE_CUES = frozenset(
    """book novel article essay film study memoir memoirs titled entitled
    kniha knihy knize knihu knihou román článek článku studie film názvem""".split()
)
_QUOTED = re.compile(r'["“„][^"“”„]{1,300}["”“]')
_PREPOSITIONS = frozenset(
    """in at on from to into onto over under near across through after before
    with without for by during since towards toward against beyond behind
    v ve na do z ze s se k ke u po před za pod nad při od přes mezi""".split()
)


class _Neighbours:
    """The words on either side of a name in the text, read once."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.before, self.before_start = _word_before(text, start)
        self.after = _word_after(text, end)

    def name_another_thing(self) -> bool:
        """Whether the name is used as the name of something else: the river
        Voronezh, the cruiser Lützow, the Voronezh river, the Lipetsk oblast."""
        return (
            self.before.lower() in _NAMES_ANOTHER
            or self.after.lower() in _NAMED_ANOTHER_AFTER
        )

    def make_a_longer_name(self, previous_end: int) -> bool:
        """Whether the name is a part of a longer name with a word beside it.

        "Versailles" in "Versailles Palace", "Berlin" in "Berlin Wall" or "the
        Treaty of Berlin", "Junkers" in "Hugo Junkers" name something else: a
        capitalised word right after or right before a one-word name (across
        "von") makes a longer name, unless it is a rank, a nationality, a
        month, a word saying what the name is the name of ("Lipetsk Air
        Base"), the end of a phrase of its own ("In Spain Smushkevich") or a
        name found itself ("Luftwaffe Hans Jeschonnek"). Names of several
        words and designations ("Ju 52") are names enough on their own.
        """
        text, surface = self.text, self.text[self.start : self.end]
        if " " in surface or _DIGIT.search(surface):
            # A capital beside a name of several words is more often another
            # name ("the First World War Medium Mk A Whippet").
            return False
        after = self.after
        if after[:1].isupper() and after.lower() not in _NOT_A_LONGER_NAME:
            return True
        before, before_start = self.before, self.before_start
        if before == "the":
            before, before_start = _word_before(text, before_start)
        if before == "of":
            head, head_start = _word_before(text, before_start)
            return head[:1].isupper() and not _starts_sentence(text, head_start)
        if before.lower() in _PARTICLE_WORDS:
            before, before_start = _word_before(text, before_start)
        if not before[:1].isupper() or before.endswith("."):
            return False
        if (
            before.lower() in _TITLES_BEFORE
            or before_start + len(before) == previous_end
        ):
            return False
        if _starts_sentence(text, before_start):
            # "Okolí Voroněže", "Later Guderian": most words opening a
            # sentence are not first names.
            return False
        # "In Spain Smushkevich": the capital closes a phrase of its own.
        opener, _opener_start = _word_before(text, before_start)
        return opener.lower() not in _PREPOSITIONS


def _in_title(neighbours: _Neighbours, quoted: list[tuple[int, int]]) -> bool:
    """Whether the name is a word of a quoted title ("The Red Army's Victory")."""
    if not quoted:
        return False
    # The last quotation opening before the name, and whether it closes after.
    index = bisect_right(quoted, (neighbours.start, len(neighbours.text))) - 1
    return index >= 0 and quoted[index][1] >= neighbours.end


def _quoted_titles(text: str) -> list[tuple[int, int]]:
    """The spans of quoted titles of works: four words or more, written as a
    title is (most words capitalised) or named as one ("the book …")."""
    if not any(mark in text for mark in _QUOTE_MARKS):
        return []
    titles = []
    for match in _QUOTED.finditer(text):
        words = match.group().strip('"“”„').split()
        if len(words) < 4:
            continue
        capitalised = sum(1 for word in words if word[:1].isupper())
        cue = text[max(match.start() - 30, 0) : match.start()].lower().split()[-2:]
        if capitalised * 2 > len(words) or _TITLE_CUES.intersection(cue):
            titles.append(match.span())
    return titles


def _word_after(text: str, end: int) -> str:
    # After a possessive comes what the name owns: "Heinkel's HD 37".
    if end >= len(text) or text[end] != " ":
        return ""
    match = _WORD.match(text, end + 1)
    return match.group().rstrip(".") if match else ""


def _word_before(text: str, start: int) -> tuple[str, int]:
    if start < 2 or text[start - 1] != " ":
        return "", start
    word_start = start - 1
    while word_start > 0 and (
        text[word_start - 1].isalpha() or text[word_start - 1] == "."
    ):
        word_start -= 1
    return text[word_start : start - 1], word_start


_WORD = re.compile(r"[^\W\d_][\w.-]*")
_DIGIT = re.compile(r"\d")


def _starts_sentence(text: str, start: int) -> bool:
    position = start - 1
    while position >= 0 and text[position] in _OPENERS:
        position -= 1
    return position < 0 or text[position] in _SENTENCE_END
