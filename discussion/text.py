"""A post's text: a small subset of Markdown, turned into sanitised HTML.

Paragraphs, emphasis, lists, quotes and links; nothing else renders. Raw HTML
in the text is shown as text, and the result passes through nh3 whatever the
Markdown parser made of it: links keep only http, https and mailto
addresses, and carry ``rel="nofollow ugc noopener"``.
"""

from __future__ import annotations

import nh3
from markdown_it import MarkdownIt

#: What Markdown may make; everything else is escaped as it was typed.
_RULES = ["paragraph", "emphasis", "list", "blockquote", "link", "newline", "escape"]
_markdown = MarkdownIt(
    "zero", {"html": False, "linkify": False, "typographer": False}
).enable(_RULES)

ALLOWED_TAGS = {"p", "em", "strong", "ul", "ol", "li", "blockquote", "a", "br"}


def post_html(text: str) -> str:
    """The HTML readers see for a post's ``text``."""
    return nh3.clean(
        _markdown.render(text),
        tags=ALLOWED_TAGS,
        attributes={"a": {"href"}, "ol": {"start"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow ugc noopener",
    )


def link_count(html: str) -> int:
    """How many links a post's HTML (from :func:`post_html`) holds."""
    return html.count("<a ")
