"""The library's rules: one record per work, found by its identifiers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db.models import Q

from .identifiers import match_key, normalise_doi, normalise_isbn, url_variants
from .models import Source

#: The fields a description of a source may carry into the library, in the
#: order an editor fills them in.
DESCRIPTION_FIELDS = (
    "kind",
    "title",
    "author",
    "publisher",
    "year",
    "container",
    "volume",
    "issue",
    "pages",
    "place",
    "isbn",
    "doi",
    "signature",
    "url",
    "accessed",
    "note",
)


def shares_an_identifier(source: Source) -> Q:
    """The condition for a record with an identifier of ``source``'s."""
    found = Q(pk__in=[])
    if source.isbn:
        found |= Q(isbn=source.isbn)
    if source.doi:
        found |= Q(doi=source.doi)
    if source.url:
        found |= Q(url__in=url_variants(source.url))
    if source.signature:
        found |= Q(signature=source.signature, publisher=source.publisher)
    return found


def same_author_title_year(source: Source) -> Q:
    """The condition for a record of the same author, main title and year that
    no identifier tells apart (another ISBN, DOI or address is another work)."""
    # A title alone ("Introduction", "Lipetsk") is not enough to call two
    # records one work: an author or a year must agree as well.
    if not (source.author or source.year):
        return Q(pk__in=[])
    same = Q(match_key=match_key(source.author, source.title, source.year))
    for name, spellings in (
        ("isbn", [source.isbn]),
        ("doi", [source.doi]),
        ("url", url_variants(source.url)),
    ):
        if any(spellings):
            same &= Q(**{name: ""}) | Q(**{f"{name}__in": spellings})
    return same


def same_work(source: Source) -> Q:
    """The condition for a record describing the same work as ``source``."""
    return shares_an_identifier(source) | same_author_title_year(source)


def find_duplicate(source: Source) -> Source | None:
    """Another record of the library describing the same work as ``source``:
    one sharing an identifier before one of the same author, title and year."""
    others = Source.objects.exclude(pk=source.pk) if source.pk else Source.objects
    return (
        others.filter(shares_an_identifier(source)).order_by("pk").first()
        or others.filter(same_author_title_year(source)).order_by("pk").first()
    )


def sources_for(descriptions: Iterable[dict[str, Any]]) -> list[Source]:
    """The library's records of ``descriptions``, in order, each work once."""
    found: dict[int, Source] = {}
    for description in descriptions:
        source, _created = source_for(description)
        found.setdefault(source.pk, source)
    return list(found.values())


def source_for(
    description: dict[str, Any], *, complete: bool = True
) -> tuple[Source, bool]:
    """The library's record of the work ``description`` describes, created if
    the library has none; and whether it was created.

    A record found is completed with what it lacked from ``description`` (if
    ``complete``); nothing it already says is overwritten, and an identifier
    another record holds is not taken.
    """
    fields = {k: v for k, v in description.items() if k in DESCRIPTION_FIELDS}
    fields["isbn"] = normalise_isbn(fields.get("isbn", ""))
    fields["doi"] = normalise_doi(fields.get("doi", ""))
    candidate = Source(**fields)
    found = find_duplicate(candidate)
    if found is None:
        candidate.save()
        return candidate, True
    if not complete:
        return found, False
    completed = [
        name
        for name, value in fields.items()
        if value not in ("", None)
        and getattr(found, name) in ("", None)
        and not _held_elsewhere(name, value, found)
    ]
    # "Title" and "Title: Subtitle" are one work: keep the fuller title.
    if len(fields.get("title", "")) > len(found.title) and fields["title"].startswith(
        found.title
    ):
        completed.append("title")
    for name in completed:
        setattr(found, name, fields[name])
    if completed:
        found.save(update_fields=completed)
    return found, False


def _held_elsewhere(name: str, value: Any, found: Source) -> bool:
    if name not in ("isbn", "doi", "url"):
        return False
    return Source.objects.exclude(pk=found.pk).filter(**{name: value}).exists()
