"""Import an article written as plain text: a title, paragraphs, then its sources.

The format is what authors paste from a word processor or an old site::

    Title of the article
    Author: Name                      (optional; the byline is set in the admin)

    First paragraph ...

    Advertisement                     (ad markers are dropped: the site places ads)

    More paragraphs ...

    Sources:
    https://example.org/one
    https://example.org/two

Anything after the list of sources (site furniture such as "Join us") is ignored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify
from wagtail_localize.synctree import create_aliases_for_new_page

from citations.library import sources_for
from community.models import Contributor

from .models import ArticleAuthor, ArticleCitation, ArticleIndexPage, ArticlePage

AD_MARKERS = frozenset({"reklama", "advertisement", "ad", "inzerce"})
SOURCE_HEADINGS = frozenset({"source:", "sources:", "zdroj:", "zdroje:"})
BYLINE_PREFIXES = ("autor:", "author:", "by ")
MAX_TITLE = 255


class ArticleImportError(ValueError):
    """The text cannot be imported; names the file and line at fault."""

    def __init__(self, name: str, line: int, message: str) -> None:
        super().__init__(f"{name}:{line}: {message}")
        self.line = line


@dataclass
class PlainArticle:
    title: str
    paragraphs: list[str] = field(default_factory=list)
    source_urls: list[str] = field(default_factory=list)


def parse_plain_article(text: str, *, name: str = "<text>") -> PlainArticle:
    """Read the plain-text format above; raise ArticleImportError on what is wrong."""
    lines = text.splitlines()
    numbered = [(number, line.strip()) for number, line in enumerate(lines, start=1)]
    content = [(number, line) for number, line in numbered if line]
    if not content:
        raise ArticleImportError(name, 1, "the file is empty.")
    title_line, title = content[0]
    if len(title) > MAX_TITLE:
        raise ArticleImportError(
            name, title_line, f"the title is longer than {MAX_TITLE} characters."
        )
    article = PlainArticle(title=title)
    in_sources = False
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            article.paragraphs.append(" ".join(paragraph))
            paragraph.clear()

    for number, line in numbered[title_line:]:
        lowered = line.lower()
        if in_sources:
            if not line:
                if article.source_urls:
                    break
                continue
            if not lowered.startswith(("http://", "https://")):
                if article.source_urls:
                    break
                raise ArticleImportError(
                    name, number, f"a source must be a web address, not “{line}”."
                )
            article.source_urls.append(line)
            continue
        if not line:
            flush()
        elif lowered in SOURCE_HEADINGS:
            flush()
            in_sources = True
        elif lowered in AD_MARKERS:
            flush()
        elif not article.paragraphs and lowered.startswith(BYLINE_PREFIXES):
            continue
        else:
            paragraph.append(line)
    flush()
    if not article.paragraphs:
        raise ArticleImportError(name, title_line, "the article has no text.")
    return article


def source_title(url: str) -> str:
    """Name a web source by its site and the last part of its path."""
    parts = urlsplit(url)
    tail = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1]).replace("_", " ")
    return f"{parts.netloc}: {tail}" if tail else parts.netloc


@transaction.atomic
def import_article(
    text: str,
    *,
    index: ArticleIndexPage,
    author: Contributor,
    name: str = "<text>",
    publish: bool = True,
    standfirst: str = "",
) -> ArticlePage:
    """Create an article from plain text under ``index``; publish it unless told not."""
    parsed = parse_plain_article(text, name=name)
    slug = slugify(parsed.title)[:200] or "article"
    if ArticlePage.objects.child_of(index).filter(slug=slug).exists():
        raise ArticleImportError(
            name, 1, f"an article with the address “{slug}” already exists."
        )
    page = ArticlePage(
        title=parsed.title,
        slug=slug,
        standfirst=standfirst or _first_sentence(parsed.paragraphs[0]),
        body=[
            (
                "paragraph",
                "".join(f"<p>{escape(text)}</p>" for text in parsed.paragraphs),
            )
        ],
    )
    page.authors = [ArticleAuthor(contributor=author)]
    page.citations = [
        ArticleCitation(source=source)
        for source in sources_for(
            {"kind": "web", "title": source_title(url)[:400], "url": url}
            for url in parsed.source_urls
        )
    ]
    index.add_child(instance=page)
    # As when an editor creates a page in the admin: the other languages get
    # an alias that follows it until someone translates it.
    create_aliases_for_new_page(page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    return page


def import_article_file(path: Path, **kwargs) -> ArticlePage:
    """Import the article in a UTF-8 text file."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise ArticleImportError(str(path), 1, "the file is not UTF-8 text.") from error
    return import_article(text, name=str(path), **kwargs)


def _first_sentence(paragraph: str, limit: int = 400) -> str:
    sentence = paragraph.split(". ", 1)[0].rstrip(".") + "."
    return sentence if len(sentence) <= limit else paragraph[: limit - 1] + "…"
