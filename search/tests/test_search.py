"""Search over the demo content, on whichever database the suite runs."""

import re

import pytest
from bs4 import BeautifulSoup

from search.queries import highlight


def titles(client, **params) -> list[str]:
    html = client.get("/search/", params).content.decode()
    found = re.findall(r'<li class="search-result"><a href="[^"]+">(.*?)</a>', html)
    return [re.sub(r"</?mark>", "", title) for title in found]


pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Sichany", "Shikhany"),  # an alias written without its háček
        ("Lutzow", "Günther Lützow"),
        ("WIWUPAL", "Wissenschaftliche Versuchs- und Prüfanstalt für Luftfahrzeuge"),
        ("T28", "T-28"),
        ("T-28", "T-28"),
        ("Тухачевский", "Mikhail Tukhachevsky"),
    ],
)
def test_finds_what_people_actually_type(client, demo, typed, expected):
    assert expected in titles(client, q=typed)[:3]


def test_falls_back_to_any_word_and_says_so(client, demo):
    html = client.get("/search/", {"q": "Lipetsk zeppelinwerft"}).content.decode()
    assert "No result has all your words" in html
    assert "Lipetsk" in titles(client, q="Lipetsk zeppelinwerft")
    assert (
        "No result has all your words"
        not in client.get("/search/", {"q": "Lipetsk"}).content.decode()
    )


def test_filters_by_kind_author_and_period(client, demo):
    people = titles(client, q="Kama", type="person")
    assert people and "Panzerschule Kama" not in people
    assert titles(client, q="Rapallo", type="article", author="jana-dvorakova") == [
        "Rapallo and the secret partnership"
    ]
    assert "Molotov–Ribbentrop Pact" in titles(client, q="pact", start=1935, end=1945)
    assert "Treaty of Rapallo" in titles(client, q="treaty", start=1920, end=1925)
    assert "Treaty of Rapallo" not in titles(client, q="treaty", start=1935, end=1945)


def test_contributors_are_found_without_accents(client, demo):
    html = client.get("/search/", {"q": "Kralova"}).content.decode()
    assert "Petra Králová" in html


def test_matches_are_highlighted_and_escaped(client, demo):
    html = client.get("/search/", {"q": "Lutzow"}).content.decode()
    assert "<mark>Lützow</mark>" in html
    assert str(highlight("<b>Lützow</b>", ["lutzow"])) == (
        "&lt;b&gt;<mark>Lützow</mark>&lt;/b&gt;"
    )


def test_sorting_by_date_and_paging(client, demo):
    from articles.models import ArticlePage

    by_date = titles(client, q="Lipetsk", type="article", sort="date")
    newest_first = [
        page.title
        for page in ArticlePage.objects.filter(
            title__in=by_date, locale__language_code="en"
        ).order_by("-first_published_at")
    ]
    assert len(by_date) >= 2 and by_date == newest_first
    response = client.get("/search/", {"q": "the", "page": 99})
    assert response.status_code == 200


def test_bad_filters_get_a_clear_message(client, demo):
    response = client.get("/search/", {"q": "Kama", "start": 1940, "end": 1930})
    assert response.status_code == 400
    assert "The end year comes before the start year." in response.content.decode()
    assert client.get("/search/", {"q": "x" * 300}).status_code == 400


def test_an_alias_added_to_a_published_entry_is_found_once_published(client, demo):
    from encyclopedia.models import EntryAlias, PlacePage

    place = PlacePage.objects.get(title="Volsk", locale__language_code="en")
    assert "Volsk" not in titles(client, q="Wolsk")
    place.other_names.add(EntryAlias(name="Wolsk"))
    place.save_revision().publish()
    assert "Volsk" in titles(client, q="Wolsk")


def test_suggestions_answer_from_the_index(client, demo):
    suggestions = client.get("/search/suggest", {"q": "Lut"}).json()["suggestions"]
    assert {
        "title": "Günther Lützow",
        "url": "/encyclopedia/gunther-lutzow/",
    } in suggestions
    assert client.get("/search/suggest", {"q": "a"}).json() == {"suggestions": []}


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        "*",
        "OR",
        "-",
        "Lipetsk OR",
        '"Lipetsk',
        "Kama -Kazan",
        "'; DROP TABLE wagtailcore_page; --",
        "!!! ??? ...",
        "NEAR(Lipetsk Kama)",
        "Lipetsk*",
    ],
)
def test_operator_laden_and_odd_queries_never_fail(client, demo, typed):
    response = client.get("/search/", {"q": typed})
    assert response.status_code == 200
    assert client.get("/search/suggest", {"q": typed}).status_code == 200


