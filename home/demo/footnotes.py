"""The demo's footnotes: each article's claims marked with the source they rest on."""

from __future__ import annotations

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
