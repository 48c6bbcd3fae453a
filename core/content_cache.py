"""What pages are made of, kept between requests until anything is published.

The full-page cache (``core/page_cache.py``) serves anonymous readers whole
pages; everyone else, and every page it may not keep (a signed-in editor's, one
with a form), is rendered. What such a render reads that depends only on the
published content (an article's linked body, its entities, map and timeline,
the request's site) is kept here under the same *content generation*, so any
publication makes it stale at once, exactly as it does the cached pages.

Renders are kept only where every web process shares the cache
(``CONTENT_CACHE_SECONDS``, 600 by default with ``REDIS_URL``, 0 without): one
process's copy could not be told of a publication made through another.

The site and the sections under the home page, which change about never and
which every request reads, each process keeps for itself, always: they are
asked again when the generation moves on, which without a shared cache only the
process that saw the change notices, and at the latest after
``SITE_TRUST_SECONDS``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import caches
from django.core.signals import setting_changed
from django.http import HttpRequest
from django.http.request import split_domain_port
from wagtail.models import Page, Site

from .locales import active_language
from .page_cache import content_generation

#: How long a process trusts its own copy of a site or section without asking
#: again: the bound on how late a change is seen by the other processes where
#: no shared cache carries the generation, or where it was lost (a Redis
#: restart without its append-only file).
SITE_TRUST_SECONDS = 60.0
MAX_KNOWN_HOSTS = 64


_generation: ContextVar[int | None] = ContextVar("content_generation", default=None)


def request_generation() -> int:
    """The content generation, read once per request (see ``KnownSite``)."""
    generation = _generation.get()
    return content_generation() if generation is None else generation


def content_cache_on() -> bool:
    return settings.CONTENT_CACHE_SECONDS > 0


def cached_for_content[T](key: str, build: Callable[[], T]) -> T:
    """Return ``build()``, kept in the shared cache for the current content.

    ``key`` must name everything besides the published content that the value
    depends on (the page and its live revision, the language, the host).
    """
    if not content_cache_on():
        return build()
    cache = caches["default"]
    full_key = f"content:{request_generation()}:{key}"
    value = cache.get(full_key)
    if value is None:
        value = build()
        cache.set(full_key, value, settings.CONTENT_CACHE_SECONDS)
    return value


def kept_page_render[T](
    kind: str, page: Page, request: HttpRequest, render: Callable[[], T]
) -> T:
    """Return ``render()`` for the live ``page``, kept while the content stays.

    The key names the page's live revision, the reader's language and the
    address the page is served at; a preview, which shows a draft, is never kept.
    ``kind`` names what is kept, and changes whenever its shape does, so a
    process of the next release never reads a value of the last one.
    """
    if getattr(request, "is_preview", False):
        return render()
    key = (
        f"{kind}:{page.pk}:{page.live_revision_id}:{active_language()}:"
        f"{request.scheme}://{request.get_host()}"
    )
    return cached_for_content(key, render)


class ProcessCopies[K, V]:
    """Values this process keeps while the content generation stays the same.

    For what nearly never changes and every request reads (the site, the
    sections under the home page): asking the shared cache for the generation
    is a fraction of the query it saves. A copy is also trusted for at most
    ``SITE_TRUST_SECONDS``.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._copies: dict[K, tuple[int, float, V]] = {}

    def get(self, key: K, find: Callable[[], V]) -> V:
        """The kept value for ``key``, or ``find()``'s, kept from now on."""
        found, value = self.peek(key)
        if not found:
            value = find()
            self.put(key, value)
        return value

    def peek(self, key: K) -> tuple[bool, V | None]:
        """Whether a value is kept for ``key`` and still trusted, and which."""
        known = self._copies.get(key)
        if (
            known is not None
            and known[0] == request_generation()
            and time.monotonic() - known[1] < SITE_TRUST_SECONDS
        ):
            return True, known[2]
        return False, None

    def put(self, key: K, value: V) -> None:
        if len(self._copies) >= self.limit:
            self._copies.clear()  # keys come from requests: keep them bounded
        self._copies[key] = (request_generation(), time.monotonic(), value)

    def clear(self) -> None:
        self._copies.clear()


_sites: ProcessCopies[tuple[str, str], Site | None] = ProcessCopies(MAX_KNOWN_HOSTS)
_sections: ProcessCopies[tuple[int, str], Page | None] = ProcessCopies(256)


def live_section(home: Page, slug: str) -> Page | None:
    """The live child of ``home`` at ``slug``, as its own type, or None."""
    return _sections.get(
        (home.pk, slug),
        lambda: home.get_children().live().filter(slug=slug).specific().first(),
    )


def forget_sites(**kwargs) -> None:
    _sites.clear()
    _sections.clear()


setting_changed.connect(forget_sites, dispatch_uid="content-cache-sites")


class KnownSite:
    """Give Wagtail the request's site from this process's copy.

    Wagtail looks the site up with one query per request (an ordered match on
    host, port and the default site); sites change about never, and any site
    saved or deleted moves the content generation on. The site Wagtail found
    for a request, with the root page it routed from, is kept for the next
    ones; a request that needs no site (``/healthz``, ``/readyz``, a static
    file) costs nothing here, and a database that does not answer fails only
    what needs it.

    Also reads the content generation once for the whole request: a page that
    consults several kept values pays one round trip to the cache, not several.
    """

    def __init__(self, get_response: Callable[[HttpRequest], object]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        token = _generation.set(content_generation())
        try:
            key = (split_domain_port(request._get_raw_host())[0], request.get_port())
            known, site = _sites.peek(key)
            if known:
                # Wagtail's Site.find_for_request() answers from this attribute.
                request._wagtail_site = site
            response = self.get_response(request)
            if not known and getattr(request, "_wagtail_site", None) is not None:
                _sites.put(key, request._wagtail_site)
            return response
        finally:
            _generation.reset(token)
