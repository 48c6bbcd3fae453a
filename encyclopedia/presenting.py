"""What an entry page shows: its facts, its relations both ways, where it is named."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Sum
from django.http import HttpRequest
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from wagtail.models import Page

from citations.footnotes import Notes, Reference
from core.caching.tags import (
    cached_property_with_tags,
    depends_on,
    depends_on_objects,
    links_to_tag,
    page_tag,
)
from core.locales import ORIGINAL_LANGUAGE, localize_pages
from core.privacy import is_public, public_pages

from .browsing import kind_slug
from .charts import column_chart
from .dates import HistoricalDate, format_historical_date, format_period
from .maps import feature_collection, format_coordinates
from .models import ENTRY_TYPES, EntryPage, Relation, RelationKind
from .models.relations import INVERSE_LABELS
from .timeline import TimelineItem, by_year, timeline_items


@dataclass(frozen=True)
class Fact:
    label: str
    value: str
    url: str = ""
    #: The language of a linked entry's title, where it is an untranslated copy.
    link_language: str = ""
    #: Written by an editor (a country, a nationality), not by the site in
    #: the reader's language: an untranslated copy shows it in its original's.
    is_text: bool = False


@dataclass
class FactGroup:
    """Rows of an infobox under one heading (none for the first group)."""

    heading: str
    facts: list[Fact] = field(default_factory=list)


@dataclass(frozen=True)
class RelatedEntry:
    pk: int
    title: str
    url: str
    dates: str = ""
    #: Where the entry is an untranslated copy, the language of its title.
    text_language: str = ""


@dataclass
class RelationGroup:
    label: str
    entries: list[RelatedEntry] = field(default_factory=list)


def language_of(request: HttpRequest | None) -> str:
    return getattr(request, "LANGUAGE_CODE", None) or get_language() or "en"


def entry_facts(
    entry: EntryPage,
    request: HttpRequest,
    links: dict[str, EntryPage] | None = None,
) -> list[FactGroup]:
    """Return the infobox rows of an entry, grouped as its kind declares them.

    The kind's ``infobox_fields`` name the rows and ``infobox_headings`` the
    headings that open a group: a date is written out in the reader's language,
    a choice by its label, coordinates as a reader writes them, another entry
    as a link to its version in this entry's language (when it is public:
    ``links``, read by :func:`infobox_links` when not given). Empty groups are
    left out.
    """
    language = language_of(request)
    specific = entry.specific
    kind = type(specific)
    if links is None:
        links = infobox_links(entry)
    groups = [FactGroup("")]
    for name in kind.infobox_fields:
        if name in kind.infobox_headings:
            groups.append(FactGroup(str(kind.infobox_headings[name])))
        facts = groups[-1].facts
        label = kind.infobox_label(name)
        value = getattr(specific, name)
        if isinstance(value, EntryPage):
            other = links.get(name)
            if other is not None:
                language_of_link = getattr(other, "content_language", None) or ""
                url = other.get_url(request)
                facts.append(Fact(label, other.title, url, language_of_link))
        elif isinstance(value, HistoricalDate):
            facts.append(Fact(label, format_historical_date(value, language)))
        elif name == "coordinates" and value:
            facts.append(Fact(label, format_coordinates(*value, language)))
        elif value:
            display = getattr(specific, f"get_{name}_display", None)
            if display:
                facts.append(Fact(label, str(display())))
            else:
                facts.append(Fact(label, str(value), is_text=True))
    return [group for group in groups if group.facts]


def infobox_links(entry: EntryPage) -> dict[str, EntryPage]:
    """The entries the infobox links (a place, a maker), by field, each in
    ``entry``'s language and only where readers may see it.

    A translation keeps the original's references; readers follow them to the
    version in the entry's own language.
    """
    specific = entry.specific
    fields = {
        name: value
        for name in type(specific).infobox_fields
        if isinstance(value := getattr(specific, name), EntryPage)
    }
    here = localize_pages(list(fields.values()), entry.locale_id)
    links = {}
    for name, value in fields.items():
        other = here[value.pk]
        depends_on(page_tag(other.pk))
        if other.live and is_public(other):
            links[name] = other
    return links


def _related(entry: EntryPage, request, language: str, relation=None) -> RelatedEntry:
    dates = ""
    if relation is not None and (relation.start or relation.end):
        dates = format_period(relation.start, relation.end, language)
    return RelatedEntry(
        entry.pk,
        entry.title,
        entry.get_url(request),
        dates,
        getattr(entry, "content_language", None) or "",
    )


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

    # The kinds' fields imply relations too, matched by translation key like
    # the others: this entry's own, and those of entries that name it.
    kinds = dict(RelationKind.choices)
    specific = entry.specific
    for model in ENTRY_TYPES:
        for implied in model.implied_relations:
            forward, backward = kinds[implied.kind], INVERSE_LABELS[implied.kind]
            if implied.reversed:
                forward, backward = backward, forward
            # A field the infobox shows is not repeated among the connections.
            shown = implied.field in type(specific).infobox_fields
            if isinstance(specific, model) and not shown:
                value = getattr(specific, implied.field)
                for other in value.all() if hasattr(value, "all") else [value]:
                    if other is not None:
                        add(forward, other)
            field = model._meta.get_field(implied.field)
            if isinstance(specific, implied.names or field.related_model):
                for other in model.objects.live().filter(
                    locale_id=entry.locale_id,
                    **{f"{implied.field}__translation_key": entry.translation_key},
                ):
                    add(backward, other)

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
    #: The language of its text where it is not the page's (an untranslated copy).
    text_language: str = ""


def mentioned_in(entry: EntryPage, request: HttpRequest) -> list[MentioningPage]:
    """Return the live pages that name the entry, newest first, with how often."""
    depends_on(links_to_tag(entry.translation_key))
    pages = (
        public_pages(Page.objects.live())
        .filter(mentions__entry=entry)
        .annotate(times=Sum("mentions__count"))
        .order_by("-first_published_at", "pk")
    )
    pages = list(pages.annotate(content_language=ORIGINAL_LANGUAGE))
    depends_on(*(page_tag(page.pk) for page in pages))
    return [
        MentioningPage(
            page.pk,
            page.title,
            page.get_url(request),
            page.first_published_at,
            page.times,
            page.content_language or "",
        )
        for page in pages
    ]


def entry_timeline(
    entry: EntryPage,
    request: HttpRequest,
    relation_groups: list[RelationGroup] | None = None,
    links: dict[str, EntryPage] | None = None,
) -> list[TimelineItem]:
    """Return the entry's own period and those of the entries it relates to."""
    if relation_groups is None:
        relation_groups = entry_relations(entry, request)
    if links is None:
        links = infobox_links(entry)
    related_ids = {related.pk for group in relation_groups for related in group.entries}
    # The entries the infobox links (a place, a maker) belong on the timeline
    # though the connections do not repeat them.
    related_ids |= {other.pk for other in links.values()}
    # The relations are public already; the entry itself is served to the reader.
    entries = (
        EntryPage.objects.live()
        .filter(pk__in=related_ids | {entry.pk})
        .annotate(content_language=ORIGINAL_LANGUAGE)
    )
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
    def infobox_links(self) -> dict[str, EntryPage]:
        return infobox_links(self.entry)

    @cached_property_with_tags
    def fact_groups(self) -> list[FactGroup]:
        return entry_facts(self.entry, self.request, self.infobox_links)

    @cached_property_with_tags
    def other_names(self) -> list:
        """The names readers are shown: not the declined forms the linker finds."""
        return list(self.entry.other_names.filter(is_inflected_form=False))

    @cached_property_with_tags
    def relation_groups(self) -> list[RelationGroup]:
        return entry_relations(self.entry, self.request)

    @cached_property_with_tags
    def mentioned_in(self) -> list[MentioningPage]:
        return mentioned_in(self.entry, self.request)

    @cached_property_with_tags
    def citations(self) -> list:
        citations = list(self.entry.citations.select_related("source"))
        depends_on_objects(*(citation.source for citation in citations))
        return citations

    @cached_property_with_tags
    def notes(self) -> Notes:
        return Notes.of(self.citations)

    @cached_property_with_tags
    def body_html(self) -> SafeString:
        """The body's blocks, with each claim marked with a source numbered."""
        context = {"page": self.specific, "request": self.request}
        parts = []
        for block in self.entry.body:
            html = str(block.render(context))
            parts.append(
                self.notes.mark(html) if block.block_type == "paragraph" else html
            )
        return mark_safe("".join(parts))

    @property
    def references(self) -> list[Reference]:
        """The list of sources, with the back-links the rendered body made."""
        self.body_html  # noqa: B018 - the body's rendering finds the places cited
        return self.notes.references(self.citations)

    @cached_property_with_tags
    def timeline(self) -> list[TimelineItem]:
        return entry_timeline(
            self.entry, self.request, self.relation_groups, self.infobox_links
        )

    @cached_property_with_tags
    def timeline_chart(self):
        return column_chart(self.timeline)

    @property
    def timeline_years(self) -> list:
        return by_year(self.timeline)

    def _child_list(self, name: str) -> list:
        # Each kind declares the lists of its own it shows (``child_lists``).
        if name not in self.specific.child_lists:
            return []
        return list(getattr(self.specific, name).all())

    @cached_property_with_tags
    def offices(self) -> list:
        return self._child_list("offices")

    @cached_property_with_tags
    def variants(self) -> list:
        return self._child_list("variants")

    @cached_property_with_tags
    def specifications(self) -> list:
        return self._child_list("specifications")

    @property
    def has_map(self) -> bool:
        return self.specific.on_map

    @cached_property_with_tags
    def map_data(self) -> dict | None:
        if not self.has_map:
            return None
        return feature_collection(
            [self.specific], lambda place: place.get_url(self.request)
        )


def entry_page_context(entry: EntryPage, request: HttpRequest) -> dict:
    """What the entry template shows besides the page itself."""
    return {"entry": EntryReading(entry, request)}
