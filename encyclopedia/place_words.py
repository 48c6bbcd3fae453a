"""What the words around a place's name say it stands for.

A place's name may mean the place, the river of that name, or the event or
the school named after it: "after Munich" is the agreement, "trained at
Lipetsk" the school, "the banks of the Kama" the river. These are the cues
written in the words beside the name; :mod:`.senses` asks them first, and
the model of :mod:`.metonymy` only where they say nothing. Pure Python, read
from the text as written, as part of each match's :class:`.context.Neighbours`.
"""

from __future__ import annotations

import re

from .cues import (
    BATTLE_AFTER,
    CALLED_AN_EVENT,
    CHRONOLOGY,
    CLAUSE_OPENERS,
    CONFLUENCE,
    CZECH_BATTLES,
    CZECH_TREATIES,
    EVENT_CUES,
    EVENT_HEADS,
    EVENT_VERBS,
    EVENT_VERBS_BEFORE,
    FACILITY_AFTER,
    FACILITY_AFTER_AIR,
    HAPPENED,
    INSTITUTION_AFTER,
    INSTITUTION_BEFORE,
    NEWS,
    ORGANISATION_AFTER,
    OUTCOMES,
    PASSED_THROUGH,
    PASSING,
    RAIDS,
    RIVER_BEFORE,
    RIVER_VERBS,
    ROADS,
    SCHOOL_KINDS,
    SCHOOLING,
    SCHOOLING_AFTER,
    SCHOOLING_PAIRS,
    SETTLEMENTS,
    TRAIN_NOUN_AFTER,
    TRAVEL,
    YEAR_AFTER,
)
from .writing import WORD, starts_sentence, word_after, word_before


