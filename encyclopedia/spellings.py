"""Every spelling under which an entry is found in text of a language.

The names editors gave an entry (title, name in the original script, other
names, a designation and its variants) and what real text makes of them:

- a person's surname alone, capitalised ("Guderian");
- a Russian name in the Latin spellings English, German and Czech texts use,
  from its name in Cyrillic (``transliteration``): Tukhachevsky, Tuchatschewski,
  Tuchačevskij;
- "X of Y" turned round as English writes it too: "the Versailles Treaty";
- in English, a machine counted: "Fokker D.XIIIs", "T-26s";
- in Czech, each name in its seven cases (``czech_forms``): "z Moskvy",
  "Rudé armády", "s Tuchačevským", and machines in the plural ("fokkerů").

Pure Python; no Django: the gazetteer reads the entries from the database into
:class:`EntryNames`, the benchmarks from the demo's text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .czech_forms import case_forms, possessive_forms
from .linking import CaseRule, Name
from .transliteration import is_cyrillic, latin_spellings

# Particles that are not a surname on their own: "Erich von Manstein" is "Manstein".
_PARTICLES = frozenset({"von", "van", "de", "der", "den", "zu", "la", "le", "di"})
#: "Treaty of Versailles", "Field Regulations of 1936": a head, "of", a name.
_OF = re.compile(
    r"^(?P<head>[A-Z][a-z]+(?: [A-Z][a-z]+)?) of (?:the )?(?P<name>[A-Z0-9].*)$"
)
#: "Molotov–Ribbentrop Pact": two names joined by a dash, then the rest.
_PAIR = re.compile(
    r"^(?P<first>[A-Z][\w]+)(?P<dash>[–-])(?P<second>[A-Z][\w]+)(?P<rest> .+)$"
)
#: Whose event a name says, which a text about it may leave out: "the
#: (German) invasion of the Soviet Union".
_NATIONALITIES = frozenset(
    "German Soviet Czechoslovak Japanese Italian Spanish Polish British French".split()
)
#: "Ju 52", "I-16", "TB-3", "D.XIII", "Bf 109": letters, then digits or a
#: Roman numeral.
_DESIGNATION = re.compile(r"^[A-Z][A-Za-z]{0,3}[ .-]?(?:\d+[A-Za-z]?|[IVX]+)$")


@dataclass(frozen=True)
class EntryNames:
    """What an entry is called, as its editors wrote it."""

    entry_id: int
    title: str
    kind: str = ""  # person, unit, organisation, equipment, place, event
    native_name: str = ""
    #: Other names: (name, also an ordinary word, a grammatical form).
    aliases: tuple[tuple[str, bool, bool], ...] = ()
    designation: str = ""
    variants: tuple[str, ...] = ()


def capitalises_every_word(language: str) -> bool:
    """Whether ``language`` capitalises every word of a name ("Berlin Wall")
    or, as Czech does, only the first ("Pražský hrad")."""
    return language != "cs"


def surname(full_name: str) -> str | None:
    """Return the surname a text may use alone, or None for a one-word name."""
    words = full_name.split()
    if len(words) < 2:
        return None
    last = words[-1]
    if last.lower() in _PARTICLES or len(last) < 3 or last.endswith("."):
        return None
    return last


def spellings(entry: EntryNames, language: str) -> Iterator[Name]:
    """Every :class:`Name` the linker searches for ``entry`` in ``language`` text."""
    person = entry.kind == "person"
    counted = entry.kind == "equipment"
    grammatical = {name for name, _common, form in entry.aliases if form}
    own = [entry.title, entry.native_name, entry.designation, *entry.variants]
    own += [name for name, common, _form in entry.aliases if not common]
    own = [name for name in own if name]
    # The names a text may decline, turn round or shorten: not the forms
    # editors listed ("v Lipecku"), which are found as they are.
    written = [
        name for name in own if not is_cyrillic(name) and name not in grammatical
    ]
    if entry.native_name and is_cyrillic(entry.native_name):
        written += sorted(latin_spellings(entry.native_name))
    written += [spelled for name in written if (spelled := _umlauts_spelled_out(name))]
    if counted and (short := _designation_in(entry.title)) and short not in own:
        written.append(short)
    surnames = {family for name in written if person and (family := surname(name))}
    # "Barbarossa" for "Operation Barbarossa", "Hanička" for "Hanička Fort":
    # the name without the word for what it is, capitalised as a surname is.
    surnames |= {
        proper for name in written if (proper := _proper_part(name)) not in (None, *own)
    }

    def named(text: str, rule: CaseRule = CaseRule.ANY) -> Name:
        return Name(text, entry.entry_id, rule, entry.kind)

    found: list[Name] = [named(name) for name in own]
    for name, common, form in entry.aliases:
        if common:
            found.append(named(name, CaseRule.COMMON_WORD))
            if counted and (language == "en" or name.endswith(("a", "o"))):
                # "Ratas", "Chatos": the plural Spanish nicknames keep in
                # Czech text as in English.
                found.append(named(f"{name}s", CaseRule.COMMON_WORD))
            if language == "cs" and not form and name.endswith("a"):
                # "španělskou Ratu": a nickname is declined too, where its
                # forms are no Czech word's (those of "Chato" are "Chata", a
                # cottage).
                for declined in case_forms(name, plural=counted):
                    found.append(named(declined, CaseRule.COMMON_WORD))
    for name in written:
        found.append(named(name))
        if language == "en":
            found += [named(turned) for turned in _turned_round(name)]
        if person:
            found += [named(titled) for titled in _with_noble_title(name)]
    for family in surnames:
        found.append(named(family, CaseRule.CAPITALISED))

    if language == "en" and counted:
        found += [named(f"{name}s") for name in written]
    if language == "cs":
        for name in written:
            for form in case_forms(name, person=person, plural=counted):
                found.append(named(form))
                if (short := _czechoslovak_shortened(form)) is not None:
                    found.append(named(short))
        for family in surnames:
            # A surname is a person's; "Hanička" of "Hanička Fort" is not
            # called to ("Haničko" is the girl).
            for form in case_forms(family, person=person):
                found.append(named(form, CaseRule.CAPITALISED))
            if person:
                for form in possessive_forms(family):
                    found.append(named(form, CaseRule.CAPITALISED))
    seen: set[tuple[str, CaseRule]] = set()
    for name in found:
        if (name.text, name.case_rule) not in seen:
            seen.add((name.text, name.case_rule))
            yield name


#: The German titles of nobility written before "von": "Wilhelm Ritter von
#: Thoma", "Wolfram Freiherr von Richthofen".
_NOBLE_TITLES = ("Ritter", "Freiherr", "Graf", "Edler")


def _with_noble_title(name: str) -> list[str]:
    """A German name with "von" and each title of nobility a text may add."""
    given, von, family = name.partition(" von ")
    if not von or not given or given.split()[-1] in _NOBLE_TITLES:
        return []
    return [f"{given} {title} von {family}" for title in _NOBLE_TITLES]


def _turned_round(name: str) -> list[str]:
    """Other orders English writes a name in: "Treaty of Versailles" as
    "Versailles Treaty", "Field Regulations of 1936" as "1936 Field
    Regulations", "Molotov–Ribbentrop Pact" as "Ribbentrop–Molotov Pact"."""
    turned = []
    if match := _OF.match(name):
        turned.append(f"{match['name']} {match['head']}")
    if match and match["head"] == "Battle":
        # "the battle at Lake Khasan", "the battle for Madrid"
        turned += [f"Battle {word} {match['name']}" for word in ("at", "near", "for")]
    if name.startswith("Closing of "):
        turned.append(f"Closure of {name[len('Closing of ') :]}")
    if name.endswith(" River"):
        turned.append(f"river {name[: -len(' River')]}")  # "the river Kama"
    if name.endswith(" Forces"):
        turned.append(name[: -len("s")])  # "the Soviet Air Force"
    nationality, _space, rest = name.partition(" ")
    if nationality in _NATIONALITIES and len(rest.split()) >= 3:
        turned.append(rest)  # "the invasion of the Soviet Union"
    if match := _PAIR.match(name):
        turned.append(
            f"{match['second']}{match['dash']}{match['first']}{match['rest']}"
        )
    return turned


