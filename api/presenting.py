"""Turn pages and records into the plain data the API's schemas describe."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from wagtail.models import Page

from articles.models import ArticlePage
from articles.publishing import body_text
from citations.footnotes import Notes
from citations.library import DESCRIPTION_FIELDS
from citations.models import AbstractSource, PageCitation
from community.models import Contributor
from core.absolute_urls import absolute_url, page_full_url
from core.locales import localize_pages, translations_by_key
from core.privacy import is_public, public_ids, public_pages
from discussion.threads import post_count_annotation
from encyclopedia.browsing import kind_slug
from encyclopedia.dates import HistoricalDate, format_historical_date
from encyclopedia.models import EntryPage, Mention
from encyclopedia.presenting import mentioned_in, relations_both_ways


def entry_type(entry: EntryPage) -> str:
    return kind_slug(entry.specific_class)


def date_out(value: HistoricalDate | None, language: str) -> dict | None:
    if value is None:
        return None
    return {
        "edtf": value.iso + ("~" if value.circa else ""),
        "precision": value.precision.name.lower(),
        "circa": value.circa,
        "text": format_historical_date(value, language),
    }


def period_out(start, end, language: str) -> dict:
    return {"start": date_out(start, language), "end": date_out(end, language)}


#: What a library record says beyond a reader's description of a source.
IDENTIFYING_FIELDS = [
    name
    for name in DESCRIPTION_FIELDS
    if name not in {field.name for field in AbstractSource._meta.get_fields()}
]


def source_out(source: AbstractSource) -> dict:
    return {
        "kind": source.kind,
        "title": source.title,
        "author": source.author,
        "publisher": source.publisher,
        "year": source.year,
        "url": source.url,
        "accessed": source.accessed,
        "note": source.note,
        "citation": source.citation,
    }


def cited_source_out(citation: PageCitation, request: HttpRequest) -> dict:
    """A page's citation: the library's record, with the page's locator."""
    source = citation.source
    return {
        **source_out(source),
        "id": source.pk,
        "library_url": absolute_url(request, source.get_absolute_url()),
        "locator": citation.locator,
        "url_status": source.url_status,
        "archived_copy": source.archive_url,
        **{name: getattr(source, name) for name in IDENTIFYING_FIELDS},
    }


def body_with_footnotes(page: Page, request: HttpRequest) -> dict:
    """The body as readers read it (each claim's superscript pointing at the
    ``#source-N`` of the page), its footnotes with their targets, and the
    sources in the page's order."""
    citations = list(page.citations.select_related("source"))
    notes = Notes.of(citations)
    return {
        "body_html": notes.mark(str(page.body)),
        "footnotes": notes.footnotes(page.body),
        "sources": [cited_source_out(citation, request) for citation in citations],
    }


def api_url(request: HttpRequest, name: str, *args) -> str:
    return absolute_url(request, reverse(f"api:{name}", args=args))


def entry_link(entry: EntryPage, request: HttpRequest) -> dict:
    return {
        "id": entry.pk,
        "type": entry_type(entry),
        "title": entry.title,
        "url": page_full_url(entry, request),
        "api_url": api_url(request, "entry", entry.pk),
    }


def languages_of(page: Page, text_languages: dict[int, str]) -> dict:
    language = page.locale.language_code
    return {
        "language": language,
        "text_language": text_languages.get(page.alias_of_id, language),
    }


def text_languages(pages: list[Page]) -> dict[int, str]:
    """Map the originals of any aliases among ``pages`` to their language."""
    originals = {page.alias_of_id for page in pages if page.alias_of_id}
    return dict(
        Page.objects.filter(pk__in=originals).values_list("pk", "locale__language_code")
    )


def article_summaries(pages: list[ArticlePage], request: HttpRequest) -> list[dict]:
    languages = text_languages(pages)
    return [
        {
            "id": page.pk,
            "title": page.title,
            "slug": page.slug,
            "url": page_full_url(page, request),
            "api_url": api_url(request, "article", page.pk),
            **languages_of(page, languages),
            "standfirst": page.standfirst,
            "published": page.first_published_at,
            "authors": [
                {
                    "name": authorship.contributor.name,
                    "slug": authorship.contributor.slug,
                    "url": absolute_url(
                        request, authorship.contributor.get_absolute_url()
                    ),
                }
                for authorship in page.authors.all()
            ],
            "tags": [tag.name for tag in page.tags.all()],
            "posts": page.post_count,
            "views": getattr(getattr(page, "views", None), "count", 0),
            "grade": page.grade or None,
        }
        for page in pages
    ]


def listed_articles(articles: QuerySet[ArticlePage]) -> QuerySet[ArticlePage]:
    """Add what a summary reads, so a page of articles costs a fixed few queries."""
    return (
        articles.select_related("locale", "views")
        .prefetch_related("authors__contributor", "tags")
        .annotate(post_count=post_count_annotation())
    )


