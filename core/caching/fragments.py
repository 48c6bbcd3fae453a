"""Fragments of pages kept in Redis, filed by tag: ``{% fragmentcache %}``.

Wagtail's ``{% wagtailpagecache %}`` keys a fragment by the page's own state
and skips previews, but a fragment also shows other pages (the entries an
article names, the authors in its byline), and only a timeout reaches it when
they change. This tag does what Wagtail's does and files the fragment under
the cache tags its render named, so a change to anything it shows deletes it
(``core/caching/store.py``); when it is served from the cache, its tags are
named for the page around it all the same.

A fragment must be the same for every reader of the page in that language:
never put a form, a CSRF token or a reader's name inside one.

On only where ``CONTENT_CACHE_SECONDS`` is set, with Redis.
"""

from __future__ import annotations

from django import template
from django.conf import settings
from django.utils.translation import get_language

from . import store
from .process_copies import request_generation
from .tags import collecting, depends_on, page_tag


class FragmentCacheNode(template.Node):
    def __init__(self, nodelist: template.NodeList, name: str, seconds: int | None):
        self.nodelist = nodelist
        self.name = name
        self.seconds = seconds

    def render(self, context: template.Context) -> str:
        request = context.get("request")
        client = store.redis() if settings.CONTENT_CACHE_SECONDS > 0 else None
        if client is None or request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        page = context.get("page")
        key = ":".join(
            (
                "fragment",
                str(request_generation()),
                self.name,
                page.cache_key if page is not None else "",
                get_language() or "",
                f"{request.scheme}://{request.get_host()}",
            )
        )
        stored = store.fetch(key)
        if stored is not None:
            html, tags = stored
            depends_on(*tags)
            return html
        try:
            started = store.render_start(client)
        except store.RedisError:
            return self.nodelist.render(context)
        with collecting() as dependencies:
            if page is not None:
                depends_on(page_tag(page.pk))
            html = self.nodelist.render(context)
        lifetime = settings.CONTENT_CACHE_SECONDS
        store.store(
            key,
            html,
            dependencies.stored_tags(),
            seconds=min(lifetime, self.seconds or lifetime),
            started=started,
        )
        return html


def parse_fragmentcache(parser, token) -> FragmentCacheNode:
    """``{% fragmentcache "name" [seconds] %}...{% endfragmentcache %}``."""
    bits = token.split_contents()
    if len(bits) not in (2, 3) or bits[1][0] not in "\"'":
        raise template.TemplateSyntaxError(
            f"{bits[0]} takes a quoted name and, optionally, the seconds to keep it."
        )
    nodelist = parser.parse(("endfragmentcache",))
    parser.delete_first_token()
    seconds = int(bits[2]) if len(bits) == 3 else None
    return FragmentCacheNode(nodelist, bits[1][1:-1], seconds)
