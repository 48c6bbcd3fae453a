"""The forms a Czech name takes in its seven cases, made by rule.

Czech declines names: Moskva is "z Moskvy", "k Moskvě", "před Moskvou"; Rudá
armáda is "Rudé armády" and "s Rudou armádou". The linker finds names by their
spelling, so a Czech entry's name is given every form it takes; the text is
left as written, so each match still points at the words in it.

Why forms made from the names, not a stemmer run over names and text: a
stemmer cuts the text, so a match could no longer be mapped back to the words
written (the linker keeps one folded character per written character), and
Czech stems collide widely ("Kama" and "kamna"). The forms are few (a word's
paradigm follows from its ending, as Czech grammars teach it), are made once
per name when the gazetteer is built, and over-generating a form that no text
uses costs a key, never a wrong link.

Which words decline: in a person's name every word but particles ("von") and
initials; in other names the leading adjectives and the first noun, not what
follows it ("Bitva u Chalchyn golu" declines "Bitva" only). Words are declined
case by case together, so "Rudá armáda" gives "Rudé armády", not "Rudou
armády". Pure Python; no Django.
"""

from __future__ import annotations

from itertools import product

Forms = dict[int, set[str]]  # case number (1-7) -> the word's forms in it

CASES = range(1, 8)
VOCATIVE = 5
PARTICLES = frozenset({"von", "van", "de", "der", "den", "zu", "la", "le", "di", "da"})
_SOFT = "žščřcjťďň"
#: A soft consonant with a háček, and its letter before "ě", "i", "í".
_UNHACEK = {"ň": "n", "ť": "t", "ď": "d"}
#: Combinations of forms a name may make in one case: a bound on the gazetteer.
MAX_FORMS_PER_CASE = 12


def case_forms(name: str, *, person: bool = False, plural: bool = False) -> set[str]:
    """Every form of ``name`` in the seven cases (``plural`` adds the plural)."""
    words = name.split()
    if not words:
        return set()
    declined = _declining(words, person)
    per_word = [
        _word_forms(word, person=person, plural=plural) if index in declined else None
        for index, word in enumerate(words)
    ]
    found = set()
    # Only people are called to: a place's vocative ("Haničko") is a girl's.
    cases = CASES if person else [case for case in CASES if case != VOCATIVE]
    for case in (*cases, *((8, 9, 10, 11) if plural else ())):
        choices = [
            sorted(forms.get(case, {word})) if forms is not None else [word]
            for word, forms in zip(words, per_word, strict=True)
        ]
        # A bound per case, so that every case keeps its forms.
        for count, combination in enumerate(product(*choices)):
            if count >= MAX_FORMS_PER_CASE:
                break
            found.add(" ".join(combination))
    return found


#: The endings of a possessive adjective: Žukovův plán, Žukovova ofenziva.
_POSSESSIVE_ENDINGS = (
    "ův", "ova", "ovo", "ovi", "ovy", "ovu", "ově", "ovou", "ových", "ovým", "ovými",
)  # fmt: skip


def possessive_forms(surname: str) -> set[str]:
    """A man's surname as the possessive adjective Czech makes of it, in every
    form: "Žukovova", "Benešově", "Háchův". None for adjectival surnames
    ("Tuchačevskij": "Tuchačevského" is already a case form)."""
    low = surname.lower()
    if len(low) < 3 or low.endswith(("ý", "í", "ij", "e", "o", "i", "y")):
        return set()
    stem = surname[:-1] if low.endswith("a") else surname
    if not stem[-1:].isalpha() or stem[-1].lower() in "aeiouyáéíóúůě":
        return set()
    return {stem + ending for ending in _POSSESSIVE_ENDINGS}


def _declining(words: list[str], person: bool) -> set[int]:
    if person:
        return {
            index
            for index, word in enumerate(words)
            if word.lower() not in PARTICLES
            and not word.endswith(".")
            and word.isalpha()
        }
    declined = set()
    for index, word in enumerate(words):
        if not word.replace("-", "").isalpha():
            break
        declined.add(index)
        if _is_adjective(word) or (
            # "na řece Kamě", but "u řeky Chalchyn gol": a name of one word.
            index == 0 and word.lower() in _DECLINED_WITH_THEIR_NAME and len(words) == 2
        ):
            continue
        break  # the first noun: what follows it keeps its own case
    return declined


#: Verbal nouns end in "í" as soft adjectives do: otevření, obsazení, dobytí.
_VERBAL_NOUN_ENDINGS = ("ení", "ání", "ětí", "ití", "ytí", "utí")


