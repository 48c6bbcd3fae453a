"""Import references into the library from the files reference managers write.

BibTeX/BibLaTeX (``.bib``, read with ``bibtexparser``), RIS (``.ris``, read with
``rispy``) and CSL-JSON (``.json``). Each record becomes a library source
unless the library (or an earlier record of the same file) already holds the
work: the report says which record it is and why (the same ISBN, DOI, address,
signature, or author, title and year), so nothing is added twice.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import bibtexparser
import rispy
from bibtexparser.middlewares import (
    LatexDecodingMiddleware,
    SeparateCoAuthors,
    SplitNameParts,
)
from django.core.exceptions import ValidationError
from django.db import transaction

from .identifiers import normalise_doi, normalise_isbn, url_variants
from .library import DESCRIPTION_FIELDS, find_duplicate
from .models import Source, SourceKind

FORMATS = {"bib": "BibTeX", "ris": "RIS", "json": "CSL-JSON"}


class ReferenceFileError(ValueError):
    """A file that cannot be read as references, with where it went wrong."""

    def __init__(self, name: str, line: int, message: str) -> None:
        super().__init__(f"{name}, line {line}: {message}")
        self.name, self.line, self.message = name, line, message


@dataclass(frozen=True)
class ImportedRecord:
    """What became of one record of the file."""

    line: int
    title: str
    outcome: str  # "added", "in the library", "repeated in the file", "refused"
    source: Source | None = None
    reason: str = ""


@dataclass
class ImportReport:
    name: str
    records: list[ImportedRecord] = field(default_factory=list)

    def _with(self, outcome: str) -> list[ImportedRecord]:
        return [record for record in self.records if record.outcome == outcome]

    @property
    def added(self) -> list[ImportedRecord]:
        return self._with("added")

    @property
    def duplicates(self) -> list[ImportedRecord]:
        return self._with("in the library") + self._with("repeated in the file")

    @property
    def refused(self) -> list[ImportedRecord]:
        return self._with("refused")


def import_references(text: str, name: str) -> ImportReport:
    """Add the references of ``text`` (the file ``name``) to the library."""
    report = ImportReport(name)
    added_at: dict[int, int] = {}  # source id → the line that added it
    with transaction.atomic():
        for line, description in read_references(text, name):
            title = description.get("title", "") or "—"
            try:
                candidate = _candidate(description)
            except ValidationError as error:
                report.records.append(
                    ImportedRecord(
                        line, title, "refused", reason=" ".join(error.messages)
                    )
                )
                continue
            found = find_duplicate(candidate)
            if found is not None:
                outcome = (
                    "repeated in the file" if found.pk in added_at else "in the library"
                )
                reason = same_because(candidate, found)
                if found.pk in added_at:
                    reason += f" (line {added_at[found.pk]})"
                report.records.append(
                    ImportedRecord(line, title, outcome, found, reason)
                )
                continue
            candidate.save()
            added_at[candidate.pk] = line
            report.records.append(ImportedRecord(line, title, "added", candidate))
    return report


def _candidate(description: dict[str, Any]) -> Source:
    fields = {k: v for k, v in description.items() if k in DESCRIPTION_FIELDS and v}
    if not fields.get("title"):
        raise ValidationError("The record has no title.", code="required")
    fields["isbn"] = normalise_isbn(fields.get("isbn", ""))
    fields["doi"] = normalise_doi(fields.get("doi", ""))
    for name, value in fields.items():
        limit = getattr(Source._meta.get_field(name), "max_length", None)
        if isinstance(value, str) and limit and name not in ("url", "doi"):
            fields[name] = value[:limit]  # a field the file over-fills, cut
    candidate = Source(**fields)
    if candidate.kind == SourceKind.WEB and not candidate.url:
        candidate.kind = SourceKind.OTHER
    candidate.clean_fields(exclude=["match_key"])
    return candidate


def same_because(candidate: Source, found: Source) -> str:
    """Why ``found`` is the work ``candidate`` describes, in a reader's words."""
    if candidate.isbn and candidate.isbn == found.isbn:
        return f"the same ISBN ({found.isbn})"
    if candidate.doi and candidate.doi == found.doi:
        return f"the same DOI ({found.doi})"
    if candidate.url and found.url in url_variants(candidate.url):
        return "the same address"
    if candidate.signature and candidate.signature == found.signature:
        return f"the same archive signature ({found.signature})"
    return "the same author, title and year"


def read_references(text: str, name: str) -> list[tuple[int, dict[str, Any]]]:
    """The records of ``text`` as source descriptions, each with its first line."""
    extension = name.rsplit(".", 1)[-1].lower()
    if extension == "bib":
        return _from_bibtex(text, name)
    if extension == "ris":
        return _from_ris(text, name)
    if extension == "json":
        return _from_csl_json(text, name)
    raise ReferenceFileError(
        name, 1, "give a .bib (BibTeX), .ris (RIS) or .json (CSL-JSON) file"
    )


