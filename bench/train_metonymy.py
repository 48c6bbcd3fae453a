"""Learn when a place's name means the event or school named after it.

Reads the linker's annotated sets (``bench/linker_devset``): every marked
name that is a spelling of a place an event or a school is named after, and
that no word beside it decides (:meth:`Senses.named_after_by_words`: the
model is asked only there), is an example, meant as the thing named after it
when its mark says so ("[Rapallo](Treaty of Rapallo) became a byword") and
as the place when its mark is the place.
Writes the weights of ``encyclopedia/metonymy.py``'s model to
``encyclopedia/metonymy.json``.

    .venv/bin/python bench/train_metonymy.py [--held-out]

``--held-out`` writes nothing: it learns from all sets but one and reports,
for each left-out set in turn, how many of the names the model would take
for the event or school are meant so and how many it decides rightly either
way, and at the end how many it would decide rightly at other thresholds
(what the threshold, the window and the penalty were chosen by).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from linker_quality import (
    DEVSET,
    ENTRIES,
    SETS,
    demo_gazetteer,
    demo_spellings,
    passages,
)

from encyclopedia.context import Neighbours
from encyclopedia.folding import fold
from encyclopedia.linking import name_keys
from encyclopedia.metonymy import (
    WEIGHTS,
    context_features,
    meant_by_odds,
    probability,
    train,
)

Example = tuple[str, list[str], bool]  # the set, the features, meant the thing


def examples(language: str) -> list[Example]:
    """Every marked spelling of a named place in the sets of ``language``
    that the words beside it leave undecided."""
    numbers = {spec["title"]: number for number, spec in enumerate(ENTRIES, start=1)}
    names = demo_spellings(language)
    senses = demo_gazetteer(names, language).senses
    keys: dict[str, set[int]] = {}
    for name in names:
        if name.entry_id in senses.named_places:
            for key in name_keys(name.text):
                keys.setdefault(key, set()).add(name.entry_id)
    found: list[Example] = []
    for kind in SETS:
        path = DEVSET / f"{kind}.{language}.txt"
        for _number, text, marks in passages(path):
            for mark in marks:
                surface = " ".join(fold(text[mark.start : mark.end]).split())
                for place in keys.get(surface, ()):
                    neighbours = Neighbours(text, mark.start, mark.end)
                    if senses.named_after_by_words(place, neighbours) is not None:
                        continue
                    event, school = senses.things_named_after(place)
                    meant = numbers.get(mark.title)
                    for thing, is_school in ((event, False), (school, True)):
                        if thing is None or meant not in (place, thing):
                            continue
                        features = context_features(
                            text,
                            mark.start,
                            mark.end,
                            english=language == "en",
                            school=is_school,
                        )
                        found.append((kind, features, meant == thing))
    return found


def held_out(found: list[Example]) -> None:
    """For each set in turn, learn from the others and read its names: how
    many the model takes for the event or school and how many of those are
    so meant, how many it reads rightly either way, and how many it leaves
    unclear; then how many it would read rightly and wrongly with other
    bounds, which :data:`PLACE_BELOW` and :data:`THING_ABOVE` are chosen by."""
    print(
        f"{'left out':<12}{'examples':>9}{'meant':>7}{'taken':>7}{'right':>7}"
        f"{'read':>6}{'wrong':>7}{'unclear':>9}"
    )
    total: Counter[str] = Counter()
    odds: list[tuple[float, bool]] = []
    for kind in SETS:
        weights = train([(f, m) for k, f, m in found if k != kind])
        tested = [(probability(weights, f), m) for k, f, m in found if k == kind]
        odds.extend(tested)
        read = [(meant_by_odds(p), m) for p, m in tested]
        row = Counter(
            examples=len(tested),
            meant=sum(m for _p, m in tested),
            taken=sum(r is True for r, _m in read),
            right=sum(r is True and m for r, m in read),
            read=sum(r == m for r, m in read if r is not None),
            wrong=sum(r != m for r, m in read if r is not None),
            unclear=sum(r is None for r, _m in read),
        )
        total.update(row)
        print(f"{kind:<12}" + _columns(row))
    print(f"{'all':<12}" + _columns(total))
    print("read rightly / wrongly, the place below and the thing above:")
    for low, high in ((0.5, 0.5), (0.8, 0.8), (0.5, 0.8), (0.2, 0.6), (0.4, 0.8)):
        read = [
            (meant_by_odds(p, place_below=low, thing_above=high), m) for p, m in odds
        ]
        right = sum(r == m for r, m in read if r is not None)
        wrong = sum(r != m for r, m in read if r is not None)
        print(f"  {low:.1f}, {high:.1f}: {right} / {wrong}")


def _columns(row: Counter[str]) -> str:
    return (
        f"{row['examples']:>9}{row['meant']:>7}{row['taken']:>7}{row['right']:>7}"
        f"{row['read']:>6}{row['wrong']:>7}{row['unclear']:>9}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held-out", action="store_true")
    args = parser.parse_args()
    by_language = {language: examples(language) for language in ("en", "cs")}
    if args.held_out:
        for language, found in by_language.items():
            print(f"{language}:")
            held_out(found)
        return
    found = [example for found in by_language.values() for example in found]
    weights = train([(features, meant) for _kind, features, meant in found])
    WEIGHTS.write_text(json.dumps(weights, ensure_ascii=False, indent=0) + "\n")
    print(f"{len(found)} examples, {len(weights)} weights -> {WEIGHTS}")


if __name__ == "__main__":
    main()
