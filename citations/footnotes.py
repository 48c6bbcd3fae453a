"""Footnotes: claims in the text tied to the sources the page cites.

An editor marks a claim in the rich text with the source it rests on (a
Draftail entity, ``citations/wagtail_hooks.py``); it is stored around the claim:

    <span data-cites="12" data-locator="p. 47">the school trained 120 pilots</span>

``12`` is the source's record in the library, so a translation, which cites
the same records, keeps its footnotes. Readers see the claim followed by the
number of the source in the page's list, ``[3]``, and each source in the list
links back to the places that cite it, as encyclopedias do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape
from string import ascii_lowercase

from django.utils.html import escape, strip_tags
from django.utils.translation import gettext as _

#: A claim as stored. Draftail never nests one entity in another, and the
#: rich text has no other spans, so the first closing tag ends the claim.
CLAIM = re.compile(
    r'<span data-cites="(?P<source>\d+)"(?: data-locator="(?P<locator>[^"]*)")?>'
    r"(?P<claim>.*?)</span>",
    re.DOTALL,
)


@dataclass(frozen=True)
class Footnote:
    """One claim and what it cites, in the order of the text."""

    claim: str
    source_id: int
    locator: str


def footnotes_in(html: str) -> list[Footnote]:
    """The claims marked in ``html`` (stored rich text), in order."""
    return [
        Footnote(
            claim=unescape(strip_tags(match["claim"])),
            source_id=int(match["source"]),
            locator=unescape(match["locator"] or ""),
        )
        for match in CLAIM.finditer(html)
    ]


def body_footnotes(body) -> list[Footnote]:
    """The claims marked in a StreamField body's rich-text blocks, in order."""
    found = []
    for block in body:
        if block.block_type == "paragraph":
            found += footnotes_in(block.value.source)
    return found


def unlisted_footnotes(page) -> list[Footnote]:
    """The footnotes of ``page``'s body citing a source it does not list."""
    listed = {citation.source_id for citation in page.citations.all()}
    return [note for note in body_footnotes(page.body) if note.source_id not in listed]


@dataclass(frozen=True)
class Reference:
    """One entry of a page's list of sources: its number, the page's citation,
    and the superscripts that point at it (anchor, letter)."""

    number: int
    citation: object
    backlinks: list[tuple[str, str]]


@dataclass
class Notes:
    """A page's footnotes as one rendering numbers them.

    ``numbers`` gives each cited source's number in the page's list of sources;
    ``places`` collects, for each number, the anchors of the superscripts that
    cite it, for the list's back-links.
    """

    numbers: dict[int, int]
    places: dict[int, list[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, citations) -> Notes:
        """Numbered as the page lists ``citations`` (rows with ``source_id``)."""
        return cls({c.source_id: n for n, c in enumerate(citations, start=1)})

    def mark(self, html: str) -> str:
        """``html`` with each claim followed by its superscript reference."""
        if "data-cites" not in html:
            return html
        return CLAIM.sub(self._reference, html)

    def _reference(self, match: re.Match) -> str:
        number = self.numbers.get(int(match["source"]))
        if number is None:
            # A source the page no longer lists: the claim stays, unmarked;
            # coverage reports it to the editors.
            return match["claim"]
        places = self.places.setdefault(number, [])
        anchor = f"cite-ref-{number}-{len(places) + 1}"
        places.append(anchor)
        # Written by the editor's converter, escaped; written by anything else,
        # maybe not: shown as text either way.
        locator = escape(unescape(match["locator"] or ""))
        shown_locator = (
            f'<span class="reference__locator">: {locator}</span>' if locator else ""
        )
        return (
            f'{match["claim"]}<sup class="reference" id="{anchor}">'
            f'<a href="#source-{number}"><span class="visually-hidden">'
            f"{escape(_('Source'))} </span>[{number}]</a>{shown_locator}</sup>"
        )

    def references(self, citations) -> list[Reference]:
        """The page's ``citations`` in its order, each with the places citing it
        in what this rendering marked."""
        return [
            Reference(number, citation, self.backlinks(number))
            for number, citation in enumerate(citations, start=1)
        ]

    def footnotes(self, body) -> list[dict]:
        """Each claim of ``body`` with its target, for the API: the library's
        record, its number in the page's list, and the superscript's anchor."""
        seen: dict[int, int] = {}
        found = []
        for note in body_footnotes(body):
            number = self.numbers.get(note.source_id)
            anchor = None
            if number is not None:
                seen[number] = seen.get(number, 0) + 1
                anchor = f"cite-ref-{number}-{seen[number]}"
            found.append(
                {
                    "claim": note.claim,
                    "source": note.source_id,
                    "number": number,
                    "locator": note.locator,
                    "anchor": anchor,
                }
            )
        return found

    def backlinks(self, number: int) -> list[tuple[str, str]]:
        """The anchors citing source ``number``, each with its letter (a, b …)."""
        places = self.places.get(number, [])
        return [
            (anchor, ascii_lowercase[i] if i < 26 else str(i + 1))
            for i, anchor in enumerate(places)
        ]
