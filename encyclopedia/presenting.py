"""What an entry page shows: its facts, its relations both ways, where it is named."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Sum
from django.http import HttpRequest
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.caching.tags import (
    cached_property_with_tags,
    depends_on,
    links_to_tag,
    page_tag,
)
from core.locales import localize_pages
from core.privacy import is_public, public_pages

from .browsing import kind_slug
from .dates import format_historical_date, format_period
from .maps import feature_collection
from .models import (
    EntryPage,
    EquipmentPage,
    EventPage,
    OrganisationPage,
    PersonPage,
    PlacePage,
    Relation,
    RelationKind,
    UnitPage,
)
from .models.relations import INVERSE_LABELS
from .timeline import TimelineItem, chart_layout, timeline_items


@dataclass(frozen=True)
class Fact:
    label: str
    value: str
    url: str = ""


@dataclass(frozen=True)
class RelatedEntry:
    pk: int
    title: str
    url: str
    dates: str = ""


@dataclass
class RelationGroup:
    label: str
    entries: list[RelatedEntry] = field(default_factory=list)


def language_of(request: HttpRequest | None) -> str:
    return getattr(request, "LANGUAGE_CODE", None) or get_language() or "en"


def _when(value, language: str) -> str:
    return format_historical_date(value, language) if value else ""


def entry_facts(entry: EntryPage, request: HttpRequest) -> list[Fact]:
    """Return the infobox rows of an entry, by its kind."""
    language = language_of(request)
    specific = entry.specific
    start_label, end_label = type(specific).period_labels
    facts: list[Fact] = []
    if entry.native_name:
        facts.append(Fact(str(_("Original name")), entry.native_name))

    def here(other: EntryPage | None) -> EntryPage | None:
        # A translation keeps the original's references; readers follow them
        # to the version in the entry's own language.
        if other is None:
            return None
        other = localize_pages([other], entry.locale_id)[other.pk]
        depends_on(page_tag(other.pk))
        return other if other.live and is_public(other) else None

    def place_fact(label, place) -> None:
        place = here(place)
        if place is not None:
            facts.append(Fact(str(label), place.title, place.get_url(request)))

    def add(label, value, url="") -> None:
        if value:
            facts.append(Fact(str(label), str(value), url))

    if isinstance(specific, PersonPage):
        add(start_label, _when(entry.period_start, language))
        place_fact(_("Place of birth"), specific.birth_place)
        add(end_label, _when(entry.period_end, language))
        place_fact(_("Place of death"), specific.death_place)
        add(_("Nationality"), specific.nationality)
    else:
        add(start_label, _when(entry.period_start, language))
        add(end_label, _when(entry.period_end, language))
    if isinstance(specific, UnitPage | OrganisationPage):
        add(_("Kind"), specific.get_kind_display())
        parent = here(specific.parent_entry)
        if parent is not None:
            add(_("Part of"), parent.title, parent.get_url(request))
        place_fact(type(specific).seat_label, specific.seat)
    if isinstance(specific, EquipmentPage):
        add(_("Category"), specific.get_category_display())
        add(_("Designation"), specific.designation)
        maker = here(specific.manufacturer)
        if maker is not None:
            add(_("Manufacturer"), maker.title, maker.get_url(request))
        add(_("First built"), _when(specific.first_built, language))
    if isinstance(specific, PlacePage):
        add(_("Kind"), specific.get_kind_display())
        if specific.latitude is not None:
            add(_("Coordinates"), f"{specific.latitude}, {specific.longitude}")
        add(_("Country then"), specific.country_then)
        add(_("Country now"), specific.country_now)
    if isinstance(specific, EventPage):
        add(_("Kind"), specific.get_kind_display())
        place_fact(_("Place"), specific.place)
    return facts


def _related(entry: EntryPage, request, language: str, relation=None) -> RelatedEntry:
    dates = ""
    if relation is not None and (relation.start or relation.end):
        dates = format_period(relation.start, relation.end, language)
    return RelatedEntry(entry.pk, entry.title, entry.get_url(request), dates)


@dataclass(frozen=True)
class EditedRelation:
    """An editor's relation seen from one entry: its direction, label and far end."""

    direction: str  # "outgoing" or "incoming"
    label: str
    relation: Relation
    other: EntryPage  # as stored: possibly in another language than the entry


