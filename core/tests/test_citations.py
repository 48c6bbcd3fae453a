from datetime import date

from core.citations import Citation, format_citation


def test_book_citation():
    citation = Citation(
        "book",
        "Storm of Steel",
        author="Mary R. Habeck",
        publisher="Cornell University Press",
        year=2003,
    )
    assert format_citation(citation) == (
        "Mary R. Habeck. Storm of Steel. Cornell University Press, 2003."
    )


def test_web_citation_quotes_the_title_and_gives_the_access_date():
    citation = Citation(
        "web",
        "Kama tank school",
        publisher="Wikipedia",
        url="https://en.wikipedia.org/wiki/Kama_tank_school",
        accessed=date(2026, 11, 20),
    )
    assert format_citation(citation) == (
        "\u201cKama tank school.\u201d Wikipedia. "
        "https://en.wikipedia.org/wiki/Kama_tank_school (accessed 2026-11-20)."
    )


def test_empty_parts_leave_no_stray_punctuation():
    assert format_citation(Citation("archive", "RH 12-1/53")) == "RH 12-1/53."
