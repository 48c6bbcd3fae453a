"""Which of its entries a name found in text means.

The gazetteer finds spellings; this module knows what its entries are
(places, events, schools, rivers, units, people) and, with the words around
a name (:mod:`.context`) and the passage's topic (:mod:`.topics`), decides
which entry a spelling means there:

- a place stands for the event or school named after it where the words say
  so ("after Munich", "a Lipetsk graduate", "1933: Lipetsk, Kama and Tomka"),
  or, where no word beside it does, where the model of the words around it
  learned from annotated text (:mod:`.metonymy`) is sure of it ("Lipetsk
  served as a test centre");
- a river a battle is named after is the battle unless the words say river;
- a name two entries share is decided by the words beside it ("the Kama
  school", "the Kama", "renamed Chkalov"), by the other's full name in the
  same text, then by the passage's topic, once per text;
- another person, unit or settlement of the name is not linked ("Emil Škoda",
  "the Soviet 6th Army", "the village of Nomonhan"), nor a one-word name
  where the words around it speak of a namesake the editors listed ("Pavlov"
  among vineyards is the village, not the general).

Pure Python; the gazetteer feeds it each name as it is built.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from .context import Neighbours
from .cues import (
    GIVEN_NAMES,
    NATIONALITIES,
    NOT_FIRST_NAMES,
    ORDINALS,
    ORGANISATION_AFTER,
    PLACE_BEFORE,
    PREPOSITIONS,
    RIVER_THE_AFTER,
    RIVER_VERBS,
    SAINTS,
)
from .folding import fold
from .metonymy import named_thing_meant
from .topics import Topics

if TYPE_CHECKING:
    from .linking import Match, Name

#: What a spelling's entries are, as :attr:`Senses.key_kinds` keeps it.
PEOPLE, NO_PEOPLE = 1, 2
#: The first words of the names of battles and bombings, folded.
_BATTLE_WORDS = frozenset({"battle", "bitva", "boje"})
_BOMBING_WORDS = frozenset({"bombing", "bombardovani", "nalet"})
#: Words in a place's spelling that make it a work of fortification, folded:
#: "Dobrošov Fort", "tvrz Dobrošov". A fort is not the village it is named
#: after ("the village of Dobrošov", "obec Dobrošov").
_FORT_WORDS = frozenset("fort fortress tvrz tvrze tvrzi pevnost pevnosti".split())
#: The ending of a Czech adjective made from a place's name: "mnichovská".
_CZECH_ADJECTIVE = re.compile(r"[sc]k(?:y|a|e|eho|em|emu|ou|ych|ym|ymi)$")
#: What separates the names of a list: "Lipetsk, Kama and Tomka",
#: "lipetsk/kama", "1925 Lipeck, 1928 Tomka".
_LIST_GAP = re.compile(r"\s*(?:,|/|,?\s+(?:and|or|a|i|nebo))\s*(?:\d{4}\s+)?")
_ORDINALS_FOLDED = frozenset(fold(word) for word in ORDINALS)
_NATIONS = frozenset(fold(word) for word in NATIONALITIES)
_NOT_FIRST_NAMES = NOT_FIRST_NAMES | frozenset(fold(w) for w in NOT_FIRST_NAMES)


class Senses:
    """What the gazetteer's entries are, and which one a name means in text."""

    def __init__(self, *, english: bool) -> None:
        #: Whether the text is English (else Czech): English writes a river
        #: with "the" and its unit names with a nation's adjective.
        self.english = english
        self._places: dict[str, set[int]] = {}  # key -> places
        self._events: dict[int, set[str]] = {}  # event -> keys
        self._organisations: dict[int, set[str]] = {}
        #: Units named by a number ("6th Army"), and the nations the names of
        #: a few of them give them ("German 6th Army").
        self._numbered_units: set[int] = set()
        self._unit_nations: dict[int, set[str]] = {}
        self._persons: set[int] = set()
        #: First name (as written, lower-cased, and folded) -> whose it is.
        self._given_names: dict[str, set[int]] = {}
        #: Rivers, known by a spelling that says so ("river Kama", "Kama
        #: River", "řeka Kama").
        self._rivers: set[int] = set()
        #: Forts, known by a spelling with a word for one ("Dobrošov Fort").
        self._forts: set[int] = set()
        #: The summaries' words of the entries a name alone does not tell
        #: apart: those that share a name, and those with namesakes.
        self.topics = Topics()
        #: The entries that share a name with another ("Kama": the river and
        #: the school), whose summaries :attr:`topics` keeps.
        self.sharing: frozenset[int] = frozenset()

    def add(self, name: Name, keys: set[str]) -> None:
        """Note what one spelling says of its entry."""
        entry, kind = name.entry_id, name.kind
        if kind == "place":
            for key in keys:
                self._places.setdefault(key, set()).add(entry)
                if key.startswith(("river ", "reka ")) or key.endswith(" river"):
                    self._rivers.add(entry)
                words = key.split()
                if len(words) > 1 and _FORT_WORDS.intersection((words[0], words[-1])):
                    self._forts.add(entry)
        elif kind == "event":
            self._events.setdefault(entry, set()).update(keys)
        elif kind == "organisation":
            self._organisations.setdefault(entry, set()).update(keys)
        elif kind == "unit":
            first, _space, _rest = name.text.partition(" ")
            if first[:1].isdigit() or fold(first) in _ORDINALS_FOLDED:
                self._numbered_units.add(entry)
            elif nations := _NATIONS.intersection(fold(name.text).split()):
                self._unit_nations.setdefault(entry, set()).update(nations)
        elif kind == "person":
            self._persons.add(entry)
            given, space, _rest = name.text.partition(" ")
            if space and given[:1].isupper() and not given.endswith("."):
                for form in {given.lower(), fold(given)} - _NOT_FIRST_NAMES:
                    self._given_names.setdefault(form, set()).add(entry)

    def finish(self, keys: Iterable[tuple[str, tuple[int, ...]]]) -> None:
        """Work out, once every spelling is in, what is named after what."""
        sharing: set[int] = set()
        self.shared_organisations: set[int] = set()
        self.numbered_names: set[str] = set()
        #: Per key, in the gazetteer's order: whether all its entries are
        #: people, none is, or some are (one byte a key).
        self.key_kinds = bytearray()
        persons = self._persons
        for key, entry_ids in keys:
            people = sum(1 for entry in entry_ids if entry in persons)
            self.key_kinds.append(
                PEOPLE if people == len(entry_ids) else NO_PEOPLE if not people else 0
            )
            if len(entry_ids) > 1:
                sharing.update(entry_ids)
                self.shared_organisations.update(
                    self._organisations.keys() & set(entry_ids)
                )
            first, _space, rest = key.partition(" ")
            if first in _ORDINALS_FOLDED and rest:
                # "vienna award" of "first vienna award": "the Second Vienna
                # Award" is not the First, but "the first Stukas" are Stukas.
                self.numbered_names.add(rest)
        events = self._events
        #: place -> the one event named after it ("Munich" -> the Munich
        #: Agreement); the battles and bombings among them.
        self._event_named_for = named_after_places(self._places, events)
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
        #: place -> the one school named after it ("Lipetsk" -> the school).
        self._school_named_for = named_after_places(self._places, self._organisations)
        #: The places an event or a school is named after.
        self.named_places = frozenset(
            self._event_named_for.keys() | self._school_named_for.keys()
        )
        # Told apart only among entries that share a name ("Chkalov").
        self.sharing = frozenset(sharing)
        self.topics.sharing = self.sharing
        self._sharing_places = {
            e for entries in self._places.values() for e in entries if e in sharing
        }
        self._sharing_persons = self._persons & sharing
        del self._persons
        self._event_ids = frozenset(events)
        self._organisation_ids = frozenset(self._organisations)
        # The spellings by kind were needed only to work the above out: a
        # large encyclopedia's would double the gazetteer's memory.
        del self._places, self._events, self._organisations

    # What a single entry's name means.

    def names_a_school(self, entry: int) -> bool:
        return entry in self._school_named_for

    def named_after(self, place: int, neighbours: Neighbours) -> tuple[int, ...]:
        """What a place's name stands for here: the event or school named
        after it ("after Munich", "a Lipetsk graduate", "Khalkhin Gol" the
        battle, "Lipetsk served as a test centre" by :mod:`.metonymy`'s
        model), the place, or ``()`` where neither words nor model make it
        clear."""
        said = self.named_after_by_words(place, neighbours)
        if said is not None:
            return said or (place,)
        # No word says so: the model of the words around may still ("Lipetsk
        # served as a test centre", "the way round Versailles").
        text, start, end = neighbours.text, neighbours.start, neighbours.end
        unclear = False
        for things, school in (
            (self._event_named_for, False),
            (self._school_named_for, True),
        ):
            if place not in things:
                continue
            meant = named_thing_meant(
                text, start, end, english=self.english, school=school
            )
            if meant:
                return (things[place],)
            unclear = unclear or meant is None
        return () if unclear else (place,)

    def named_after_by_words(
        self, place: int, neighbours: Neighbours
    ) -> tuple[int] | tuple[()] | None:
        """What the words beside a place's name say it stands for: the event
        or school named after it, ``()`` for the place itself ("u řeky
        Chalchyn gol", "the Khalkhin Gol flows"), None where they say
        nothing either way."""
        if neighbours.called_a_settlement():
            return ()  # "Munich was a city of beer halls"
        river = place in self._rivers
        if river and neighbours.speak_of_a_river(self.english):
            return ()
        if place in self._event_named_for and neighbours.speak_of_an_event(
            battle=place in self._battles, bombing=place in self._bombings
        ):
            return (self._event_named_for[place],)
        if river and place in self._battles:
            # A river a battle is named after is the battle unless the words
            # say river: "the air forces at Khalkhin Gol", "pak chalchyn gol".
            return (self._event_named_for[place],)
        if place in self._school_named_for and neighbours.name_a_facility():
            return ()  # "Lipetsk airport", "the Lipetsk air base"
        if place in self._school_named_for and neighbours.speak_of_an_institution():
            return (self._school_named_for[place],)
        if neighbours.speak_of_travel():
            return ()  # "by rail to Lipetsk", "výlet do Versailles"
        return None

    def things_named_after(self, place: int) -> tuple[int | None, int | None]:
        """The event and the school named after a place, where there are."""
        return self._event_named_for.get(place), self._school_named_for.get(place)

    def another_of_the_name(
        self, entry_ids: tuple[int, ...], neighbours: Neighbours, key: int
    ) -> bool:
        """Whether the words before the name make it another thing of that
        name: "Emil Škoda", "the Soviet 6th Army", "the village of Nomonhan",
        "obec Dobrošov" (a fort's name), "Sergeant Krejčí", "J. Krejčí", "the
        ship was renamed Lützow", "his daughter Hanička" (a fort's name).
        ``key`` is the index of the name's spelling in the gazetteer."""
        lowered = neighbours.before_lower
        if not lowered:
            return False
        kind = self.key_kinds[key]
        if kind == PEOPLE:
            if neighbours.name_a_namesake(english=self.english):
                return True  # "Sergeant Krejčí", "renamed Lützow", "the Lützow of"
        elif kind == NO_PEOPLE and neighbours.name_a_person():
            return True  # "his daughter Hanička", "s přítelkyní Haničkou"
        entry = entry_ids[0]
        whose = self._given_names.get(lowered)
        if (
            whose is None
            and lowered in GIVEN_NAMES
            # "In Milan Molotov met Ciano", "San Francisco": a place's name.
            and neighbours.head_lower not in PREPOSITIONS
            and neighbours.head_lower not in SAINTS
        ):
            whose = set()  # "Paul Kretschmer": a first name of no entry's
        if (
            whose is not None
            and whose.isdisjoint(entry_ids)  # "Wilhelm Canaris" is Canaris
            and neighbours.before[0].isupper()
            and " " not in neighbours.text[neighbours.start : neighbours.end]
            and (whose or self._first_names_known(entry_ids))
        ):
            return True
        if len(lowered) == 2 and lowered[1] == "." and neighbours.before[0].isupper():
            # "J. Krejčí" is not Ludvík Krejčí; in "M. N. Tukhachevsky" the
            # first initial is the man's, the second his father's.
            head = neighbours.head_lower
            initial = head if len(head) == 2 and head[1] == "." else lowered
            return not self._may_be_initial(initial[0], entry_ids)
        if entry in self._numbered_units and lowered in NATIONALITIES:
            # "the Soviet 6th Army": another nation's army of that number,
            # unless the entry's own names give it that nation.
            return fold(lowered) not in self._unit_nations.get(entry, ())
        return (
            entry in self._event_ids or entry in self._forts
        ) and neighbours.name_a_settlement()

    def _first_names_known(self, entry_ids: tuple[int, ...]) -> bool:
        """Whether the first name of one of the entries is known, so that
        another before its surname makes another man. Looked up only where a
        common first name no entry has comes before a surname."""
        return any(
            not whose.isdisjoint(entry_ids) for whose in self._given_names.values()
        )

    def _may_be_initial(self, initial: str, entry_ids: tuple[int, ...]) -> bool:
        """Whether ``initial`` may stand for a first name of one of the
        entries: it begins one, or none of theirs is known. Looked up only
        where an initial comes before a name, which text seldom has."""
        known = False
        for given, whose in self._given_names.items():
            if not whose.isdisjoint(entry_ids):
                if given.startswith(initial):
                    return True
                known = True
        return not known

    # A name several entries share.

    def decided_nearby(
        self, entry_ids: tuple[int, ...], neighbours: Neighbours
    ) -> tuple[int, ...] | None:
        """The entry the words beside a shared name choose, if they do: "the
        Kama school", "renamed Chkalov", "the Kama" (in English), "Chkalov
        was killed"."""
        if (
            neighbours.after_lower in ORGANISATION_AFTER
            or neighbours.speak_of_an_institution()
        ):  # "the Kama school", "absolvent Kamy", "v Kamě se učili"
            schools = self.shared_organisations.intersection(entry_ids)
            if len(schools) == 1:
                return tuple(schools)
        if neighbours.before_lower in PLACE_BEFORE or neighbours.named_passively():
            places = self._sharing_places.intersection(entry_ids)
            people = set(entry_ids) - places
            if len(places) == 1 and self._sharing_persons.issuperset(people):
                return tuple(places)  # "the school in Chkalov"
        if neighbours.followed_by_a_persons_verb():
            people = self._sharing_persons.intersection(entry_ids)
            if len(people) == 1:
                return tuple(people)  # "Chkalov was killed", "Chkalov flew"
        return self._river_or_not(entry_ids, neighbours)

    def _river_or_not(
        self, entry_ids: tuple[int, ...], neighbours: Neighbours
    ) -> tuple[int, ...] | None:
        """In English, the one river among two entries of a name where "the"
        comes before it or a river's verb after it ("to the Kama, which",
        "Kama flows"), and the other where no article does ("at Kama",
        "visited Kama"); None where "the" may belong to other words ("the Kama
        participant lists", "the upper Kama"). In Czech, the river where words
        for its parts say so ("ústí Kamy"); else None."""
        rivers = self._rivers.intersection(entry_ids)
        if len(rivers) != 1 or len(entry_ids) != 2:
            return None
        if not self.english:
            # Czech has no article, but words for a river's parts: "ústí
            # Kamy", "u soutoku s Kamou", "břeh Kamy".
            return tuple(rivers) if neighbours.speak_of_a_river(False) else None
        if neighbours.after_lower in RIVER_VERBS:
            return tuple(rivers)
        if neighbours.before_lower == "the":
            # "the Kama participant lists": a word after it may be the head
            # of a longer name; but not "the Kama is", "the Kama and".
            after = neighbours.after_lower
            if (
                neighbours.after[:1].islower()
                and after not in RIVER_THE_AFTER
                and after not in PREPOSITIONS  # "from the banks of the Kama to"
            ):
                return None
            return tuple(rivers)
        if neighbours.head_lower == "the":
            return None  # "the upper Kama": the article is the river's
        return tuple(set(entry_ids) - rivers)

    # Passes over a text's matches.

    def schools_in_lists(
        self, text: str, matches: list[Match], places: list[int]
    ) -> None:
        """A place's name listed with institutions stands for the one named
        after it: "1933: Lipetsk, Kama and Tomka wound up" (the schools).
        ``places`` are the indexes of the matches of such places."""
        organisations = self._organisation_ids
        for index in places:
            match = matches[index]
            school = self._school_named_for.get(match.entry_ids[0])
            if school is None or len(match.entry_ids) > 1:
                continue
            for other in matches[max(index - 1, 0) : index + 2]:
                if (
                    other is not match
                    and len(other.entry_ids) == 1
                    and other.entry_ids[0] in organisations
                    and _LIST_GAP.fullmatch(
                        text[min(match.end, other.end) : max(match.start, other.start)]
                    )
                ):
                    matches[index] = replace(match, entry_ids=(school,))
                    break


def one_sense_per_text(matches: list[Match], shared_at: list[int]) -> None:
    """Resolve a name shared by two entries (at the indexes ``shared_at``) to
    the one the text names on its own elsewhere.

    A text that says "Panzerschule Kama" means the school by a later "Kama":
    a writer uses one name in one sense within a text.
    """
    linked = {match.entry_ids[0] for match in matches if len(match.entry_ids) == 1}
    for index in shared_at:
        named = linked.intersection(matches[index].entry_ids)
        if len(named) == 1:
            matches[index] = replace(matches[index], entry_ids=tuple(named))


def named_after_places(
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
    for thing, keys in things.items():
        for key in keys:
            words = key.split()
            for first in range(len(words)):
                for last in range(first + 1, min(len(words), first + 3) + 1):
                    if last - first == len(words):
                        continue
                    for place in places.get(" ".join(words[first:last]), ()):
                        named.setdefault(place, set()).add(thing)
                word = words[first]
                if len(words) > 1 and _CZECH_ADJECTIVE.search(word):
                    for cut in range(4, len(word)):
                        for place in places.get(word[:cut], ()):
                            named.setdefault(place, set()).add(thing)
    return {place: next(iter(ids)) for place, ids in named.items() if len(ids) == 1}
