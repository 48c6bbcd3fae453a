"""What an article page shows besides its own fields, in a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import prefetch_related_objects
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from core.absolute_urls import absolute_url, page_full_url
from core.content_cache import kept_page_render
from core.privacy import public_pages
from core.site_settings import ad_settings_for

from .body import body_images, render_body
from .counting import view_count
from .entities import article_entities
from .mentions import article_mentions
from .models import ArticlePage


@dataclass(frozen=True)
class SeriesLink:
    title: str
    url: str
    part: int


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
        .filter(series_id=page.series_id, locale_id=page.locale_id)
        .exclude(series_part__isnull=True)
        .only("id", "title", "url_path", "series_part")
        .order_by("series_part", "pk")
    )
    ids = [part.pk for part in parts]
    if page.pk not in ids:
        return None
    position = ids.index(page.pk)

    def link(index: int) -> SeriesLink | None:
        if 0 <= index < len(parts):
            part = parts[index]
            return SeriesLink(part.title, part.get_url(request), part.series_part)
        return None

    return SeriesNavigation(
        title=page.series.title,
        part=page.series_part,
        total=len(parts),
        previous=link(position - 1),
        next=link(position + 1),
    )


#: Where the view count goes in the kept content: the one part of an article
#: page that changes with every reader.
VIEW_COUNT_HOLE = "<!-- garrison:view-count -->"


@dataclass(frozen=True)
class ArticleRender:
    """An article page's own markup, rendered from its published content."""

    meta: str
    content: str
    has_places: bool


def article_context(page: ArticlePage, request: HttpRequest) -> dict:
    """Render what an article page shows, with the view count of this moment.

    All but the view count depends only on the published content, the language
    and the host, and is kept between requests where the content cache is on.
    """
    render = kept_page_render(
        "article-render", page, request, lambda: render_article(page, request)
    )
    views = view_count(page)
    count = render_to_string(
        "articles/includes/view_count.html", {"views": views}, request
    ).strip()
    return {
        "article": {
            "meta": render.meta,
            "content": mark_safe(render.content.replace(VIEW_COUNT_HOLE, count, 1)),
            "has_places": render.has_places,
        },
        "views": views,
    }


def render_article(page: ArticlePage, request: HttpRequest) -> ArticleRender:
    """Render the article's head and content, leaving a hole for the view count."""
    context = {
        "page": page,
        "self": page,
        **article_content(page, request),
        "view_count_hole": mark_safe(VIEW_COUNT_HOLE),
    }
    return ArticleRender(
        meta=render_to_string("articles/includes/article_meta.html", context, request),
        content=render_to_string(
            "articles/includes/article_content.html", context, request
        ),
        has_places=bool(context["entities"].places),
    )


def article_content(page: ArticlePage, request: HttpRequest) -> dict:
    """What the article shows that the published content alone decides."""
    authors = [
        authorship.contributor
        for authorship in page.authors.select_related("contributor")
    ]
    images = body_images(page.body)
    if page.lead_image is not None:
        images.append(page.lead_image)
    prefetch_related_objects(images, "renditions")

    previewing = getattr(request, "is_preview", False)
    ad_settings = None
    if page.show_ads and not previewing:
        ad_settings = ad_settings_for(request)
    # A preview shows the draft, whose text the stored mentions do not describe.
    entities = article_entities(
        page, request, found=article_mentions(page) if previewing else None
    )
    body = render_body(
        page.body,
        {"page": page, "request": request},
        ad_settings=ad_settings,
        seed=page.pk,
        links=entities.links,
    )
    sources = list(page.sources.all())
    return {
        "json_ld": article_json_ld(page, request, authors=authors, sources=sources),
        "authors": authors,
        "sources": sources,
        "tags": list(page.tags.all()),
        "series_nav": series_navigation(page, request),
        "body": body,
        "entities": entities,
    }


def article_json_ld(
    page: ArticlePage, request: HttpRequest, *, authors: list, sources: list
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
            for source in sources
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