#: Words for what a thing is, around its proper name: "Operation
#: Barbarossa", "operace Barbarossa", "Fort Dobrošov", "Hanička Fort". Not the
#: Czech "tvrz": alone, "Hanička" is a girl's name too.
_GENERIC_BEFORE = frozenset({"operation", "operace", "fort"})
_GENERIC_AFTER = frozenset({"fort"})


def _proper_part(name: str) -> str | None:
    """The proper name inside a name with a word for its kind: "Barbarossa"
    of "Operation Barbarossa", "Hanička" of "Hanička Fort"."""
    words = name.split()
    if len(words) != 2:
        return None
    if words[0].lower() in _GENERIC_BEFORE:
        return words[1]
    if words[1].lower() in _GENERIC_AFTER:
        return words[0]
    return None


def _umlauts_spelled_out(name: str) -> str | None:
    """ "Lützow" as a text without umlauts writes it: "Luetzow"."""
    spelled = name
    for umlaut, digraph in (
        ("ä", "ae"),
        ("ö", "oe"),
        ("ü", "ue"),
        ("Ä", "Ae"),
        ("Ö", "Oe"),
        ("Ü", "Ue"),
    ):
        spelled = spelled.replace(umlaut, digraph)
    return spelled if spelled != name else None


def _czechoslovak_shortened(name: str) -> str | None:
    """ "čs. armáda" for "československá armáda": Czech writes the adjective
    of the state short in every case ("čs. armády", "čs. letectvem")."""
    first, space, rest = name.partition(" ")
    if space and first.lower().startswith("československ"):
        return f"čs. {rest}"
    return None


def _designation_in(title: str) -> str | None:
    """A machine's designation after its maker's name: "Ju 52" of "Junkers Ju 52"."""
    maker, _space, rest = title.partition(" ")
    if rest and maker[:1].isupper() and _DESIGNATION.match(rest):
        return rest
    return None
