"""Benchmark the entity linker: build time, throughput and peak memory.

Builds a gazetteer of 100,000 synthetic entries plus the demo encyclopedia's,
each with every spelling the site searches for (``encyclopedia.spellings``:
surnames, plurals, designations, names turned round), then links 10 MB of text
made of the seed article and synthetic sentences that name the synthetic
entries. Prints the figures; no database is needed.

    .venv/bin/python bench/linker.py [--names 100000] [--megabytes 10]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from encyclopedia.linking import Gazetteer, Name  # noqa: E402
from encyclopedia.spellings import EntryNames, spellings  # noqa: E402
from home.demo.encyclopedia import ENTRIES  # noqa: E402

SEED = ROOT.parent / "shared" / "seed" / "german-soviet-cooperation.txt"
SYLLABLES = (
    "ka ro vin del mar tus hel bra gen sto li wer mon dax fel ur ost pan".split()
)
FIRST = (
    "Anna Boris Carl Dora Emil Fritz Greta Hans Ivan Jakob Karl Lena Max Olga".split()
)


def synthetic_word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


#: What kind of entry each shape of synthetic name is.
KINDS = ("person", "equipment", "place", "unit")


def synthetic_entries(count: int, rng: random.Random) -> list[EntryNames]:
    entries = []
    for entry_id in range(1_000_000, 1_000_000 + count):
        shape = entry_id % 4
        if shape == 0:
            text = f"{rng.choice(FIRST)} {synthetic_word(rng)}"
        elif shape == 1:
            text = (
                f"{synthetic_word(rng)} {rng.choice('ABCDHKRT')}-{rng.randint(1, 999)}"
            )
        elif shape == 2:
            text = f"{synthetic_word(rng)} {synthetic_word(rng)}"
        else:
            text = f"{rng.randint(1, 99)}th {synthetic_word(rng)} Regiment"
        entries.append(EntryNames(entry_id, text, kind=KINDS[shape]))
    return entries


def demo_entries() -> list[EntryNames]:
    entries = []
    for number, spec in enumerate(ENTRIES, start=1):
        aliases = tuple(
            (alias, False, False) if isinstance(alias, str) else (*alias, False)
            for alias in spec.get("aliases", [])
        )
        entries.append(
            EntryNames(
                number,
                spec["title"],
                kind=spec["type"],
                native_name=spec.get("native", ""),
                aliases=aliases,
                designation=spec.get("designation", ""),
                variants=tuple(spec.get("variants", [])),
            )
        )
    return entries


def corpus(megabytes: int, names: list[Name], rng: random.Random) -> str:
    seed = SEED.read_text(encoding="utf-8") if SEED.exists() else ""
    filler = (
        "The staff met in the spring and talked about the supply of fuel, the "
        "state of the airfield and the weather over the steppe. "
    )
    parts: list[str] = []
    size = 0
    target = megabytes * 1_000_000
    while size < target:
        if seed and rng.random() < 0.05:
            piece = seed
        else:
            named = rng.choice(names).text
            piece = f"{filler}Later {named} was mentioned in a report. "
        parts.append(piece)
        size += len(piece.encode("utf-8"))
    return "".join(parts)


DEMO_SUMMARIES = {number: spec["summary"] for number, spec in enumerate(ENTRIES, 1)}


def summary(entry: EntryNames, pool: list[str]) -> str:
    """The demo entry's summary, or a synthetic one of about its length."""
    if entry.entry_id in DEMO_SUMMARIES:
        return DEMO_SUMMARIES[entry.entry_id]
    words = " ".join(pool[(entry.entry_id * 7 + i * 13) % len(pool)] for i in range(40))
    return f"{entry.title} was a {entry.kind} known from {words}."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=100_000)
    parser.add_argument("--megabytes", type=int, default=10)
    parser.add_argument(
        "--passes", type=int, default=1, help="link the text this many times; best"
    )
    args = parser.parse_args()
    rng = random.Random(1925)

    entries = synthetic_entries(args.names, rng) + demo_entries()
    text = corpus(args.megabytes, [Name(e.title, e.entry_id) for e in entries], rng)
    megabytes = len(text.encode("utf-8")) / 1_000_000

    started = time.perf_counter()
    gazetteer = Gazetteer(name for e in entries for name in spellings(e, "en"))
    build_seconds = time.perf_counter() - started

    # As the site does: the summaries of the entries that share a name, for
    # the passage around such a name to decide it, read one at a time.
    started = time.perf_counter()
    pool = [synthetic_word(rng).lower() for _ in range(5000)]
    gazetteer.learn_topics(
        (e.entry_id, summary(e, pool))
        for e in entries
        if e.entry_id in gazetteer.sharing
    )
    topics_seconds = time.perf_counter() - started

    link_seconds = float("inf")
    for _pass in range(args.passes):
        started = time.perf_counter()
        matches = gazetteer.find(text)
        link_seconds = min(link_seconds, time.perf_counter() - started)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"entries:          {len(entries):,} ({gazetteer.size:,} search keys)")
    print(f"sharing a name:   {len(gazetteer.sharing):,} entries")
    print(f"automaton build:  {build_seconds:.2f} s")
    print(f"topic words:      {topics_seconds:.2f} s")
    print(f"text:             {megabytes:.1f} MB")
    print(
        f"linking:          {link_seconds:.2f} s = {megabytes / link_seconds:.1f} MB/s"
    )
    print(f"matches:          {len(matches):,}")
    print(f"peak memory:      {peak_mb:.1f} MB (process maximum resident set)")


if __name__ == "__main__":
    main()
