"""The top of the tree, which every request reads: each process keeps a copy.

Serving a page walks the same few objects every time: the site, the reader's
locale, the home page in the reader's language and the section under it, with
their privacy. Each process keeps its own copy of them for as long as the site
generation (``core/caching/generation.py``) stays the same: they change only
with what flushes the site (a home page or a section published, moved or
deleted, a site, a locale or a restriction saved). ``bench/pages.py`` measures
what they save: three queries on every page rendered.

Where no shared cache carries the generation, the other processes see such a
change after ``SITE_TRUST_SECONDS``; the privacy of the pages kept is trusted
only where one does (``CONTENT_CACHE_SECONDS`` on, with Redis).

Safe under threads: a copy is only ever replaced whole, never changed in place
(a dict's get and set are atomic), and each caller gets a shallow copy of its
own, free to cache what it reads on itself. Tests empty the copies between
tests (``forget_copies``), as a new process would start.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from contextvars import ContextVar

from django.conf import settings
from django.http import HttpRequest
from django.http.request import split_domain_port
from django.utils import translation
from wagtail.models import Locale, Page, Site

from core.privacy import view_restrictions_of

from . import store
from .generation import site_generation
from .tags import page_tag

#: How long a process trusts its own copy without asking again: the bound on
#: how late a change is seen by the other processes where no shared cache
#: carries the generation, or where it was lost (a Redis restart without its
#: append-only file).
SITE_TRUST_SECONDS = 60.0
MAX_KNOWN_HOSTS = 64
#: About 5 KB each (a page without its body, and its privacy).
MAX_KEPT_PAGES = 1024

_generation: ContextVar[int | None] = ContextVar("site_generation", default=None)


def request_generation() -> int:
    """The site generation, read once per request (see ``KnownSite``)."""
    generation = _generation.get()
    return site_generation() if generation is None else generation


def content_cache_on() -> bool:
    """Whether ``CONTENT_CACHE_SECONDS`` keeps renders in the shared cache.

    Then each process keeps the pages below the sections too: only a shared
    cache tells every process at once that the generation moved on.
    """
    return settings.CONTENT_CACHE_SECONDS > 0


class ProcessCopies[K, V]:
    """Values this process keeps while the site generation stays the same.

    For what nearly never changes and every request reads: asking the shared
    cache for the generation is a fraction of the query it saves. A copy is
    also trusted for at most ``SITE_TRUST_SECONDS``.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._copies: dict[K, tuple[int, float, V]] = {}
        _every_copy.append(self)

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


_every_copy: list[ProcessCopies] = []
_sites: ProcessCopies[tuple[str, int | str], Site | None] = ProcessCopies(
    MAX_KNOWN_HOSTS
)
_locales: ProcessCopies[str, Locale | None] = ProcessCopies(16)
_pages: ProcessCopies[tuple, Page | None] = ProcessCopies(MAX_KEPT_PAGES)


def active_locale() -> Locale | None:
    """The locale of the active language (Wagtail's ``Locale.get_active()``)."""

    def find() -> Locale | None:
        try:
            return Locale.get_active()
        except Locale.DoesNotExist:
            return None

    return _locales.get(translation.get_language() or "", find)


def locale_of(language_code: str) -> Locale | None:
    """The locale of a language code, or None where the site has none."""
    return _locales.get(
        f"code:{language_code}",
        lambda: Locale.objects.filter(language_code=language_code).first(),
    )


def kept_page[P: Page](key: tuple, find: Callable[[], P | None]) -> P | None:
    """This process's copy of the page ``find()`` returns, for ``key``.

    The copy is found with its view restrictions, so serving it asks no more
    (see ``core.privacy``); each caller gets its own shallow copy, free to
    cache what it reads on itself.
    """

    def find_with_privacy() -> P | None:
        page = find()
        return with_privacy(page) if page is not None else None

    page = _pages.get(key, find_with_privacy)
    return copy.copy(page) if page is not None else None


def with_privacy[P: Page](page: P) -> P:
    """``page``, carrying its view restrictions, read now for every later request.

    They are trusted only where the generation is shared by every process
    (``core.privacy.OneQueryViewRestrictions``); elsewhere each request reads
    them afresh.
    """
    page._kept_view_restrictions = tuple(view_restrictions_of(page))
    return page


def kept_child[P: Page](
    parent: Page, slug: str, find: Callable[[], P | None], *, section: bool = False
):
    """This process's copy of ``parent``'s live child at ``slug``, or a fresh one.

    A ``section`` (a child of a home page, in every header) changes only with
    what flushes the site, and is always kept. A page below one is kept only
    where every process shares Redis (``CONTENT_CACHE_SECONDS``), and checked
    against its cache tag
    (``page:<id>``): one round trip instead of its queries. A slug with no
    page is asked again each time.
    """
    if not section and not content_cache_on():
        return find()
    key = ("child", parent.pk, slug)
    found, kept = _pages.peek(key)
    if found and kept is not None:
        page, started = kept
        if section or not store.changed_since(page_tag(page.pk), started):
            return copy.copy(page)
    started = 0
    if not section:
        client = store.redis()
        try:
            started = store.render_start(client) if client is not None else None
        except store.RedisError:
            started = None
        if started is None:
            return find()
    page = find()
    if page is not None:
        kept = copy.copy(page)
        # The page's own row only: what it relates to (its view count, its
        # series) changes without the page, and is read afresh when shown.
        kept._state = copy.copy(page._state)
        kept._state.fields_cache = {}
        _pages.put(key, (with_privacy(kept), started))
    return page


def localized_home[P: Page](home: P) -> P:
    """``home`` in the reader's language: Wagtail's ``localized``, kept.

    Every page served is routed from here, so the locale and the translation
    are this process's copies instead of two or three queries per request.
    """
    if not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return home
    locale = active_locale()
    if locale is None or locale.pk == home.locale_id:
        return home
    translation_of_home = kept_page(
        ("translation", home.translation_key, locale.pk),
        lambda: (
            Page.objects.live()
            .filter(translation_key=home.translation_key, locale=locale)
            .specific()
            .first()
        ),
    )
    return translation_of_home or home


def forget_copies() -> None:
    """Drop every copy this process keeps."""
    for copies in _every_copy:
        copies.clear()


class KnownSite:
    """Give Wagtail the request's site from this process's copy.

    Wagtail looks the site up with one query per request (an ordered match on
    host, port and the default site); sites change about never, and any site
    saved or deleted moves the site generation on. The site Wagtail found
    for a request, with the root page it routed from, is kept for the next
    ones; a request that needs no site (``/healthz``, ``/readyz``, a static
    file) costs nothing here, and a database that does not answer fails only
    what needs it.

    Also reads the site generation once for the whole request: a page that
    consults several kept values pays one round trip to the cache, not several.
    """

    def __init__(self, get_response: Callable[[HttpRequest], object]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        token = _generation.set(site_generation())
        try:
            key = (split_domain_port(request._get_raw_host())[0], request.get_port())
            known, site = _sites.peek(key)
            if known:
                if site is not None:  # this request's own, see the module's note
                    site = copy.copy(site)
                    site.root_page = copy.copy(site.root_page)
                # Wagtail's Site.find_for_request() answers from this attribute.
                request._wagtail_site = site
            response = self.get_response(request)
            site = getattr(request, "_wagtail_site", None)
            if not known and site is not None:
                # Routing starts at the root page's ``localized``: as its own
                # type (a HomePage), it answers from the copies above.
                site.root_page = with_privacy(site.root_page.specific)
                _sites.put(key, site)
            return response
        finally:
            _generation.reset(token)
