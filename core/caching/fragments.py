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

from collections.abc import Callable

from django import template
from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import get_language
from wagtail.models import Page

from . import store
from .process_copies import content_cache_on, request_generation
from .tags import collecting, depends_on, page_tag


def fragment_key(name: str, request: HttpRequest, page: Page | None) -> str:
    """Where a fragment of ``page`` is kept, for the reader's language and host."""
    language = get_language() or ""
    # A page's fragments share all but their name: worked out once a request.
    scopes = request.__dict__.setdefault("_fragment_scopes", {})
    scope = (page.pk if page is not None else None, language)
    known = scopes.get(scope)
    if known is None:
        page_key = page.cache_key if page is not None else ""
        origin = f"{request.scheme}://{request.get_host()}"
        known = scopes[scope] = (str(request_generation()), page_key, origin)
    generation, page_key, origin = known
    return f"fragment:{generation}:{name}:{page_key}:{language}:{origin}"


def kept_fragment[T](
    name: str,
    request: HttpRequest | None,
    page: Page | None,
    render: Callable[[], T],
    *,
    seconds: int | None = None,
    template: template.Template | None = None,
    sitewide: bool = False,
) -> T:
    """``render()``, kept for ``page`` in the reader's language and filed by tag.

    What ``{% fragmentcache %}`` does, for a value built in Python (the page's
    language versions) as for a template's fragment. ``name`` names what is
    kept and changes whenever its shape does, so a process of the next release
    never reads the last one's. The first fragment a request asks for fetches
    every fragment of its ``template`` at once: one round trip to Redis for
    the page, not one a fragment. A ``sitewide`` fragment is the same on
    every page in a language, and kept once for them all.
    """
    client = store.redis() if content_cache_on() else None
    if client is None or request is None or getattr(request, "is_preview", False):
        return render()
    if sitewide:
        page = None
    key = fragment_key(name, request, page)
    fetched = getattr(request, "_fragments", None)
    if fetched is None or key not in fetched[0]:
        keys = {
            fragment_key(other, request, None if other_sitewide else page)
            for other, other_sitewide in fragment_names(template, (name, sitewide))
        }
        fetched = (keys, store.fetch_many(sorted(keys)))
        request._fragments = fetched
    stored = fetched[1].get(key)
    if stored is not None:
        value, tags = stored
        depends_on(*tags)
        return value
    try:
        started = store.render_start(client)
    except store.RedisError:
        return render()
    with collecting() as dependencies:
        if page is not None:
            depends_on(page_tag(page.pk))
        value = render()
    lifetime = settings.CONTENT_CACHE_SECONDS
    store.store(
        key,
        value,
        dependencies.stored_tags(),
        seconds=min(lifetime, seconds or lifetime),
        started=started,
    )
    return value


type FragmentName = tuple[str, bool]  # its name, and whether it is sitewide


def fragment_names(
    template: template.Template | None, also: FragmentName
) -> frozenset[FragmentName]:
    """The fragments a page rendered with ``template`` asks for, ``also`` among them.

    Those written in the template itself are read from it; those of the
    template it extends, of its includes and of tags that keep a value
    (the page's language versions) are learnt as they are asked for, so from
    a process's second request on, one round trip fetches them all. Templates
    stay loaded for the life of the process; the set is replaced, never
    changed in place, so a thread reading it never sees it change.
    """
    if template is None:
        return frozenset((also,))
    names = getattr(template, "_fragment_names", None)
    if names is None:
        names = frozenset(
            (node.name, node.sitewide)
            for node in template.nodelist.get_nodes_by_type(FragmentCacheNode)
        )
    if also not in names:
        names = names | {also}
    template._fragment_names = names
    return names


class FragmentCacheNode(template.Node):
    def __init__(
        self,
        nodelist: template.NodeList,
        name: str,
        seconds: int | None,
        sitewide: bool,
    ):
        self.nodelist = nodelist
        self.name = name
        self.seconds = seconds
        self.sitewide = sitewide

    def render(self, context: template.Context) -> str:
        page = context.get("page")
        return kept_fragment(
            self.name,
            context.get("request"),
            page if isinstance(page, Page) else None,
            lambda: self.nodelist.render(context),
            seconds=self.seconds,
            template=context.template,
            sitewide=self.sitewide,
        )


def parse_fragmentcache(parser, token) -> FragmentCacheNode:
    """``{% fragmentcache "name" [seconds] [sitewide] %}...{% endfragmentcache %}``.

    A fragment is kept for its page unless it is ``sitewide``: the same on
    every page in a language (the header's links), kept once for them all.
    """
    bits = token.split_contents()
    sitewide = bits[-1] == "sitewide"
    if sitewide:
        bits.pop()
    if (
        len(bits) not in (2, 3)
        or bits[1][0] not in "\"'"
        or not (len(bits) == 2 or bits[2].isdigit())
    ):
        raise template.TemplateSyntaxError(
            f"{bits[0]} takes a quoted name and, optionally, the seconds to keep it "
            "and the word sitewide."
        )
    nodelist = parser.parse(("endfragmentcache",))
    parser.delete_first_token()
    seconds = int(bits[2]) if len(bits) == 3 else None
    return FragmentCacheNode(nodelist, bits[1][1:-1], seconds, sitewide)
