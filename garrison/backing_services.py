"""The services Garrison runs on, configured from environment variables.

Each function takes the variable's value and returns the settings Django wants,
or stops start-up with a message that names the variable. With a variable unset
every service has an embedded default: SQLite, the process's memory for the
cache, files under ``data/`` for media, tasks run at once in the request.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import environ
from django.core.exceptions import ImproperlyConfigured

if TYPE_CHECKING:
    from botocore.config import Config

DATABASE_SCHEMES = ("sqlite", "postgres", "postgresql", "pgsql")
REDIS_SCHEMES = ("redis", "rediss")
TASK_BACKENDS = {
    "immediate": "django.tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
MEDIA_STORAGES = ("filesystem", "s3")


class ServiceConfigurationError(ImproperlyConfigured):
    """A service variable that cannot be used; the message names the variable."""


def database(url: str) -> dict:
    """Django's ``DATABASES["default"]`` for a ``DATABASE_URL``."""
    parts = _split("DATABASE_URL", url, DATABASE_SCHEMES)
    if parts.scheme != "sqlite" and not parts.path.strip("/"):
        raise ServiceConfigurationError(
            f"DATABASE_URL names no database: {_redacted(url)!r} "
            "(e.g. postgres://user@host:5432/garrison)."
        )
    config = environ.Env.db_url_config(url)
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # SQLite creates the file but not its folder; data/ is not in a clone.
        Path(config["NAME"]).parent.mkdir(parents=True, exist_ok=True)
        # WAL lets readers carry on while the view counter writes; IMMEDIATE
        # makes a writer wait for the lock instead of failing half-way.
        config["OPTIONS"] = {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    return config


def redis_url(url: str) -> str:
    """Check a ``REDIS_URL`` (``redis://host:6379/0``) and return it."""
    parts = _split("REDIS_URL", url, REDIS_SCHEMES)
    database_number = parts.path.strip("/") or "0"
    if not database_number.isdigit():
        raise ServiceConfigurationError(
            f"REDIS_URL must end in a database number, not {database_number!r}: "
            f"{_redacted(url)!r}."
        )
    return url


def caches(redis: str | None) -> dict:
    """The cache for pages, fragments and counters, and the view window's cache.

    With Redis, both live there and a Redis that stops answering, or answers
    what is not Redis, reads as a miss rather than an error (requests go on
    uncached), and is left alone for ``REDIS_RETRY_SECONDS``
    (``core/caching/redis.py``). Without it, the default cache is the
    process's memory and the view window, which must hold across web workers,
    a table in the database.
    """
    if not redis:
        return {
            "default": {
                "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                "LOCATION": "garrison",
            },
            "views": {
                "BACKEND": "django.core.cache.backends.db.DatabaseCache",
                "LOCATION": "garrison_view_window",
            },
        }
    options = {
        "CLIENT_CLASS": "django_redis.client.DefaultClient",
        "CONNECTION_FACTORY": "core.caching.redis.FailFastConnectionFactory",
        "IGNORE_EXCEPTIONS": True,
        "SOCKET_CONNECT_TIMEOUT": 0.5,
        "SOCKET_TIMEOUT": 0.5,
    }
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": redis,
            "KEY_PREFIX": "garrison",
            "OPTIONS": options,
        },
        "views": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": redis,
            "KEY_PREFIX": "garrison-views",
            "OPTIONS": options,
        },
    }


def tasks(backend: str) -> dict:
    """Django's ``TASKS`` for ``TASK_BACKEND`` (``immediate`` or ``database``)."""
    if backend not in TASK_BACKENDS:
        raise ServiceConfigurationError(
            f"TASK_BACKEND must be one of {', '.join(TASK_BACKENDS)}, not {backend!r}."
        )
    return {"default": {"BACKEND": TASK_BACKENDS[backend]}}


