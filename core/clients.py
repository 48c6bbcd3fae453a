"""Who is asking: the client's address, and a per-address rate limit."""

from __future__ import annotations

import hashlib
import hmac
import math

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import ngettext


def client_address(request: HttpRequest) -> str:
    """Return the client's address, trusting the proxy's header only when told to."""
    return address_of(
        request.META.get("REMOTE_ADDR", ""), request.headers.get("X-Forwarded-For", "")
    )


def address_of(remote_addr: str, forwarded_for: str) -> str:
    """The client's address from the connection's and the proxy's header.

    The last hop of ``X-Forwarded-For`` is the one our proxy appended; it is
    believed only with ``BEHIND_PROXY``, the setting that says a proxy is there.
    """
    if settings.BEHIND_PROXY and forwarded_for:
        return forwarded_for.split(",")[-1].strip()
    return remote_addr


RATE_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(rate: str) -> tuple[int, int]:
    """Read a rate such as ``"60/m"`` as (requests, seconds); ValueError if malformed.

    The same form as the API's ``API_RATE_LIMIT``: a count, a slash and a unit
    (``s``, ``m``, ``h`` or ``d``, or a word that starts with one).
    """
    count, _, unit = rate.partition("/")
    seconds = RATE_UNITS.get(unit.strip()[:1].lower())
    if not count.strip().isdigit() or int(count) < 1 or seconds is None:
        raise ValueError(
            f"{rate!r} is not a rate such as '60/m' (a count per s, m, h or d)."
        )
    return int(count), seconds


def over_rate_limit(
    request: HttpRequest, scope: str, *, limit: int, window: int
) -> bool:
    """Count one attempt for this address in ``scope``; tell whether it is one too many.

    The address is kept only as a keyed hash, and only for ``window`` seconds.
    """
    return over_limit(scope, client_address(request), limit=limit, window=window)


def over_limit(scope: str, ident: str, *, limit: int, window: int) -> bool:
    """Count one attempt by ``ident`` (an address, an email) in ``scope``.

    Tell whether it is one too many within the ``window`` (seconds) that the
    first attempt opened. ``ident`` is kept only as a keyed hash.
    """
    digest = hmac.new(
        settings.SECRET_KEY.encode(), ident.encode(), hashlib.sha256
    ).hexdigest()[:32]
    key = f"rate:{scope}:{digest}"
    if cache.add(key, 1, timeout=window):
        return limit < 1
    try:
        attempts = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=window)
        attempts = 1
    return attempts > limit


def refused_for_now(response: HttpResponse, retry_after: int) -> HttpResponse:
    """Make ``response`` a 429 that says when to come back and that no cache keeps.

    A refusal kept by the front cache or the page cache would be served to
    readers who were never over any limit.
    """
    response.status_code = 429
    response["Retry-After"] = str(retry_after)
    add_never_cache_headers(response)
    return response


def try_again_in(seconds: float) -> str:
    """Say when to try again: in minutes or, from two hours, in hours."""
    minutes = max(math.ceil(seconds / 60), 1)
    if minutes < 120:
        return ngettext(
            "Try again in %(count)d minute.", "Try again in %(count)d minutes.", minutes
        ) % {"count": minutes}
    hours = math.ceil(minutes / 60)
    return ngettext(
        "Try again in %(count)d hour.", "Try again in %(count)d hours.", hours
    ) % {"count": hours}
