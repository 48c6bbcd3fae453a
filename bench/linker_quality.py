"""Measure the entity linker's recall and precision on annotated text.

Reads ``bench/linker_devset/*.{en,cs}.txt``: passages written for this
measure, each set by a different writer, with every name that should link
marked ``[surface](English entry title)``. The sets in the order they were
written, each measured once before anyone read it, then tuned on:

- ``dev``: written with the linker's rules;
- ``heldout``, ``heldout2``, ``heldout3``: each written apart, by someone who
  read neither the linker nor the other sets;
- ``heldout4`` to ``heldout7``, ``unseen`` to ``unseen28``: the same, each
  written after the linker of its day was frozen and measured once before
  anyone read it, then tuned on. From ``unseen19`` each set is adjudicated:
  a second annotator marked the plain text apart, and a third, who saw
  neither the linker's links nor whose mark was whose, decided where the
  two differ.

The gazetteer is built as the site builds it (``encyclopedia.spellings``) from
the demo encyclopedia's names: every English entry, and the Czech entries the
demo translates. A link is right when it overlaps a marked name of the same
entry; recall is the share of marked names with a right link, precision the
share of links that are right. A name shared by two entries is never linked,
so it counts against recall only.

    .venv/bin/python bench/linker_quality.py [--errors] [--names-only]

``--names-only`` drops the Czech declined forms editors listed by hand, to show
what the generated forms find on their own.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))  # the speed benchmark's demo records
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "garrison.settings")

import django  # noqa: E402

django.setup()

from linker import demo_entries  # noqa: E402

from encyclopedia.linking import Gazetteer, Name  # noqa: E402
from encyclopedia.spellings import (  # noqa: E402
    EntryNames,
    capitalises_every_word,
    spellings,
)
from home.demo import czech  # noqa: E402
from home.demo.encyclopedia import CZECH, ENTRIES  # noqa: E402
from home.demo.encyclopedia.namesakes import CZECH_NAMESAKES, NAMESAKES  # noqa: E402
from home.demo.translations import czech_aliases  # noqa: E402

DEVSET = ROOT / "bench" / "linker_devset"
_MENTION = re.compile(r"\[([^\]]+)\]\(")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    title: str


def parse(line: str) -> tuple[str, list[Mention]]:
    """The passage's text and its marked names (titles may hold parentheses)."""
    text, mentions, position = [], [], 0
    length = 0
    while (found := _MENTION.search(line, position)) is not None:
        text.append(line[position : found.start()])
        length += found.start() - position
        depth, cursor = 1, found.end()
        while depth:
            depth += {"(": 1, ")": -1}.get(line[cursor], 0)
            cursor += 1
        surface, title = found.group(1), line[found.end() : cursor - 1]
        mentions.append(Mention(length, length + len(surface), title))
        text.append(surface)
        length += len(surface)
        position = cursor
    text.append(line[position:])
    return "".join(text), mentions


def passages(path: Path) -> list[tuple[int, str, list[Mention]]]:
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            found.append((number, *parse(line)))
    return found


def records(language: str, names_only: bool) -> list[EntryNames]:
    """The demo's entries as the gazetteer of ``language`` sees them."""
    english = demo_entries()
    if language != "cs":
        return english
    translations = {**czech.ENTRIES, **CZECH}
    built = []
    for record in english:
        if (cz := translations.get(record.title)) is None:
            continue
        forms = czech_aliases(cz["title"], cz.get("aliases", []))
        # A translation starts as a copy of the English page, other names
        # included ("Pressburg", "Galen"); the Czech ones are added to them.
        dropped = set(cz.get("drop_aliases", ()))
        english = tuple(alias for alias in record.aliases if alias[0] not in dropped)
        aliases = english + tuple(
            (alias.name, alias.is_common_word, alias.is_inflected_form)
            for alias in forms
            if not (names_only and alias.is_inflected_form)
        )
        built.append(replace(record, title=cz["title"], aliases=aliases))
    return built


@cache
def untranslated(language: str) -> list[EntryNames]:
    """The demo's entries with no page of their own in ``language``: the site
    serves them there as aliases of the English pages, with their English
    names, and links them; the annotators, told to mark only entries with a
    Czech page, did not, so links to them are not scored."""
    if language != "cs":
        return []
    translated = {record.entry_id for record in records(language, False)}
    return [r for r in demo_entries() if r.entry_id not in translated]


def descriptions(language: str) -> dict[int, str]:
    """The demo entries' summaries in ``language``, by entry number."""
    translations = {**czech.ENTRIES, **CZECH}
    found = {}
    for number, spec in enumerate(ENTRIES, start=1):
        if language == "cs":
            # An untranslated entry's Czech page is an alias of the English.
            spec = translations.get(spec["title"], spec)
        found[number] = spec.get("summary", "")
    return found


def namesakes(language: str) -> list[tuple[int, str]]:
    """The demo entries' namesakes in ``language``: (entry number, the
    namesake's name and description)."""
    numbers = {spec["title"]: number for number, spec in enumerate(ENTRIES, start=1)}
    listed = CZECH_NAMESAKES if language == "cs" else NAMESAKES
    return [
        (numbers[title], f"{name} {description}")
        for title, pairs in listed.items()
        for name, description in pairs
    ]


