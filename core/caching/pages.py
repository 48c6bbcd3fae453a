"""The page cache: whole pages in Redis for anonymous readers, filed by tag.

A page an anonymous reader asks for is stored whole, keyed by the site
generation, the host, the language and the address, and filed under the cache
tags its render named (``core/caching/tags.py``): publishing an article makes
stale that article, the lists it is in and the pages that show it, and leaves
every other page cached.

Never stored: signed-in readers (a session cookie), anything that sets a
cookie or varies on cookies (every page with a form and its CSRF token),
responses marked private or no-store, and the paths in ``NEVER_CACHED``. The
view counter still counts, as the beacon is a request of its own.

On only where the cache is shared by every web process (``REDIS_URL``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import has_vary_header

from . import store
from .generation import site_generation
from .tags import collecting

NEVER_CACHED = (
    "/admin/", "/api/", "/beacon/", "/documents/", "/readyz", "/healthz",
    "/search/", "/cs/search/", "/join/", "/cs/join/",
    # A page's history and citation: read by few, and never stale (the
    # citation's access date is today's).
    "/pages/", "/cs/pages/",
)  # fmt: skip
#: Cookies that mean the reader may see something made for them alone.
PERSONAL_COOKIES = ("sessionid", "messages")
#: Headers kept with a cached page; the rest are the request's own.
KEPT_HEADERS = (
    "Content-Type", "Content-Language", "Content-Security-Policy", "Link",
    "Referrer-Policy", "X-Content-Type-Options", "X-Frame-Options",
    "Cross-Origin-Opener-Policy", "Strict-Transport-Security",
)  # fmt: skip

#: This cache's name in ``Cache-Status`` (RFC 9211); the front cache adds its own.
CACHE_NAME = "garrison"


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
        f"page:{generation}:{request.scheme}://{request.get_host()}:{language}:"
        f"{request.get_full_path()}"
    )


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
        with store.request_scope():
            return self.serve(request)

    def serve(self, request: HttpRequest) -> HttpResponse:
        client = store.redis() if may_serve_cached(request) else None
        if client is None:
            response = self.get_response(request)
            response["Cache-Status"] = f"{CACHE_NAME}; fwd=bypass"
            return response
        key = page_key(request, site_generation())
        stored = store.fetch(key)
        if stored is not None:
            (content, headers), _tags = stored
            response = HttpResponse(content, headers=headers)
            response["Cache-Status"] = f"{CACHE_NAME}; hit"
            return response
        try:
            started = store.render_start(client)
        except store.RedisError:
            started = None
        with collecting() as dependencies:
            response = self.get_response(request)
        status = f"{CACHE_NAME}; fwd=uri-miss"
        if started is not None and request.method == "GET" and may_store(response):
            headers = {
                name: response[name] for name in KEPT_HEADERS if name in response
            }
            if store.store(
                key,
                (response.content, headers),
                dependencies.stored_tags(),
                seconds=settings.PAGE_CACHE_SECONDS,
                started=started,
                url=request.build_absolute_uri(),
            ):
                status += "; stored"
        response["Cache-Status"] = status
        return response
