"""The view counter: the one module that decides what counts as a view and counts it.

A view is counted once per visitor per article within a window (30 minutes by
default). Visitors are told apart by a keyed hash of their address and browser,
so nothing about them is stored and no cookie is needed. Readers behind one
address (a household, an office) are several visitors, but one address adds
at most ``VIEW_COUNT_PER_ADDRESS`` views to an article per window, however
many browsers it claims to be.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

from django.conf import settings
from django.core.cache import caches
from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.http import HttpRequest
from redis import RedisError

from core.clients import client_address
from core.editors import edits_site
from core.privacy import public_pages

from .models import ArticlePage, ViewCount
from .view_buffer import buffer_view, pending_views, redis_client

CAP_PREFIX = "garrison:views:cap:"

# Crawlers, link previewers, monitoring and scripted clients. Headless browsers
# are mostly scrapers; a reader's browser always names itself.
_BOT_USER_AGENT = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|mediapartners|facebookexternalhit|embedly|"
    r"preview|headless|phantomjs|lighthouse|pingdom|uptime|monitor|python-|"
    r"curl/|wget/|httpclient|okhttp|go-http-client|java/|libwww|scrapy|feed",
    re.IGNORECASE,
)


def is_bot(user_agent: str) -> bool:
    """Tell whether a User-Agent belongs to a machine rather than a reader."""
    return not user_agent.strip() or bool(_BOT_USER_AGENT.search(user_agent))


def visitor_fingerprint(address: str, user_agent: str, *, secret: str) -> str:
    """Return an opaque, stable key for one visitor that reveals nothing about them."""
    message = f"{address}\n{user_agent}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()[:32]


def reason_in_headers(user_agent: str, purpose: str) -> str | None:
    """Why a view must not count, from its ``User-Agent`` and ``Sec-Purpose``."""
    if is_bot(user_agent):
        return "bot"
    if "prefetch" in purpose or "prerender" in purpose:
        return "prefetch"
    return None


def reason_not_counted(request: HttpRequest) -> str | None:
    """Return why this request's view must not count, or None when it counts."""
    reason = reason_in_headers(
        request.headers.get("User-Agent", ""),
        request.headers.get("Sec-Purpose", "") or request.headers.get("Purpose", ""),
    )
    if reason is not None:
        return reason
    if edits_site(request):
        return "editor"
    return None


#: The longest page id a beacon may name (PostgreSQL's bigint has 19 digits).
MAX_PAGE_ID_DIGITS = 18


def beacon_page_id(value: str) -> int | None:
    """The article id a beacon names (``"123"``), or None when it is not one."""
    if value.isascii() and value.isdigit() and len(value) <= MAX_PAGE_ID_DIGITS:
        return int(value)
    return None


def is_public_article(page_id: int) -> bool:
    """Whether ``page_id`` is a live article anyone may see: only those count views."""
    return public_pages(ArticlePage.objects.live().filter(pk=page_id)).exists()


def count_request(request: HttpRequest, page_id: int) -> tuple[bool, str | None]:
    """Count the view this beacon request reports.

    Return whether it counted and, when it did not, why: ``"bot"``,
    ``"prefetch"``, ``"editor"``, ``"repeat"`` (seen within the window) or
    ``"cap"`` (the address has added all it may to the article).
    """
    reason = reason_not_counted(request)
    if reason is not None:
        return False, reason
    address = client_address(request)
    visitor = visitor_fingerprint(
        address, request.headers.get("User-Agent", ""), secret=settings.SECRET_KEY
    )
    reason = record_view(page_id, visitor, address)
    return reason is None, reason


def record_view(page_id: int, visitor: str, address: str) -> str | None:
    """Count one view of the page by this visitor, unless counted in the window.

    Return None when the view was counted, else why not: ``"repeat"`` or
    ``"cap"``.
    """
    window = caches["views"]
    seen_key = f"seen:{page_id}:{visitor}"
    # This view's token, so that Redis counts it once (view_buffer.py).
    token = secrets.randbelow(2**62) + 1
    # cache.add is atomic on every backend we use: of two simultaneous loads by
    # the same visitor, exactly one gets to count.
    added = window.add(seen_key, token, timeout=settings.VIEW_COUNT_WINDOW_SECONDS)
    if added is False:
        return "repeat"
    if not within_address_cap(page_id, address):
        return "cap"
    # None: the window's Redis did not answer. The view counts (in the
    # database, below) rather than be lost; a repeat may count twice meanwhile.
    try:
        if not buffer_view(page_id, window.make_key(seen_key), token):
            increment(page_id)
    except Exception:
        window.delete(seen_key)
        raise
    return None


def within_address_cap(page_id: int, address: str) -> bool:
    """Take one of the views the address may add to the article in this window.

    Return False when it has none left. With Redis, one atomic ``INCR`` on a
    counter that expires with the window; in the database cache, the first
    free one of ``VIEW_COUNT_PER_ADDRESS`` slots, each taken by an atomic
    ``add``. The address is kept only as a keyed hash, for the window.
    """
    cap = settings.VIEW_COUNT_PER_ADDRESS
    seconds = settings.VIEW_COUNT_WINDOW_SECONDS
    tag = hmac.new(
        settings.SECRET_KEY.encode(), f"address\n{address}".encode(), hashlib.sha256
    ).hexdigest()[:32]
    client = redis_client()
    if client is None:
        window = caches["views"]
        return any(
            window.add(f"cap:{page_id}:{tag}:{slot}", 1, timeout=seconds)
            for slot in range(cap)
        )
    key = f"{CAP_PREFIX}{page_id}:{tag}"
    try:
        # One transaction: the counter never outlives its window.
        pipeline = client.pipeline(transaction=True)
        pipeline.set(key, 0, nx=True, ex=seconds)
        pipeline.incr(key)
        _created, taken = pipeline.execute()
    except RedisError:
        # As with the window itself: a view counts rather than be lost.
        return True
    return taken <= cap


def increment(page_id: int, by: int = 1) -> None:
    """Add to the page's stored count atomically, creating the row on first use."""
    if ViewCount.objects.filter(page_id=page_id).update(count=F("count") + by):
        return
    try:
        with transaction.atomic():
            ViewCount.objects.create(page_id=page_id, count=by)
    except IntegrityError:
        # Another request created the row between our update and our insert.
        ViewCount.objects.filter(page_id=page_id).update(count=F("count") + by)


def view_count(page: ArticlePage) -> int:
    """Return the number of views of the article, flushed or still in Redis.

    Uses the count loaded with the page when the query selected it.
    """
    if ArticlePage.views.is_cached(page):
        try:
            stored = page.views.count
        except ViewCount.DoesNotExist:
            stored = 0
    else:
        stored = stored_views(page.pk)
    return stored + pending_views(page.pk)


def stored_views(page_id: int) -> int:
    """The article's count as flushed to the database (0 before its first view).

    Asked on every article served from a kept copy: written in SQL, as the
    ORM would spend longer composing the query than the database answering it.
    """
    table = connection.ops.quote_name(ViewCount._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count FROM {table} WHERE page_id = %s", [page_id])
        row = cursor.fetchone()
    return row[0] if row else 0
