"""Absolute URLs: from the configured ``SITE_URL``, else from the request.

Wagtail's ``Page.get_full_url`` begins with its Site record's hostname and port,
which are stored once (``load_demo`` writes those of ``WAGTAILADMIN_BASE_URL``)
and say nothing of the address the reader came to. Every absolute URL the site
writes (canonical and ``hreflang`` links, the language switcher, the sitemap,
feeds, JSON-LD, the API's ``url`` fields, emailed links) is made here instead.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.http import HttpRequest
from wagtail.models import Page


def site_root(request: HttpRequest) -> str:
    """Return the scheme and host that absolute URLs begin with."""
    # The host is one ALLOWED_HOSTS lets through; SITE_URL, when set, is the
    # one address production wants search engines and readers to keep.
    return settings.SITE_URL or f"{request.scheme}://{request.get_host()}"


def absolute_url(request: HttpRequest, location: str) -> str:
    """Return ``location`` as an absolute URL; one already absolute is kept.

    A relative location (``?page=2``) is read against the request's path.
    """
    if urlsplit(location).scheme:
        return location
    return site_root(request) + urljoin(request.path, location)


def page_full_url(page: Page, request: HttpRequest) -> str | None:
    """Return the absolute URL of a live page; None when it has no URL."""
    # With one site, get_url() answers a path; a page of another Site record
    # keeps that site's own address.
    url = page.get_url(request)
    return absolute_url(request, url) if url else None


def configured_url(location: str) -> str:
    """Return ``location`` as an absolute URL where no request is at hand (an
    email sent by the task worker): on ``SITE_URL``, else the admin's base URL."""
    if urlsplit(location).scheme:
        return location
    root = settings.SITE_URL or settings.WAGTAILADMIN_BASE_URL
    return root.rstrip("/") + location