def relations_both_ways(entry: EntryPage) -> list[EditedRelation]:
    """Return the relations editors added from and to ``entry``.

    Incoming ones are matched by translation key: a translated entry's
    relations may still point at the original's targets, and the other way
    round. The far ends are not localised here; callers localise them together
    with whatever else they show, in one query.
    """
    kinds = dict(RelationKind.choices)
    outgoing = [
        EditedRelation("outgoing", str(kinds[r.kind]), r, r.target)
        for r in Relation.objects.filter(subject=entry).select_related("target")
    ]
    incoming = [
        EditedRelation(
            "incoming", str(INVERSE_LABELS[RelationKind(r.kind)]), r, r.subject
        )
        for r in Relation.objects.filter(
            target__translation_key=entry.translation_key,
            subject__locale_id=entry.locale_id,
        ).select_related("subject")
    ]
    return outgoing + incoming


def entry_relations(entry: EntryPage, request: HttpRequest) -> list[RelationGroup]:
    """Return the entry's relations in both directions, grouped by how they read.

    Besides the relations editors add, the typed fields imply some: a
    manufacturer is "made by", a parent unit is "part of", an event's place is
    "took place at", its participants "took part in".
    """
    language = language_of(request)
    found: list[tuple[str, EntryPage, Relation | None]] = []
    # Relations from other entries are listed too: a new one reaches it here.
    depends_on(links_to_tag(entry.translation_key))

    def add(label, other: EntryPage, relation=None) -> None:
        found.append((str(label), other, relation))

    for edited in relations_both_ways(entry):
        add(edited.label, edited.other, edited.relation)

    # Fields imply relations too, matched by translation key like the others.
    same_entry = {"translation_key": entry.translation_key}
    kinds = dict(RelationKind.choices)

    specific = entry.specific
    # (model, field, relation, the kinds of entry the field can point at)
    implied = [
        (EquipmentPage, "manufacturer", RelationKind.MADE_BY, (OrganisationPage,)),
        (UnitPage, "parent_entry", RelationKind.PART_OF, (UnitPage, OrganisationPage)),
        (
            OrganisationPage,
            "parent_entry",
            RelationKind.PART_OF,
            (UnitPage, OrganisationPage),
        ),
        (EventPage, "place", RelationKind.TOOK_PLACE_AT, (PlacePage,)),
    ]
    for model, field_name, kind, targets in implied:
        if isinstance(specific, model) and (other := getattr(specific, field_name)):
            add(kinds[kind], other)
        if isinstance(specific, targets):
            for other in model.objects.live().filter(
                locale_id=entry.locale_id,
                **{f"{field_name}__{key}": value for key, value in same_entry.items()},
            ):
                add(INVERSE_LABELS[kind], other)
    if isinstance(specific, EventPage):
        for other in specific.participants.all():
            add(INVERSE_LABELS[RelationKind.TOOK_PART_IN], other)
    for event in EventPage.objects.live().filter(
        locale_id=entry.locale_id, participants__translation_key=entry.translation_key
    ):
        add(kinds[RelationKind.TOOK_PART_IN], event)

    groups: dict[str, RelationGroup] = {}
    seen: set[tuple[str, int]] = set()
    localized = localize_pages([other for _label, other, _r in found], entry.locale_id)
    depends_on(*(page_tag(other.pk) for other in localized.values()))
    for label, other, relation in found:
        other = localized[other.pk]
        if not (other.live and is_public(other)) or (label, other.pk) in seen:
            continue
        seen.add((label, other.pk))
        groups.setdefault(label, RelationGroup(label)).entries.append(
            _related(other, request, language, relation)
        )

    order = [str(label) for label in kinds.values()] + [
        str(label) for label in INVERSE_LABELS.values()
    ]
    return sorted(
        groups.values(),
        key=lambda group: order.index(group.label) if group.label in order else 99,
    )