# BibTeX ----------------------------------------------------------------------

_BIBTEX_KINDS = {
    "book": SourceKind.BOOK,
    "inbook": SourceKind.BOOK,
    "incollection": SourceKind.BOOK,
    "collection": SourceKind.BOOK,
    "article": SourceKind.JOURNAL,
    "online": SourceKind.WEB,
    "www": SourceKind.WEB,
    "unpublished": SourceKind.ARCHIVE,
    "manuscript": SourceKind.ARCHIVE,
}


def _from_bibtex(text: str, name: str) -> list[tuple[int, dict[str, Any]]]:
    library = bibtexparser.parse_string(
        text,
        append_middleware=[
            LatexDecodingMiddleware(),
            SeparateCoAuthors(),
            SplitNameParts(),
        ],
    )
    if library.failed_blocks:
        block = library.failed_blocks[0]
        raise ReferenceFileError(
            name, block.start_line + 1, f"this entry cannot be read ({block.error})"
        )
    records = []
    for entry in library.entries:
        values = {key.lower(): value.value for key, value in entry.fields_dict.items()}
        kind = _BIBTEX_KINDS.get(entry.entry_type.lower(), SourceKind.OTHER)
        if kind == SourceKind.OTHER and values.get("url"):
            kind = SourceKind.WEB
        editors = _bibtex_names(values.get("editor"))
        author = _bibtex_names(values.get("author")) or (
            f"{editors} (eds.)" if editors else ""
        )
        records.append(
            (
                entry.start_line + 1,
                {
                    "kind": kind,
                    "title": _plain(values.get("title", "")),
                    "author": author,
                    "publisher": _plain(
                        values.get("publisher") or values.get("institution") or ""
                    ),
                    "year": _year(values.get("year") or values.get("date")),
                    "container": _plain(
                        values.get("journaltitle")
                        or values.get("journal")
                        or values.get("booktitle")
                        or ""
                    ),
                    "volume": _plain(values.get("volume", "")),
                    "issue": _plain(values.get("number") or values.get("issue") or ""),
                    "pages": _plain(values.get("pages", "")).replace("--", "–"),
                    "place": _plain(
                        values.get("location") or values.get("address") or ""
                    ),
                    "isbn": values.get("isbn", ""),
                    "doi": values.get("doi", ""),
                    "url": values.get("url", "").strip(),
                    "accessed": _day(values.get("urldate")),
                    "note": _plain(values.get("note", "")),
                },
            )
        )
    return records


def _bibtex_names(names) -> str:
    if not names:
        return ""
    written = []
    for person in names:
        if isinstance(person, str):
            written.append(_plain(person))
            continue
        given = " ".join(person.first)
        family = " ".join([*person.von, *person.last])
        written.append(_plain(f"{given} {family}".strip()))
    return "; ".join(written)


# RIS -------------------------------------------------------------------------

_RIS_KINDS = {
    "BOOK": SourceKind.BOOK,
    "CHAP": SourceKind.BOOK,
    "EBOOK": SourceKind.BOOK,
    "EDBOOK": SourceKind.BOOK,
    "JOUR": SourceKind.JOURNAL,
    "MGZN": SourceKind.JOURNAL,
    "NEWS": SourceKind.JOURNAL,
    "ELEC": SourceKind.WEB,
    "WEB": SourceKind.WEB,
    "BLOG": SourceKind.WEB,
    "MANSCPT": SourceKind.ARCHIVE,
    "UNPB": SourceKind.ARCHIVE,
}
_RIS_START = re.compile(r"^TY  - ", re.MULTILINE)


def _from_ris(text: str, name: str) -> list[tuple[int, dict[str, Any]]]:
    text = text.lstrip("\ufeff")
    starts = [
        text.count("\n", 0, match.start()) + 1 for match in _RIS_START.finditer(text)
    ]
    try:
        entries = rispy.loads(text)
    except Exception as error:  # rispy raises plain IOError/ValueError for bad input
        raise ReferenceFileError(
            name, 1, f"this is not a RIS file ({error})"
        ) from error
    if len(entries) != len(starts):
        raise ReferenceFileError(
            name, starts[-1] if starts else 1, "a record does not end with “ER  -”"
        )
    records = []
    for line, entry in zip(starts, entries, strict=True):
        kind = _RIS_KINDS.get(entry.get("type_of_reference", ""), SourceKind.OTHER)
        serial = entry.get("issn", "")  # SN: an ISBN for books, an ISSN otherwise
        pages = "–".join(
            part for part in (entry.get("start_page"), entry.get("end_page")) if part
        )
        urls = entry.get("urls") or []
        records.append(
            (
                line,
                {
                    "kind": kind,
                    "title": entry.get("title") or entry.get("primary_title") or "",
                    "author": "; ".join(
                        _ris_name(n)
                        for n in entry.get("authors")
                        or entry.get("first_authors")
                        or []
                    ),
                    "publisher": entry.get("publisher", ""),
                    "year": _year(entry.get("year") or entry.get("publication_year")),
                    "container": entry.get("secondary_title")
                    or entry.get("journal_name")
                    or "",
                    "volume": entry.get("volume", ""),
                    "issue": entry.get("number", ""),
                    "pages": pages,
                    "place": entry.get("place_published", ""),
                    "isbn": serial if kind == SourceKind.BOOK else "",
                    "doi": entry.get("doi", ""),
                    "url": urls[0] if urls else "",
                    "accessed": _day(entry.get("access_date")),
                    "signature": entry.get("call_number", ""),
                    "note": "; ".join(entry.get("notes") or []),
                },
            )
        )
    return records


