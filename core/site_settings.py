"""Site settings read on every article view, kept in the cache between requests."""

from __future__ import annotations

from django.core.cache import cache
from django.http import HttpRequest
from wagtail.models import Site

from .models import AdSettings

# A change saved in the admin clears the cached copy at once (see apps.py); the
# timeout only bounds how long another process's local cache may lag behind.
AD_SETTINGS_TIMEOUT = 300


def _key(site_id: int) -> str:
    return f"core:ad-settings:{site_id}"


def ad_settings_for(request: HttpRequest) -> AdSettings | None:
    """Return the advertising settings of the request's site, cached."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    settings = cache.get(_key(site.pk))
    if settings is None:
        settings = AdSettings.for_site(site)
        cache.set(_key(site.pk), settings, AD_SETTINGS_TIMEOUT)
    return settings


def forget_ad_settings(sender, instance: AdSettings, **kwargs) -> None:
    cache.delete(_key(instance.site_id))