class PlaceWords:
    """The cues of a place's sense, for :class:`.context.Neighbours`, which
    reads the words beside the name (``before_lower``, ``head_lower``...)."""

    text: str
    start: int
    end: int
    before_start: int
    after: str
    before_lower: str
    after_lower: str
    head_lower: str
    verb_after_lower: str

    def opens_a_clause(self, start: int) -> bool:
        """Whether the word at ``start`` opens a sentence or a clause (after a
        comma or a conjunction)."""
        if starts_sentence(self.text, start) or self.text[start - 2 : start] in (
            ", ",
            "; ",
        ):
            return True
        return word_before(self.text, start)[0].lower() in CLAUSE_OPENERS

    def quoted_alone(self) -> bool:
        """Whether the name stands alone in quotation marks."""
        opening = self.text[self.start - 1 : self.start]
        closing = self.text[self.end : self.end + 1]
        return bool(opening and closing) and opening in "'‘\"“„" and closing in "'’\"”“"

    def name_an_event_there(self) -> bool:
        """Whether the name is the place of a battle or a treaty named in
        Czech: "bitva u Náchoda", "bitva o Moskvu", "smlouva z Rapalla" (asked
        of places no event with an entry is named after: the name stands for
        one without an entry in the text's language)."""
        before = self.before_lower
        if before in {"u", "o"}:
            return self.head_lower in CZECH_BATTLES
        return before in {"z", "ze"} and self.head_lower in CZECH_TREATIES

    def speak_of_an_event(self, *, battle: bool, bombing: bool = False) -> bool:
        """Whether a place's name stands for an event named after it: "after
        Munich", "po Mnichovu", "the victory at Khalkhin Gol", "the terms of
        Munich", "when Munich came", "'Munich'"; for a battle "at Khalkhin
        Gol", "u Chalchyn golu"; for a bombing "the raid on Guernica"."""
        before = self.before_lower
        if before in EVENT_CUES or before in EVENT_VERBS_BEFORE:
            return True
        if self.after_lower == "used":  # "Teruel used up", not "Munich used to"
            return word_after(self.text, self.end + 1 + len(self.after)) == "up"
        after = self.verb_after_lower
        # "smlouva podepsaná ve Versailles zakazuje": the treaty's verb, not
        # the place's, which stands in its phrase.
        if (after in EVENT_VERBS and before not in _WHERE) or (
            battle and after in BATTLE_AFTER
        ):
            return True
        if before == "do" and self.opens_a_clause(self.before_start):
            return True  # "a do Mnichova se stihla jen část", not "jel do"
        if before in {"k", "ke"} and self.after_lower in HAPPENED:
            return True  # "v níž k Mnichovu nedošlo": Munich did not happen
        if self.quoted_alone():
            return True  # "'Munich' still means betrayal"
        if CALLED_AN_EVENT.match(self.text, self.end, self.end + 80):
            return True  # "Teruel was the coldest battle of the war"
        if YEAR_AFTER.match(self.text, self.end):
            return True  # "Mnichov 1938", "Guernica, 1937"
        if CHRONOLOGY.search(self.text, max(self.start - 40, 0), self.start):
            return True  # "1922 – Rapallo", "April 1922, Rapallo"
        if before in {"at", "of", "u", "on", "na", "o"}:
            if battle and before in {"at", "u"}:
                return True
            head = self.head_lower
            if battle and head in CZECH_BATTLES:
                return True  # "v bitvě o Teruel"
            if bombing and before in {"on", "of", "na"} and head in RAIDS:
                return True
            if before in {"of", "o"} and head in NEWS:
                return True  # "the news of Munich", "zpráva o Mnichovu"
            if before == "o" and self.text[self.end - 2 : self.end] in _EVENT_LOCATIVE:
                # "pravdu o Mnichovu": the agreement's locative; the city's
                # is "o Mnichově".
                return True
            # "the terms of Munich", "vzpomínka na Mnichov"
            return head in OUTCOMES or (before in {"of", "na"} and head in EVENT_HEADS)
        if before in {"z", "ze"}:  # "omezení z Versailles", "mír z Versailles"
            return self.head_lower in EVENT_HEADS or self.head_lower in CZECH_TREATIES
        if before == "to":  # "the road to Rapallo"
            return self.head_lower in ROADS
        return before in EVENT_HEADS and self.text[self.start].isupper()

    def name_a_settlement(self) -> bool:
        """Whether the words before an event's name make it a place's: "the
        village of Nomonhan", "k vesnici Nomonhan"."""
        before = self.head_lower if self.before_lower == "of" else self.before_lower
        return before in SETTLEMENTS

    def called_a_settlement(self) -> bool:
        """Whether the words after a place's name say it is a town: "Munich
        was a city of beer halls", "Lipeck je krajské město"."""
        return (
            _CALLED_A_SETTLEMENT.match(self.text, self.end, self.end + 60) is not None
        )

    def speak_of_a_river(self, english: bool) -> bool:
        """Whether the words of and around a river's name say it is the river:
        a word for river in it ("řeky Chalchyn gol"), a river's verb after it
        ("Chalchyn gol teče"), "the" before it in English, which writes rivers
        with "the" ("the Khalkhin Gol", not "the Khalkhin Gol war"), and in
        Czech "k Chalchyn golu", "nad Chalchyn golem", "břeh Chalchyn golu",
        "ústí Kamy", "soutok s Kamou", "k samotnému Chalchyn golu",
        "Chalchyn gol je stepní řeka"."""
        before = self.before_lower
        words = self.text[self.start : self.end].lower().split()
        if words[0] in RIVER_BEFORE or "river" in words:  # "řeky Chalchyn gol"
            return True
        if self.after_lower in RIVER_VERBS:  # "Chalchyn gol teče…"
            return True
        if _A_RIVER_BESIDE.match(self.text, self.end, self.end + 40):
            return True  # "od Chalchyn golu, řeky, u níž", "od Kamy, přítoku Volhy"
        if _CALLED_A_RIVER.match(self.text, self.end, self.end + 60):
            return True  # "chalchyn gol je normalni stepni reka"
        if before.startswith("samotn"):  # "k samotnému Chalchyn golu"
            return True
        if english:
            # "the Khalkhin Gol", but not "the Khalkhin Gol war".
            return before == "the" and self.after_lower not in EVENT_VERBS
        if before in {"s", "se"}:
            return self.head_lower in CONFLUENCE  # "u soutoku s Kamou"
        return before in RIVER_BEFORE

    def name_a_facility(self) -> bool:
        """Whether a place's name comes before a word for a place of its own
        that keeps it the place: "Lipetsk airport", "the Lipetsk air base"
        (not the school, though the school flew from it)."""
        after = self.after_lower
        if after == "air":
            after_air = word_after(self.text, self.end + 4).lower()
            return self.text[self.end] == " " and after_air in FACILITY_AFTER_AIR
        return after in FACILITY_AFTER and self.text[self.end] == " "

    def speak_of_travel(self) -> bool:
        """Whether the clause of a place's name speaks of a journey there:
        "went on by rail to Lipetsk", "we arrived at Lipetsk in May", "the
        morning train to Lipetsk", "výlet vlakem do Rapalla", "z Kazaně
        odjeli"."""
        before = _CLAUSE_END.split(self.text[max(self.start - 64, 0) : self.start])
        after = _CLAUSE_END.split(self.text[self.end : self.end + 40], 1)[0]
        words = before[-1].lower().split()[-6:] + after.lower().split()[:4]
        if not TRAVEL.isdisjoint(words):
            return True
        pairs = zip(words, words[1:], strict=False)
        return any(b == "train" and a in TRAIN_NOUN_AFTER for a, b in pairs)

    def speak_of_an_institution(self) -> bool:
        """Whether a place's name stands for the school named after it: "the
        Lipetsk men", "a Lipetsk-trained pilot", "absolventi Lipecka", "trained
        at Lipetsk", "passed through Lipetsk", "prošli Lipeckem", "kteří
        Lipeckem prošli"."""
        after = self.after
        if self.text[self.end : self.end + 1] == "-":  # "Lipetsk-trained"
            found = WORD.match(self.text, self.end + 1)
            after = found.group() if found else ""
        after, before = after.lower(), self.before_lower
        if after in INSTITUTION_AFTER or before in INSTITUTION_BEFORE:
            return True
        if after in PASSED_THROUGH and self.text[self.end] == " ":
            return True  # "kteří Lipeckem prošli"
        if after == "to" and (
            word_after(self.text, self.end + 3).lower() in SCHOOLING_AFTER
        ):
            return True  # "took him to Lipetsk to test new types"
        if after in SCHOOL_KINDS:  # "the Lipetsk flying school"
            following = word_after(self.text, self.end + 1 + len(after)).lower()
            return following in ORGANISATION_AFTER
        if before in {"v", "ve"} and self.head_lower in _CZECH_SCHOOL:
            return True  # "v tajné škole v Lipecku", "o škole v Lipecku"
        if before in {"at", "in", "through", "v", "ve"}:
            # A few words back, within the clause: "trained as an airman at".
            words = self.text[max(self.before_start - 64, 0) : self.before_start]
            words = words.rpartition(",")[2]
            heads = PASSING if before == "through" else SCHOOLING
            words = words.lower().split()[-8:]
            if not heads.isdisjoint(words) or not SCHOOLING_PAIRS.isdisjoint(
                zip(words, words[1:], strict=False)
            ):
                return True
            if before in {"v", "ve"}:
                # Czech puts the verb after too: "v Kamě se učili".
                words = _CLAUSE_END.split(self.text[self.end : self.end + 32], 1)[0]
                return not SCHOOLING.isdisjoint(words.lower().split()[:3])
        return False


