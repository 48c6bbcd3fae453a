"""Citation coverage: which paragraphs and figures of a text cite no source.

Wikipedia's Military History project asks, before an article reaches A-class,
for a citation in every paragraph and for every figure (a number of men,
aircraft, casualties). A paragraph is covered when it marks a claim with a
source (``footnotes.CLAIM``); a figure is covered when a claim in the same
sentence is marked. Years are dates, not figures, and are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape

from django.utils.html import strip_tags

from core.html import split_top_level

from .footnotes import CLAIM, unlisted_footnotes

#: A quantity: digits (with thousands separators or a decimal part), not a
#: year standing alone (1000-2099), a century ("20th") or a designation
#: joined to letters ("T-28", "Bf 109" is caught by the letter rule below).
_NUMBER = re.compile(
    r"(?<![\w.,\-/])(\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?)(?![\w\-/])"
)
_YEAR = re.compile(r"^(1\d{3}|20\d{2})$")
_MONTH_AFTER = re.compile(
    r"^\.?\s*(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|"
    r"july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"ledna|února|března|dubna|května|června|července|srpna|září|října|"
    r"listopadu|prosince)\b",
    re.IGNORECASE,
)
#: Short words before a number that are words, not a type's letters ("Bf 109").
_NOT_DESIGNATIONS = frozenset(
    "a an and at by for in of on or to the some about over nearly only all its his "
    "her their our with from into after before up just each every under than "
    "na ve do od po za asi přes až se ke ku ze".split()
)
#: "2. světová válka", "1. československá divize": a Czech ordinal.
_ORDINAL_AFTER = re.compile(r"^\.\s+[a-zà-ž]")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[A-ZÀ-Ž„“\"(])")


@dataclass(frozen=True)
class Uncited:
    """A paragraph without a cited claim, or a figure in an uncited sentence."""

    kind: str  # "paragraph" or "figure"
    text: str  # the paragraph's opening words, or the sentence with the figure


@dataclass
class Coverage:
    paragraphs: int = 0
    cited_paragraphs: int = 0
    uncited: list[Uncited] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.uncited

    @property
    def uncited_paragraphs(self) -> list[Uncited]:
        return [item for item in self.uncited if item.kind == "paragraph"]

    @property
    def uncited_figures(self) -> list[Uncited]:
        return [item for item in self.uncited if item.kind == "figure"]


def body_coverage(body) -> Coverage:
    """The coverage of a StreamField body's rich-text paragraphs."""
    coverage = Coverage()
    for block in body:
        if block.block_type != "paragraph":
            continue
        for fragment in split_top_level(block.value.source):
            if fragment.tag == "p":
                _paragraph(fragment.html, coverage)
    return coverage


def coverage_report(page) -> dict:
    """What editors and reviewers are shown of a version of ``page``: its
    coverage, and the footnotes citing a source it no longer lists."""
    return {
        "coverage": body_coverage(page.body or []),
        "unlisted": unlisted_footnotes(page),
    }


def _paragraph(html: str, coverage: Coverage) -> None:
    text = _text(html)
    if not text:
        return
    coverage.paragraphs += 1
    if CLAIM.search(html):
        coverage.cited_paragraphs += 1
    else:
        coverage.uncited.append(Uncited("paragraph", _opening(text)))
    # Sentences as the reader sees them; a claim's words are marked in the HTML.
    marked = CLAIM.sub(lambda m: f"\x01{m['claim']}\x02", html)
    for sentence in _SENTENCE_END.split(_text(marked)):
        if "\x01" in sentence:
            continue
        if figures_in(sentence):
            coverage.uncited.append(Uncited("figure", sentence.strip()))


def figures_in(sentence: str) -> list[str]:
    """The quantities a sentence states: numbers that are not years or parts
    of a designation.

    >>> figures_in("On 3 May 1925 some 120 pilots flew the D.XIII and 2 T-28s.")
    ['120', '2']
    """
    found = []
    for match in _NUMBER.finditer(sentence):
        number = match.group(1)
        after = sentence[match.end() :]
        if (
            _YEAR.match(number)
            or _MONTH_AFTER.match(after)
            or _ORDINAL_AFTER.match(after)
        ):
            continue
        before = sentence[: match.start()].rstrip(" .").split()
        word = before[-1] if before else ""
        if (
            len(number) <= 4
            and 1 < len(word) <= 4
            and word[0].isupper()
            and word.isalpha()
            and word.casefold() not in _NOT_DESIGNATIONS
        ):
            continue  # "Bf 109", "Ju 52", "He 111": a type's number, not a quantity.
        found.append(number)
    return found


def _text(html: str) -> str:
    return " ".join(unescape(strip_tags(html)).split())


def _opening(text: str, words: int = 12) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")