#: Words whose name after them takes their case: "na řece Kamě", "z města
#: Kazaně" (but "u jezera Chasan").
_DECLINED_WITH_THEIR_NAME = frozenset({"řeka", "město"})


def _is_adjective(word: str) -> bool:
    low = word.lower()
    return low.endswith(("ý", "á", "é", "í")) and not low.endswith(_VERBAL_NOUN_ENDINGS)


def _word_forms(word: str, *, person: bool, plural: bool) -> Forms:
    low = word.lower()
    if len(low) < 3:
        return {}  # "A", "de", "Ju": a letter or a particle, not a noun
    if low.endswith(("skij", "ckij")):
        return _adjective(word[:-2], "ý", person=True) | {1: {word}}
    if low.endswith(("ý", "á", "é")) or (low.endswith("í") and _is_adjective(word)):
        return _adjective(word[:-1], low[-1], person=person)
    if low.endswith(_VERBAL_NOUN_ENDINGS):
        # Otevření, do otevření, s otevřením: one form but the instrumental.
        return {case: {word} for case in CASES} | {7: {word + "m"}}
    if low.endswith("ia"):
        # Avia, Avie, Avii, Avií: the i keeps the endings soft.
        stem = word[:-1]
        return _with(
            stem,
            {
                1: ("a",),
                2: ("e",),
                3: ("i",),
                4: ("i",),
                5: ("o",),
                6: ("i",),
                7: ("í",),
            },
        )
    if low.endswith("a"):
        return _feminine_a(word[:-1], person=person, plural=plural)
    if low.endswith("o"):
        return _neuter_o(word[:-1])
    if low.endswith(("e", "ě")):
        forms = _soft_e(word[:-1], low[-1])
        if person and low.endswith("e") and word[-2:-1].isalpha():
            # A German surname: Sperrle, Sperrla or Sperrleho, Sperrlovi.
            hard = _hard_consonant(word[:-1], person=True)
            hard[2].add(word + "ho")
            hard[3].add(word + "mu")
            hard[4].add(word + "ho")
            hard[6].add(word + "m")
            forms = {c: forms.get(c, set()) | hard.get(c, set()) for c in CASES}
            forms[1].add(word)
        return forms
    if low.endswith(("i", "y")) and not person:
        return _plural_place(word[:-1], low[-1])
    if low.endswith("ij"):
        return _soft_consonant(word, person=True)
    if low.endswith("ec") and len(low) > 4:
        # The mobile e: konec, do konce, s koncem; Němec, Němce.
        forms = _soft_consonant(word[:-2] + word[-1], person=person)
        forms[1] = {word}
        if not person:
            forms[4] = {word}
        return forms
    if low[-1] in _SOFT:
        return _soft_consonant(word, person=person)
    if low[-1].isalpha() and low[-1] not in "aeiouyáéíóúůýě":
        forms = _hard_consonant(word, person=person)
        if plural:
            forms |= _hard_plural(word)
        if low.endswith(("ec", "ek")) and len(low) > 4:
            # The mobile e: konec, do konce; Burešek, Bureška.
            short = word[:-2] + word[-1]
            shortened = (
                _soft_consonant(short, person=person)
                if short[-1].lower() in _SOFT
                else _hard_consonant(short, person=person)
            )
            forms = {
                case: forms.get(case, set()) | shortened.get(case, set())
                for case in CASES
            }
        return forms
    return {}


def _with(stem: str, endings: dict[int, tuple[str, ...]]) -> Forms:
    return {
        case: {stem + ending for ending in found} for case, found in endings.items()
    }


def _softened(stem: str) -> str:
    """The stem before "-e"/"-ě" of the dative and locative: Praha, Praze."""
    low = stem.lower()
    if low.endswith("ch"):
        return stem[:-2] + "še"
    last = low[-1:]
    if last == "k":
        return stem[:-1] + "ce"
    if last in ("h", "g"):
        return stem[:-1] + "ze"
    if last == "r":
        return stem[:-1] + "ře"
    if last in ("d", "t", "n", "b", "p", "v", "m", "f"):
        return stem + "ě"
    return stem + "e"


def _adjective(stem: str, ending: str, *, person: bool) -> Forms:
    if ending == "á":
        return _with(
            stem,
            {
                1: ("á",),
                2: ("é",),
                3: ("é",),
                4: ("ou",),
                5: ("á",),
                6: ("é",),
                7: ("ou",),
            },
        )
    if ending == "í":
        return _with(
            stem,
            {
                1: ("í",),
                2: ("ího", "í"),
                3: ("ímu", "í"),
                4: ("ího", "í"),
                5: ("í",),
                6: ("ím", "í"),
                7: ("ím", "í"),
            },
        )
    accusative = ("ého",) if person else (ending, "ého")
    return _with(
        stem,
        {
            1: (ending,),
            2: ("ého",),
            3: ("ému",),
            4: accusative,
            5: (ending,),
            6: ("ém",),
            7: ("ým",),
        },
    )