def article_detail(page: ArticlePage, request: HttpRequest) -> dict:
    (summary,) = article_summaries([page], request)
    mentions = list(
        public_pages(Mention.objects.filter(page=page), "entry__")
        .select_related("entry")
        .order_by("pk")
    )
    shown = public_ids(
        candidate for mention in mentions for candidate in mention.candidates or []
    )
    return {
        **summary,
        **body_with_footnotes(page, request),
        "body_text": body_text(page.body),
        "mentions": [
            {
                "surface": mention.surface,
                "count": mention.count,
                "entry": entry_link(mention.entry, request) if mention.entry else None,
                "candidates": [c for c in mention.candidates or [] if c in shown],
            }
            for mention in mentions
        ],
        "translations": _translations(page, request, "article"),
    }


def entry_summaries(entries: list[EntryPage], request: HttpRequest) -> list[dict]:
    languages = text_languages(entries)
    out = []
    for entry in entries:
        language = entry.locale.language_code
        out.append(
            {
                **entry_link(entry, request),
                "native_name": entry.native_name,
                "summary": entry.summary,
                **languages_of(entry, languages),
                "period": period_out(entry.period_start, entry.period_end, language),
                "posts": entry.post_count,
                "grade": entry.grade or None,
            }
        )
    return out


def listed_entries(entries: QuerySet[EntryPage]) -> QuerySet[EntryPage]:
    return entries.select_related("locale").annotate(post_count=post_count_annotation())


def entry_detail(entry: EntryPage, request: HttpRequest) -> dict:
    specific = entry.specific
    language = entry.locale.language_code
    (summary,) = entry_summaries([entry], request)
    return {
        **summary,
        "other_names": [
            alias.name
            for alias in entry.other_names.all()
            if not alias.is_inflected_form
        ],
        "namesakes": [
            {"name": namesake.name, "description": namesake.description}
            for namesake in entry.namesakes.all()
        ],
        **body_with_footnotes(specific, request),
        "facts": entry_facts(specific, request),
        "relations": entry_relations(entry, request, language),
        "mentioned_in": [
            {
                "id": page.pk,
                "title": page.title,
                "url": absolute_url(request, page.url),
                "published": page.published,
            }
            for page in mentioned_in(entry, request)
        ],
        "translations": _translations(entry, request, "entry"),
    }


# Typed fields per kind that hold plain values, and those that name an entry.
PLAIN_FACTS = (
    "nationality",
    "kind",
    "category",
    "designation",
    "country_then",
    "country_now",
)
LINKED_FACTS = (
    "birth_place",
    "death_place",
    "parent_entry",
    "seat",
    "manufacturer",
    "place",
)


def entry_facts(specific: EntryPage, request: HttpRequest) -> dict:
    """Return the kind's typed fields: values as stored, entries as links."""
    facts: dict = {}
    for name in PLAIN_FACTS:
        value = getattr(specific, name, "")
        if value:
            facts[name] = value
    linked = {
        name: getattr(specific, name)
        for name in LINKED_FACTS
        if getattr(specific, name, None) is not None
    }
    localized = localize_pages(linked.values(), specific.locale_id)
    for name, other in linked.items():
        if localized[other.pk].live and is_public(localized[other.pk]):
            facts[name] = entry_link(localized[other.pk], request)
    if getattr(specific, "latitude", None) is not None:
        facts["coordinates"] = {
            "latitude": float(specific.latitude),
            "longitude": float(specific.longitude),
        }
    if getattr(specific, "first_built", None):
        facts["first_built"] = date_out(
            specific.first_built, specific.locale.language_code
        )
    if hasattr(specific, "participants"):
        facts["participants"] = [
            entry_link(other, request)
            for other in specific.participants.all()
            if other.live and is_public(other)
        ]
    return facts


def entry_relations(entry: EntryPage, request: HttpRequest, language: str) -> list:
    """Return the editors' relations both ways, with the far entry in this language."""
    edited = relations_both_ways(entry)
    localized = localize_pages([e.other for e in edited], entry.locale_id)
    out = []
    for item in edited:
        other = localized[item.other.pk]
        if not (other.live and is_public(other)):
            continue
        relation = item.relation
        out.append(
            {
                "kind": relation.kind,
                "label": item.label,
                "direction": item.direction,
                "entry": entry_link(other, request),
                "period": period_out(relation.start, relation.end, language),
                "source_title": relation.source_title,
                "source_url": relation.source_url,
            }
        )
    return out


def _translations(page: Page, request: HttpRequest, name: str) -> dict[str, str]:
    versions = translations_by_key([page]).get(page.translation_key, {})
    return {
        code: api_url(request, name, other.pk)
        for code, other in sorted(versions.items())
    }


def contributor_summary(contributor: Contributor, request: HttpRequest) -> dict:
    return {
        "slug": contributor.slug,
        "name": contributor.name,
        "url": absolute_url(request, contributor.get_absolute_url()),
        "api_url": api_url(request, "contributor", contributor.slug),
        "bio": contributor.bio,
        "languages": list(contributor.languages or []),
    }
