"""What an article page shows besides its own fields, in a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import prefetch_related_objects
from django.http import HttpRequest

from citations.footnotes import Notes, Reference
from core.absolute_urls import absolute_url, page_full_url
from core.caching.tags import (
    cached_property_with_tags,
    depends_on,
    depends_on_objects,
    page_tag,
)
from core.locales import ORIGINAL_LANGUAGE
from core.privacy import public_pages
from core.site_settings import ad_settings_for

from .body import RenderedBody, body_images, render_body
from .counting import view_count
from .entities import ArticleEntities, article_entities
from .mentions import article_mentions
from .models import ArticlePage


@dataclass(frozen=True)
class SeriesLink:
    title: str
    url: str
    part: int
    #: Where the part is an untranslated copy, the language of its title.
    text_language: str = ""


@dataclass(frozen=True)
class SeriesNavigation:
    title: str
    part: int
    total: int
    previous: SeriesLink | None
    next: SeriesLink | None


def series_navigation(
    page: ArticlePage, request: HttpRequest
) -> SeriesNavigation | None:
    """Return where the article stands in its series, with its neighbours."""
    if not page.series_id:
        return None
    parts = list(
        public_pages(ArticlePage.objects.live())
        # A translated part names the series' translation, an untranslated
        # copy the original: the parts are the series' in any language.
        .filter(
            series__translation_key=page.series.translation_key,
            locale_id=page.locale_id,
        )
        .exclude(series_part__isnull=True)
        .annotate(content_language=ORIGINAL_LANGUAGE)
        .only("id", "title", "url_path", "series_part")
        .order_by("series_part", "pk")
    )
    # A Czech article's series reads in Czech, once the series is translated.
    series = page.series
    if series.locale_id != page.locale_id:
        series = series.get_translation_or_none(page.locale_id) or series
    depends_on(page.series.cache_tag)
    depends_on(*(page_tag(part.pk) for part in parts))
    ids = [part.pk for part in parts]
    if page.pk not in ids:
        return None
    position = ids.index(page.pk)

    def link(index: int) -> SeriesLink | None:
        if 0 <= index < len(parts):
            part = parts[index]
            return SeriesLink(
                part.title,
                part.get_url(request),
                part.series_part,
                part.content_language or "",
            )
        return None

    return SeriesNavigation(
        title=series.title,
        part=page.series_part,
        total=len(parts),
        previous=link(position - 1),
        next=link(position + 1),
    )


class ArticleReading:
    """What an article page shows besides its own fields, read when shown.

    The template asks for what it shows, inside fragments kept between
    requests (``{% fragmentcache %}``): a fragment served from the cache reads
    nothing, one rendered reads what it needs once. The template gets the same
    object either way.
    """

    def __init__(self, page: ArticlePage, request: HttpRequest) -> None:
        self.page = page
        self.request = request
        # A preview shows the draft, whose text the stored mentions do not describe.
        self.previewing = getattr(request, "is_preview", False)

    @cached_property_with_tags
    def authors(self) -> list:
        authors = [
            authorship.contributor
            for authorship in self.page.authors.select_related("contributor")
        ]
        depends_on_objects(*authors)
        return authors

    @cached_property_with_tags
    def citations(self) -> list:
        citations = list(self.page.citations.select_related("source"))
        depends_on_objects(*(citation.source for citation in citations))
        return citations

    @cached_property_with_tags
    def tags(self) -> list:
        return list(self.page.tags.all())

    @cached_property_with_tags
    def series_nav(self) -> SeriesNavigation | None:
        return series_navigation(self.page, self.request)

    @cached_property_with_tags
    def entities(self) -> ArticleEntities:
        page = self.page
        found = article_mentions(page) if self.previewing else None
        return article_entities(page, self.request, found=found)

    @cached_property_with_tags
    def body(self) -> RenderedBody:
        page = self.page
        images = body_images(page.body)
        if page.lead_image is not None:
            images.append(page.lead_image)
        prefetch_related_objects(images, "renditions")
        ad_settings = None
        if page.show_ads and not self.previewing:
            ad_settings = ad_settings_for(self.request)
        return render_body(
            page.body,
            {"page": page, "request": self.request},
            ad_settings=ad_settings,
            seed=page.pk,
            links=self.entities.links,
            notes=self.notes,
        )

    @cached_property_with_tags
    def notes(self) -> Notes:
        return Notes.of(self.citations)

    @property
    def references(self) -> list[Reference]:
        """The list of sources, with the back-links the rendered body made."""
        self.body  # noqa: B018 - the body's rendering finds the places cited
        return self.notes.references(self.citations)

    @cached_property_with_tags
    def json_ld(self) -> dict:
        return article_json_ld(
            self.page, self.request, authors=self.authors, citations=self.citations
        )


def article_context(page: ArticlePage, request: HttpRequest) -> dict:
    """What the article template shows: the article's parts and its view count."""
    return {"article": ArticleReading(page, request), "views": view_count(page)}


def article_json_ld(
    page: ArticlePage, request: HttpRequest, *, authors: list, citations: list
) -> dict:
    """Return the schema.org ``Article`` description of the page for search engines."""
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": page.title,
        "description": page.standfirst,
        "url": page_full_url(page, request),
        "author": [
            {
                "@type": "Person",
                "name": author.name,
                "url": absolute_url(request, author.get_absolute_url()),
            }
            for author in authors
        ],
        "citation": [
            {"@type": "CreativeWork", "name": source.citation, "url": source.url}
            if source.url
            else {"@type": "CreativeWork", "name": source.citation}
            for source in (citation.source for citation in citations)
        ],
    }
    if page.first_published_at:
        data["datePublished"] = page.first_published_at.isoformat()
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if page.lead_image:
        rendition = page.lead_image.get_rendition("fill-1200x630")
        data["image"] = absolute_url(request, rendition.url)
    return data
