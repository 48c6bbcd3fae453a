"""RSS 2.0 and Atom feeds of the latest articles: all, by author, by tag."""

from __future__ import annotations

from html import escape

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from taggit.models import Tag

from community.models import Contributor
from core.absolute_urls import absolute_url, page_full_url
from core.html import html_to_text
from core.locales import active_language, in_active_language
from core.privacy import public_pages
from core.sections import section_urls

from .models import ArticlePage

FEED_LENGTH = 30


class TextSummaryRssFeed(Rss201rev2Feed):
    """RSS whose ``<description>`` shows its text as text.

    Readers take an RSS description as HTML, so the text goes in escaped once
    more: ``<svg>`` in a standfirst reaches the reader as the characters, never
    as an element.
    """

    def add_item_elements(self, handler, item) -> None:
        description = item["description"]
        if description is not None:
            description = escape(description, quote=False)
        super().add_item_elements(handler, {**item, "description": description})


class TextSummaryAtomFeed(Atom1Feed):
    """Atom whose ``<summary>`` is ``type="text"`` (Django's is always ``html``)."""

    def add_item_elements(self, handler, item) -> None:
        super().add_item_elements(handler, {**item, "description": None})
        if item["description"] is not None:
            handler.addQuickElement("summary", item["description"], {"type": "text"})


class LatestArticlesFeed(Feed):
    """The newest live articles; subclasses narrow them by author or tag.

    Its addresses are absolute already (core/absolute_urls.py), so Django's
    feed adds no host of its own. Summaries are plain text
    (``item_description``); the feed types above keep them text in each format.
    """

    feed_type = TextSummaryRssFeed

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return None

    def title(self, obj) -> str:
        return _("Garrison: latest articles")

    def link(self, obj) -> str:
        return absolute_url(self.request, section_urls(active_language())["magazine"])

    def feed_url(self, obj) -> str:
        return absolute_url(self.request, self.request.path)

    def description(self, obj) -> str:
        return _("New long reads on military history, each with its sources.")

    def articles(self, obj):
        # Each language has its own feeds: /feeds/rss/ and /cs/feeds/rss/.
        return in_active_language(public_pages(ArticlePage.objects.live()))

    def items(self, obj):
        return (
            self.articles(obj)
            .select_related("series")
            .prefetch_related("authors__contributor")
            .order_by("-first_published_at")[:FEED_LENGTH]
        )

    def item_title(self, item: ArticlePage) -> str:
        return item.title

    def item_description(self, item: ArticlePage) -> str:
        return html_to_text(item.standfirst)

    def item_link(self, item: ArticlePage) -> str:
        return page_full_url(item, self.request)

    def item_pubdate(self, item: ArticlePage):
        return item.first_published_at

    def item_updateddate(self, item: ArticlePage):
        return item.last_published_at

    def item_author_name(self, item: ArticlePage) -> str:
        return ", ".join(author.contributor.name for author in item.authors.all())

    def item_categories(self, item: ArticlePage) -> list[str]:
        return [tag.name for tag in item.tags.all()]


class LatestArticlesAtomFeed(LatestArticlesFeed):
    feed_type = TextSummaryAtomFeed
    subtitle = LatestArticlesFeed.description


class AuthorFeed(LatestArticlesFeed):
    def get_object(self, request, slug: str):
        self.request = request
        return get_object_or_404(Contributor, slug=slug)

    def title(self, obj: Contributor) -> str:
        return _("Garrison: articles by %(name)s") % {"name": obj.name}

    def link(self, obj: Contributor) -> str:
        return absolute_url(self.request, obj.get_absolute_url())

    def articles(self, obj: Contributor):
        return super().articles(obj).filter(authors__contributor=obj).distinct()


class AuthorAtomFeed(AuthorFeed):
    feed_type = TextSummaryAtomFeed
    subtitle = LatestArticlesFeed.description


class TagFeed(LatestArticlesFeed):
    def get_object(self, request, slug: str):
        self.request = request
        tag = Tag.objects.filter(slug=slug).first()
        if tag is None:
            raise Http404(_("No articles carry this tag."))
        return tag

    def title(self, obj: Tag) -> str:
        return _("Garrison: articles tagged %(tag)s") % {"tag": obj.name}

    def link(self, obj: Tag) -> str:
        tags = f"{section_urls(active_language())['magazine']}tags/{obj.slug}/"
        return absolute_url(self.request, tags)

    def articles(self, obj: Tag):
        return super().articles(obj).filter(tagged_items__tag=obj)


class TagAtomFeed(TagFeed):
    feed_type = TextSummaryAtomFeed
    subtitle = LatestArticlesFeed.description
