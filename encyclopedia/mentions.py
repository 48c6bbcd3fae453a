"""From text to stored mentions: apply the linker and the editor's choices.

:func:`find_mentions` is pure (text in, mentions out); :func:`store_mentions`
replaces a page's rows in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import transaction

from core.caching.store import invalidate
from core.caching.tags import links_to_tag, mentions_tag

from .linking import Gazetteer, Match, Name, fold
from .models import EntryPage, Mention


@dataclass(frozen=True)
class TextBlock:
    """The visible text of one block of a page, under the block's id."""

    id: str
    text: str


@dataclass(frozen=True)
class MentionChoice:
    """An editor's ruling on one spelling in one page.

    With an ``entry_id`` the spelling always links to that entry (pinned); with
    None it never links (suppressed).
    """

    surface: str
    entry_id: int | None


@dataclass
class FoundMention:
    surface: str
    entry_id: int | None
    candidates: tuple[int, ...] = ()
    occurrences: list[tuple[str, int, int]] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.occurrences)


def surface_key(text: str) -> str:
    """Return the form under which two spellings count as the same."""
    return " ".join(fold(text).split())


def find_mentions(
    blocks: Iterable[TextBlock],
    gazetteer: Gazetteer,
    choices: Iterable[MentionChoice] = (),
) -> list[FoundMention]:
    """Return one mention per entry (and per unresolved spelling), in reading order."""
    rulings = {surface_key(choice.surface): choice.entry_id for choice in choices}
    pinned = Gazetteer(
        Name(surface, entry_id)
        for surface, entry_id in rulings.items()
        if entry_id is not None
    )
    found: dict[tuple, FoundMention] = {}
    for block in blocks:
        for match in _merged(pinned.find(block.text), gazetteer.find(block.text)):
            key_text = surface_key(match.surface)
            if key_text in rulings:
                ruling = rulings[key_text]
                if ruling is None:
                    continue
                entry_id, candidates = ruling, ()
            elif match.ambiguous:
                entry_id, candidates = None, match.entry_ids
            else:
                entry_id, candidates = match.entry_id, ()
            key = ("entry", entry_id) if entry_id else ("surface", key_text)
            mention = found.get(key)
            if mention is None:
                mention = found[key] = FoundMention(match.surface, entry_id, candidates)
            mention.occurrences.append((block.id, match.start, match.end))
    return list(found.values())


def _merged(pinned: list[Match], found: list[Match]) -> list[Match]:
    """Merge two match lists leftmost-longest; on the very same span, pinned wins.

    A pin on "Kama" does not cut "Kama River" short: the longer name still wins.
    """
    ranked = sorted(
        [(m.start, -(m.end - m.start), 0, m) for m in pinned]
        + [(m.start, -(m.end - m.start), 1, m) for m in found],
        key=lambda item: item[:3],
    )
    kept: list[Match] = []
    taken_until = -1
    for start, _length, _order, match in ranked:
        if start >= taken_until:
            kept.append(match)
            taken_until = match.end
    return kept


@transaction.atomic
def store_mentions(page_id: int, found: list[FoundMention]) -> list[Mention]:
    """Replace the stored mentions of a page with ``found``.

    The page shows them, and the entries named list the page ("Mentioned
    in"); entries it no longer names list it, so ``page:<id>`` reaches them.
    """
    Mention.objects.filter(page_id=page_id).delete()
    named = {mention.entry_id for mention in found if mention.entry_id}
    keys = EntryPage.objects.filter(pk__in=named).values_list(
        "translation_key", flat=True
    )
    invalidate({mentions_tag(page_id), *(links_to_tag(key) for key in keys)})
    return Mention.objects.bulk_create(
        Mention(
            page_id=page_id,
            entry_id=mention.entry_id,
            surface=mention.surface[:300],
            candidates=list(mention.candidates),
            occurrences=[list(occurrence) for occurrence in mention.occurrences],
            count=mention.count,
        )
        for mention in found
    )
