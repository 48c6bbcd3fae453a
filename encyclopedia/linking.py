"""Find the encyclopedia's names in running text.

A :class:`Gazetteer` is built once from every spelling of every entry (names,
aliases, native-script names, designations) and then finds them in any text with
one pass of an Aho-Corasick automaton (pyahocorasick), whatever the number of
names. No Django imports: the model layer feeds it plain :class:`Name` values.

What real text holds, and how it is met:

- Case and diacritics: text and names are folded the same way, one character to
  one character (``folding``: "Lützow" and "Lutzow" both become "lutzow"), so a
  match's offsets in the folded text are its offsets in the original.
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
- The words around a name (``context``) decide whether it is the entry's name
  there: "the river Voronezh", "the Berlin Wall", "the Second Vienna Award".
- Which entry a name means (``senses``): a place for the event or school named
  after it ("after Munich"), a name two entries share by the words beside it,
  the other's full name in the text or the passage's topic ("Kama", the school
  and the river); a name nothing decides is returned as ambiguous, with both
  candidates.
- A namesake its editors listed ("Pavlov": the physiologist, the village): the
  name is not linked where the passage speaks of the namesake more than of the
  entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

import ahocorasick

from .context import Neighbours, in_title
from .cues import ORDINALS, PATRONYMIC_ENDINGS, PLACE_PREPOSITIONS
from .designations import (
    designation_numbers,
    machine_meant,
    maker_and_type,
    maker_forms,
    makers,
    names_a_numbered_machine,
    names_machines,
    number_forms,
)
from .folding import fold
from .keys import name_keys, original_offset, squeeze
from .senses import NO_PEOPLE, PEOPLE, Senses, one_sense_per_text
from .writing import WithoutCapitals, quoted_titles, starts_sentence, word_before


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


_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[^\W\d_]*")
#: English words a designation's letters may spell in lower case: "a 20 mm".
_ENGLISH_WORDS = frozenset("a an i do to in on at of or is it as by no so up".split())


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
        #: What the entries are, and which one a name means in a text.
        self.senses = Senses(english=every_word_capitalised)
        # key -> {entry_id: case rule}; the strictest rule an entry gives a key
        # wins, so flagging "Student" as a common word overrides the surname
        # derived from "Kurt Student".
        entries_by_key: dict[str, dict[int, CaseRule]] = {}
        machines: list[tuple[str, int]] = []  # the machines' spellings, folded
        # The spellings of machines as a maker's name and a designation.
        made: list[tuple[str, int]] = []
        for name in names:
            keys = name_keys(name.text)
            self.senses.add(name, keys)
            if name.kind == "equipment":
                machines.extend((key, name.entry_id) for key in keys)
                if maker_and_type(name.text):
                    made.append((name.text, name.entry_id))
            for key in keys:
                rules = entries_by_key.setdefault(key, {})
                previous = rules.get(name.entry_id)
                if previous is None or _strictness(name.case_rule) > _strictness(
                    previous
                ):
                    rules[name.entry_id] = name.case_rule
        self._automaton = ahocorasick.Automaton()
        self._keys: list[tuple[tuple[int, ...], CaseRule]] = []
        for key, rules in entries_by_key.items():
            strictest = max(rules.values(), key=_strictness)
            self._automaton.add_word(f" {key} ", (len(key), len(self._keys)))
            self._keys.append((tuple(sorted(rules)), strictest))
        self.senses.finish(
            (key, entry_ids)
            for key, (entry_ids, _rule) in zip(entries_by_key, self._keys, strict=True)
        )
        numbers = designation_numbers(machines) if every_word_capitalised else {}
        # The build's garbage goes first: the makers' few small objects would
        # otherwise be strewn among it and keep its memory (45 MB of 300 at
        # 100,000 names).
        del entries_by_key, machines
        #: The forms searched with the names that may name a machine: a
        #: designation's number alone ("the 109") -> the machine, then a
        #: maker's name in the plural ("the Heinkels") -> its one machine or
        #: its machines. Their indexes in the automaton follow the names'
        #: (:attr:`_keys`); the makers' from :attr:`_first_maker_form` on.
        self._machine_forms: list[int | tuple[int, ...]] = []
        for number, entry in numbers.items():
            self._add_machine_form(number_forms(number), entry)
        self._first_maker_form = len(self._keys) + len(self._machine_forms)
        for maker, its_machines in makers(made).items():
            english = every_word_capitalised
            meant = its_machines[0] if len(its_machines) == 1 else its_machines
            self._add_machine_form(maker_forms(maker, english=english), meant)
        self.size = len(self._keys)
        if self.size:
            self._automaton.make_automaton()

    def _add_machine_form(
        self, forms: Iterable[str], meant: int | tuple[int, ...]
    ) -> None:
        """Search ``forms`` with the names, for the machine or machines
        ``meant``, unless a name is spelled so ("Fokkers" an entry's own)."""
        for form in forms:
            if not self._automaton.exists(f" {form} "):
                index = len(self._keys) + len(self._machine_forms)
                self._automaton.add_word(f" {form} ", (len(form), index))
                self._machine_forms.append(meant)

    @property
    def sharing(self) -> frozenset[int]:
        """The entries that share a name with another ("Kama"); with those
        that have namesakes, the entries whose summaries :meth:`learn_topics`
        wants (:attr:`wanting_topics`)."""
        return self.senses.sharing

    @property
    def wanting_topics(self) -> frozenset[int]:
        """The entries whose summaries :meth:`learn_topics` wants: those that
        share a name ("Kama") and those with namesakes."""
        return self.senses.topics.wanted

    def learn_namesakes(self, namesakes: Iterable[tuple[int, str]]) -> None:
        """Let the passage around a name tell the entry from its namesakes:
        (entry, the namesake's name and description) pairs, before
        :meth:`learn_topics` (see :meth:`Topics.learn_namesakes`)."""
        self.senses.topics.learn_namesakes(namesakes)

    def learn_topics(self, summaries: Iterable[tuple[int, str]]) -> None:
        """Let the passage around a shared name decide it, from the entries'
        summaries: (entry, summary) pairs (see :meth:`Topics.learn`)."""
        self.senses.topics.learn(summaries)

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
        folded, squeezed_starts, original_starts = squeeze(fold(text))
        haystack = f" {folded} "
        # Each candidate is one int that sorts as (start, longest first): a
        # long text has a hundred thousand, and a tuple of three takes three
        # times the memory (the linker's peak). A key is far shorter than
        # 65,536 characters (16 bits) and there are fewer than 2**32 keys.
        candidates: list[int] = []
        for end, (length, index) in self._automaton.iter(haystack):
            # ``end`` is the trailing space of " key "; the key itself starts
            # one after the leading space.
            start = end - length
            candidates.append((start - 1) << 48 | (0xFFFF - length) << 32 | index)
        candidates.sort()

        senses = self.senses
        topics = senses.topics
        namesakes = topics.namesakes
        named_places = senses.named_places
        matches: list[Match] = []
        taken_until = -1
        # Where each name of several entries is first found, in the folded
        # text, for the topic of the passage around it.
        first_seen: dict[tuple[int, ...], tuple[int, int]] = {}
        school_places: list[int] = []  # indexes of matches of places with a school
        # Indexes of matches of places whose words leave unclear whether they
        # mean the place or what is named after it: unlinked in the end,
        # unless a list of schools decides them.
        unclear_at: list[int] = []
        shared_at: list[int] = []  # matches of names several entries share
        quoted = quoted_titles(text)
        # The sentences written without capitals, if a lower-case surname asks.
        uncapitalised: WithoutCapitals | None = None
        starts = {candidate >> 48 for candidate in candidates}
        # The people of an entry's surname the text names as someone else, and
        # the entries it has linked.
        others: set[tuple[int, ...]] = set()
        linked: set[tuple[int, ...]] = set()
        names = len(self._keys)
        # Makers' names found, decided once the machines named are known.
        by_maker: list[tuple[int, int, int | tuple[int, ...]]] = []
        for candidate in candidates:
            start = candidate >> 48
            if start < taken_until:
                continue
            end = start + 0xFFFF - (candidate >> 32 & 0xFFFF)
            index = candidate & 0xFFFFFFFF
            school_place = unclear = False
            original_start = original_offset(start, squeezed_starts, original_starts)
            original_end = (
                original_offset(end - 1, squeezed_starts, original_starts) + 1
            )
            if index >= names:  # "the 109", "the Heinkels"
                meant = self._machine_forms[index - names]
                if index >= self._first_maker_form:
                    if names_machines(text, original_start, original_end):
                        by_maker.append((original_start, original_end, meant))
                        taken_until = end
                elif names_a_numbered_machine(text, original_start, original_end):
                    matches.append(
                        Match(
                            original_start,
                            original_end,
                            text[original_start:original_end],
                            (meant,),
                        )
                    )
                    taken_until = end
                continue
            entry_ids, rule = self._keys[index]
            if rule is not CaseRule.ANY and not text[original_start].isupper():
                if (
                    self.every_word_capitalised
                    and _DIGIT.search(text, original_start, original_end)
                    # "a 20 mm gun", "to 11": a word, not a maker's letters.
                    and _LETTERS.match(text, original_start).group()
                    not in _ENGLISH_WORDS
                ):
                    # "the he 51s got slaughtered": an English designation in
                    # lower case, its number after a word no pronoun begins.
                    if starts_sentence(text, original_start):
                        continue
                elif rule is CaseRule.COMMON_WORD:
                    continue
                else:
                    # "ppl keep saying seeckt": a sentence written without any
                    # capital gives its surnames none either.
                    if uncapitalised is None:
                        uncapitalised = WithoutCapitals(text)
                    if not uncapitalised.around(original_start):
                        continue
            elif (
                rule is CaseRule.COMMON_WORD
                and starts_sentence(text, original_start)
                # "Dmitry Pavlov led … Pavlov came home": the man named before;
                # but "Škoda, že…" is "a pity that…".
                and (entry_ids not in linked or text.startswith(", že", original_end))
            ):
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
            if (
                entry_ids in others
                and entry_ids not in linked
                and neighbours.surname_alone()
            ):
                continue  # "historik Petr Krejčí … Pane Krejčí": the same man
            another = senses.another_of_the_name(entry_ids, neighbours, index)
            if another and senses.key_kinds[index] == PEOPLE:
                # "Petr Krejčí", "Sergeant Krejčí": another man of the name,
                # whom the surname alone means from here on in the text.
                others.add(entry_ids)
            if (
                another
                or neighbours.name_another_thing()
                or in_title(neighbours, quoted)
                # Jagdgeschwader "Richthofen": a name given to another thing.
                or (
                    rule is CaseRule.CAPITALISED
                    and neighbours.names_a_thing_in_quotes()
                )
                or neighbours.make_a_longer_name(
                    matches[-1].end if matches else -1,
                    end + 1 in starts,
                    self.every_word_capitalised,
                )
            ):
                continue
            if (
                before in ORDINALS
                and haystack[start + 1 : end + 1] in senses.numbered_names
                and neighbours.follow_an_ordinal()
            ):
                continue  # "the Second Vienna Award" is not the First
            if len(entry_ids) > 1:
                entry_ids = senses.decided_nearby(entry_ids, neighbours) or entry_ids
                if len(entry_ids) > 1:
                    first_seen.setdefault(entry_ids, (start + 1, end + 1))
            elif entry_ids[0] in named_places:
                if neighbours.follow_a_possessive():
                    # "Picasso's Guernica": a work, or someone's view of the
                    # event; neither the place nor plainly the event.
                    continue
                place = entry_ids[0]
                school_place = senses.names_a_school(place)
                # The town, or the treaty or school named after it? Where the
                # words leave it unclear, no link rather than a wrong one.
                entry_ids = senses.named_after(place, neighbours)
                if not entry_ids:
                    if not school_place:
                        continue
                    entry_ids, unclear = (place,), True
            elif neighbours.name_an_event_there():
                continue  # "bitva u Náchoda", "smlouva z Rapalla": no entry
            if (
                entry_ids[0] in namesakes
                and len(entry_ids) == 1
                # "Dmitrij Grigorjevič Pavlov": several words are the entry's.
                and " " not in text[original_start:original_end]
                # "na Haničce": a preposition of place makes a place's name
                # the place, not the girl, unless a namesake is a place too.
                and not (
                    before.lower() in PLACE_PREPOSITIONS
                    and senses.key_kinds[index] == NO_PEOPLE
                    and entry_ids[0] not in topics.settlement_namesakes
                )
                and topics.speak_of_a_namesake(
                    entry_ids[0], haystack, start + 1, end + 1
                )
            ):
                continue  # "Pavlov" among vineyards: the village, not the general
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
            linked.add(entry_ids)
            if len(entry_ids) > 1:
                shared_at.append(len(matches) - 1)
            if school_place:
                school_places.append(len(matches) - 1)
            if unclear:
                unclear_at.append(len(matches) - 1)
            taken_until = end
        if shared_at:
            one_sense_per_text(matches, shared_at)
            topics.decided_by_topic(matches, shared_at, haystack, first_seen)
        if school_places:
            # After the shared names: "Lipeck, Kama a Tomka" needs Kama decided.
            senses.schools_in_lists(text, matches, school_places)
        if unclear_at:
            _drop(
                matches,
                {i for i in unclear_at if matches[i].entry_ids[0] in named_places},
            )
        if by_maker:
            matches = _with_makers_machines(text, matches, by_maker)
        return matches


def _with_makers_machines(
    text: str,
    matches: list[Match],
    found: list[tuple[int, int, int | tuple[int, ...]]],
) -> list[Match]:
    """The matches with each maker's name ``found`` that names one machine
    ("the Heinkels" where the He 51 is the one linked), in order of position."""
    linked = {match.entry_id for match in matches if match.entry_id}
    added = [
        Match(start, end, text[start:end], (entry,))
        for start, end, machines in found
        if (entry := machine_meant(machines, linked)) is not None
    ]
    if not added:
        return matches
    return sorted(matches + added, key=lambda match: match.start)


def _drop(matches: list[Match], indexes: set[int]) -> None:
    """Remove the matches at ``indexes`` in place: a long text's list is not
    copied (the linker's memory peaks here)."""
    kept = 0
    for index, match in enumerate(matches):
        if index not in indexes:
            matches[kept] = match
            kept += 1
    del matches[kept:]


def _strictness(rule: CaseRule) -> int:
    return {CaseRule.ANY: 0, CaseRule.CAPITALISED: 1, CaseRule.COMMON_WORD: 2}[rule]