def test_empty_overlong_and_unknown_filters_get_a_message_not_an_error(client, demo):
    assert client.get("/search/", {"q": ""}).status_code == 200
    overlong = client.get("/search/", {"q": "Kama " * 120})
    assert overlong.status_code == 400
    assert "at most 200 characters" in overlong.content.decode()
    unknown = client.get("/search/", {"q": "Kama", "type": "spaceship"})
    assert unknown.status_code == 400
    assert "Select a valid choice" in unknown.content.decode()
    assert client.get("/search/", {"q": "Kama", "sort": "random"}).status_code == 400
    assert client.get("/search/", {"q": "Kama", "start": "soon"}).status_code == 400
    past_the_end = client.get("/search/", {"q": "Kama", "page": "9999"})
    assert past_the_end.status_code == 200


@pytest.mark.parametrize(
    "years", [{"start": 1}, {"end": 9999}, {"start": 1, "end": 9999}, {"start": 9999}]
)
def test_years_at_the_ends_of_the_calendar_are_just_years(client, demo, years):
    response = client.get("/search/", {"q": "Lipetsk", **years})
    assert response.status_code == 200
    found = titles(client, q="Lipetsk", **years)
    assert bool(found) == (years.get("start") != 9999)


def test_a_period_holds_articles_by_publication_and_entries_by_their_dates(
    client, demo
):
    from django.utils import timezone

    from articles.models import ArticlePage

    year = timezone.localdate().year
    article = ArticlePage.objects.live().filter(locale__language_code="en").first()
    word = article.title.split()[0]
    this_year = titles(client, q=word, start=year, end=year)
    assert article.title in this_year
    in_the_twenties = titles(client, q="Lipetsk", start=1925, end=1933)
    assert "Kurt Student" in in_the_twenties
    assert not ArticlePage.objects.filter(title__in=in_the_twenties).exists()
    this_year = titles(client, q="Lipetsk", start=year, end=year)
    assert this_year and "Kurt Student" not in this_year
    english = ArticlePage.objects.filter(locale__language_code="en")
    assert english.filter(title__in=this_year).count() == len(set(this_year))


@pytest.mark.parametrize(
    ("prefix", "nothing", "everywhere", "unfiltered"),
    [
        ("", "Nothing found for “Zeppelinkaserne”", "all languages", "without the"),
        ("/cs", "Pro „Zeppelinkaserne“ jsme nic nenašli", "ve všech", "bez omezení"),
    ],
)
def test_a_search_that_finds_nothing_says_so_and_suggests_what_to_try(
    client, demo, prefix, nothing, everywhere, unfiltered
):
    params = {"q": "Zeppelinkaserne", "type": "person", "start": 1920}
    response = client.get(f"{prefix}/search/", params)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    said = page.find(class_="no-results")
    assert said is not None and said["role"] == "status"
    assert nothing in said.get_text()
    links = {a.get_text(): a["href"] for a in said.find_all("a")}
    broader = next(href for text, href in links.items() if everywhere in text)
    assert "lang=all" in broader and "q=Zeppelinkaserne" in broader
    plain = next(href for text, href in links.items() if unfiltered in text)
    assert "q=Zeppelinkaserne" in plain
    assert "type=" not in plain and "start=" not in plain
    # The ways on lead somewhere: the broader searches and the sections.
    for href in links.values():
        target = href if href.startswith("/") else f"{prefix}/search/{href}"
        assert client.get(target).status_code == 200, href
    assert not page.find(class_="search-results")


def test_no_fallback_notice_when_no_word_finds_anything(client, demo):
    html = client.get("/search/", {"q": "Zeppelinkaserne Quarkbrot"}).content.decode()
    assert "Nothing found for" in html
    assert "No result has all your words" not in html


@pytest.mark.parametrize(
    ("prefix", "intro"), [("", "without accents"), ("/cs", "bez diakritiky")]
)
def test_a_search_without_words_explains_what_it_searches(client, demo, prefix, intro):
    for params in [{}, {"q": ""}, {"q": "  ", "type": "person"}]:
        response = client.get(f"{prefix}/search/", params)
        assert response.status_code == 200
        page = BeautifulSoup(response.content, "html.parser")
        text = page.find(class_="search-intro").get_text()
        assert intro in text
        assert not page.find(class_="no-results")