@dataclass(frozen=True)
class MentioningPage:
    pk: int
    title: str
    url: str
    published: object
    times: int


def mentioned_in(entry: EntryPage, request: HttpRequest) -> list[MentioningPage]:
    """Return the live pages that name the entry, newest first, with how often."""
    depends_on(links_to_tag(entry.translation_key))
    pages = (
        public_pages(Page.objects.live())
        .filter(mentions__entry=entry)
        .annotate(times=Sum("mentions__count"))
        .order_by("-first_published_at", "pk")
    )
    pages = list(pages)
    depends_on(*(page_tag(page.pk) for page in pages))
    return [
        MentioningPage(
            page.pk,
            page.title,
            page.get_url(request),
            page.first_published_at,
            page.times,
        )
        for page in pages
    ]


def entry_timeline(
    entry: EntryPage,
    request: HttpRequest,
    relation_groups: list[RelationGroup] | None = None,
) -> list[TimelineItem]:
    """Return the entry's own period and those of the entries it relates to."""
    if relation_groups is None:
        relation_groups = entry_relations(entry, request)
    related_ids = {related.pk for group in relation_groups for related in group.entries}
    # The relations are public already; the entry itself is served to the reader.
    entries = EntryPage.objects.live().filter(pk__in=related_ids | {entry.pk})
    return timeline_items(
        entries,
        url_of=lambda other: other.get_url(request),
        language=language_of(request),
    )


class EntryReading:
    """What an entry page shows besides its own fields, read when shown.

    The template asks for what it shows inside a fragment kept between
    requests (``{% fragmentcache %}``): served from the cache it reads nothing;
    rendered, it reads what it needs once. The template gets the same object
    either way.
    """

    def __init__(self, entry: EntryPage, request: HttpRequest) -> None:
        self.entry = entry
        self.specific = entry.specific
        self.request = request

    @property
    def kind_label(self) -> str:
        return type(self.specific)._meta.verbose_name

    @property
    def kind_slug(self) -> str:
        return kind_slug(type(self.specific))

    @cached_property_with_tags
    def facts(self) -> list[Fact]:
        return entry_facts(self.entry, self.request)

    @cached_property_with_tags
    def other_names(self) -> list:
        return list(self.entry.other_names.all())

    @cached_property_with_tags
    def relation_groups(self) -> list[RelationGroup]:
        return entry_relations(self.entry, self.request)

    @cached_property_with_tags
    def mentioned_in(self) -> list[MentioningPage]:
        return mentioned_in(self.entry, self.request)

    @cached_property_with_tags
    def sources(self) -> list:
        return list(self.entry.sources.all())

    @cached_property_with_tags
    def timeline(self) -> list[TimelineItem]:
        return entry_timeline(self.entry, self.request, self.relation_groups)

    @cached_property_with_tags
    def timeline_chart(self):
        return chart_layout(self.timeline) if len(self.timeline) > 1 else None

    @cached_property_with_tags
    def offices(self) -> list:
        return list(self.specific.offices.all()) if self.is_person else []

    @property
    def is_person(self) -> bool:
        return isinstance(self.specific, PersonPage)

    @cached_property_with_tags
    def variants(self) -> list:
        if not isinstance(self.specific, EquipmentPage):
            return []
        return list(self.specific.variants.all())

    @cached_property_with_tags
    def specifications(self) -> list:
        if not isinstance(self.specific, EquipmentPage):
            return []
        return list(self.specific.specifications.all())

    @property
    def has_map(self) -> bool:
        return has_map(self.specific)

    @cached_property_with_tags
    def map_data(self) -> dict | None:
        if not self.has_map:
            return None
        return feature_collection(
            [self.specific], lambda place: place.get_url(self.request)
        )


def has_map(entry: EntryPage) -> bool:
    """Whether the entry's page shows a map: a place with coordinates."""
    return isinstance(entry, PlacePage) and entry.latitude is not None


def entry_page_context(entry: EntryPage, request: HttpRequest) -> dict:
    """What the entry template shows besides the page itself."""
    return {"entry": EntryReading(entry, request)}
