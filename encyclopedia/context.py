"""What the words around a name in a text say about it.

The gazetteer finds spellings; the words beside each one decide whether it is
the entry's name there: "the river Voronezh" is not the city, "Versailles" in
"the Versailles Palace" is part of a longer name, "after Munich" is the
agreement, "the Second Vienna Award" is not the First. Pure Python, read from
the text as written (capitals, punctuation), one :class:`Neighbours` a match.
"""

from __future__ import annotations

import re
from bisect import bisect_right

# Not ";": the word after it is capitalised only when it is a name.
_SENTENCE_END = frozenset(".!?:\n")
_OPENERS = frozenset(" \t\r\"'“”„‘’«»()[]–—-")

#: A Russian patronymic as English, German and Czech write it, in any case:
#: "Grigoryevich", "Grigorjewitsch", "Grigorjeviče", "Ivanovna".
PATRONYMIC_ENDINGS = tuple(
    f"{vowel}{ending}"
    for vowel in "oe"
    for ending in """vich vitch witsch vič viče viči vičem vičovi vna vny vně vnu
    vnou wna""".split()
)

#: Adjectives of nations and sides: "the Soviet 6th Army" is not the German one.
NATIONALITIES = frozenset(
    """german soviet russian red white czech czechoslovak slovak japanese spanish
    british french polish mongolian italian nationalist republican nazi
    bavarian prussian austrian hungarian romanian finnish american chinese
    sovětská sovětské sovětský japonská japonské japonský německá""".split()
)
#: Capitalised words that may stand beside a name without making a longer
#: name of it: ranks, titles, nationalities and months before it ("General
#: Guderian", "the Soviet Lipetsk"), what it is the name of after it
#: ("Lipetsk Air Base", below).
_TITLES_BEFORE = frozenset(
    """general generaloberst generalleutnant generalmajor colonel oberst major
    captain hauptmann lieutenant leutnant marshal field admiral commissar
    commander president chancellor minister premier professor dr mr mrs
    comrade tsar kaiser king emperor komdiv komkor komandarm kombrig director
    baron lord sir prince count duke
    german soviet russian red white czech czechoslovak slovak japanese spanish
    british french polish mongolian italian nationalist republican nazi
    january february march april may june july august september october
    november december maršál generál plukovník major kapitán prezident""".split()
)
#: Words a person's name may begin with ("General Douglas", "Lord Halifax")
#: that are not first names: the ranks, titles, nationalities and months above.
NOT_FIRST_NAMES = _TITLES_BEFORE
_NAMED_AFTER = frozenset(
    """air airfield airport aerodrome base school schools station camp
    railway works plant factory""".split()
)
_NOT_A_LONGER_NAME = _NAMED_AFTER | _TITLES_BEFORE
_PARTICLE_WORDS = frozenset({"von", "van", "de", "der", "den", "zu", "la", "le"})
#: Words before a name that make it the name of another thing: the river
#: Voronezh, not the city; the cruiser Lützow, not the pilot.
_NAMES_ANOTHER = frozenset(
    """river cruiser battleship ship hotel painting canvas řeka řeky řece řeku
    řekou křižník křižníku křižníkem loď lodi hotelu obraz obrazu obrazem""".split()
)
#: Words after a name that make it the name of another thing: the Voronezh
#: river, the Lipetsk oblast, the Voronezh Front.
_NAMED_ANOTHER_AFTER = frozenset(
    """river street avenue square bridge oblast front
    fronts cocktail cocktails plan decree decrees affair doctrine
    dům domu domem domě""".split()
)
#: What a possessive before it makes a place named after a person: "Pavlov's
#: House", "Mannerheim's Line".
_OWNED_PLACES = frozenset("House Line Square Street Bridge Hill Wood Farm".split())
#: Words after a name shared by several entries that say it is the
#: organisation's: "the Kama school".
ORGANISATION_AFTER = frozenset(
    """school schools academy works plant factory firm company škola školy
    škole školu školou""".split()
)
#: Words before a name that make it a place's, not a person's: "renamed
#: Chkalov", "the school in Chkalov".
PLACE_BEFORE = frozenset(
    "renamed in near přejmenován přejmenováno přejmenována v ve".split()
)
_ORDINALS = frozenset(
    """first second third fourth fifth sixth seventh eighth ninth tenth
    první druhý druhá druhé druhého druhou druhém třetí čtvrtý čtvrtá čtvrté
    pátý pátá páté""".split()
)
#: The ordinals as written, in either case: a quick look before the rule.
ORDINALS = _ORDINALS | {word.capitalize() for word in _ORDINALS}
#: Words before a place's name that make it the event named after it.
_EVENT_CUES = frozenset(
    "after before since following until till throughout during po před".split()
)
#: Verbs after a river's name that say it is the river: "Chalchyn gol teče".
RIVER_VERBS = frozenset(
    "flows rises runs joins meanders teče pramení protéká vlévá meandruje".split()
)
_SETTLEMENTS = frozenset(
    "village town city hamlet vesnice vesnici vesnicí obec obce městečko".split()
)
#: Czech words before a river's name that make it the river, not its battle.
_RIVER_BEFORE = frozenset(
    """k ke nad podél přes břeh břehu břehem řeka řeky řece řeku řekou""".split()
)
#: Words beside a place's name that make it the school named after it.
_INSTITUTION_AFTER = frozenset(
    """man men graduate graduates trained alumni veteran veterans cadets
    instructors files records archives course courses pupils""".split()
)
_INSTITUTION_BEFORE = frozenset(
    """absolvent absolventi absolventy absolventů absolventem absolventům""".split()
)
_OUTCOMES = frozenset(
    """victory victories defeat defeats triumph rout vítězství porážka porážce
    porážku""".split()
)
#: Words before "of" that make a place's name the event named after it:
#: "the terms of Munich", "podmínky Mnichova", "the lessons of Teruel".
_EVENT_HEADS = frozenset(
    """terms aftermath lessons legacy shadow spirit betrayal memory eve
    podmínky podmínek důsledky důsledků zrada zradu trauma odkaz""".split()
)
#: Words after a place's name that only an event does: "when Munich came",
#: "Teruel used up the army", "Versailles had forbidden", "přišel Mnichov".
_EVENT_VERBS = frozenset(
    """came happened followed ended proved meant taught
    forbade forbidden forbid banned sealed
    war crisis campaign terms battle fighting incident offensive""".split()
)
_EVENT_VERBS_BEFORE = frozenset(
    """přišel přišla přišlo nastal skončil znamenal""".split()
)
_AUXILIARIES = frozenset("had has was were would".split())
#: Words before a place's name that make it a bombing named after it: "the
#: raid on Guernica", "nálet na Guernicu".
_RAIDS = frozenset(
    """raid raids bombing bombardment destruction nálet náletu náletem
    bombardování zničení""".split()
)
_QUOTE_MARKS = frozenset('"“”„')
#: A place's name said to be an event: "Teruel was the coldest battle of the
#: war", "Mnichov byl pro generaci mých prarodičů trauma".
_CALLED_AN_EVENT = re.compile(
    r"\s+(?:was|is|became|remains|byl|byla|bylo|je|zůstává)\s+"
    # A determiner and adjectives, or a Czech dative ("pro generaci mých
    # prarodičů"), but no preposition: "Munich was far from the war" is not.
    r"(?:(?!(?:from|of|in|at|on|to|with|by|for|near|after|before|than|like)\b)"
    r"[^\W\d_][\w'’]*\s+){0,5}?"
    r"(?:battle|offensive|campaign|defeat|victory|betrayal|disaster|siege|war|"
    r"bitva|bitvou|ofenzíva|ofenzívou|porážka|porážkou|zrada|zradou|trauma|"
    r"traumatem|vítězství|katastrofa|katastrofou)\b",
    re.IGNORECASE,
)
#: A chronology's entry: a line or sentence opening with a date, a year and a
#: dash or colon, then the name ("1922 – Rapallo", "16. 4. 1922: Rapallo").
_MONTHS = """january february march april may june july august september
    october november december ledna února března dubna května června července
    srpna září října listopadu prosince""".split()
