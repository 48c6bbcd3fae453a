"""Historical dates: what editors type, what readers see, how they sort."""

from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from encyclopedia.dates import (
    HistoricalDate,
    HistoricalDateError,
    Precision,
    format_historical_date,
    format_period,
    parse_historical_date,
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1926", HistoricalDate(1926)),
        ("June 1925", HistoricalDate(1925, 6, precision=Precision.MONTH)),
        ("15.7.1925", HistoricalDate(1925, 7, 15, Precision.DAY)),
        ("15. 7. 1925", HistoricalDate(1925, 7, 15, Precision.DAY)),
        ("1925-07-15", HistoricalDate(1925, 7, 15, Precision.DAY)),
        ("1925-07", HistoricalDate(1925, 7, precision=Precision.MONTH)),
        ("7/1925", HistoricalDate(1925, 7, precision=Precision.MONTH)),
        ("c. 1921", HistoricalDate(1921, circa=True)),
        ("circa 1921", HistoricalDate(1921, circa=True)),
        ("1921?", HistoricalDate(1921, circa=True)),
        ("the 1920s"[4:], HistoricalDate(1920, precision=Precision.DECADE)),
        ("16 April 1922", HistoricalDate(1922, 4, 16, Precision.DAY)),
        ("April 16, 1922", HistoricalDate(1922, 4, 16, Precision.DAY)),
        ("23 Aug 1939", HistoricalDate(1939, 8, 23, Precision.DAY)),
        ("22. června 1941", HistoricalDate(1941, 6, 22, Precision.DAY)),
        ("kolem 1600", HistoricalDate(1600, circa=True)),
    ],
)
def test_parses_what_editors_type(typed, expected):
    assert parse_historical_date(typed) == expected


@pytest.mark.parametrize(
    ("typed", "code", "words"),
    [
        ("31.2.1925", "bad_day", "February 1925 has no day 31"),
        ("29.2.1925", "bad_day", "it has 28 days"),
        ("1925-13-01", "bad_month", "no month 13"),
        ("Juneteenth 1925", "bad_month_name", "not a month name"),
        ("soon", "unreadable", "is not a date"),
        ("", "empty", "Enter a date"),
        ("0", "bad_year", "between 1 and 9999"),
    ],
)
def test_refuses_impossible_dates_with_a_reason(typed, code, words):
    with pytest.raises(HistoricalDateError) as error:
        parse_historical_date(typed)
    assert error.value.code == code
    assert words in error.value.message


def test_leap_day_exists_in_leap_years_only():
    assert parse_historical_date("29.2.1924").day == 29
    with pytest.raises(HistoricalDateError):
        parse_historical_date("29.2.1900")


def test_formats_for_english_and_czech_readers():
    day = parse_historical_date("1925-07-15")
    assert format_historical_date(day, "en") == "15 July 1925"
    assert format_historical_date(day, "cs") == "15. 7. 1925"
    month = parse_historical_date("June 1925")
    assert format_historical_date(month, "cs") == "červen 1925"
    assert format_historical_date(parse_historical_date("c. 1921")) == "c. 1921"
    assert format_historical_date(parse_historical_date("c. 1921"), "cs") == "kol. 1921"
    assert format_historical_date(parse_historical_date("1920s")) == "1920s"


def test_period_is_written_compactly_for_years():
    assert format_period(HistoricalDate(1925), HistoricalDate(1933)) == "1925–1933"
    assert format_period(HistoricalDate(1925), None) == "from 1925"
    assert format_period(None, None) == ""


def test_vaguer_date_sorts_first_on_the_same_day():
    typed = ["15.7.1925", "1925", "July 1925", "1920s", "1926", "c. 1924"]
    ordered = sorted(parse_historical_date(text) for text in typed)
    assert [d.iso for d in ordered] == [
        "192X",
        "1924",
        "1925",
        "1925-07",
        "1925-07-15",
        "1926",
    ]


def test_overlapping_dates_are_not_certainly_ordered():
    year = parse_historical_date("1925")
    july = parse_historical_date("July 1925")
    assert not year.certainly_before(july)
    assert not july.certainly_before(year)
    assert year.certainly_before(parse_historical_date("1926"))
    assert year.earliest == date(1925, 1, 1)
    assert parse_historical_date("1920s").latest == date(1929, 12, 31)


dates = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


@st.composite
def historical_dates(draw):
    day = draw(dates)
    precision = draw(st.sampled_from(list(Precision)))
    circa = draw(st.booleans())
    if precision == Precision.DECADE:
        return HistoricalDate(
            max(10, day.year - day.year % 10), precision=precision, circa=circa
        )
    if precision == Precision.YEAR:
        return HistoricalDate(day.year, circa=circa)
    if precision == Precision.MONTH:
        return HistoricalDate(day.year, day.month, precision=precision, circa=circa)
    return HistoricalDate(day.year, day.month, day.day, precision, circa)


@given(historical_dates())
def test_storage_round_trips(value):
    assert HistoricalDate.from_storage(value.storage) == value


@given(historical_dates(), historical_dates())
# Once found: "2000s" sorted after "c. 2000", while its stored text sorts before.
@example(
    HistoricalDate(2000, precision=Precision.DECADE), HistoricalDate(2000, circa=True)
)
def test_storage_text_sorts_like_the_dates(first, second):
    assert (first.sort_key < second.sort_key) == (first.storage < second.storage)


@given(dates)
def test_every_real_day_parses_in_every_written_form(day):
    for typed in (
        day.isoformat() if day.year >= 1000 else None,
        f"{day.day}.{day.month}.{day.year}",
        f"{day.day} {format(day, '%B')} {day.year}",
    ):
        if typed:
            parsed = parse_historical_date(typed)
            assert parsed.earliest == day == parsed.latest


@given(historical_dates())
def test_formatted_english_date_parses_back(value):
    assert parse_historical_date(format_historical_date(value, "en")) == value
