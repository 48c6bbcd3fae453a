"""Build the demo encyclopedia from :mod:`home.demo.encyclopedia`."""

from __future__ import annotations

from datetime import date

from django.utils.text import slugify

from citations.library import sources_for
from citations.models import Source
from encyclopedia.dates import parse_historical_date
from encyclopedia.models import (
    EncyclopediaPage,
    EntryAlias,
    EntryCitation,
    EntryNamesake,
    EntryPage,
    EquipmentPage,
    EquipmentSpecification,
    EquipmentVariant,
    EventPage,
    OrganisationPage,
    PersonOffice,
    PersonPage,
    PlacePage,
    Relation,
    UnitPage,
)

from . import encyclopedia as content
from .drawings import draw_entry
from .encyclopedia.namesakes import NAMESAKES
from .footnotes import mark_claims
from .pictures import demo_image

MODELS = {
    "person": PersonPage,
    "unit": UnitPage,
    "organisation": OrganisationPage,
    "equipment": EquipmentPage,
    "place": PlacePage,
    "event": EventPage,
}
# Fields that name another entry by its title, filled once every entry exists.
REFERENCES = ("seat", "parent", "manufacturer", "place", "birth_place", "death_place")
TYPED = (
    "kind",
    "category",
    "designation",
    "nationality",
    "latitude",
    "longitude",
    "country_then",
    "country_now",
)


def entry_slug(title: str) -> str:
    return slugify(title.replace("–", "-"))


def _date(text: str):
    return parse_historical_date(text) if text else None


def library_sources(specs: list[dict]) -> list[Source]:
    """The library's records of the demo's source ``specs`` (dates as text)."""
    return sources_for(
        {**spec, "accessed": date.fromisoformat(spec["accessed"])}
        if spec.get("accessed")
        else spec
        for spec in specs
    )


def _new_entry(spec: dict) -> EntryPage:
    model = MODELS[spec["type"]]
    sources = library_sources(spec.get("sources", []))
    body = [("paragraph", spec["body"])] if spec.get("body") else []
    body = mark_claims(body, content.ENTRY_FOOTNOTES.get(spec["title"], []), sources)
    entry = model(
        title=spec["title"],
        slug=entry_slug(spec["title"]),
        summary=spec["summary"],
        native_name=spec.get("native", ""),
        period_start=_date(spec.get("start", "")),
        period_end=_date(spec.get("end", "")),
        body=body,
        **{name: spec[name] for name in TYPED if spec.get(name)},
    )
    if model is EquipmentPage:
        entry.first_built = _date(spec.get("first_built", ""))
        entry.variants = [
            EquipmentVariant(name=name) for name in spec.get("variants", [])
        ]
        entry.specifications = [
            EquipmentSpecification(name=name, value=value, unit=unit)
            for name, value, unit in spec.get("specifications", [])
        ]
    if model is PersonPage:
        entry.offices = [
            PersonOffice(title=title, start=_date(start), end=_date(end))
            for title, start, end in spec.get("offices", [])
        ]
    entry.other_names = [
        EntryAlias(name=alias, is_common_word=False)
        if isinstance(alias, str)
        else EntryAlias(name=alias[0], is_common_word=alias[1])
        for alias in spec.get("aliases", [])
    ]
    entry.namesakes = [
        EntryNamesake(name=name, description=description)
        for name, description in NAMESAKES.get(spec["title"], [])
    ]
    entry.citations = [EntryCitation(source=source) for source in sources]
    return entry


def load_encyclopedia(index: EncyclopediaPage) -> list[str]:
    """Create and publish the demo entries missing under ``index``; return titles."""
    existing = {
        page.slug: page for page in EntryPage.objects.child_of(index).specific()
    }
    created: dict[str, EntryPage] = {}
    located = {
        spec["title"]: (float(spec["latitude"]), float(spec["longitude"]))
        for spec in content.ENTRIES
        if spec.get("latitude")
    }
    for spec in content.ENTRIES:
        slug = entry_slug(spec["title"])
        if slug in existing:
            continue
        entry = _new_entry(spec)
        drawing = draw_entry(spec, located)
        if drawing is not None:
            entry.image = demo_image(f"{spec['title']} (drawing)", slug, drawing.png)
            entry.image_alt = drawing.alt
            entry.image_caption = drawing.caption
        index.add_child(instance=entry)
        created[spec["title"]] = entry
    by_title = {page.title: page for page in existing.values()} | created

    for spec in content.ENTRIES:
        entry = created.get(spec["title"])
        if entry is None:
            continue
        for name in REFERENCES:
            if spec.get(name):
                field = "parent_entry" if name == "parent" else name
                setattr(entry, field, by_title[spec[name]])
        if spec.get("participants"):
            entry.participants = [by_title[title] for title in spec["participants"]]
        entry.relations = [
            Relation(
                kind=kind,
                target=by_title[target],
                start=_date(start),
                end=_date(end),
            )
            for subject, kind, target, start, end in content.RELATIONS
            if subject == spec["title"]
        ]
    for entry in created.values():
        entry.save_revision().publish()
    return list(created)
