"""A library record as a CSL-JSON reference, the shape every export starts from."""

from __future__ import annotations

import re
from typing import Any

from .models import Source, SourceKind
from .pages import person_name

#: Our kinds of source as CSL item types.
CSL_TYPES = {
    SourceKind.BOOK: "book",
    SourceKind.JOURNAL: "article-journal",
    SourceKind.WEB: "webpage",
    SourceKind.ARCHIVE: "manuscript",
    SourceKind.OTHER: "document",
}
_EDITORS = re.compile(r"\s*\((?:eds?|ed)\.\)\s*$", re.IGNORECASE)


def creators(text: str) -> dict[str, list[dict[str, str]]]:
    """The author field ("Igor Lukes; Erik Goldstein (eds.)") as CSL names, with
    editors marked "(ed.)" or "(eds.)" as editors.

    >>> creators("Yuri Dyakov; Tatyana Bushuyeva")["author"][1]
    {'family': 'Bushuyeva', 'given': 'Tatyana'}
    """
    names = [name.strip() for name in text.split(";") if name.strip()]
    if names and _EDITORS.search(names[-1]):
        names[-1] = _EDITORS.sub("", names[-1])
        return {"editor": [person_name(name) for name in names]}
    return {"author": [person_name(name) for name in names]} if names else {}


def source_reference(source: Source, *, locator: str = "") -> dict[str, Any]:
    """``source`` as a CSL-JSON item, keyed by its record in the library."""
    item: dict[str, Any] = {
        "id": f"source-{source.pk}",
        "type": CSL_TYPES.get(source.kind, "document"),
        "title": source.title,
        **creators(source.author),
    }
    for key, value in (
        ("container-title", source.container),
        ("publisher", source.publisher),
        ("publisher-place", source.place),
        ("volume", source.volume),
        ("issue", source.issue),
        ("page", source.pages),
        ("ISBN", source.isbn),
        ("DOI", source.doi),
        ("URL", source.url),
        ("note", source.note),
        ("locator", locator),
    ):
        if value:
            item[key] = value
    if source.kind == SourceKind.ARCHIVE:
        # An archive document: the archive, and where in it the document is.
        item.pop("publisher", None)
        if source.publisher:
            item["archive"] = source.publisher
        if source.signature:
            item["archive_location"] = source.signature
    if source.year:
        item["issued"] = {"date-parts": [[source.year]]}
    if source.accessed:
        day = source.accessed
        item["accessed"] = {"date-parts": [[day.year, day.month, day.day]]}
    return item
