"""Where advertisements go in an article, and which ones: pure rules, no Django.

An article body is seen here as a sequence of units (each top-level paragraph,
heading, image, quote ...). Ads are only ever placed *between* units, after a
paragraph, so they can never split a quote, a figure or a table.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass


def ad_positions(
    is_paragraph: Sequence[bool], *, every: int, max_ads: int
) -> list[int]:
    """Return the indexes of the units after which an advertisement is inserted.

    An ad follows every ``every``-th paragraph, at most ``max_ads`` times, and
    never after the last unit (an ad that ends the article reads as a footer).
    ``every`` or ``max_ads`` of 0 turns advertising off.
    """
    if every <= 0 or max_ads <= 0:
        return []
    positions: list[int] = []
    paragraphs_seen = 0
    last_index = len(is_paragraph) - 1
    for index, paragraph in enumerate(is_paragraph):
        if not paragraph:
            continue
        paragraphs_seen += 1
        if paragraphs_seen % every == 0 and index < last_index:
            positions.append(index)
            if len(positions) == max_ads:
                break
    return positions


@dataclass(frozen=True)
class WeightedAd:
    key: int
    weight: int


def choose_ads(ads: Sequence[WeightedAd], slots: int, *, seed: int) -> list[int]:
    """Pick the ad for each of ``slots`` slots, by weight, without repeating one.

    The same ``seed`` (the article) always gives the same choice, so a cached page
    and a fresh render agree. When there are fewer ads than slots, the choice
    starts over rather than leaving a slot empty.
    """
    candidates = [ad for ad in ads if ad.weight > 0]
    if not candidates or slots <= 0:
        return []
    rng = random.Random(seed)
    chosen: list[int] = []
    pool = list(candidates)
    while len(chosen) < slots:
        if not pool:
            pool = list(candidates)
        pick = rng.choices(pool, weights=[ad.weight for ad in pool])[0]
        pool.remove(pick)
        chosen.append(pick.key)
    return chosen
