"""Every connection to Redis, and the Redis client behind a Django cache.

A Redis that is down, hangs or answers what is not Redis must cost a request
no more than a cache miss. Every connection the caches open (django-redis,
sessions, the view counter's raw client, ``/readyz``) is a
:class:`FailFastConnection`: any failure to connect or to read an answer,
garbage included, is a ``ConnectionError`` (which django-redis, with
``IGNORE_EXCEPTIONS``, turns into a miss), and marks that Redis unreachable
for ``REDIS_RETRY_SECONDS``. Meanwhile no request asks it again: each fails at
once and the site serves from the database.
"""

from __future__ import annotations

import threading
import time

from django.conf import settings
from django.core.cache import caches
from django_redis.pool import ConnectionFactory
from redis import Redis
from redis.connection import Connection, SSLConnection
from redis.exceptions import ConnectionError, InvalidResponse, TimeoutError

#: (host, port) of each Redis found unreachable: until when it is left alone, why.
_unreachable_until: dict[tuple[str, int], tuple[float, str]] = {}
_lock = threading.Lock()


class RedisUnreachable(ConnectionError):
    """Redis was not reached, so no command was carried out."""


def redis_behind(alias: str) -> Redis | None:
    """The Redis client of the cache ``alias``, or None when it is not Redis."""
    client = getattr(caches[alias], "client", None)
    if client is None or not hasattr(client, "get_client"):
        return None
    return client.get_client(write=True)


def mark_unreachable(host: str, port: int, error: Exception) -> None:
    """Leave this Redis alone for ``REDIS_RETRY_SECONDS``."""
    with _lock:
        _unreachable_until[(host, port)] = (
            time.monotonic() + settings.REDIS_RETRY_SECONDS,
            str(error),
        )


def left_alone_because(host: str, port: int) -> str | None:
    """Why this Redis is not to be asked yet, or None when it may be."""
    until, reason = _unreachable_until.get((host, port), (0.0, ""))
    return reason if time.monotonic() < until else None


def forget_unreachable(**kwargs) -> None:
    """Ask every Redis again from the next command on.

    Also a receiver of ``setting_changed`` (``CoreConfig.ready``): a test that
    points the caches at another Redis starts with it reachable.
    """
    with _lock:
        _unreachable_until.clear()


class _FailFast:
    """Fail at once while this Redis is left alone; any failure leaves it alone."""

    host: str
    port: int

    def connect_check_health(self, *args, **kwargs):
        if getattr(self, "_sock", None):
            return
        reason = left_alone_because(self.host, self.port)
        if reason is not None:
            raise RedisUnreachable(f"{reason} (not asked again yet)")
        try:
            super().connect_check_health(*args, **kwargs)
        except (ConnectionError, TimeoutError, InvalidResponse) as error:
            mark_unreachable(self.host, self.port, error)
            raise RedisUnreachable(str(error)) from error

    def send_packed_command(self, *args, **kwargs):
        try:
            super().send_packed_command(*args, **kwargs)
        except RedisUnreachable:
            raise
        except (ConnectionError, TimeoutError) as error:
            mark_unreachable(self.host, self.port, error)
            raise RedisUnreachable(str(error)) from error

    def read_response(self, *args, **kwargs):
        try:
            return super().read_response(*args, **kwargs)
        except (ConnectionError, TimeoutError, InvalidResponse) as error:
            # Whether the command was carried out is unknown: a plain
            # ConnectionError, not RedisUnreachable.
            mark_unreachable(self.host, self.port, error)
            self.disconnect()
            raise ConnectionError(f"Redis did not answer: {error}") from error


class FailFastConnection(_FailFast, Connection):
    pass


class FailFastSSLConnection(_FailFast, SSLConnection):
    pass


class FailFastConnectionFactory(ConnectionFactory):
    """django-redis's connection factory, opening :class:`FailFastConnection`."""

    def make_connection_params(self, url: str) -> dict:
        params = super().make_connection_params(url)
        params["connection_class"] = (
            FailFastSSLConnection if url.startswith("rediss:") else FailFastConnection
        )
        return params
