"""Who is asking: the client's address, and a per-address rate limit."""

from __future__ import annotations

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest


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


def over_rate_limit(
    request: HttpRequest, scope: str, *, limit: int, window: int
) -> bool:
    """Count one attempt for this address in ``scope``; tell whether it is one too many.

    The address is kept only as a keyed hash, and only for ``window`` seconds.
    """
    digest = hmac.new(
        settings.SECRET_KEY.encode(), client_address(request).encode(), hashlib.sha256
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
