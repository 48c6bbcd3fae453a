"""A Garrison page as a reference: who wrote it, when, where it can be read."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page


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
    key = f"garrison-{page.pk}" + (f"-{revision_id}" if revision_id else "")
    item: dict[str, Any] = {
        "id": key,
        "type": "webpage",
        "title": page.title,
        "container-title": settings.WAGTAIL_SITE_NAME,
        "author": [person_name(name) for name in authors]
        or [{"literal": _("%(site)s contributors") % _site()}],
        "URL": url,
        "language": language,
    }
    if published:
        when = timezone.localtime(published).date()
        item["issued"] = {"date-parts": [[when.year, when.month, when.day]]}
    if accessed:
        item["accessed"] = {
            "date-parts": [[accessed.year, accessed.month, accessed.day]]
        }
    return item


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
    for name in item.get("author", []):
        if name.get("literal"):
            tags.append(("citation_author", name["literal"]))
        else:
            tags.append(("citation_author", f"{name['family']}, {name['given']}"))
    issued = item.get("issued", {}).get("date-parts", [[]])[0]
    if issued:
        tags.append(("citation_publication_date", "/".join(f"{p:02d}" for p in issued)))
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
    for name in item.get("author", []):
        fields.append(
            ("rft.creator", name.get("literal") or f"{name['family']}, {name['given']}")
        )
    issued = item.get("issued", {}).get("date-parts", [[]])[0]
    if issued:
        fields.append(("rft.date", "-".join(f"{p:02d}" for p in issued)))
    fields += [
        ("rft.publisher", item["container-title"]),
        ("rft.language", item["language"]),
        ("rft.identifier", item["URL"]),
    ]
    return urlencode(fields)


def _site() -> dict[str, str]:
    return {"site": settings.WAGTAIL_SITE_NAME}
