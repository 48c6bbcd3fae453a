"""Link articles to the encyclopedia: find their mentions and keep them current."""

from __future__ import annotations

import json
from collections.abc import Iterable

from django.db.models import Q

from core.locales import localize_pages
from core.textspans import visible_text
from encyclopedia.gazetteer import current_gazetteer
from encyclopedia.linking import fold
from encyclopedia.mentions import (
    FoundMention,
    MentionChoice,
    TextBlock,
    find_mentions,
    store_mentions,
)
from encyclopedia.models import Mention

from .models import ArticlePage

LINKED_BLOCK_TYPES = frozenset({"paragraph"})


def article_blocks(page: ArticlePage) -> list[TextBlock]:
    """Return the visible text of the article's linkable blocks, in reading order."""
    return [
        TextBlock(block.id, visible_text(block.value.source))
        for block in page.body
        if block.block_type in LINKED_BLOCK_TYPES
    ]


def article_choices(page: ArticlePage) -> list[MentionChoice]:
    """Return the editors' pins and suppressions, in the page's own locale.

    A translation starts with the original's choices, which name the
    original's entries; they hold for the same entries in the new language.
    """
    choices = list(page.mention_choices.select_related("entry"))
    pinned = localize_pages(
        [choice.entry for choice in choices if choice.entry is not None],
        page.locale_id,
    )
    return [
        MentionChoice(
            choice.surface,
            pinned[choice.entry_id].pk if choice.entry_id else None,
        )
        for choice in choices
    ]


def article_mentions(page: ArticlePage) -> list[FoundMention]:
    """Find the article's mentions as its current content stands, without storing."""
    return find_mentions(
        article_blocks(page),
        current_gazetteer(page.locale_id),
        article_choices(page),
    )


def relink_article(page: ArticlePage) -> list[Mention]:
    """Find and store the mentions of a published article."""
    return store_mentions(page.pk, article_mentions(page))


def articles_naming(entry_id: int, names: Iterable[str]) -> list[int]:
    """Return the live articles that mention the entry or may contain one of its names.

    A coarse database filter on the longest word of each spelling (as written,
    as stored in JSON, and folded) narrows the articles the linker must read.
    """
    words = set()
    for name in names:
        longest = max(name.split(), key=len, default="")
        if len(longest) >= 2:
            words |= {longest, json.dumps(longest)[1:-1], fold(longest)}
    condition = Q()
    for word in words:
        condition |= Q(body__icontains=word)
    mentioned = set(
        Mention.objects.filter(entry_id=entry_id).values_list("page_id", flat=True)
    )
    ambiguous = {
        page_id
        for page_id, candidates in Mention.objects.filter(
            entry__isnull=True
        ).values_list("page_id", "candidates")
        if entry_id in candidates
    }
    containing = (
        set(ArticlePage.objects.live().filter(condition).values_list("pk", flat=True))
        if words
        else set()
    )
    return sorted(mentioned | ambiguous | containing)
