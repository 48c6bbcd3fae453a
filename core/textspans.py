"""Read the visible text of rich-text HTML and wrap spans of it in links.

The two functions walk the HTML the same way, so an offset found in
:func:`visible_text` is the same offset :func:`wrap_spans` counts: a linker can
work on plain text and the renderer can put its links back into the HTML.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser

# Tags that separate text: each counts as one newline, so that words in two
# paragraphs never run together into one.
_BREAKING = frozenset(
    {
        "p",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "div",
        "figure",
        "figcaption",
        "table",
        "tr",
        "td",
        "th",
        "hr",
    }
)


@dataclass(frozen=True)
class Span:
    """Characters ``start``..``end`` of the visible text, to wrap in ``open_tag``."""

    start: int
    end: int
    open_tag: str
    close_tag: str = "</a>"


@dataclass(frozen=True)
class _Piece:
    raw: str
    text: str = ""
    in_link: bool = False
    is_text: bool = False


class _Walker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[_Piece] = []
        self._link_depth = 0

    def handle_starttag(self, tag, attrs) -> None:
        raw = self.get_starttag_text() or f"<{tag}>"
        self.pieces.append(_Piece(raw, "\n" if tag in _BREAKING else ""))
        if tag == "a":
            self._link_depth += 1

    def handle_startendtag(self, tag, attrs) -> None:
        raw = self.get_starttag_text() or f"<{tag}/>"
        self.pieces.append(_Piece(raw, "\n" if tag in _BREAKING else ""))

    def handle_endtag(self, tag) -> None:
        self.pieces.append(_Piece(f"</{tag}>", "\n" if tag in _BREAKING else ""))
        if tag == "a" and self._link_depth:
            self._link_depth -= 1

    def handle_data(self, data) -> None:
        self.pieces.append(_Piece("", data, self._link_depth > 0, is_text=True))


def _walk(html: str) -> list[_Piece]:
    walker = _Walker()
    walker.feed(html)
    walker.close()
    return walker.pieces


def visible_text(html: str) -> str:
    """Return the text a reader sees, with text already inside links blanked out.

    Linked text keeps its length (as spaces) so offsets stay true, but nothing in
    it can be linked again.
    """
    return "".join(
        " " * len(piece.text) if piece.in_link else piece.text for piece in _walk(html)
    )


def wrap_spans(html: str, spans: list[Span]) -> tuple[str, list[Span]]:
    """Wrap each span of the visible text in its tags; return HTML and spans used.

    A span that crosses a tag, or lies inside an existing link, is left out:
    wrapping it would nest elements wrongly.
    """
    pending = sorted(spans, key=lambda span: span.start)
    used: list[Span] = []
    out: list[str] = []
    offset = 0
    for piece in _walk(html):
        if not piece.is_text:
            out.append(piece.raw)
            offset += len(piece.text)
            continue
        text, start = piece.text, offset
        end = start + len(text)
        cursor = start
        while pending and pending[0].start < end:
            span = pending.pop(0)
            if span.start < cursor or span.end > end or piece.in_link:
                continue
            out.append(escape(text[cursor - start : span.start - start], quote=False))
            out.append(span.open_tag)
            out.append(escape(text[span.start - start : span.end - start], quote=False))
            out.append(span.close_tag)
            used.append(span)
            cursor = span.end
        out.append(escape(text[cursor - start :], quote=False))
        offset = end
    return "".join(out), used