def media_storage(kind: str, env: environ.Env) -> dict:
    """``STORAGES["default"]`` for ``MEDIA_STORAGE`` (``filesystem`` or ``s3``).

    S3 (or any S3-compatible store) reads ``S3_BUCKET`` and, as needed,
    ``S3_ENDPOINT_URL``, ``S3_REGION``, ``S3_ACCESS_KEY_ID``,
    ``S3_SECRET_ACCESS_KEY`` and ``S3_CUSTOM_DOMAIN``.
    """
    if kind not in MEDIA_STORAGES:
        raise ServiceConfigurationError(
            f"MEDIA_STORAGE must be one of {', '.join(MEDIA_STORAGES)}, not {kind!r}."
        )
    if kind == "filesystem":
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    bucket = env.str("S3_BUCKET", default="")
    if not bucket:
        raise ServiceConfigurationError("S3_BUCKET must be set when MEDIA_STORAGE=s3.")
    endpoint = env.str("S3_ENDPOINT_URL", default="") or None
    if endpoint:
        _split("S3_ENDPOINT_URL", endpoint, ("http", "https"))
    options = {
        "bucket_name": bucket,
        "endpoint_url": endpoint,
        "region_name": env.str("S3_REGION", default="") or None,
        "access_key": env.str("S3_ACCESS_KEY_ID", default="") or None,
        "secret_key": env.str("S3_SECRET_ACCESS_KEY", default="") or None,
        "custom_domain": env.str("S3_CUSTOM_DOMAIN", default="") or None,
        # Media are public (images in articles); private files are not kept here.
        "default_acl": None,
        "querystring_auth": False,
        "file_overwrite": False,
    }
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


def s3_client_config() -> Config:
    """Timeouts for the object store: one that does not answer fails a request
    in seconds, not minutes. A setting (``AWS_S3_CLIENT_CONFIG``) rather than a
    storage option, because Wagtail queues file deletions with the storage's
    options, which must be plain values."""
    # Imported here: botocore costs every web worker 4 MB it needs only for S3.
    from botocore.config import Config

    return Config(connect_timeout=2, read_timeout=10, retries={"max_attempts": 2})


def media_origin(storage: dict) -> str | None:
    """Where media are served from when not from the site itself (for the CSP)."""
    options = storage.get("OPTIONS", {})
    if options.get("custom_domain"):
        return f"https://{options['custom_domain']}"
    if options.get("endpoint_url"):
        parts = urlsplit(options["endpoint_url"])
        return f"{parts.scheme}://{parts.netloc}"
    if storage["BACKEND"].startswith("storages."):
        return "https://*.amazonaws.com"
    return None


def site_url(url: str) -> str:
    """Return the site's public address as ``scheme://host[:port]``, or "" unset.

    Anything after the host (a path, a query) would be glued to every absolute
    URL the site writes, so it is refused.
    """
    if not url.strip():
        return ""
    parts = _split("SITE_URL", url, ("http", "https"))
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username:
        raise ServiceConfigurationError(
            "SITE_URL must be a scheme and a host only, such as "
            f"https://garrison.example, not {url!r}."
        )
    return f"{parts.scheme}://{parts.netloc}"


def _split(variable: str, url: str, schemes: tuple[str, ...]):
    parts = urlsplit(url.strip())
    if parts.scheme not in schemes:
        raise ServiceConfigurationError(
            f"{variable} must start with {' or '.join(s + '://' for s in schemes)}, "
            f"not {_redacted(url)!r}."
        )
    try:
        parts.port  # noqa: B018 - urlsplit checks the port when it is read
    except ValueError as error:
        raise ServiceConfigurationError(
            f"{variable} has a port that is not a number: {_redacted(url)!r}."
        ) from error
    if parts.scheme != "sqlite" and not parts.hostname:
        raise ServiceConfigurationError(
            f"{variable} names no host: {_redacted(url)!r}."
        )
    return parts


def _redacted(url: str) -> str:
    """The URL with any password replaced, fit for an error message."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return parts._replace(netloc=netloc).geturl()
