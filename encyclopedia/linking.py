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
  as ambiguous, with both candidates, unless the text decides: "the Kama
  school", or the school named in full elsewhere in the same text.
- The words around a name (``context``) decide whether it is the entry's name
  there: "the river Voronezh", "the Berlin Wall", "after Munich" (the
  agreement), "the Second Vienna Award".
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

from .context import (
    NATIONALITIES,
    ORDINALS,
    ORGANISATION_AFTER,
    PATRONYMIC_ENDINGS,
    PLACE_BEFORE,
    TITLES,
    Neighbours,
    in_lower_case_sentence,
    in_title,
    quoted_titles,
    starts_sentence,
    word_before,
)
from .topics import most_spoken_of, topic_words


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
    #: The entry's kind (place, event…), where a rule needs it.
    kind: str = ""


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
        self,
        names: Iterable[Name],
        *,
        every_word_capitalised: bool = True,
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
        places: dict[str, set[int]] = {}
        events: dict[int, set[str]] = {}
        organisations: dict[int, set[str]] = {}
        units: set[int] = set()
        persons: set[int] = set()
        given_names: set[str] = set()
        #: Rivers, known by a spelling that says so ("river Kama", "Kama
        #: River", "řeka Kama"): English writes them with "the", a school's
        #: name without; a river that named a battle is mostly the battle.
        self._rivers: set[int] = set()
        for name in names:
            keys = name_keys(name.text)
            if name.kind == "place":
                for key in keys:
                    places.setdefault(key, set()).add(name.entry_id)
                    if key.startswith(("river ", "reka ")) or key.endswith(" river"):
                        self._rivers.add(name.entry_id)
            elif name.kind == "event":
                events.setdefault(name.entry_id, set()).update(keys)
            elif name.kind == "organisation":
                organisations.setdefault(name.entry_id, set()).update(keys)
            elif name.kind == "unit":
                units.add(name.entry_id)
            elif name.kind == "person":
                persons.add(name.entry_id)
                given, space, _rest = name.text.partition(" ")
                if space and given[:1].isupper() and not given.endswith("."):
                    given_names.add(fold(given))
            for key in keys:
                rules = entries_by_key.setdefault(key, {})
                previous = rules.get(name.entry_id)
                if previous is None or _strictness(name.case_rule) > _strictness(
                    previous
                ):
                    rules[name.entry_id] = name.case_rule
        self._automaton = ahocorasick.Automaton()
        self._keys: list[tuple[tuple[int, ...], CaseRule]] = []
        #: The organisations among entries that share a name ("Kama", the
        #: school and the river), for "the Kama school".
        self._shared_organisations: set[int] = set()
        shared: set[tuple[int, ...]] = set()
        for key, rules in entries_by_key.items():
            entry_ids = tuple(sorted(rules))
            if len(entry_ids) > 1:
                shared.add(entry_ids)
                self._shared_organisations.update(organisations.keys() & rules.keys())
            strictest = max(rules.values(), key=_strictness)
            self._automaton.add_word(f" {key} ", (len(key), len(self._keys)))
            self._keys.append((entry_ids, strictest))
        #: place entry -> the one event named after it ("Munich" -> the
        #: Munich Agreement), for "after Munich"; the battles among them, for
        #: "at Khalkhin Gol".
        self._event_named_for = _named_after_places(places, events)
        self._battles = {
            place
            for place, event in self._event_named_for.items()
            if any(key.split()[0] in _BATTLE_WORDS for key in events[event])
        }
        self._bombings = {
            place
            for place, event in self._event_named_for.items()
            if any(key.split()[0] in _BOMBING_WORDS for key in events[event])
        }
        #: place entry -> the one organisation named after it ("Lipetsk" ->
        #: the Lipetsk school), for "a Lipetsk graduate".
        self._organisation_named_for = _named_after_places(places, organisations)
        self._organisations = frozenset(organisations)
        self._places = frozenset(
            entry for entry_ids in places.values() for entry in entry_ids
        )
        self._units = frozenset(units)
        self._events = frozenset(events)
        self._persons = frozenset(persons)
        #: The first names of people's names (in Czech in every case): one
        #: before a surname makes another person of that name.
        self._given_names = frozenset(given_names) - {fold(t) for t in TITLES}
        self._named_places = self._event_named_for.keys() | self._organisation_named_for
        #: The groups of entries that share a name, for :meth:`learn_topics`.
        self.shared_names = frozenset(shared)
        self._topics: dict[int, str] = {}
        #: Names that follow an ordinal in another name ("vienna award" of
        #: "first vienna award"): "the Second Vienna Award" is not the First,
        #: but "the first Stukas" are Stukas.
        ordinals = {fold(word) for word in ORDINALS}
        self._numbered_names = {
            rest
            for key in entries_by_key
            for first, _space, rest in [key.partition(" ")]
            if first in ordinals and rest
        }
        self.size = len(self._keys)
        if self.size:
            self._automaton.make_automaton()

    def _named_after(self, place: int, neighbours: Neighbours) -> tuple[int] | None:
        """The event or school a place's name stands for here, if it does:
        "after Munich", "a Lipetsk graduate"."""
        river = place in self._rivers
        if river and neighbours.speak_of_a_river(self.every_word_capitalised):
            return None  # "u řeky Chalchyn gol", "the Khalkhin Gol flows"
        if place in self._event_named_for and neighbours.speak_of_an_event(
            battle=place in self._battles, bombing=place in self._bombings
        ):
            return (self._event_named_for[place],)
        if river and place in self._battles:
            # A river a battle is named after is the battle unless the words
            # say river: "the air forces at Khalkhin Gol", "pak chalchyn gol";
            # "crossed the Khalkhin Gol", "k Chalchyn golu" are the river.
            return (self._event_named_for[place],)
        if (
            place in self._organisation_named_for
            and neighbours.speak_of_an_institution()
        ):
            return (self._organisation_named_for[place],)
        return None

    def learn_topics(self, summaries: Iterable[tuple[int, str]]) -> None:
        """Keep, for each entry that shares a name, the first words of its
        summary ("Kama": the river's Volga and Perm, the school's tanks and
        Reichswehr), so that the passage around a shared name can decide
        it. ``summaries`` yields (entry, summary) pairs, read one at a time."""
        sharing = {entry for group in self.shared_names for entry in group}
        self._topics = {
            entry: topic_words(fold(summary))
            for entry, summary in summaries
            if entry in sharing
        }

    def _place_not_person(
        self, entry_ids: tuple[int, ...], before: str
    ) -> tuple[int, ...] | None:
        """The one place among a person and a place of the same name where a
        preposition of place or "renamed" comes before it: "the school in
        Chkalov", "Orenburg was renamed Chkalov"."""
        if before.lower() not in PLACE_BEFORE:
            return None
        places = self._places.intersection(entry_ids)
        if len(places) == 1 and self._persons.issuperset(set(entry_ids) - places):
            return tuple(places)
        return None

    def _river_or_not(
        self, entry_ids: tuple[int, ...], neighbours: Neighbours
    ) -> tuple[int, ...] | None:
        """In English, the one river among entries sharing a name when "the"
        comes before it ("to the Kama, which"), and the one other entry when
        nothing does ("at Kama"); None for "the Kama participant lists",
        where "the" may belong to the words after."""
        if not self.every_word_capitalised:
            return None  # Czech has no article
        rivers = self._rivers.intersection(entry_ids)
        if len(rivers) != 1 or len(entry_ids) != 2:
            return None
        if neighbours.before.lower() != "the":
            return tuple(set(entry_ids) - rivers)
        if neighbours.after[:1].islower():
            return None
        return tuple(rivers)

    def _with_patronymic(self, neighbours: Neighbours, index: int) -> int | None:
        """Where a name written with a patronymic starts ("Dmitrij Grigorjevič
        Pavlov"), when its given name and surname are a spelling of the same
        entry; else None ("Ivan Petrovič Pavlov" is another man)."""
        before = neighbours.before
        if not before[:1].isupper():
            return None
        given, given_start = word_before(neighbours.text, neighbours.before_start)
        if not given[:1].isupper():
            return None
        surface = neighbours.text[neighbours.start : neighbours.end]
        found = self._automaton.get(f" {fold(given)} {fold(surface)} ", None)
        if found is None or self._keys[found[1]][0] != self._keys[index][0]:
            return None
        return given_start

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
        shared = False  # whether a name of several entries was found
        schools: list[int] = []  # matches of places that name an institution
        first_seen: dict[tuple[int, ...], tuple[int, int]] = {}
        quoted = quoted_titles(text)
        starts = {start for start, _end, _index in candidates}
        for start, end, index in candidates:
            if start < taken_until:
                continue
            entry_ids, rule = self._keys[index]
            original_start = _original(start, squeezed_starts, original_starts)
            original_end = _original(end - 1, squeezed_starts, original_starts) + 1
            if not _case_allows(rule, text, original_start):
                continue
            neighbours = Neighbours(text, original_start, original_end)
            before = neighbours.before
            if (
                before.endswith(PATRONYMIC_ENDINGS)
                and (named := self._with_patronymic(neighbours, index)) is not None
            ):
                # "Dmitrij Grigorjevič Pavlov": the whole name, patronymic too.
                original_start = named
                neighbours = Neighbours(text, original_start, original_end)
            if neighbours.name_another_thing() or in_title(neighbours, quoted):
                continue
            if rule is CaseRule.CAPITALISED and neighbours.names_a_thing_in_quotes():
                continue  # Jagdgeschwader "Richthofen": a name given to another
            if (
                before[:1].isupper()
                and fold(before) in self._given_names
                and " " not in text[original_start:original_end]
            ):
                continue  # "Emil Škoda", "Otto Kretschmer": another of the name
            if self._events.issuperset(entry_ids) and neighbours.name_a_settlement():
                continue  # "the village of Nomonhan", not the battle
            if before.lower() in NATIONALITIES and self._units.issuperset(entry_ids):
                # "the Soviet 6th Army": another nation's army of that number
                # (the entry's own nation is written as a name of its own,
                # "German 6th Army", and would have matched as longer).
                continue
            if neighbours.make_a_longer_name(
                matches[-1].end if matches else -1,
                end + 1 in starts,
                self.every_word_capitalised,
            ):
                continue
            if (
                before in ORDINALS
                and haystack[start + 1 : end + 1] in self._numbered_names
                and neighbours.follow_an_ordinal()
            ):
                continue  # "the Second Vienna Award" is not the First
            if len(entry_ids) > 1:
                if neighbours.after.lower() in ORGANISATION_AFTER and (
                    len(chosen := self._shared_organisations.intersection(entry_ids))
                    == 1
                ):
                    entry_ids = tuple(chosen)  # "the Kama school"
                elif (place := self._place_not_person(entry_ids, before)) is not None:
                    entry_ids = place  # "Orenburg was renamed Chkalov"
                elif (river := self._river_or_not(entry_ids, neighbours)) is not None:
                    entry_ids = river  # "the Kama" is the river, "at Kama" not
                else:
                    shared = True
                    # Where the passage is first read for it, if nothing
                    # nearer decides (see _decided_by_topic).
                    first_seen.setdefault(entry_ids, (start + 1, end + 1))
            elif entry_ids[0] in self._named_places:
                if neighbours.follow_a_possessive():
                    # "Picasso's Guernica": a work, or someone's view of the
                    # event; neither the place nor plainly the event.
                    continue
                entry_ids = self._named_after(entry_ids[0], neighbours) or entry_ids
            if (
                matches
                and matches[-1].entry_ids == entry_ids
                and not text[matches[-1].end : original_start].strip()
            ):
                # "the I-16 type 10s": one name said twice is one link.
                original_start = matches.pop().start
            matches.append(
                Match(
                    original_start,
                    original_end,
                    text[original_start:original_end],
                    entry_ids,
                )
            )
            if entry_ids[0] in self._organisation_named_for:
                schools.append(len(matches) - 1)
            taken_until = end
        if schools:
            matches = self._institutions_in_lists(text, matches, schools)
        if not shared:
            return matches
        matches = _one_sense_per_text(matches)
        if self._topics:
            matches = self._decided_by_topic(matches, haystack, first_seen)
        return matches

    def _decided_by_topic(
        self,
        matches: list[Match],
        haystack: str,
        first_seen: dict[tuple[int, ...], tuple[int, int]],
    ) -> list[Match]:
        """Resolve each name still shared by the words around its first
        occurrence, once for the text: one sense per text, as writers keep
        it (the linker is given a paragraph at a time)."""
        decided = {}
        for entry_ids, (start, end) in first_seen.items():
            chosen = most_spoken_of(haystack, start, end, entry_ids, self._topics)
            if chosen is not None:
                decided[entry_ids] = (chosen,)
        if not decided:
            return matches
        return [
            Match(match.start, match.end, match.surface, decided[match.entry_ids])
            if match.entry_ids in decided
            else match
            for match in matches
        ]

    def _institutions_in_lists(
        self, text: str, matches: list[Match], places: list[int]
    ) -> list[Match]:
        """A place's name listed with institutions stands for the one named
        after it: "1933: Lipetsk, Kama and Tomka wound up" (the schools).
        ``places`` are the indexes of the matches of such places."""
        organisations = self._organisations
        for index in places:
            match = matches[index]
            school = self._organisation_named_for.get(match.entry_id)
            if school is None:
                continue
            listed = [
                other
                for other in (
                    matches[index - 1] if index else None,
                    matches[index + 1] if index + 1 < len(matches) else None,
                )
                if other is not None
                and other.entry_id in organisations
                and _LIST_GAP.fullmatch(
                    text[min(match.end, other.end) : max(match.start, other.start)]
                )
            ]
            if listed:
                matches[index] = Match(match.start, match.end, match.surface, (school,))
        return matches


