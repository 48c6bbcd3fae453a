"""A full-page cache in Redis for anonymous readers, emptied by any publication.

A page an anonymous reader asks for is stored whole, keyed by the site's
*content generation*; publishing, unpublishing, moving or deleting a page, or
saving anything shown around pages (contributors, series, ads), moves the
generation on, so every cached page (the page itself, the home page, indexes,
tag pages, the entries it mentions, related-article lists) is stale at once.
Tracking which pages show which would save re-rendering pages a publication
did not touch, at the price of a dependency graph that must never miss an
edge; one counter cannot miss one.

Never cached: signed-in readers (a session cookie), anything that sets a
cookie or varies on cookies (every page with a form and its CSRF token),
responses marked private or no-store, and the paths in ``NEVER_CACHED``. The
view counter still counts, as the beacon is a request of its own.

On only where the cache is shared by every web process (``REDIS_URL``): a
generation kept in one process's memory could not reach the others.

The generation lives in the database (``core.ContentGeneration``); the cache
holds a copy for ``GENERATION_CACHE_SECONDS``. A change made while Redis is
down still moves it on; the process that made it drops Redis's stale copy at
its first request that finds Redis back, and should that process be gone, the
copy expires within those seconds.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, transaction
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.utils.cache import has_vary_header

GENERATION_KEY = "page-cache:generation"
NEVER_CACHED = (
    "/admin/", "/api/", "/beacon/", "/documents/", "/readyz", "/healthz",
    "/search/", "/cs/search/", "/join/", "/cs/join/",
)  # fmt: skip
#: Cookies that mean the reader may see something made for them alone.
PERSONAL_COOKIES = ("sessionid", "messages")
#: Headers kept with a cached page; the rest are the request's own.
KEPT_HEADERS = (
    "Content-Type", "Content-Language", "Content-Security-Policy", "Link",
    "Referrer-Policy", "X-Content-Type-Options", "X-Frame-Options",
    "Cross-Origin-Opener-Policy", "Strict-Transport-Security",
)  # fmt: skip


#: How long the cache's copy of the generation is trusted. The database holds
#: the generation itself; a copy left stale (a change made while Redis was down,
#: by a process that is gone) is read afresh within this many seconds.
GENERATION_CACHE_SECONDS = 10

#: Set when a change could not reach the cache (Redis was down): this process
#: drops the cache's copy at its first request that finds the cache back.
_invalidation_owed = threading.Event()
#: The last generation this process read, for when the database does not answer.
_last_read = 0


def content_generation() -> int:
    """The current generation, from the cache's copy or from the database."""
    global _last_read
    cache = caches["default"]
    if _invalidation_owed.is_set() and cache.delete(GENERATION_KEY) is not None:
        _invalidation_owed.clear()
    value = cache.get(GENERATION_KEY)
    if value is None:
        from .models import ContentGeneration

        try:
            value = (
                ContentGeneration.objects.values_list("value", flat=True).first() or 0
            )
        except DatabaseError:
            # Cached pages may still be served while the database is away.
            return _last_read
        cache.add(GENERATION_KEY, value, GENERATION_CACHE_SECONDS)
    _last_read = value
    return value


def forget_cached_pages(*args, **kwargs) -> None:
    """Make every cached page stale (a signal receiver; takes any arguments).

    The generation moves on in the database, in the transaction of the change
    (two changes at once both count), and the cache's copy is dropped now and
    again once the change is committed, so that no request re-reads the old
    value in between and keeps it.
    """
    from .models import ContentGeneration

    if not ContentGeneration.objects.filter(pk=1).update(value=F("value") + 1):
        ContentGeneration.objects.get_or_create(pk=1, defaults={"value": 1})
    drop_cached_generation()
    transaction.on_commit(drop_cached_generation)


def drop_cached_generation() -> None:
    """Drop the cache's copy of the generation, or owe it while the cache is down."""
    if caches["default"].delete(GENERATION_KEY) is None:
        _invalidation_owed.set()


def may_serve_cached(request: HttpRequest) -> bool:
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not request.path.startswith(NEVER_CACHED)
        and not any(name in request.COOKIES for name in PERSONAL_COOKIES)
    )


def may_store(response: HttpResponse) -> bool:
    cache_control = {
        part.split("=")[0].strip().lower()
        for part in re.split(r"\s*,\s*", response.get("Cache-Control", ""))
    }
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not has_vary_header(response, "Cookie")
        and not cache_control & {"private", "no-store", "no-cache"}
    )


def page_key(request: HttpRequest, generation: int) -> str:
    language = getattr(request, "LANGUAGE_CODE", "")
    return (
        f"page:{generation}:{request.get_host()}:{language}:{request.get_full_path()}"
    )


#: This cache's name in ``Cache-Status`` (RFC 9211); the front cache adds its own.
CACHE_NAME = "garrison"


class AnonymousPageCache:
    """Serve anonymous readers' pages from the cache, and store what may be.

    Every response says what this cache did with it in a ``Cache-Status``
    header (RFC 9211): ``hit``; ``fwd=uri-miss`` (rendered), with ``stored``
    when it was kept; or ``fwd=bypass`` for what it never keeps (signed-in
    readers, forms, the paths in ``NEVER_CACHED``, a site without Redis).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not may_serve_cached(request):
            response = self.get_response(request)
            response["Cache-Status"] = f"{CACHE_NAME}; fwd=bypass"
            return response
        cache = caches["default"]
        key = page_key(request, content_generation())
        stored = cache.get(key)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(content, headers=headers)
            response["Cache-Status"] = f"{CACHE_NAME}; hit"
            return response
        response = self.get_response(request)
        status = f"{CACHE_NAME}; fwd=uri-miss"
        if request.method == "GET" and may_store(response):
            headers = {
                name: response[name] for name in KEPT_HEADERS if name in response
            }
            # django-redis answers True once Redis has it, None when Redis failed.
            if cache.set(key, (response.content, headers), settings.PAGE_CACHE_SECONDS):
                status += "; stored"
        response["Cache-Status"] = status
        return response