_CHRONOLOGY = re.compile(
    rf"(?:^|[\n.;]\s)(?:\d{{1,2}}\.?\s)*(?:(?:{'|'.join(_MONTHS)})\s)?"
    r"1[89]\d\d\s*[–—:,-]\s*$",
    re.MULTILINE | re.IGNORECASE,
)
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


class Neighbours:
    """The words on either side of a name in the text, read once."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.before, self.before_start = word_before(text, start)
        self.after = word_after(text, end)
        # Most rules compare lower-cased words: lowered once.
        self.before_lower, self.after_lower = self.before.lower(), self.after.lower()

    def name_another_thing(self) -> bool:
        """Whether the name is used as the name of something else: the river
        Voronezh, the cruiser Lützow, the Voronezh river, the Lipetsk oblast,
        Pavlov's House, Pavlovův dům."""
        if (
            self.before_lower in _NAMES_ANOTHER
            or self.after_lower in _NAMED_ANOTHER_AFTER
        ):
            return True
        return (
            self.text[self.end : self.end + 3] in ("'s ", "’s ")
            and word_after(self.text, self.end + 2) in _OWNED_PLACES
        )

    def follow_a_possessive(self) -> bool:
        """Whether someone's possessive comes before the name: "Picasso's
        Guernica" (a painting), "Chamberlain's Munich"."""
        return self.text[self.start - 3 : self.start] in ("'s ", "’s ")

    def follow_an_ordinal(self) -> bool:
        """Whether an ordinal makes the name another of its kind: "the Second
        Vienna Award", "druhá vídeňská arbitráž" (an ordinal written in the
        name's own case; "the second T-28" is a T-28)."""
        before = self.before
        return before.lower() in _ORDINALS and (
            before[:1].isupper() == self.text[self.start].isupper()
            or starts_sentence(self.text, self.before_start)
        )

    def speak_of_an_event(self, *, battle: bool, bombing: bool = False) -> bool:
        """Whether a place's name stands for an event named after it: "after
        Munich", "po Mnichovu", "the victory at Khalkhin Gol", "the terms of
        Munich", "when Munich came", "'Munich'"; for a battle "at Khalkhin
        Gol", "u Chalchyn golu"; for a bombing "the raid on Guernica"."""
        before = self.before_lower
        if before in _EVENT_CUES or before in _EVENT_VERBS_BEFORE:
            return True
        after = self.after_lower
        if after == "used":  # "Teruel used up the army", not "Munich used to"
            return word_after(self.text, self.end + 1 + len(self.after)) == "up"
        if after in _AUXILIARIES:
            after = word_after(self.text, self.end + 1 + len(self.after)).lower()
        if after in _EVENT_VERBS:
            return True
        if self.quoted_alone():
            return True  # "'Munich' still means betrayal"
        if _CALLED_AN_EVENT.match(self.text, self.end, self.end + 80):
            return True  # "Teruel was the coldest battle of the war"
        if _CHRONOLOGY.search(self.text, max(self.start - 40, 0), self.start):
            return True  # "1922 – Rapallo", "April 1922, Rapallo"
        if before in {"at", "of", "u", "on", "na"}:
            if battle and before in {"at", "u"}:
                return True
            head = word_before(self.text, self.before_start)[0].lower()
            if bombing and before in {"on", "of", "na"} and head in _RAIDS:
                return True
            return head in _OUTCOMES or (before == "of" and head in _EVENT_HEADS)
        return before in _EVENT_HEADS and self.text[self.start].isupper()

    def names_a_thing_in_quotes(self) -> bool:
        """Whether the name is quoted alone right after another name, as a
        name given to that thing: Jagdgeschwader "Richthofen" (not: the
        cover name "Sander")."""
        if not self.quoted_alone():
            return False
        return word_before(self.text, self.start - 1)[0][:1].isupper()

    def quoted_alone(self) -> bool:
        """Whether the name stands alone in quotation marks."""
        opening = self.text[self.start - 1 : self.start]
        closing = self.text[self.end : self.end + 1]
        return bool(opening and closing) and opening in "'‘\"“„" and closing in "'’\"”“"

    def name_a_settlement(self) -> bool:
        """Whether the words before an event's name make it a place's: "the
        village of Nomonhan", "k vesnici Nomonhan"."""
        before, before_start = self.before_lower, self.before_start
        if before == "of":
            before = word_before(self.text, before_start)[0].lower()
        return before in _SETTLEMENTS

    def speak_of_a_river(self, english: bool) -> bool:
        """Whether the words of and around a river's name say it is the river:
        a word for river in it ("řeky Chalchyn gol"), a river's verb after it
        ("Chalchyn gol teče"), "the" before it in English, which writes rivers
        with "the" ("the Khalkhin Gol", not "the Khalkhin Gol war"), and in
        Czech "k Chalchyn golu", "nad Chalchyn golem", "břeh Chalchyn golu"."""
        before = self.before_lower
        words = self.text[self.start : self.end].lower().split()
        if words[0] in _RIVER_BEFORE or "river" in words:  # "řeky Chalchyn gol"
            return True
        if self.after_lower in RIVER_VERBS:  # "Chalchyn gol teče…"
            return True
        if english:
            # "the Khalkhin Gol", but not "the Khalkhin Gol war".
            return before == "the" and self.after_lower not in _EVENT_VERBS
        return before in _RIVER_BEFORE

    def speak_of_an_institution(self) -> bool:
        """Whether a place's name stands for the school named after it: "the
        Lipetsk men", "a Lipetsk-trained pilot", "absolventi Lipecka"."""
        after = self.after
        if self.text[self.end : self.end + 1] == "-":  # "Lipetsk-trained"
            found = _WORD.match(self.text, self.end + 1)
            after = found.group() if found else ""
        return (
            after.lower() in _INSTITUTION_AFTER
            or self.before_lower in _INSTITUTION_BEFORE
        )

    def make_a_longer_name(
        self, previous_end: int, next_is_a_name: bool, every_word_capitalised: bool
    ) -> bool:
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
        if (
            every_word_capitalised
            and after[:1].isupper()
            and after.lower() not in _NOT_A_LONGER_NAME
            # "in Moscow Martin Fiebig led…": another name follows.
            and not next_is_a_name
        ):
            return True
        before, before_start = self.before, self.before_start
        if before == "the":
            before, before_start = word_before(text, before_start)
        if before == "of":
            head, head_start = word_before(text, before_start)
            return head[:1].isupper() and not starts_sentence(text, head_start)
        if before.lower() in _PARTICLE_WORDS:
            before, before_start = word_before(text, before_start)
        if not before[:1].isupper() or before.endswith("."):
            return False
        if (
            before.lower() in _TITLES_BEFORE
            or before.lower() in _PREPOSITIONS  # "1938 – V Mnichově"
            or before_start + len(before) == previous_end
        ):
            return False
        if starts_sentence(text, before_start):
            # "Okolí Voroněže", "Later Guderian": most words opening a
            # sentence are not first names.
            return False
        # "In Spain Smushkevich": the capital closes a phrase of its own.
        opener, _opener_start = word_before(text, before_start)
        return opener.lower() not in _PREPOSITIONS


