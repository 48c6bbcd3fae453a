"""What pages are made of, kept between requests until anything is published.

The full-page cache (``core/page_cache.py``) serves anonymous readers whole
pages; everyone else, and every page it may not keep (a signed-in editor's, one
with a form), is rendered. What such a render reads that depends only on the
published content (an article's linked body, its entities, map and timeline)
is kept here under the same *content generation*, so any
publication makes it stale at once, exactly as it does the cached pages.

Renders are kept only where every web process shares the cache
(``CONTENT_CACHE_SECONDS``, 600 by default with ``REDIS_URL``, 0 without): one
process's copy could not be told of a publication made through another.

What every request reads and about nothing changes (the site, the sections, the
page served and its privacy) each process keeps for itself instead
(``core/process_copies.py``).
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest
from wagtail.models import Page

from .locales import active_language
from .process_copies import content_cache_on, request_generation


def cached_for_content[T](
    key: str, build: Callable[[], T], *, seconds: int | None = None
) -> T:
    """Return ``build()``, kept in the shared cache for the current content.

    ``key`` must name everything besides the published content that the value
    depends on (the page and its live revision, the language, the host).
    ``seconds`` shortens how long it is kept, for a value that also shows what
    changes without a publication (view counts in a listing).
    """
    if not content_cache_on():
        return build()
    cache = caches["default"]
    full_key = f"content:{request_generation()}:{key}"
    value = cache.get(full_key)
    if value is None:
        value = build()
        lifetime = settings.CONTENT_CACHE_SECONDS
        cache.set(full_key, value, min(lifetime, seconds or lifetime))
    return value


def kept_page_render[T](
    kind: str,
    page: Page,
    request: HttpRequest,
    render: Callable[[], T],
    *,
    seconds: int | None = None,
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
    return cached_for_content(key, render, seconds=seconds)
