"""References in the files reference managers read: BibTeX, RIS and CSL-JSON.

Each takes references in CSL-JSON, the one shape they are kept in here, and
writes what Zotero, Mendeley, EndNote, JabRef or a LaTeX bibliography reads.
"""

from __future__ import annotations

import json
import re
from typing import Any

#: CSL types as BibLaTeX entry types and RIS record types.
ENTRY_TYPES = {
    "webpage": ("online", "ELEC"),
    "book": ("book", "BOOK"),
    "chapter": ("incollection", "CHAP"),
    "article-journal": ("article", "JOUR"),
    "article-magazine": ("article", "MGZN"),
    "article-newspaper": ("article", "NEWS"),
    "manuscript": ("unpublished", "MANSCPT"),
    "entry-encyclopedia": ("inreference", "ENCYC"),
}
_DEFAULT_TYPE = ("misc", "GEN")
_LANGUAGES = {"cs": "czech", "en": "english", "de": "german", "ru": "russian"}
_LATEX_SPECIAL = re.compile(r"([\\{}%&$#_^~])")
_LATEX_REPLACEMENTS = {"\\": r"\textbackslash{}", "^": r"\^{}", "~": r"\~{}"}


def to_csl_json(items: list[dict[str, Any]]) -> str:
    """The references as CSL-JSON, the format of citeproc and Zotero."""
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def to_bibtex(items: list[dict[str, Any]]) -> str:
    """The references as BibLaTeX entries (also read by BibTeX tools)."""
    entries = []
    for item in items:
        entry_type = ENTRY_TYPES.get(item.get("type", ""), _DEFAULT_TYPE)[0]
        fields: list[tuple[str, str]] = []
        for role in ("author", "editor"):
            if item.get(role):
                fields.append((role, " and ".join(_bibtex_name(n) for n in item[role])))
        fields.append(("title", "{" + _latex(item.get("title", "")) + "}"))
        for key, field in (
            ("container-title", "journaltitle" if entry_type == "article" else None),
            ("publisher", "publisher"),
            ("publisher-place", "location"),
            ("volume", "volume"),
            ("issue", "number"),
            ("page", "pages"),
            ("ISBN", "isbn"),
            ("archive", "institution"),
            ("archive_location", "note"),
        ):
            if item.get(key) and field:
                fields.append((field, _latex(str(item[key]))))
        if entry_type == "online" and item.get("container-title"):
            fields.append(("organization", _latex(item["container-title"])))
        issued = iso_date(item.get("issued"))
        if issued:
            fields += [("date", issued), ("year", issued[:4])]
        # Verbatim fields: no LaTeX escapes, but no brace may end the field.
        for key, field in (("DOI", "doi"), ("URL", "url")):
            if item.get(key):
                fields.append((field, _verbatim(item[key])))
        accessed = iso_date(item.get("accessed"))
        if accessed:
            fields.append(("urldate", accessed))
        if item.get("language") in _LANGUAGES:
            fields.append(("langid", _LANGUAGES[item["language"]]))
        body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
        entries.append(f"@{entry_type}{{{_key(item)},\n{body}\n}}\n")
    return "\n".join(entries)


def to_ris(items: list[dict[str, Any]]) -> str:
    """The references as RIS records (EndNote, Zotero, Mendeley)."""
    records = []
    for item in items:
        lines = [("TY", ENTRY_TYPES.get(item.get("type", ""), _DEFAULT_TYPE)[1])]
        lines += [("AU", _ris_name(name)) for name in item.get("author", [])]
        lines += [("A2", _ris_name(name)) for name in item.get("editor", [])]
        lines.append(("TI", item.get("title", "")))
        for key, tag in (
            ("container-title", "T2"),
            ("publisher", "PB"),
            ("publisher-place", "CY"),
            ("volume", "VL"),
            ("issue", "IS"),
            ("ISBN", "SN"),
            ("DOI", "DO"),
            ("archive", "AN"),
            ("URL", "UR"),
            ("language", "LA"),
        ):
            if item.get(key):
                lines.append((tag, str(item[key])))
        issued = iso_date(item.get("issued"))
        if issued:
            lines += [("PY", issued[:4]), ("DA", issued.replace("-", "/"))]
        accessed = iso_date(item.get("accessed"))
        if accessed:
            lines.append(("Y2", accessed.replace("-", "/")))
        lines.append(("ER", ""))
        # One line per tag: a line break in a value would start a tag of its own.
        records.append(
            "".join(
                f"{tag}  - {' '.join(str(value).split())}\r\n" for tag, value in lines
            )
        )
    return "".join(records)


def iso_date(value: dict | None) -> str:
    """A CSL date as ISO 8601, as far as it is known (2026, 2026-03, 2026-03-14)."""
    if not value or not value.get("date-parts"):
        return ""
    return "-".join(f"{part:02d}" for part in value["date-parts"][0])


def _verbatim(text: str) -> str:
    return "".join(str(text).split()).replace("{", "%7B").replace("}", "%7D")


def _key(item: dict[str, Any]) -> str:
    return re.sub(r"[^A-Za-z0-9_:-]", "", str(item.get("id", "reference")))


def _latex(text: str) -> str:
    return _LATEX_SPECIAL.sub(
        lambda m: _LATEX_REPLACEMENTS.get(m[1], "\\" + m[1]), " ".join(text.split())
    )


def _bibtex_name(name: dict[str, str]) -> str:
    if name.get("literal"):
        return "{" + _latex(name["literal"]) + "}"  # a body, not a person
    given = f", {_latex(name['given'])}" if name.get("given") else ""
    return _latex(name.get("family", "")) + given


def _ris_name(name: dict[str, str]) -> str:
    if name.get("literal"):
        return name["literal"]
    given = f", {name['given']}" if name.get("given") else ""
    return name.get("family", "") + given