def in_title(neighbours: Neighbours, quoted: list[tuple[int, int]]) -> bool:
    """Whether the name is a word of a quoted title ("The Red Army's Victory")."""
    if not quoted:
        return False
    # The last quotation opening before the name, and whether it closes after.
    index = bisect_right(quoted, (neighbours.start, len(neighbours.text))) - 1
    return index >= 0 and quoted[index][1] >= neighbours.end


def quoted_titles(text: str) -> list[tuple[int, int]]:
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


def word_after(text: str, end: int) -> str:
    # After a possessive comes what the name owns: "Heinkel's HD 37".
    if end >= len(text) or text[end] != " ":
        return ""
    match = _WORD.match(text, end + 1)
    return match.group().rstrip(".") if match else ""


def word_before(text: str, start: int) -> tuple[str, int]:
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


class WithoutCapitals:
    """Where a text is written without capitals, as forum posts are ("ppl keep
    saying seeckt had secret clauses."): a sentence that opens with a small
    letter, or the whole text when at least half of its sentences do. A
    colon or a line does not end a sentence here ("Požadavky: svoboda
    slova"). Made when a text first needs it; the sentence ends are found in
    one pass and kept as offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends = [found.end() for found in _SENTENCE_ENDS.finditer(text)]
        self._whole: bool | None = None

    def around(self, position: int) -> bool:
        """Whether the text is written without capitals at ``position``."""
        index = bisect_right(self.ends, position)
        if self._opens_small(self.ends[index - 1] if index else 0):
            return True
        if self._whole is None:
            starts = [0, *self.ends]
            small = sum(1 for start in starts if self._opens_small(start))
            self._whole = small * 2 >= len(starts)
        return self._whole

    def _opens_small(self, start: int) -> bool:
        opening = _LETTER.search(self.text, start)
        return opening is not None and opening.group().islower()


_SENTENCE_ENDS = re.compile(r"[.!?]+")
_LETTER = re.compile(r"[^\W\d_]")


def starts_sentence(text: str, start: int) -> bool:
    position = start - 1
    while position >= 0 and text[position] in _OPENERS:
        position -= 1
    return position < 0 or text[position] in _SENTENCE_END
