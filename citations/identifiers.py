"""How a source is recognised again: its identifiers, written one way each.

A book cited by thirty pages must be one record. Records are matched on what
identifies a work (an ISBN, a DOI, a web address, an archive's signature) and,
for the many books cited without an ISBN, on author, main title and year.
"""

from __future__ import annotations

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

_ISBN_JUNK = re.compile(r"[\s\-‐-―]")
_ISBN_NUMBER = re.compile(r"[0-9][0-9\s\-‐-―]{7,}[0-9X]")
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
_DOI = re.compile(r"^10\.\d{4,9}/\S+$")
_WORDS = re.compile(r"[^\w]+")


def normalise_isbn(value: str) -> str:
    """Return ``value`` as a 13-digit ISBN without hyphens; '' for no ISBN.

    An ISBN-10 becomes the ISBN-13 of the same book, so the two spellings of
    one book's number match. A wrong check digit is refused: it is a typo.

    >>> normalise_isbn("0-7006-0541-X")
    '9780700605415'
    """
    # "ISBN-13: 978-…", "0-7006-0541-X (pbk.)": the number as written.
    written = _ISBN_NUMBER.search((value or "").upper().replace("ISBN-1", "ISBN "))
    if not (value or "").strip():
        return ""
    digits = _ISBN_JUNK.sub("", written.group() if written else value).upper()
    if len(digits) == 10 and re.fullmatch(r"\d{9}[\dX]", digits):
        total = sum(
            (10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits)
        )
        if total % 11:
            raise _isbn_error(value)
        return _with_isbn13_check(f"978{digits[:9]}")
    if len(digits) == 13 and digits.isdigit() and digits[:3] in {"978", "979"}:
        if _with_isbn13_check(digits[:12]) != digits:
            raise _isbn_error(value)
        return digits
    raise _isbn_error(value)


def _with_isbn13_check(first12: str) -> str:
    total = sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(first12))
    return f"{first12}{(10 - total % 10) % 10}"


def _isbn_error(value: str) -> ValidationError:
    return ValidationError(
        _("“%(value)s” is not an ISBN: check its digits.") % {"value": value},
        code="invalid_isbn",
    )


def normalise_doi(value: str) -> str:
    """Return the DOI as ``10.prefix/suffix`` in lower case; '' for none.

    DOIs are case-insensitive, and are often pasted as a doi.org link.

    >>> normalise_doi("https://doi.org/10.1017/S0020859000001234")
    '10.1017/s0020859000001234'
    """
    doi = _DOI_PREFIX.sub("", (value or "").strip()).strip().lower()
    if not doi:
        return ""
    if not _DOI.match(doi):
        raise ValidationError(
            _("“%(value)s” is not a DOI: it starts with 10. and a slash follows.")
            % {"value": value},
            code="invalid_doi",
        )
    return doi


def url_variants(url: str) -> list[str]:
    """The spellings of ``url`` that lead to the same page: http or https, with
    or without the slash at the end."""
    url = url.strip()
    if not url:
        return []
    bare = re.sub(r"^https?://", "", url).rstrip("/")
    return [
        f"{scheme}://{bare}{slash}"
        for scheme in ("https", "http")
        for slash in ("", "/")
    ]


def match_key(author: str, title: str, year: int | None) -> str:
    """Author, main title and year, folded: how a source without identifiers is
    recognised. A subtitle (after a colon) does not make another work, and
    neither do case, accents or punctuation.

    >>> match_key("Manfred Zeidler", "Reichswehr und Rote Armee 1920–1933: Wege", 1993)
    'manfred zeidler|reichswehr und rote armee 1920 1933|1993'
    """
    main_title = re.split(r":\s", title, maxsplit=1)[0]
    return "|".join((folded_words(author), folded_words(main_title), str(year or "")))


def folded_words(text: str) -> str:
    """``text`` in lower case without accents or punctuation, one space apart."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_WORDS.sub(" ", plain).split())
