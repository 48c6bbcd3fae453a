"""The magazine's publication rules: what an article needs before readers see it."""

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


def body_words(body) -> int:
    """Count the words a reader would read in an article body's text blocks."""
    words = 0
    for block in body or []:
        if block.block_type == "paragraph":
            text = strip_tags(block.value.source)
        elif block.block_type == "heading":
            text = block.value["text"]
        elif block.block_type == "pull_quote":
            text = block.value["quote"]
        else:
            continue
        words += len(text.split())
    return words
