"""Plain-HTML helpers with no Django imports: sanitising and splitting fragments."""

from __future__ import annotations

import html as html_module
from dataclasses import dataclass
from html.parser import HTMLParser

import nh3

# Tags an advertiser's HTML may use: text, links, images and simple layout.
AD_TAGS = {
    "a",
    "b",
    "br",
    "div",
    "em",
    "i",
    "img",
    "p",
    "picture",
    "small",
    "source",
    "span",
    "strong",
}
AD_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height", "loading"},
    "source": {"srcset", "media", "type"},
    "*": {"class"},
}
_FORBIDDEN_TAGS = {"script", "style", "iframe", "object", "embed", "form", "base"}
_URL_ATTRIBUTES = {"href", "src", "srcset", "action", "formaction", "xlink:href"}
_UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:text/html")


def sanitise_ad_html(html: str) -> str:
    """Return the advertiser's HTML with everything outside the allowed set removed.

    Links get ``rel="sponsored noopener"`` so that search engines and browsers
    treat them as paid placements that cannot reach back into our page.
    """
    return nh3.clean(
        html,
        tags=AD_TAGS,
        attributes=AD_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="sponsored noopener",
    )


def html_to_text(fragment: str) -> str:
    """Return ``fragment`` as plain text: tags dropped, entities read, spaces joined.

    What comes out is text to be escaped wherever it goes; an escaped tag in the
    input (``&lt;svg&gt;``) comes out as the characters ``<svg>``, never as markup.
    """
    without_tags = nh3.clean(fragment, tags=set(), attributes={})
    return " ".join(html_module.unescape(without_tags).split())


class _UnsafeMarkupFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}> element")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"{name} attribute on <{tag}>")
            elif name in _URL_ATTRIBUTES and value:
                squeezed = "".join(value.split()).lower()
                if squeezed.startswith(_UNSAFE_SCHEMES):
                    self.problems.append(f"{squeezed.split(':')[0]}: address in {name}")


def find_unsafe_markup(html: str) -> list[str]:
    """Name every piece of executable markup in ``html`` (scripts, handlers, ...)."""
    finder = _UnsafeMarkupFinder()
    finder.feed(html)
    finder.close()
    return list(dict.fromkeys(finder.problems))


@dataclass(frozen=True)
class Fragment:
    """One top-level element (or run of text) of an HTML fragment."""

    html: str
    tag: str | None


_VOID_TAGS = {
    "area",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}


class _TopLevelSplitter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.depth = 0
        self.boundaries: list[tuple[int, str | None]] = []
        self._line_offsets: list[int] = []
        self._in_text = False

    def _mark(self, tag: str | None) -> None:
        self._in_text = tag is None
        line, column = self.getpos()
        self.boundaries.append((self._line_offsets[line - 1] + column, tag))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth == 0:
            self._mark(tag)
        if tag not in _VOID_TAGS:
            self.depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth == 0:
            self._mark(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag not in _VOID_TAGS:
            self.depth = max(0, self.depth - 1)

    def handle_data(self, data: str) -> None:
        if self.depth == 0 and data.strip() and not self._in_text:
            self._mark(None)


def split_top_level(html: str) -> list[Fragment]:
    """Split an HTML fragment into its top-level elements, keeping every byte.

    ``"<p>a</p><ul><li>b</li></ul>"`` gives a ``p`` fragment and a ``ul`` fragment;
    white space between elements stays with the element before it.
    """
    splitter = _TopLevelSplitter()
    offsets = [0]
    for line in html.splitlines(keepends=True):
        offsets.append(offsets[-1] + len(line))
    splitter._line_offsets = offsets
    splitter.feed(html)
    splitter.close()
    starts = splitter.boundaries
    if not starts:
        return [Fragment(html, None)] if html.strip() else []
    fragments = []
    if starts[0][0] > 0 and html[: starts[0][0]].strip():
        fragments.append(Fragment(html[: starts[0][0]], None))
    for index, (start, tag) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(html)
        fragments.append(Fragment(html[start:end], tag))
    return fragments