def _one_sense_per_text(matches: list[Match]) -> list[Match]:
    """Resolve a name shared by two entries to the one the text names elsewhere.

    A text that says "Panzerschule Kama" means the school by a later "Kama":
    a writer uses one name in one sense within a text.
    """
    linked = {match.entry_ids[0] for match in matches if len(match.entry_ids) == 1}
    if not linked:
        return matches
    resolved = []
    for match in matches:
        if match.ambiguous:
            named = linked.intersection(match.entry_ids)
            if len(named) == 1:
                match = Match(match.start, match.end, match.surface, tuple(named))
        resolved.append(match)
    return resolved


#: The ending of a Czech adjective made from a place's name: "mnichovská".
_CZECH_ADJECTIVE = re.compile(r"[sc]k(?:y|a|e|eho|em|emu|ou|ych|ym|ymi)$")


_BATTLE_WORDS = frozenset({"battle", "bitva", "boje"})
#: What separates the names of a list: "Lipetsk, Kama and Tomka", "lipetsk/kama".
_LIST_GAP = re.compile(r"\s*(?:,|/|,?\s+(?:and|or|a|i|nebo))\s*")
_BOMBING_WORDS = frozenset({"bombing", "bombardovani", "nalet"})


def _named_after_places(
    places: dict[str, set[int]], things: dict[int, set[str]]
) -> dict[int, int]:
    """Map each place to the one thing (event, organisation) whose name holds
    the place's name.

    "Treaty of Versailles", "Munich Agreement", "Battle of Teruel", the
    "Lipetsk school" and, in Czech, "mnichovská dohoda" are named after a
    place; a place that gives its name to two events ("opening" and "closing
    of the Lipetsk school") maps to neither.
    """
    named: dict[int, set[int]] = {}
    for event_id, keys in things.items():
        for key in keys:
            words = key.split()
            for first in range(len(words)):
                for last in range(first + 1, min(len(words), first + 3) + 1):
                    if last - first == len(words):
                        continue
                    for place_id in places.get(" ".join(words[first:last]), ()):
                        named.setdefault(place_id, set()).add(event_id)
                word = words[first]
                if len(words) > 1 and _CZECH_ADJECTIVE.search(word):
                    for cut in range(4, len(word)):
                        for place_id in places.get(word[:cut], ()):
                            named.setdefault(place_id, set()).add(event_id)
    return {place: next(iter(ids)) for place, ids in named.items() if len(ids) == 1}


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
        # "ppl keep saying seeckt…": a sentence written without capitals
        # gives its surnames none either.
        return rule is CaseRule.CAPITALISED and in_lower_case_sentence(text, start)
    return rule is CaseRule.CAPITALISED or not starts_sentence(text, start)
