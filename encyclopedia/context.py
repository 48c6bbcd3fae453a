"""What the words around a name in a text say about it.

The gazetteer finds spellings; the words beside each one decide whether it is
the entry's name there: "the river Voronezh" is not the city, "Versailles" in
"the Versailles Palace" is part of a longer name, "after Munich" is the
agreement, "the Second Vienna Award" is not the First. Pure Python, read from
the text as written (capitals, punctuation), one :class:`Neighbours` a match;
what the words say a place's name stands for (the place, its river, its event
or school) is in :mod:`.place_words`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property

from .cues import (
    ABBREVIATED_TITLES,
    ADDRESSES,
    AGE_AFTER,
    AGE_BEFORE,
    ANOTHER,
    AUXILIARIES,
    CZECH_BEFORE_A_VERB,
    CZECH_FIGHTS,
    CZECH_IS_CALLED,
    CZECH_LAKES,
    CZECH_POSSESSIVE_ENDINGS,
    FAMILY,
    HONOUR_TITLE,
    INDEFINITE,
    INDEFINITE_NAMESAKE_AFTER,
    LOW_RANKS,
    MY,
    NAME_WORDS,
    NAMED_ANOTHER_AFTER,
    NAMED_AS,
    NAMES_ANOTHER,
    NAMESAKE_AFTER,
    NOT_A_LONGER_NAME,
    ORDINAL_WORDS,
    OWNED_PLACES,
    PARTICLE_WORDS,
    PASSIVE,
    PERSON_TITLES,
    PERSONS_VERBS,
    PREPOSITIONS,
    RELATIVES,
    RENAMED,
    THINGS_BEFORE,
    TITLES_BEFORE,
)
from .folding import fold
from .place_words import PlaceWords
from .writing import starts_sentence, word_after, word_before


class Neighbours(PlaceWords):
    """The words on either side of a name in the text, read once."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.before, self.before_start = word_before(text, start)
        self.after = word_after(text, end)
        # Most rules compare lower-cased words: lowered once.
        self.before_lower, self.after_lower = self.before.lower(), self.after.lower()

    @cached_property
    def head_lower(self) -> str:
        """The word before the word before the name, lower-cased: "victory"
        in "the victory at Khalkhin Gol", "bitvě" in "v bitvě o Teruel"."""
        return word_before(self.text, self.before_start)[0].lower()

    @cached_property
    def verb_after_lower(self) -> str:
        """The word after the name, or after the auxiliary that follows it,
        lower-cased: "came" in "Munich came", "killed" in "Chkalov was
        killed", "neodpustil" in "Mnichov mu nikdy neodpustil"."""
        word, end = self.after_lower, self.end
        # Past an auxiliary, or up to two Czech clitics and adverbs.
        for _skip in range(2):
            if word not in AUXILIARIES and word not in CZECH_BEFORE_A_VERB:
                break
            end += 1 + len(word)
            word = word_after(self.text, end).lower()
        return word

    def name_another_thing(self) -> bool:
        """Whether the name is used as the name of something else: the river
        Voronezh, the cruiser Lützow, the Voronezh river, the Lipetsk oblast,
        the Voronezh Front (but the Madrid front is at Madrid),
        Pavlov's House, Pavlovův dům, pohoří Sudety, "částí Sudet, pohoří",
        "nad jezerem Chasan" (but "boje u jezera Chasan" are the battle), the
        honour title "Richthofen", a user's handle ("bunkr_ostrava",
        "@lipetsk")."""
        before = self.before_lower
        if (
            self.in_a_handle()
            or before in NAMES_ANOTHER
            or self.after_lower in NAMED_ANOTHER_AFTER
            or self.after in ("Front", "Fronts")  # not "the Madrid front"
            or self.text.startswith(", pohoří", self.end)
        ):
            return True
        # Read only where a word for a name or a quotation mark may come before.
        if (before in NAME_WORDS or not before) and self.given_as_an_honour_title():
            return True
        if before in CZECH_LAKES:
            if self.head_lower not in {"u", "o"}:
                return True
            start = word_before(self.text, self.before_start)[1]
            return word_before(self.text, start)[0].lower() not in CZECH_FIGHTS
        return (
            self.text[self.end : self.end + 3] in ("'s ", "’s ")
            and word_after(self.text, self.end + 2) in OWNED_PLACES
        )

    def in_a_handle(self) -> bool:
        """Whether the name is a part of a user's handle or an address:
        "bunkr_ostrava", "@lipetsk", "wiki/Luftwaffe_(Wehrmacht)"; not a name
        in italics written with underscores ("_Lützow_")."""
        text, start, end = self.text, self.start, self.end
        if text[start - 1 : start] == "@":
            return True
        joined_before = (
            text[start - 1 : start] == "_" and text[start - 2 : start - 1].isalnum()
        )
        return joined_before or (
            text[end : end + 1] == "_" and text[end + 1 : end + 2].isalnum()
        )

    def given_as_an_honour_title(self) -> bool:
        """Whether the name is an honour title given to a unit, quoted or not:
        "the honour title 'Richthofen'", "čestné jméno „Richthofen“"."""
        if self.before_lower in NAME_WORDS:
            word_start = self.before_start
        elif self.quoted_alone():
            word, word_start = word_before(self.text, self.start - 1)
            if word.lower() not in NAME_WORDS:
                return False
        else:
            return False
        return word_before(self.text, word_start)[0].lower() in HONOUR_TITLE

    def name_a_namesake(self, *, english: bool) -> bool:
        """Whether a person's name is another's or another thing's here: after
        a rank below an officer's ("Sergeant Krejčí", "seržantem Pavlovem"),
        after "renamed" or "called" ("Perm was called Molotov"), after
        "another" ("jiného Pavlova, seržanta"), after a relative of the
        writer's ("můj děda Alexandr Jegorov"), or in English
        after "the" that no relative clause or noun follows ("the Lützow of
        the Napoleonic wars", "a horse breed, the Budyonny"; but "the Lützow
        who flew in Spain")."""
        before = self.before_lower
        if before in LOW_RANKS or before in RENAMED:
            return True  # "Sergeant Krejčí", "renamed Lützow"
        if before in FAMILY and self.head_lower in MY:
            return True  # "můj děda Alexandr Jegorov", "my uncle Pavlov"
        if before in ANOTHER:  # "jiného Pavlova", but "mimo jiné Bljucher"
            return self.head_lower not in {"mimo", "kromě", "krome", "mezi"}
        if before in NAMED_AS:
            return self.named_passively()
        if before in PASSIVE:  # "her maiden name was Model"
            return self.head_lower == "name"
        if before == "se":  # "jmenuju se Krejčí"
            return self.head_lower in CZECH_IS_CALLED
        if before in CZECH_IS_CALLED:  # "rodina se jmenuje Beneš"
            return self.head_lower == "se"
        if not english:
            return False
        if before == "the":
            return self.after_lower in NAMESAKE_AFTER
        # "a Kretschmer from Silesia", but "a Tupolev design".
        return before in INDEFINITE and self.after_lower in INDEFINITE_NAMESAKE_AFTER

    def named_passively(self) -> bool:
        """Whether "was called" or "was named" comes before the name: it names
        a thing ("Perm was called Molotov"), where "a Latvian named Alksnis"
        introduces a man."""
        return self.before_lower in NAMED_AS and self.head_lower in PASSIVE

    def followed_by_a_persons_verb(self) -> bool:
        """Whether a verb only a person does follows the name, across an
        auxiliary: "Chkalov was killed", "Chkalov flew", "Čkalov zahynul"."""
        return self.verb_after_lower in PERSONS_VERBS

    def surname_alone(self) -> bool:
        """Whether the name is one word with no title or capitalised word
        before it: "Pane Krejčí" or "Krejčí said", not "General Krejčí",
        "generála Krejčího" or "Edvard Beneš"."""
        if " " in self.text[self.start : self.end]:
            return False
        lowered = self.before_lower
        if lowered in ADDRESSES:
            return True  # "Pane Krejčí", "Mr Kretschmer": a civilian's
        if self.before[:1].isupper() or lowered in TITLES_BEFORE:
            return False
        return not fold(lowered).startswith(_TITLE_STEMS)

    def name_a_person(self) -> bool:
        """Whether words for a relative or friend or a person's title come
        before the name, or an age after it, making it a person's ("his
        daughter Hanička", "s přítelkyní Haničkou", "Professor Junkers",
        "naše hanička (6 let)", "se šestiletou Haničkou")."""
        before = self.before_lower
        if before in RELATIVES or before in PERSON_TITLES:
            return True
        if "let" in before and before.endswith(AGE_BEFORE):
            return True  # "se šestiletou Haničkou"
        return AGE_AFTER.match(self.text, self.end) is not None

    def follow_a_possessive(self) -> bool:
        """Whether someone's possessive comes before the name: "Picasso's
        Guernica" (a painting), "Chamberlain's Munich", "Picassova Guernica"."""
        if self.text[self.start - 3 : self.start] in ("'s ", "’s "):
            return True
        before = self.before
        return before[:1].isupper() and before.endswith(CZECH_POSSESSIVE_ENDINGS)

    def follow_an_ordinal(self) -> bool:
        """Whether an ordinal makes the name another of its kind: "the Second
        Vienna Award", "druhá vídeňská arbitráž" (an ordinal written in the
        name's own case; "the second T-28" is a T-28)."""
        before = self.before
        return before.lower() in ORDINAL_WORDS and (
            before[:1].isupper() == self.text[self.start].isupper()
            or starts_sentence(self.text, self.before_start)
        )

    def names_a_thing_in_quotes(self) -> bool:
        """Whether the name is given to the thing named right before it:
        quoted after a name, Jagdgeschwader "Richthofen", JG 132 'Richthofen'
        (not: the cover name "Sander"), or after a unit's letters and number,
        JG 132 Richthofen."""
        if not self.quoted_alone():
            if not self.text[self.start - 2 : self.start - 1].isdigit():
                return False
            window = max(self.start - 24, 0)
            return _UNIT_NUMBER.search(self.text, window, self.start) is not None
        if _NAME_AND_NUMBER.search(self.text, max(self.start - 40, 0), self.start - 1):
            return True
        return word_before(self.text, self.start - 1)[0][:1].isupper()

    def make_a_longer_name(
        self, previous_end: int, next_is_a_name: bool, every_word_capitalised: bool
    ) -> bool:
        """Whether the name is a part of a longer name with a word beside it.

        "Versailles" in "Versailles Palace", "Berlin" in "Berlin Wall" or "the
        Treaty of Berlin", "Junkers" in "Hugo Junkers" name something else: a
        capitalised word right after or right before a one-word name (across
        "von") makes a longer name, unless it is a rank, a nationality, a
        month or a day, a word saying what the name is the name of ("Lipetsk Air
        Base"), the end of a phrase of its own ("In Spain Smushkevich") or a
        name found itself ("Luftwaffe Hans Jeschonnek", "Junkers of Dessau").
        Names of several words and designations ("Ju 52") are names enough on
        their own; in a headline in capitals, capitals say nothing.
        """
        text, surface = self.text, self.text[self.start : self.end]
        if " " in surface or _DIGIT.search(surface):
            # A capital beside a name of several words is more often another
            # name ("the First World War Medium Mk A Whippet").
            return False
        after = self.after
        if surface.isupper() and (after.isupper() or self.before.isupper()):
            return False  # "THE SPA TOWN THAT TRAINED THE LUFTWAFFE": a headline
        if (
            self.text[self.end : self.end + 1] in ("–", "—")
            and self.text[self.end + 1 : self.end + 2].isupper()
            and not next_is_a_name
        ):
            return True  # "the Moskva–Volha canal", "the Blomberg–Fritsch affair"
        if (
            every_word_capitalised
            and after[:1].isupper()
            and after.lower() not in NOT_A_LONGER_NAME
            # "in Moscow Martin Fiebig led…": another name follows.
            and not next_is_a_name
        ):
            return True
        if self.after_lower in PARTICLE_WORDS:
            # "Gustav Krupp von Bohlen": a particle and a capital after it.
            following = word_after(text, self.end + 1 + len(after))
            if following[:1].isupper():
                return True
        before, before_start = self.before, self.before_start
        if before in THINGS_BEFORE:
            return True  # "Operation Merkur", "Real Madrid", even opening a sentence
        if before == "the":
            before, before_start = word_before(text, before_start)
            if before != "of":
                return False  # "gave Germany the Sudetenland"
        if before == "of":
            head, head_start = word_before(text, before_start)
            return (
                head[:1].isupper()
                and not starts_sentence(text, head_start)
                # "Junkers of Dessau": a name found of a place, not one name.
                and head_start + len(head) != previous_end
            )
        particle = before.lower() in PARTICLE_WORDS
        if particle:
            before, before_start = word_before(text, before_start)
        if not before[:1].isupper() or before.endswith("."):
            return False
        if particle and before.lower() not in TITLES_BEFORE:
            return True  # "Manfred von Richthofen", even opening a sentence
        if (
            before.lower() in TITLES_BEFORE
            or before.lower() in PREPOSITIONS  # "1938 – V Mnichově"
            or before_start + len(before) == previous_end
        ):
            return False
        title = word_before(text, before_start)[0]
        if title.endswith(".") and title[:-1].lower() in ABBREVIATED_TITLES:
            return True  # "Ing. Karel Syrový": a first name after a title
        if starts_sentence(text, before_start):
            # "Okolí Voroněže", "Later Guderian": most words opening a
            # sentence are not first names.
            return False
        # "In Spain Smushkevich": the capital closes a phrase of its own,
        # which opens the sentence ("confused with Peter Henlein" does not).
        opener, opener_start = word_before(text, before_start)
        return opener.lower() not in PREPOSITIONS or not self.opens_a_clause(
            opener_start
        )


def in_title(neighbours: Neighbours, quoted: list[tuple[int, int]]) -> bool:
    """Whether the name is a word of a quoted title ("The Red Army's Victory")."""
    if not quoted:
        return False
    # The last quotation opening before the name, and whether it closes after.
    index = bisect_right(quoted, (neighbours.start, len(neighbours.text))) - 1
    return index >= 0 and quoted[index][1] >= neighbours.end


#: The stems of ranks and offices in Czech, folded, in any case: "generála",
#: "maršálem", "prezidentu".
_TITLE_STEMS = (
    "general",
    "marsal",
    "prezident",
    "ministr",
    "plukovnik",
    "kapitan",
    "major",
    "velitel",
    "admiral",
)
#: A unit's letters and number right before a name: "JG 132 Richthofen".
_UNIT_NUMBER = re.compile(r"\b[A-Z]{2,}\s\d+\s$")
#: A name and a number right before a quoted name: Jagdgeschwader 132 "…".
_NAME_AND_NUMBER = re.compile(r"\b[A-Z][\w.]*\s\d+\s$")
_DIGIT = re.compile(r"\d")
