"""Historical dates: partial, sometimes uncertain, and typed by people.

History rarely knows a day. An officer was born "in 1898", a school opened "in the
summer of 1925", a treaty was signed on 16 April 1922, a village was founded
"c. 1600". A :class:`HistoricalDate` keeps exactly what is known: a year, perhaps a
month and a day, or only a decade, and whether it is approximate.

No Django imports: the parser and formatter are tested on their own and shared by
the model field, the timeline and the API.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import IntEnum

MIN_YEAR = 1
MAX_YEAR = 9999


class Precision(IntEnum):
    """How much of a date is known, coarsest first."""

    DECADE = 1
    YEAR = 2
    MONTH = 3
    DAY = 4


class HistoricalDateError(ValueError):
    """What an editor typed is not a date, or names a day that never existed."""

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


MONTHS_EN = (
    "January February March April May June July August September October "
    "November December"
).split()
MONTHS_CS = (
    "leden únor březen duben květen červen červenec srpen září říjen listopad prosinec"
).split()
# Czech dates put the month in the genitive: "15. července 1925".
MONTHS_CS_GENITIVE = (
    "ledna února března dubna května června července srpna září října listopadu "
    "prosince"
).split()

_MONTH_NAMES: dict[str, int] = {}
for _names in (MONTHS_EN, MONTHS_CS, MONTHS_CS_GENITIVE):
    for _number, _name in enumerate(_names, start=1):
        _MONTH_NAMES[_name.lower()] = _number
        if _names is MONTHS_EN:
            _MONTH_NAMES[_name[:3].lower()] = _number
_MONTH_NAMES["sept"] = 9


@dataclass(frozen=True, order=False)
class HistoricalDate:
    """A date known to a day, a month, a year or a decade, possibly approximate.

    ``month`` and ``day`` are None where unknown; a decade is stored as its first
    year (1920 for "the 1920s").
    """

    year: int
    month: int | None = None
    day: int | None = None
    precision: Precision = Precision.YEAR
    circa: bool = False

    def __post_init__(self) -> None:
        _check_parts(self.year, self.month, self.day)
        expected = (
            Precision.DAY
            if self.day is not None
            else Precision.MONTH
            if self.month is not None
            else self.precision
        )
        if self.precision != expected or (
            self.precision == Precision.DECADE and self.year % 10
        ):
            raise HistoricalDateError(
                "The parts of the date do not match its precision.",
                code="precision_mismatch",
            )

    # Reading and writing -------------------------------------------------------

    @property
    def storage(self) -> str:
        """Return the text stored in the database.

        Zero-padded ISO order with 00 for unknown parts, so that the database
        sorts and compares the text as it would dates; a trailing ``x`` marks a
        decade and ``~`` an approximate date.
        """
        text = f"{self.year:04d}-{self.month or 0:02d}-{self.day or 0:02d}"
        if self.precision == Precision.DECADE:
            text += "x"
        if self.circa:
            text += "~"
        return text

    @classmethod
    def from_storage(cls, text: str) -> HistoricalDate:
        """Rebuild a date from :attr:`storage` text."""
        match = _STORAGE.fullmatch(text)
        if not match:
            raise HistoricalDateError(
                f"“{text}” is not a stored historical date.", code="bad_storage"
            )
        year, month, day = (int(match[name]) for name in ("year", "month", "day"))
        if match["decade"]:
            precision = Precision.DECADE
        elif day:
            precision = Precision.DAY
        elif month:
            precision = Precision.MONTH
        else:
            precision = Precision.YEAR
        return cls(year, month or None, day or None, precision, bool(match["circa"]))

    @property
    def iso(self) -> str:
        """Return the known part in ISO 8601 form: ``1925``, ``1925-07-15``."""
        if self.precision == Precision.DECADE:
            return f"{self.year // 10:03d}X"
        text = f"{self.year:04d}"
        if self.month:
            text += f"-{self.month:02d}"
        if self.day:
            text += f"-{self.day:02d}"
        return text

    # Comparing -----------------------------------------------------------------

    @property
    def earliest(self) -> date:
        """Return the first day the date can mean."""
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> date:
        """Return the last day the date can mean."""
        if self.precision == Precision.DECADE:
            return date(min(self.year + 9, MAX_YEAR), 12, 31)
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return date(self.year, month, day)

    @property
    def sort_key(self) -> tuple[int, int, int, bool, bool, bool]:
        """Order dates by their first possible day, as the stored text sorts.

        A year comes before its months and days ("1925" < "July 1925"). On the
        same first day the stored suffixes decide, in the order the database
        compares them: the exact date, the decade ("x"), the approximate decade
        ("x~"), then the approximate date ("~").
        """
        decade = self.precision == Precision.DECADE
        return (
            self.year,
            self.month or 0,
            self.day or 0,
            self.circa and not decade,
            decade,
            self.circa,
        )

    def __lt__(self, other: HistoricalDate) -> bool:
        return self.sort_key < other.sort_key

    def __le__(self, other: HistoricalDate) -> bool:
        return self.sort_key <= other.sort_key

    def __gt__(self, other: HistoricalDate) -> bool:
        return self.sort_key > other.sort_key

    def __ge__(self, other: HistoricalDate) -> bool:
        return self.sort_key >= other.sort_key

    def certainly_before(self, other: HistoricalDate) -> bool:
        """Tell whether every day this date can mean precedes every day of ``other``.

        "1925" is not certainly before "July 1925": the two may be the same day.
        """
        return self.latest < other.earliest


_STORAGE = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?P<decade>x?)(?P<circa>~?)"
)
_CIRCA = re.compile(
    r"^(?:c\.|ca\.|circa|approx\.|about|around|asi|kolem|kol\.|cca\.?|~)\s*",
    re.IGNORECASE,
)
_ISO = re.compile(r"(?P<year>\d{1,4})-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?")
_DOTTED = re.compile(
    r"(?:(?P<day>\d{1,2})\.\s*)?(?P<month>\d{1,2})\.\s*(?P<year>\d{1,4})"
)
_SLASHED = re.compile(r"(?P<month>\d{1,2})/(?P<year>\d{1,4})")
_YEAR = re.compile(r"(?P<year>\d{1,4})")
_DECADE = re.compile(r"(?P<year>\d{0,3}0)\s*(?:s|'s|\.\s*léta|léta)")
_WORDS_DMY = re.compile(
    r"(?:(?P<day>\d{1,2})\.?\s+)?(?P<month>[^\W\d_]+)\.?,?\s+(?P<year>\d{1,4})"
)
_WORDS_MDY = re.compile(
    r"(?P<month>[^\W\d_]+)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{1,4})"
)


def parse_historical_date(text: str) -> HistoricalDate:
    """Read a date as an editor types it.

    Accepts "1926", "1920s", "June 1925", "15 July 1925", "July 15, 1925",
    "15.7.1925", "15. 7. 1925", "7/1925", "1925-07-15", "1925-07", Czech month
    names ("15. července 1925"), and a leading "c.", "ca.", "circa" or "kolem" for
    an approximate date. Raise :class:`HistoricalDateError` with a message fit for
    the editor when the text is not a date or names a day that never existed.
    """
    cleaned = " ".join(text.replace("\u00a0", " ").split())
    if not cleaned:
        raise HistoricalDateError("Enter a date.", code="empty")
    circa = False
    circa_match = _CIRCA.match(cleaned)
    if circa_match:
        circa = True
        cleaned = cleaned[circa_match.end() :]
    if cleaned.endswith("?"):
        circa = True
        cleaned = cleaned[:-1].rstrip()

    if match := _DECADE.fullmatch(cleaned):
        year = _year(match["year"], text)
        return HistoricalDate(year, precision=Precision.DECADE, circa=circa)
    for pattern in (_ISO, _DOTTED, _SLASHED):
        if match := pattern.fullmatch(cleaned):
            return _build(
                match["year"], match["month"], match.groupdict().get("day"), circa, text
            )
    if match := _YEAR.fullmatch(cleaned):
        return HistoricalDate(_year(match["year"], text), circa=circa)
    for pattern in (_WORDS_DMY, _WORDS_MDY):
        if match := pattern.fullmatch(cleaned):
            month = _MONTH_NAMES.get(match["month"].lower())
            if month is None:
                raise HistoricalDateError(
                    f"“{match['month']}” is not a month name.", code="bad_month_name"
                )
            return _build(match["year"], str(month), match["day"], circa, text)
    raise HistoricalDateError(
        f"“{text.strip()}” is not a date. Write it as 1925, June 1925, "
        "15.7.1925, 1925-07-15, the 1920s, or c. 1921.",
        code="unreadable",
    )


def _year(digits: str, original: str) -> int:
    year = int(digits)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise HistoricalDateError(
            f"“{original.strip()}” has no year between {MIN_YEAR} and {MAX_YEAR}.",
            code="bad_year",
        )
    return year


def _build(
    year: str, month: str, day: str | None, circa: bool, original: str
) -> HistoricalDate:
    year_number = _year(year, original)
    month_number = int(month)
    day_number = int(day) if day else None
    _check_parts(year_number, month_number, day_number)
    return HistoricalDate(
        year_number,
        month_number,
        day_number,
        Precision.DAY if day_number else Precision.MONTH,
        circa,
    )


def _check_parts(year: int, month: int | None, day: int | None) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise HistoricalDateError(
            f"The year must be between {MIN_YEAR} and {MAX_YEAR}.", code="bad_year"
        )
    if month is None:
        if day is not None:
            raise HistoricalDateError("A day needs a month.", code="day_without_month")
        return
    if not 1 <= month <= 12:
        raise HistoricalDateError(
            f"There is no month {month}; months run from 1 to 12.", code="bad_month"
        )
    if day is not None:
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            raise HistoricalDateError(
                f"{MONTHS_EN[month - 1]} {year} has no day {day}; it has {last} days.",
                code="bad_day",
            )


def format_historical_date(value: HistoricalDate, language: str = "en") -> str:
    """Write a date for a reader: "15 July 1925" in English, "15. 7. 1925" in Czech."""
    czech = language.lower().startswith("cs")
    if value.precision == Precision.DECADE:
        text = f"{value.year}–{value.year + 9}" if czech else f"{value.year}s"
    elif value.precision == Precision.YEAR:
        text = str(value.year)
    elif value.precision == Precision.MONTH:
        names = MONTHS_CS if czech else MONTHS_EN
        text = f"{names[value.month - 1]} {value.year}"
    elif czech:
        text = f"{value.day}. {value.month}. {value.year}"
    else:
        text = f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"
    if value.circa:
        text = f"kol. {text}" if czech else f"c. {text}"
    return text


def format_period(
    start: HistoricalDate | None, end: HistoricalDate | None, language: str = "en"
) -> str:
    """Write a span such as "1925–1933" or "from 1925"; empty when nothing is known."""
    czech = language.lower().startswith("cs")
    if start and end:
        return (
            f"{format_historical_date(start, language)} – "
            f"{format_historical_date(end, language)}"
            if start.precision > Precision.YEAR or end.precision > Precision.YEAR
            else f"{format_historical_date(start, language)}–"
            f"{format_historical_date(end, language)}"
        )
    if start:
        return f"{'od' if czech else 'from'} {format_historical_date(start, language)}"
    if end:
        return f"{'do' if czech else 'until'} {format_historical_date(end, language)}"
    return ""


def format_span(
    start: HistoricalDate | None,
    end: HistoricalDate | None,
    language: str = "en",
    *,
    moment: bool = False,
) -> str:
    """Write an entry's dates: a ``moment`` (an event) with no end is just its date."""
    if moment and start and not end:
        return format_historical_date(start, language)
    return format_period(start, end, language)
