"""The Redis client behind a Django cache, for what a cache's API cannot say."""

from __future__ import annotations

from django.core.cache import caches
from redis import Redis


def redis_behind(alias: str) -> Redis | None:
    """The Redis client of the cache ``alias``, or None when it is not Redis."""
    client = getattr(caches[alias], "client", None)
    if client is None or not hasattr(client, "get_client"):
        return None
    return client.get_client(write=True)
