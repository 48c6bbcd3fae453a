"""The magazine's publication rules: what an article needs before readers see it."""

import re

from django.utils.html import strip_tags
from django.utils.translation import gettext as _


def publication_problems(
    *, sources: int, authors: int, words: int | None = None
) -> list[str]:
    """Return why an article with this many sources, authors and words cannot go live.

    An empty list means it may be published. The community publishes nothing
    unsourced and nothing anonymous.
    """
    problems = []
    if sources < 1:
        problems.append(
            _(
                "This article cannot be published without a source. Add at least "
                "one under Sources so that readers can check what it rests on."
            )
        )
    if authors < 1:
        problems.append(
            _(
                "This article cannot be published without an author. Add at least "
                "one contributor to the byline."
            )
        )
    if words == 0:
        problems.append(_("This article has no text yet: its paragraphs are empty."))
    return problems


def body_texts(body) -> list[str]:
    """Return the text of an article body's text blocks, one string per block."""
    texts = []
    for block in body or []:
        if block.block_type == "paragraph":
            # Paragraphs inside one rich-text block stay apart.
            html = re.sub(r"</p>\s*<p", "</p>\n\n<p", block.value.source)
            texts.append(strip_tags(html).strip())
        elif block.block_type == "heading":
            texts.append(block.value["text"])
        elif block.block_type == "pull_quote":
            texts.append(block.value["quote"])
    return texts


def body_words(body) -> int:
    """Count the words a reader would read in an article body's text blocks."""
    return sum(len(text.split()) for text in body_texts(body))


def body_text(body) -> str:
    """Return an article body as plain text, blocks separated by blank lines."""
    return "\n\n".join(text for text in body_texts(body) if text)
