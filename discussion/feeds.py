"""An Atom feed of each page's discussion: its approved posts, newest first."""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.translation import gettext as _
from wagtail.models import Page

from articles.feeds import TextSummaryAtomFeed
from core.absolute_urls import absolute_url, page_full_url
from core.caching.tags import depends_on, discussion_tag, page_tag
from core.html import html_to_text

from .models import Post, PostStatus
from .threads import discussed_page, shown_author

FEED_LENGTH = 50


class ThreadFeed(Feed):
    feed_type = TextSummaryAtomFeed

    def get_object(self, request, page_id: int):
        self.request = request
        page = discussed_page(Page.objects.filter(pk=page_id).first())
        if page is None:
            raise Http404(_("There is no discussion here."))
        self.page_url = page_full_url(page, request)
        # Filed under what it shows, so an approval reaches a cached copy.
        depends_on(page_tag(page.pk), discussion_tag(page.pk))
        return page

    def title(self, page) -> str:
        return _("Garrison: the discussion of %(title)s") % {"title": page.title}

    def link(self, page) -> str:
        return self.page_url + "#discussion"

    def feed_url(self, page) -> str:
        return absolute_url(self.request, self.request.path)

    def subtitle(self, page) -> str:
        return _("Approved posts, newest first.")

    def items(self, page):
        return (
            Post.objects.filter(thread__page=page, status=PostStatus.APPROVED)
            .select_related("author__reader")
            .order_by("-created", "-pk")[:FEED_LENGTH]
        )

    def item_title(self, post: Post) -> str:
        return html_to_text(post.html)[:80] or post.get_kind_display()

    def item_description(self, post: Post) -> str:
        return html_to_text(post.html)

    def item_link(self, post: Post) -> str:
        return f"{self.page_url}#post-{post.pk}"

    def item_pubdate(self, post: Post):
        return post.created

    def item_author_name(self, post: Post) -> str:
        return shown_author(post)
