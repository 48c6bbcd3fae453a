"""The view beacon's common case, answered before Django handles the request.

Every article view sends one beacon, so it is the request the site gets most.
Through Django it would pass the session, locale, CSRF, authentication and
message middleware, none of which it needs, at several times the cost of the
counting itself. Here only the common case is taken: an anonymous reader's
well-formed beacon for a live article, on an allowed host. The counting is the
same code (``counting.record_view``). Anything else (a signed-in reader, who
may be an editor; a body that is not a page id; an article that is not live; a
host that is not allowed; an error) goes on to Django's view, unchanged, which
answers it with its reason.

Whether an article is live each process remembers for ``LIVE_TRUST_SECONDS``:
one query saved per beacon, at the price of counting an article's views for a
few seconds after it is withdrawn.
"""

from __future__ import annotations

import io
import json
import logging
import time
from collections.abc import Callable, Iterable

from django.conf import settings
from django.db import close_old_connections
from django.http.request import split_domain_port, validate_host

from core.clients import address_of

from .counting import (
    beacon_page_id,
    is_public_article,
    reason_in_headers,
    record_view,
    visitor_fingerprint,
)

logger = logging.getLogger(__name__)

BEACON_PATH = "/beacon/views/"
#: "page=" and an id of at most 18 digits, with room for a charset's worth.
MAX_BODY_BYTES = 64

WSGIApp = Callable[[dict, Callable], Iterable[bytes]]

#: How long a process trusts what it found of an article being live: a beacon
#: for an article withdrawn a moment ago may still count for this long.
LIVE_TRUST_SECONDS = 10.0
MAX_KNOWN_ARTICLES = 50_000

_live_articles: dict[int, tuple[float, bool]] = {}


def forget_live_articles() -> None:
    """Forget what this process found of articles being live (tests start so)."""
    _live_articles.clear()


def page_id_in(body: bytes) -> int | None:
    """The article id of a beacon's form body (``page=123``), or None."""
    try:
        text = body.decode("ascii")
    except UnicodeDecodeError:
        return None
    name, _, value = text.partition("=")
    return beacon_page_id(value) if name == "page" else None


def is_live_article(page_id: int) -> bool:
    """Whether the article is live and public, as this process found it a moment ago."""
    now = time.monotonic()
    known = _live_articles.get(page_id)
    if known is not None and now - known[0] < LIVE_TRUST_SECONDS:
        return known[1]
    live = is_public_article(page_id)
    if len(_live_articles) >= MAX_KNOWN_ARTICLES:
        _live_articles.clear()  # ids come from requests: keep them bounded
    _live_articles[page_id] = (now, live)
    return live


def count_beacon(environ: dict, body: bytes) -> dict | None:
    """Count the beacon in ``environ``; None when Django's view must answer it."""
    domain, _port = split_domain_port(
        environ.get("HTTP_HOST") or environ.get("SERVER_NAME", "")
    )
    if not domain or not validate_host(domain, settings.ALLOWED_HOSTS):
        return None
    page_id = page_id_in(body)
    if page_id is None or not is_live_article(page_id):
        return None
    user_agent = environ.get("HTTP_USER_AGENT", "")
    purpose = environ.get("HTTP_SEC_PURPOSE", "") or environ.get("HTTP_PURPOSE", "")
    reason = reason_in_headers(user_agent, purpose)
    if reason is None:
        address = address_of(
            environ.get("REMOTE_ADDR", ""), environ.get("HTTP_X_FORWARDED_FOR", "")
        )
        visitor = visitor_fingerprint(address, user_agent, secret=settings.SECRET_KEY)
        reason = record_view(page_id, visitor, address)
    return {"counted": reason is None, "reason": reason}


def _takes(environ: dict) -> bool:
    if environ.get("PATH_INFO") != BEACON_PATH:
        return False
    if environ.get("REQUEST_METHOD") != "POST":
        return False
    if not environ.get("CONTENT_TYPE", "").startswith(
        "application/x-www-form-urlencoded"
    ):
        return False
    # A session may be an editor's, whose views do not count: Django knows.
    return f"{settings.SESSION_COOKIE_NAME}=" not in environ.get("HTTP_COOKIE", "")


def _body(environ: dict) -> bytes | None:
    try:
        length = int(environ.get("CONTENT_LENGTH") or "0")
    except ValueError:
        return None
    if not 0 < length <= MAX_BODY_BYTES:
        return None
    body = environ["wsgi.input"].read(length)
    # Django reads the body again if it answers after all.
    environ["wsgi.input"] = io.BytesIO(body)
    return body


def with_beacon(application: WSGIApp) -> WSGIApp:
    """Wrap the site's WSGI application so that beacons are counted first."""

    def serve(environ: dict, start_response: Callable) -> Iterable[bytes]:
        if _takes(environ) and (body := _body(environ)) is not None:
            close_old_connections()
            try:
                answer = count_beacon(environ, body)
            except Exception:
                logger.exception("The beacon's fast path failed; Django answers")
                answer = None
            finally:
                close_old_connections()
            if answer is not None:
                content = json.dumps(answer).encode()
                start_response(
                    "200 OK",
                    [
                        ("Content-Type", "application/json"),
                        ("Content-Length", str(len(content))),
                        ("X-Content-Type-Options", "nosniff"),
                        ("Referrer-Policy", settings.SECURE_REFERRER_POLICY),
                        ("Cache-Control", "no-store"),
                    ],
                )
                return [content]
        return application(environ, start_response)

    return serve