def _feminine_a(stem: str, *, person: bool, plural: bool = False) -> Forms:
    soft = bool(stem) and stem[-1].lower() in _SOFT
    dative = (stem + "i", stem + "e") if soft else (_softened(stem),)
    forms = {
        1: {stem + "a"},
        2: {stem + ("e" if soft else "y")},
        3: set(dative),
        4: {stem + "u"},
        5: {stem + "o"},
        6: set(dative),
        7: {stem + "ou"},
    }
    if person:  # Hácha, Háchovi
        forms[3].add(stem + "ovi")
        forms[6].add(stem + "ovi")
    if plural:  # tři štuky, pět štuk, se štukami (spoken: se štukama)
        forms |= _with(
            stem, {8: ("y",), 9: ("",), 10: ("ám",), 11: ("ách", "ami", "ama")}
        )
        if len(stem) > 2 and stem[-1] == "k" and stem[-2] not in "aeiouyáéíóúůýě":
            forms[9] = {stem[:-1] + "ek"}  # the mobile e: pět stodevítek
    return forms


def _neuter_o(stem: str) -> Forms:
    return {
        1: {stem + "o"},
        2: {stem + "a"},
        3: {stem + "u"},
        4: {stem + "o"},
        6: {stem + "u", _softened(stem)},
        7: {stem + "em"},
    }


def _soft_e(stem: str, ending: str) -> Forms:
    return _with(
        stem,
        {
            1: (ending,),
            2: (ending, "í"),
            3: ("i",),
            4: (ending, "i"),
            6: ("i",),
            7: ("í", "em"),
        },
    )


def _plural_place(stem: str, ending: str) -> Forms:
    """Šichany, v Šichanech; Fili, ve Filích: names that are plurals."""
    if ending == "y":
        return _with(
            stem,
            {
                1: ("y",),
                2: ("", "ů"),
                3: ("ům",),
                4: ("y",),
                6: ("ech", "ích"),
                7: ("y", "ami", "ama"),  # spoken Czech: "se Sudetama"
            },
        )
    return _with(
        stem,
        {
            1: ("i",),
            2: ("í", "ů"),
            3: ("ím", "ům"),
            4: ("i",),
            6: ("ích", "ech"),
            7: ("mi", "emi"),
        },
    )


def _soft_consonant(word: str, *, person: bool) -> Forms:
    """Muž, stroj, and for places also the feminine píseň: Kazaň, Kazaně, Kazaní."""
    last = word[-1].lower()
    base = word[:-1] + _UNHACEK.get(last, word[-1])
    e = "ě" if last in _UNHACEK else "e"
    forms = {
        1: {word},
        2: {base + e},
        3: {base + "i"},
        4: {base + e} if person else {word},
        5: {base + "i"},
        6: {base + "i"},
        7: {base + e + "m"},
    }
    if person:
        forms[3].add(word + "ovi")
        forms[6].add(word + "ovi")
    else:
        forms[7].add(base + "í")
    return forms


def _hard_consonant(word: str, *, person: bool) -> Forms:
    if person:  # Seeckt, Seeckta, Seecktovi, Seecktem; Hans, Hanse
        e = ("e",) if word[-1].lower() in "szx" else ()
        return _with(
            word,
            {
                1: ("",),
                2: ("a", *e),
                3: ("ovi", "u"),
                4: ("a", *e),
                5: ("e", "u"),
                6: ("ovi", "u"),
                7: ("em",),
            },
        )
    # Lipeck, z Lipecka, v Lipecku; Berlín, v Berlíně; Leningrad, z Leningradu.
    forms = _with(
        word, {1: ("",), 2: ("u", "a"), 3: ("u",), 4: ("",), 6: ("u",), 7: ("em",)}
    )
    if word[-1].lower() not in "khg":
        forms[6].add(_softened(word))
    return forms


def _hard_plural(word: str) -> Forms:
    """Equipment counted: dva Fokkery, padesát fokkerů, s fokkery (spoken
    Czech: s fokkerama)."""
    return _with(word, {8: ("y",), 9: ("ů",), 10: ("ům",), 11: ("ech", "ami", "ama")})
