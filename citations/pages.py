"""A Garrison page as a reference: who wrote it, when, where it can be read."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from .exports import iso_date


def page_reference(
    page: Page,
    *,
    url: str,
    published: datetime | None,
    language: str,
    authors: list[str],
    accessed: date | None = None,
    revision_id: int | None = None,
) -> dict[str, Any]:
    """Return ``page`` as a CSL-JSON reference to the version at ``url``.

    ``authors`` is the byline; a page without one (an entry, written by many)
    is by the site's contributors, as encyclopedias are cited.
    """
    site = settings.WAGTAIL_SITE_NAME
    key = f"garrison-{page.pk}" + (f"-{revision_id}" if revision_id else "")
    item: dict[str, Any] = {
        "id": key,
        "type": "webpage",
        "title": page.title,
        "container-title": site,
        "author": [person_name(name) for name in authors]
        or [{"literal": _("%(site)s contributors") % {"site": site}}],
        "URL": url,
        "language": language,
    }
    if published:
        item["issued"] = _csl_date(timezone.localtime(published).date())
    if accessed:
        item["accessed"] = _csl_date(accessed)
    return item


def _csl_date(day: date) -> dict:
    return {"date-parts": [[day.year, day.month, day.day]]}


def byline(page: Page) -> list[str]:
    """The names in the page's byline, in order; none for a page without one."""
    rows = getattr(page, "authors", None)
    if rows is None:
        return []
    return [
        row.contributor.name
        for row in sorted(rows.all(), key=lambda row: row.sort_order or 0)
    ]


def person_name(name: str) -> dict[str, str]:
    """ "Jana Nováková" as family and given names; one word as it is written."""
    given, _space, family = name.strip().rpartition(" ")
    if not given:
        return {"literal": family}
    return {"family": family, "given": given}


def highwire_tags(item: dict[str, Any]) -> list[tuple[str, str]]:
    """The Highwire Press ``citation_*`` meta tags Zotero and Google Scholar read."""
    tags = [("citation_title", item["title"])]
    tags += [("citation_author", name) for name in _creators(item)]
    issued = iso_date(item.get("issued"))
    if issued:
        tags.append(("citation_publication_date", issued.replace("-", "/")))
    tags += [
        ("citation_publisher", item["container-title"]),
        ("citation_language", item["language"]),
        ("citation_fulltext_html_url", item["URL"]),
    ]
    return tags


def coins(item: dict[str, Any]) -> str:
    """The reference as a COinS ``title`` (OpenURL ContextObject, Dublin Core)."""
    fields = [
        ("ctx_ver", "Z39.88-2004"),
        ("rft_val_fmt", "info:ofi/fmt:kev:mtx:dc"),
        ("rft.type", "webpage"),
        ("rft.title", item["title"]),
    ]
    fields += [("rft.creator", name) for name in _creators(item)]
    issued = iso_date(item.get("issued"))
    if issued:
        fields.append(("rft.date", issued))
    fields += [
        ("rft.publisher", item["container-title"]),
        ("rft.language", item["language"]),
        ("rft.identifier", item["URL"]),
    ]
    return urlencode(fields)


def _creators(item: dict[str, Any]) -> list[str]:
    """The authors as both formats write them: "Family, Given", or a body's name."""
    return [
        name.get("literal") or f"{name['family']}, {name['given']}"
        for name in item.get("author", [])
    ]
