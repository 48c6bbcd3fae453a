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


def same_work(source: Source) -> Q:
    """The condition for a record describing the same work as ``source``: any
    identifier in common, or, where neither has one, author, title and year."""
    found = Q(pk__in=[])
    if source.isbn:
        found |= Q(isbn=source.isbn)
    if source.doi:
        found |= Q(doi=source.doi)
    if source.url:
        found |= Q(url__in=url_variants(source.url))
    if source.signature:
        found |= Q(signature=source.signature, publisher=source.publisher)
    key = match_key(source.author, source.title, source.year)
    # A title alone ("Introduction", "Lipetsk") is not enough to call two
    # records one work: an author or a year must agree as well.
    if source.author or source.year:
        # Unless identifiers say otherwise: another ISBN is another edition.
        same_key = Q(match_key=key)
        for name in ("isbn", "doi"):
            value = getattr(source, name)
            if value:
                same_key &= Q(**{name: ""}) | Q(**{name: value})
        found |= same_key
    return found


def find_duplicate(source: Source) -> Source | None:
    """Another record of the library describing the same work as ``source``."""
    others = Source.objects.exclude(pk=source.pk) if source.pk else Source.objects
    return others.filter(same_work(source)).order_by("pk").first()


def sources_for(descriptions: Iterable[dict[str, Any]]) -> list[Source]:
    """The library's records of ``descriptions``, in order, each work once."""
    found: dict[int, Source] = {}
    for description in descriptions:
        source, _created = source_for(description)
        found.setdefault(source.pk, source)
    return list(found.values())


def source_for(description: dict[str, Any]) -> tuple[Source, bool]:
    """The library's record of the work ``description`` describes, created if
    the library has none; and whether it was created.

    A record found is completed with what it lacked from ``description``;
    nothing it already says is overwritten.
    """
    fields = {k: v for k, v in description.items() if k in DESCRIPTION_FIELDS}
    fields["isbn"] = normalise_isbn(fields.get("isbn", ""))
    fields["doi"] = normalise_doi(fields.get("doi", ""))
    candidate = Source(**fields)
    found = find_duplicate(candidate)
    if found is None:
        candidate.save()
        return candidate, True
    completed = [
        name
        for name, value in fields.items()
        if value not in ("", None) and getattr(found, name) in ("", None)
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