_CLAUSE_END = re.compile(r"[,.;:!?]")
#: Prepositions that put a place's name in a phrase of where.
_WHERE = frozenset("in at v ve".split())
_CZECH_SCHOOL = frozenset(
    "škola školy škole školu školou skola skoly skole skolu".split()
)
#: A river named beside the name, set off by a comma: "od Chalchyn golu,
#: řeky, u níž se bojovalo", "od Kamy, největšího přítoku Volhy".
_A_RIVER_BESIDE = re.compile(
    r",\s+(?:(?:the|a)\s+)?(?:[^\W\d_]+\s+)?"
    r"(?:river|tributary|řeka|řeky|řece|řeku|řekou|přítok|přítoku|přítokem)\b",
    re.IGNORECASE,
)
#: A river said to be one: "Chalchyn gol je bahnitá stepní řeka" (but "Kama
#: je i řeka", "is also a river", speaks of the other Kama).
_CALLED_A_RIVER = re.compile(
    r"\s+(?:je|byl|byla|bylo)\s+(?!i\s|také\s|taky\s)(?:[^\W\d_]+\s+){0,3}"
    r"(?:řeka|reka|říčka|ricka)\b",
    re.IGNORECASE,
)
#: A town said to be one: "Munich was a city of beer halls", "Lipetsk is a
#: spa town", "Lipeck je krajské město" (not "is also a town", the other).
_CALLED_A_SETTLEMENT = re.compile(
    r"\s+(?:is|was|remains|remained|je|byl|byla|bylo|zůstal|zůstala)\s+"
    r"(?!also\s|i\s|také\s|taky\s)(?:[^\W\d_]+\s+){0,3}"
    r"(?:city|town|village|město|městem|městečko|vesnice|vesnicí)\b",
    re.IGNORECASE,
)
#: The endings of a Czech place's name after "o" that make it an event's:
#: "o Mnichovu", "o Teruelu" (not "o Mnichově", "o Guernice").
_EVENT_LOCATIVE = ("vu", "lu")