@dataclass
class Score:
    marked: int = 0
    found: int = 0
    right_links: int = 0
    links: int = 0
    ambiguous: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.marked if self.marked else 1.0

    @property
    def precision(self) -> float:
        return self.right_links / self.links if self.links else 1.0


def demo_spellings(language: str, names_only: bool = False) -> list[Name]:
    """Every spelling of the demo's entries in ``language``."""
    known = [*records(language, names_only), *untranslated(language)]
    return [name for r in known for name in spellings(r, language)]


def demo_gazetteer(names: list[Name], language: str) -> Gazetteer:
    """A gazetteer of ``names`` that knows the demo's namesakes and summaries,
    as the site's does."""
    gazetteer = Gazetteer(
        names,
        every_word_capitalised=capitalises_every_word(language),
    )
    gazetteer.learn_namesakes(namesakes(language))
    gazetteer.learn_topics(descriptions(language).items())
    return gazetteer


def score(path: Path, language: str, names_only: bool, errors: bool) -> Score:
    titles = {number: spec["title"] for number, spec in enumerate(ENTRIES, start=1)}
    gazetteer = demo_gazetteer(demo_spellings(language, names_only), language)
    unmarked = {record.entry_id for record in untranslated(language)}
    result = Score()
    for number, text, marked in passages(path):
        matches = [m for m in gazetteer.find(text) if m.entry_id not in unmarked]
        links = [m for m in matches if not m.ambiguous]
        result.ambiguous += len(matches) - len(links)
        result.marked += len(marked)
        result.links += len(links)

        # Each link as the mention it makes, to be compared as marks are.
        made = [Mention(link.start, link.end, titles[link.entry_id]) for link in links]
        for link, mention_made in zip(links, made, strict=True):
            if any(_same(mention_made, mention) for mention in marked):
                result.right_links += 1
            elif errors:
                print(
                    f"  wrong  {path.name}:{number} {link.surface!r} -> "
                    f"{titles[link.entry_id]}"
                )
        for mention in marked:
            if any(_same(mention_made, mention) for mention_made in made):
                result.found += 1
            elif errors:
                surface = text[mention.start : mention.end]
                print(f"  missed {path.name}:{number} {surface!r} ({mention.title})")
    return result


#: The sets in the order they were written.
SETS = (
    "dev",
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "unseen",
    "unseen2",
    "unseen3",
    "unseen4",
    "unseen5",
    "unseen6",
    "unseen7",
    "unseen8",
    "unseen9",
    "unseen10",
    "unseen11",
    "unseen12",
    "unseen13",
    "unseen14",
    "unseen15",
    "unseen16",
    "unseen17",
    "unseen18",
    "unseen19",
    "unseen20",
    "unseen21",
    "unseen22",
    "unseen23",
    "unseen24",
    "unseen25",
    "unseen26",
    "unseen27",
    "unseen28",
)


def agreement() -> None:
    """Score each second annotation (``*.second.*.txt``) against the first,
    as the linker is scored: the ceiling a linker can be asked to reach."""
    print(f"{'set':<16}{'first':>7}{'second':>8}{'recall':>9}{'precision':>11}")
    for second in sorted(DEVSET.glob("*.second.*.txt")):
        kind, _second, language, _txt = second.name.split(".")
        first = passages(DEVSET / f"{kind}.{language}.txt")
        other = passages(second)
        marked = found = right = count = 0
        for (_n, text, a), (_m, text_b, b) in zip(first, other, strict=True):
            if text != text_b:
                raise SystemExit(f"{second.name}: a passage differs from the first's")
            marked, count = marked + len(a), count + len(b)
            found += sum(any(_same(x, y) for y in b) for x in a)
            right += sum(any(_same(y, x) for x in a) for y in b)
        print(
            f"{kind + '.' + language:<16}{marked:>7}{count:>8}"
            f"{found / marked:>9.1%}{right / count:>11.1%}"
        )


def _same(one: Mention, other: Mention) -> bool:
    """Whether two marks overlap and name the same entry."""
    return one.start < other.end and other.start < one.end and one.title == other.title


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every miss")
    parser.add_argument("--names-only", action="store_true")
    parser.add_argument(
        "--agreement",
        action="store_true",
        help="how far a second annotator agrees with the first",
    )
    args = parser.parse_args()
    if args.agreement:
        agreement()
        return
    print(f"{'set':<16}{'names':>7}{'links':>7}{'recall':>9}{'precision':>11}")
    for kind in SETS:
        for language in ("en", "cs"):
            path = DEVSET / f"{kind}.{language}.txt"
            if not path.exists():
                continue
            result = score(path, language, args.names_only, args.errors)
            print(
                f"{path.stem:<16}{result.marked:>7}{result.links:>7}"
                f"{result.recall:>9.1%}{result.precision:>11.1%}"
            )


if __name__ == "__main__":
    main()
