"""What a passage is about, told from the words of the entries' summaries.

When two entries share a name ("Kama", the river and the tank school) and the
words right beside it do not decide, the rest of the passage usually does: a
text about dams, Perm and the Volga means the river; one about tanks, the
Reichswehr and instructors means the school. Each entry that shares a name
or has namesakes keeps the stems of the first words of its summary, where a
summary says what the thing is, and each namesake the stems of its
description; the stems the passage shares with one candidate and not with the
others vote for it. Pure Python, no Django; texts come folded (lower
case, no diacritics, one space between words), as the linker searches them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from .cues import SETTLEMENTS
from .folding import fold

if TYPE_CHECKING:
    from .linking import Match


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if c.isascii())


#: Words too common to say anything of a topic, in English and Czech.
_COMMON = frozenset(
    _plain(word)
    for word in """that this with from were which their there been have into when
    where while after before about also only other they them then than some most
    more over under until since year years later first last between during
    though through would could still such many each both what
    jako které který která jejich jeho její byla bylo byly jsou před mezi
    přes podle kde když také ještě roce letech první dnes""".split()
)
_SETTLEMENTS = frozenset(fold(word) for word in SETTLEMENTS)
_WORD = re.compile(r"[^\W\d_]{4,}")
#: How far on either side of a name the passage's words are read, in characters.
WINDOW = 250
#: How far on either side of a name its namesakes' words are looked for, in
#: characters: about a clause. Writers name a namesake to set it apart ("the
#: Lützow who flew in Spain has nothing to do with the ships"), so a wider
#: window takes the entry's own mentions for the namesake's (100 to 250
#: characters cost more links than they saved on the annotated sets).
NAMESAKE_WINDOW = 60
#: How many stems of its summary an entry keeps: a bound on the memory a
#: large encyclopedia's shared names take (a summary's first words say most).
KEPT_STEMS = 32


def stem(word: str) -> str:
    """A crude stem that meets a word's inflected forms: "prehrady" and
    "prehradni", "trained" and "training" (not "volha" and "volhy")."""
    return word[: min(6, max(4, len(word) - 2))]


def topic_words(summary: str) -> str:
    """The stems an entry keeps from its folded summary, in the order they
    come, joined by spaces (a string is the smallest thing to keep for many)."""
    kept: dict[str, None] = {}
    for word in _WORD.findall(summary):
        if word not in _COMMON:
            kept.setdefault(stem(word))
            if len(kept) == KEPT_STEMS:
                break
    return " ".join(kept)


@lru_cache(maxsize=4096)
def _own_words(topics: tuple[str, ...]) -> dict[str, int]:
    """Each candidate's own stems (those the others lack), and whose they are.

    The names a text shares come back often ("T-28" on every page of a tank
    article): this is worked out once for them.
    """
    bags = [set(words.split()) for words in topics]
    return {
        word: index
        for index, bag in enumerate(bags)
        for word in bag.difference(*(b for b in bags if b is not bag))
    }


def most_spoken_of(
    folded: str,
    start: int,
    end: int,
    candidates: tuple[int, ...],
    topics: Mapping[int, str],
    *,
    window: int = WINDOW,
) -> int | None:
    """The candidate whose own topic words the folded passage around
    ``start:end`` (``window`` characters on either side) holds most, by at
    least one more than any other; else None. The name itself, said again
    nearby, is no vote ("Pavlov … Pavlov")."""
    words = tuple(topics.get(entry, "") for entry in candidates)
    if not all(words):
        return None  # an entry without a summary cannot be told from the others
    owner = _own_words(words)
    around = f"{folded[max(start - window, 0) : start]} {folded[end : end + window]}"
    # A stem is four to six letters long: look each word's prefixes up.
    name = folded[start:end]
    found = {
        prefix
        for word in set(around.split())
        if len(word) >= 4
        for prefix in (word[:4], word[:5], word[:6])
        if prefix in owner and not name.startswith(prefix)
    }
    counts = [0] * len(candidates)
    for word in found:
        counts[owner[word]] += 1
    best = max(counts)
    if best and counts.count(best) == 1:
        return candidates[counts.index(best)]
    return None


class Topics:
    """The summaries' words of the entries a name alone does not tell apart,
    and of their namesakes, and the passages' votes between them."""

    def __init__(self) -> None:
        #: The entries that share a name with another ("Kama": the river and
        #: the school), whose summaries :meth:`learn` reads.
        self.sharing: frozenset[int] = frozenset()
        #: Entry -> the topic words of each namesake its editors listed
        #: ("Pavlov": the physiologist, the Moravian village); looked up for
        #: every name found.
        self.namesakes: dict[int, tuple[str, ...]] = {}
        #: The entries with a namesake that is a settlement ("Dobrošov", the
        #: hamlet of the fort's name): "na Dobrošově" may be either.
        self.settlement_namesakes: frozenset[int] = frozenset()
        self._own: dict[int, str] = {}

    def learn_namesakes(self, namesakes: Iterable[tuple[int, str]]) -> None:
        """Keep the topic words of the namesakes editors listed for entries:
        (entry, the namesake's name and description) pairs ("Dmitry Pavlov":
        "Ivan Pavlov, physiologist who studied reflexes in dogs"). Call before
        :meth:`learn`, which then keeps these entries' summaries too (a
        namesake learned after it has no summary to be told from)."""
        found: dict[int, list[str]] = {}
        settlements = set()
        for entry, words in namesakes:
            folded = fold(words)
            if kept := topic_words(folded):
                found.setdefault(entry, []).append(kept)
            if not _SETTLEMENTS.isdisjoint(folded.split()):
                settlements.add(entry)
        self.namesakes = {entry: tuple(words) for entry, words in found.items()}
        self.settlement_namesakes = frozenset(settlements)

    @property
    def wanted(self) -> frozenset[int]:
        """The entries whose summaries :meth:`learn` wants: those that
        share a name and those with namesakes."""
        return self.sharing.union(self.namesakes)

    def learn(self, summaries: Iterable[tuple[int, str]]) -> None:
        """Keep, for each entry that shares a name or has namesakes, the first
        words of its summary ("Kama": the river's Volga and Perm, the school's
        tanks and Reichswehr). ``summaries`` yields (entry, summary), read one
        at a time."""
        wanted = self.wanted
        self._own = {
            entry: topic_words(fold(summary))
            for entry, summary in summaries
            if entry in wanted
        }

    def speak_of_a_namesake(
        self, entry: int, folded: str, start: int, end: int
    ) -> bool:
        """Whether the passage around the name at ``start:end`` of the folded
        text speaks of one of the entry's namesakes more than of the entry:
        "Pavlov" among wine and the Pálava hills is the village, not the
        general. Decided at each occurrence, since a text about the general
        may say he is not the physiologist. Asked of one-word names only: a
        name of several words ("Dmitrij Pavlov") is the entry's own."""
        if entry not in self.namesakes:
            return False
        if not (own := self._own.get(entry)):
            return False
        # Only the namesakes of this name: "Smushkevich" among aircraft is
        # not "Douglas", the aircraft maker of his other name.
        name = folded[start:end]
        namesakes = [
            words
            for words in self.namesakes[entry]
            if any(name.startswith(stem) for stem in words.split())
        ]
        if not namesakes:
            return False
        topics = dict(enumerate((own, *namesakes)))
        chosen = most_spoken_of(
            folded, start, end, tuple(topics), topics, window=NAMESAKE_WINDOW
        )
        return chosen is not None and chosen != 0  # 0 is the entry itself

    def decided_by_topic(
        self,
        matches: list[Match],
        shared_at: list[int],
        folded: str,
        first_seen: dict[tuple[int, ...], tuple[int, int]],
    ) -> None:
        """Resolve each name still shared (at the indexes ``shared_at``) by
        the words around its first occurrence in the folded text, once for
        the text: one sense per text, as writers keep it (the site links a
        paragraph at a time)."""
        if not self._own:
            return
        decided = {}
        for entry_ids, (start, end) in first_seen.items():
            chosen = most_spoken_of(folded, start, end, entry_ids, self._own)
            if chosen is not None:
                decided[entry_ids] = (chosen,)
        for index in shared_at:
            if (chosen := decided.get(matches[index].entry_ids)) is not None:
                matches[index] = replace(matches[index], entry_ids=chosen)
