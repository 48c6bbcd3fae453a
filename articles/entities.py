"""What an article names in the encyclopedia, ready for its page.

One query fetches the article's mentions with their entries; links, "In this
article", the article's timeline and its map are built from that. Related
articles and the located places cost one query each.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.http import HttpRequest
from django.utils.html import format_html
from wagtail.models import Page

from core.caching.tags import depends_on, links_to_tag, mentions_tag, page_tag
from core.locales import ORIGINAL_LANGUAGE
from core.privacy import public_pages
from core.textspans import Span
from encyclopedia.charts import column_chart
from encyclopedia.dates import format_span
from encyclopedia.linking import fold
from encyclopedia.maps import feature_collection
from encyclopedia.mentions import FoundMention
from encyclopedia.models import ENTRY_TYPES, EntryPage, EventPage, Mention, PlacePage
from encyclopedia.presenting import language_of
from encyclopedia.timeline import TimelineItem, by_year, timeline_items

from .models import ArticlePage

MAX_RELATED = 4
CHART_PADDING_YEARS = 5


@dataclass(frozen=True)
class NamedEntry:
    entry: EntryPage
    url: str
    count: int
    dates: str


@dataclass(frozen=True)
class EntryGroup:
    label: str
    entries: list[NamedEntry]


@dataclass
class ArticleEntities:
    groups: list[EntryGroup] = field(default_factory=list)
    links: dict[str, list[Span]] = field(default_factory=dict)
    timeline: list[TimelineItem] = field(default_factory=list)
    places: dict | None = None
    related: list[ArticlePage] = field(default_factory=list)

    @property
    def timeline_chart(self):
        return column_chart(self.timeline)

    @property
    def timeline_years(self) -> list:
        return by_year(self.timeline)


def _stored(page: ArticlePage) -> list[tuple[EntryPage, list, int]]:
    mentions = (
        public_pages(Mention.objects.filter(page=page, entry__live=True), "entry__")
        .select_related("entry")
        .order_by("pk")
    )
    return [(m.entry, m.occurrences, m.count) for m in mentions]


def _found(found: list[FoundMention]) -> list[tuple[EntryPage, list, int]]:
    ids = [mention.entry_id for mention in found if mention.entry_id]
    entries = public_pages(EntryPage.objects.live()).in_bulk(ids)
    return [
        (entries[m.entry_id], [list(o) for o in m.occurrences], m.count)
        for m in found
        if m.entry_id in entries
    ]


def link_tag(entry: EntryPage, url: str, dates: str) -> str:
    """Return the opening tag of a link to an entry, carrying its hover card."""
    kind = (entry.specific_class or EntryPage)._meta.verbose_name
    meta = f"{str(kind).capitalize()}, {dates}" if dates else str(kind).capitalize()
    return format_html(
        '<a class="entry-link" href="{}" data-card-title="{}" data-card-meta="{}" '
        'data-card-summary="{}">',
        url,
        entry.title,
        meta,
        entry.summary,
    )


def _first_spans(
    named: list[tuple[EntryPage, list, int]], urls: dict[int, str], dates: dict
) -> dict[str, list[Span]]:
    """Link the first occurrence of each entry; later ones stay plain text."""
    links: dict[str, list[Span]] = defaultdict(list)
    for entry, occurrences, _count in named:
        if not occurrences:
            continue
        block_id, start, end = occurrences[0][:3]
        links[block_id].append(
            Span(start, end, link_tag(entry, urls[entry.pk], dates[entry.pk]))
        )
    return dict(links)


def article_entities(
    page: ArticlePage,
    request: HttpRequest,
    *,
    found: list[FoundMention] | None = None,
) -> ArticleEntities:
    """Gather what the article names; ``found`` (for previews) replaces stored rows."""
    named = _found(found) if found is not None else _stored(page)
    # Shown: the entries named, and the articles naming them too ("related").
    depends_on(mentions_tag(page.pk))
    depends_on(*(page_tag(entry.pk) for entry, _o, _c in named))
    depends_on(*(links_to_tag(entry.translation_key) for entry, _o, _c in named))
    if not named:
        return ArticleEntities()
    # An untranslated entry's name is marked with its language where shown.
    languages = dict(
        Page.objects.filter(pk__in=[entry.pk for entry, _o, _c in named]).values_list(
            "pk", "alias_of__locale__language_code"
        )
    )
    for entry, _o, _c in named:
        entry.content_language = languages.get(entry.pk) or ""
    language = language_of(request)
    urls = {entry.pk: entry.get_url(request) for entry, _o, _c in named}
    dates = {
        entry.pk: format_span(
            entry.period_start,
            entry.period_end,
            language,
            moment=issubclass(entry.specific_class or EntryPage, EventPage),
        )
        for entry, _o, _c in named
    }
    by_kind: dict[type, list[NamedEntry]] = defaultdict(list)
    for entry, _occurrences, count in named:
        by_kind[entry.specific_class].append(
            NamedEntry(entry, urls[entry.pk], count, dates[entry.pk])
        )
    groups = [
        EntryGroup(
            str(model._meta.verbose_name_plural).capitalize(),
            sorted(by_kind[model], key=lambda item: fold(item.entry.title)),
        )
        for model in ENTRY_TYPES
        if by_kind.get(model)
    ]
    entry_ids = [entry.pk for entry, _o, _c in named]
    places = PlacePage.objects.filter(
        pk__in=entry_ids, latitude__isnull=False, longitude__isnull=False
    )
    place_data = feature_collection(places, lambda place: urls[place.pk])
    related = related_articles(page, entry_ids)
    depends_on(*(page_tag(article.pk) for article in related))
    return ArticleEntities(
        groups=groups,
        links=_first_spans(named, urls, dates),
        timeline=timeline_items(
            [entry for entry, _o, _c in named],
            url_of=lambda entry: urls[entry.pk],
            language=language,
        ),
        places=place_data if place_data["features"] else None,
        related=related,
    )


def related_articles(page: ArticlePage, entry_ids: list[int]) -> list[ArticlePage]:
    """Return live articles sharing the most entries with this one, newest on ties."""
    if not entry_ids:
        return []
    return list(
        public_pages(ArticlePage.objects.live())
        .exclude(pk=page.pk)
        .filter(mentions__entry_id__in=entry_ids)
        .annotate(
            shared=Count(
                "mentions__entry",
                distinct=True,
                filter=Q(mentions__entry_id__in=entry_ids),
            )
        )
        .annotate(content_language=ORIGINAL_LANGUAGE)
        .order_by("-shared", "-first_published_at")
        .only("id", "title", "url_path", "standfirst", "first_published_at")[
            :MAX_RELATED
        ]
    )