def _ris_name(name: str) -> str:
    family, _comma, given = name.partition(",")
    return f"{given.strip()} {family.strip()}".strip()


# CSL-JSON --------------------------------------------------------------------

_CSL_KINDS = {
    "book": SourceKind.BOOK,
    "chapter": SourceKind.BOOK,
    "article-journal": SourceKind.JOURNAL,
    "article-magazine": SourceKind.JOURNAL,
    "article-newspaper": SourceKind.JOURNAL,
    "webpage": SourceKind.WEB,
    "post-weblog": SourceKind.WEB,
    "manuscript": SourceKind.ARCHIVE,
}


def _from_csl_json(text: str, name: str) -> list[tuple[int, dict[str, Any]]]:
    try:
        items = json.loads(text)
    except json.JSONDecodeError as error:
        raise ReferenceFileError(
            name, error.lineno, f"not JSON: {error.msg}"
        ) from error
    if isinstance(items, dict):
        items = [items]
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ReferenceFileError(name, 1, "CSL-JSON is a list of references")
    lines = _json_item_lines(text, len(items))
    records = []
    for line, item in zip(lines, items, strict=True):
        kind = _CSL_KINDS.get(item.get("type", ""), SourceKind.OTHER)
        archive = kind == SourceKind.ARCHIVE
        editors = _csl_names(item.get("editor"))
        records.append(
            (
                line,
                {
                    "kind": kind,
                    "title": str(item.get("title", "")),
                    "author": _csl_names(item.get("author"))
                    or (f"{editors} (eds.)" if editors else ""),
                    "publisher": str(
                        (item.get("archive") if archive else item.get("publisher"))
                        or item.get("publisher")
                        or ""
                    ),
                    "year": _csl_year(item.get("issued")),
                    "container": str(item.get("container-title", "")),
                    "volume": str(item.get("volume", "")),
                    "issue": str(item.get("issue", "")),
                    "pages": str(item.get("page", "")),
                    "place": str(item.get("publisher-place", "")),
                    "isbn": str(item.get("ISBN", "")),
                    "doi": str(item.get("DOI", "")),
                    "url": str(item.get("URL", "")),
                    "accessed": _csl_day(item.get("accessed")),
                    "signature": str(item.get("archive_location", "")),
                    "note": str(item.get("note", "")),
                },
            )
        )
    return records


def _json_item_lines(text: str, count: int) -> list[int]:
    """The line of each top-level item of a JSON list (1 where none is found)."""
    lines, depth, line = [], 0, 1
    in_string = escaped = False
    for char in text:
        if char == "\n":
            line += 1
        if in_string:
            escaped = not escaped and char == "\\"
            if char == '"' and not escaped:
                in_string = False
            continue
        if char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth == 2 and char == "{":
                lines.append(line)
        elif char in "]}":
            depth -= 1
    return lines if len(lines) == count else [1] * count


def _csl_names(names) -> str:
    return "; ".join(
        name.get("literal")
        or f"{name.get('given', '')} {name.get('family', '')}".strip()
        for name in names or []
        if isinstance(name, dict)
    )


def _csl_year(issued) -> int | None:
    try:
        return int(issued["date-parts"][0][0])
    except (KeyError, IndexError, TypeError, ValueError):
        return _year((issued or {}).get("raw") if isinstance(issued, dict) else None)


def _csl_day(value) -> date | None:
    try:
        return date(*(int(part) for part in value["date-parts"][0][:3]))
    except (KeyError, IndexError, TypeError, ValueError):
        return None


# Shared ----------------------------------------------------------------------


def _plain(text: str) -> str:
    """BibTeX's protective braces off, white space as one space."""
    return " ".join(str(text).replace("{", "").replace("}", "").split())


def _year(value) -> int | None:
    match = re.search(r"\b(\d{3,4})\b", str(value or ""))
    return int(match[1]) if match and 0 < int(match[1]) <= 2100 else None


def _day(value) -> date | None:
    match = re.match(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})", str(value or "").strip())
    if not match:
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None
