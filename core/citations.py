"""Citation formatting: a source's fields in, one line of reference text out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# Titles of whole works are set plainly; titles of parts (a web page, an article)
# go in quotation marks, as most style guides for history do.
_QUOTED_KINDS = {"web", "journal"}


@dataclass(frozen=True)
class Citation:
    kind: str
    title: str
    author: str = ""
    publisher: str = ""
    year: int | None = None
    url: str = ""
    accessed: date | None = None
    note: str = ""


def format_citation(citation: Citation) -> str:
    """Return the citation as one line of plain text.

    >>> format_citation(Citation("book", "The Roots of Blitzkrieg",
    ...     author="James S. Corum", publisher="University Press of Kansas", year=1992))
    'James S. Corum. The Roots of Blitzkrieg. University Press of Kansas, 1992.'
    """
    title = citation.title.strip()
    if citation.kind in _QUOTED_KINDS:
        title = f"\u201c{_sentence(title)}\u201d"
    parts = [_sentence(citation.author), _sentence(title)]
    imprint = ", ".join(
        part for part in (citation.publisher.strip(), str(citation.year or "")) if part
    )
    parts.append(_sentence(imprint))
    if citation.url:
        accessed = (
            f" (accessed {citation.accessed.isoformat()})" if citation.accessed else ""
        )
        parts.append(f"{citation.url}{accessed}.")
    parts.append(_sentence(citation.note))
    return " ".join(part for part in parts if part)


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    return text if text.endswith((".", "?", "!", "\u201d")) else f"{text}."
