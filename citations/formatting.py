"""A reference in CSL-JSON in, the reference formatted in a citation style out.

citeproc-py does the formatting, with the Citation Style Language's own style
files (``styles/``, see its README). Its HTML output does not escape the
reference's text, so the text is escaped before it goes in.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc.source.json import CiteProcJSON

STYLES_DIR = Path(__file__).parent / "styles"


@dataclass(frozen=True)
class Style:
    key: str
    name: str
    file: str
    #: The language the style is written in: Chicago and APA are English
    #: styles, ČSN ISO 690 the Czech norm, whatever the reader's language.
    locale: str
    #: American usage, "Title.", which citeproc-py does not apply itself.
    punctuation_in_quote: bool = False


STYLES = (
    Style("chicago", "Chicago", "chicago-notes-bibliography.csl", "en-US", True),
    Style("apa", "APA", "apa.csl", "en-US", True),
    Style("iso690", "ČSN ISO 690", "iso690-author-date-cs.csl", "cs-CZ"),
)

_AFTER_QUOTE = re.compile(r"(\u201d)([.,])")


def format_reference(item: dict[str, Any], style: Style) -> str:
    """Return ``item`` (CSL-JSON) as one reference in ``style``, in safe HTML.

    >>> item = {"id": "x", "type": "book", "title": "The Roots of Blitzkrieg",
    ...     "author": [{"family": "Corum", "given": "James S."}],
    ...     "publisher": "University Press of Kansas",
    ...     "issued": {"date-parts": [[1992]]}}
    >>> format_reference(item, STYLES[1])
    'Corum, J. S. (1992). <i>The Roots of Blitzkrieg</i>. University Press of Kansas.'
    """
    style_file = CitationStylesStyle(
        str(STYLES_DIR / style.file), locale=style.locale, validate=False
    )
    reference = _escaped(item)
    bibliography = CitationStylesBibliography(
        style_file, CiteProcJSON([reference]), formatter.html
    )
    bibliography.register(Citation([CitationItem(reference["id"])]))
    text = "".join(str(part) for part in bibliography.bibliography()[0]).strip()
    if style.punctuation_in_quote:
        text = _AFTER_QUOTE.sub(r"\2\1", text)
    return text


def _escaped(value: Any) -> Any:
    if isinstance(value, str):
        return html.escape(value, quote=False)
    if isinstance(value, dict):
        return {key: _escaped(inner) for key, inner in value.items()}
    if isinstance(value, list):
        return [_escaped(inner) for inner in value]
    return value
