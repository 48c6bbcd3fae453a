"""Turn an article's StreamField into what the template prints: HTML with ads between.

Ads are placed at render time and never stored in the content, so changing the
advertising settings or opting an article out changes every page at once.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from django.db.models import prefetch_related_objects
from django.utils.html import strip_tags
from django.utils.safestring import SafeString, mark_safe
from wagtail.rich_text import RichText

from citations.footnotes import Notes
from core.ads import WeightedAd, ad_positions, choose_ads
from core.blocks import heading_anchor
from core.html import split_top_level
from core.locales import active_language
from core.models import AdSettings, AdSlot
from core.textspans import Span, wrap_spans

WORDS_PER_MINUTE = 200


@dataclass(frozen=True)
class Segment:
    """A run of body HTML, or one advertisement to show in its place."""

    html: SafeString | None = None
    ad: AdSlot | None = None


@dataclass(frozen=True)
class TocEntry:
    text: str
    anchor: str
    level: str


@dataclass
class RenderedBody:
    segments: list[Segment] = field(default_factory=list)
    toc: list[TocEntry] = field(default_factory=list)
    word_count: int = 0

    @property
    def reading_minutes(self) -> int:
        return max(1, math.ceil(self.word_count / WORDS_PER_MINUTE))


def body_images(body) -> list:
    """Return the image objects the body's figure blocks show."""
    return [
        block.value["image"]
        for block in body
        if block.block_type == "figure" and block.value["image"] is not None
    ]


def render_body(
    body,
    context: dict,
    *,
    ad_settings: AdSettings | None,
    seed: int,
    links: dict[str, list[Span]] | None = None,
    notes: Notes | None = None,
) -> RenderedBody:
    """Render ``body`` block by block, inserting ads after every N-th paragraph.

    ``ad_settings`` of None means no ads; ``seed`` keeps one article's choice of
    ads stable between renders; ``links`` maps a paragraph block's id to the
    spans of its text to link to the encyclopedia; ``notes`` numbers the claims
    marked with a source (and records where each source is cited).

    Each top-level ``<p>`` of a rich-text block counts as a paragraph, so an
    editor who types the whole article into one block still gets ads between
    paragraphs, and an ad can never land inside a list, quote or figure.
    """
    units: list[tuple[str, bool]] = []
    rendered = RenderedBody()
    links = links or {}
    for block in body:
        if block.block_type == "paragraph" and block.id in links:
            linked, _used = wrap_spans(block.value.source, links[block.id])
            html = str(block.block.render(RichText(linked), context))
        else:
            html = str(block.render(context))
        if block.block_type == "paragraph" and notes is not None:
            html = notes.mark(html)
        if block.block_type == "paragraph":
            for fragment in split_top_level(html):
                units.append((fragment.html, fragment.tag == "p"))
        else:
            units.append((html, False))
            if block.block_type == "heading":
                text = block.value["text"]
                rendered.toc.append(
                    TocEntry(text, heading_anchor(text), block.value["level"])
                )
        if block.block_type in {"paragraph", "heading", "pull_quote"}:
            rendered.word_count += len(strip_tags(html).split())

    positions: list[int] = []
    if ad_settings is not None:
        positions = ad_positions(
            [is_paragraph for _, is_paragraph in units],
            every=ad_settings.paragraphs_between_ads,
            max_ads=ad_settings.max_ads_per_article,
        )
    ads_after = _ads_for(positions, seed=seed)

    pending: list[str] = []
    for index, (html, _is_paragraph) in enumerate(units):
        pending.append(html)
        if index in ads_after:
            rendered.segments.append(Segment(html=mark_safe("".join(pending))))
            rendered.segments.append(Segment(ad=ads_after[index]))
            pending = []
    if pending:
        rendered.segments.append(Segment(html=mark_safe("".join(pending))))
    return rendered


def _ads_for(positions: list[int], *, seed: int) -> dict[int, AdSlot]:
    if not positions:
        return {}
    running = {
        ad.pk: ad
        for ad in AdSlot.objects.running()
        .for_language(active_language())
        .select_related("image")
    }
    chosen = choose_ads(
        [WeightedAd(ad.pk, ad.weight) for ad in running.values()],
        len(positions),
        seed=seed,
    )
    ad_images = [running[key].image for key in chosen if running[key].image]
    prefetch_related_objects(ad_images, "renditions")
    return {
        position: running[key] for position, key in zip(positions, chosen, strict=False)
    }
