"""Factories for the encyclopedia: an index and live entries of any kind."""

from __future__ import annotations

import wagtail_factories
from django.utils.text import slugify

from citations.library import source_for

from .dates import parse_historical_date
from .models import (
    EncyclopediaPage,
    EntryAlias,
    EntryCitation,
    EntryNamesake,
    EntryPage,
    PersonPage,
)


class EncyclopediaPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EncyclopediaPage

    title = "Encyclopedia"
    slug = "encyclopedia"


def published_entry(
    index: EncyclopediaPage,
    model: type[EntryPage] = PersonPage,
    *,
    title: str,
    aliases: list[str | tuple[str, bool]] = (),
    start: str = "",
    end: str = "",
    summary: str = "",
    namesakes: list[tuple[str, str]] = (),
    **fields,
) -> EntryPage:
    """Create and publish an entry under ``index``; aliases may be (name,
    common); namesakes are (name, description)."""
    entry = model(
        title=title,
        slug=fields.pop("slug", slugify(title)),
        summary=summary or f"About {title}.",
        period_start=parse_historical_date(start) if start else None,
        period_end=parse_historical_date(end) if end else None,
        **fields,
    )
    entry.other_names = [
        EntryAlias(name=alias, is_common_word=False)
        if isinstance(alias, str)
        else EntryAlias(name=alias[0], is_common_word=alias[1])
        for alias in aliases
    ]
    entry.namesakes = [
        EntryNamesake(name=name, description=description)
        for name, description in namesakes
    ]
    entry.citations = [
        EntryCitation(
            source=source_for(
                {"kind": "book", "title": "Reichswehr und Rote Armee", "year": 1993}
            )[0]
        )
    ]
    index.add_child(instance=entry)
    entry.save_revision().publish()
    return entry
