"""The demo's footnotes (each article's claims marked with the source they rest
on) and its dead links, as the link checker would have found them."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone
from django.utils.html import escape

from citations.models import Source


def mark_claims(
    body: list, footnotes: list[tuple[str, int, str]], sources: list[Source]
) -> list:
    """``body`` (stream data) with each footnote's phrase marked as a claim
    citing ``sources[number - 1]``, as the editor's "Cite" button stores it.

    A phrase the text does not hold is a mistake in the demo, and says so.
    """
    unmarked = {phrase for phrase, _number, _locator in footnotes}
    marked = []
    for block_type, value in body:
        if block_type == "paragraph":
            for phrase, number, locator in footnotes:
                if phrase in value:
                    located = f' data-locator="{escape(locator)}"' if locator else ""
                    cited = f'<span data-cites="{sources[number - 1].pk}"{located}>'
                    value = value.replace(phrase, f"{cited}{phrase}</span>", 1)
                    unmarked.discard(phrase)
        marked.append((block_type, value))
    if unmarked:
        raise ValueError(f"Demo footnotes not found in the text: {sorted(unmarked)}")
    return marked


def mark_dead_links(specs: list[dict], sources: list[Source]) -> None:
    """Give the sources whose spec says ``dead`` the link checker's verdict: a
    page gone, checked a few days ago, with its archived copy."""
    checked = timezone.now() - timedelta(days=3)
    for spec, source in zip(specs, sources, strict=True):
        if "dead" in spec:
            Source.objects.filter(pk=source.pk).update(
                url_status="dead",
                url_status_code=spec["dead"]["code"],
                url_failures=1,
                url_checked=checked,
                url_check_after=checked + timedelta(hours=6),
                archive_url=spec["dead"]["archive_url"],
            )
