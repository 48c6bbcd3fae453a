"""What a reader types finds the page they mean among the first three results.

A relevance set over the demo site, as a new reader would search it: names,
designations written with and without hyphens, aliases, folded and Czech
forms, and titles. It runs on SQLite and on PostgreSQL alike.
"""

import pytest

from search.queries import SearchRequest, search_site

pytestmark = pytest.mark.django_db

#: (what is typed, the language searched, the title expected in the top three)
RELEVANCE_SET = [
    ("Lipetsk", "en", "Lipetsk"),
    ("Lipetsk", "en", "Lipetsk: a German air force that officially did not exist"),
    ("Kazan", "en", "Kazan"),
    ("Fili", "en", "Fili"),
    ("Junkers Fili", "en", "Junkers at Fili: an aircraft factory outside Moscow"),
    ("T-28", "en", "T-28"),
    ("T28", "en", "T-28"),
    ("T 35", "en", "T-35"),
    ("MS1", "en", "MS-1"),
    ("He 51", "en", "Heinkel He 51"),
    ("Heinkel He 51", "en", "Heinkel He 51"),
    ("Ar 65", "en", "Arado Ar 65"),
    ("Fokker D.XIII", "en", "Fokker D.XIII"),
    ("Whippet", "en", "Medium Mark A Whippet"),
    ("Grosstraktor", "en", "Grosstraktor"),
    ("Großtraktor", "en", "Grosstraktor"),
    ("Guderian", "en", "Heinz Guderian"),
    ("Tukhachevsky", "en", "Mikhail Tukhachevsky"),
    ("Seeckt", "en", "Hans von Seeckt"),
    ("Lutzow", "en", "Günther Lützow"),
    ("WIVUPAL", "en", "Wissenschaftliche Versuchs- und Prüfanstalt für Luftfahrzeuge"),
    ("Sichany", "en", "Shikhany"),
    ("Special Group R", "en", "Sondergruppe R"),
    ("Condor Legion", "en", "Legion Condor"),
    ("JG 54", "en", "Jagdgeschwader 54"),
    ("Treaty of Rapallo", "en", "Treaty of Rapallo"),
    ("Rapallo", "en", "Rapallo"),
    ("Kama Tomka", "en", "Kama and Tomka: tanks at Kazan, gas on the Volga"),
    ("Molotov Ribbentrop", "en", "Molotov–Ribbentrop Pact"),
    ("Red Army", "en", "Red Army"),
    ("RKKA", "en", "Red Army"),
    ("Tomka", "en", "Gas-Testgelände Tomka"),
    ("Lipeck", "cs", "Lipeck"),
    ("Voroněž", "cs", "Voroněž"),
    ("Voronez", "cs", "Voroněž"),
    ("Lipecku", "cs", "Letecká škola v Lipecku"),
    ("Versailleská smlouva", "cs", "Versailleská smlouva"),
    (
        "Lipeck německé letectvo",
        "cs",
        "Lipeck: německé letectvo, které oficiálně neexistovalo",
    ),
]


def test_the_page_a_reader_means_is_among_the_first_three(demo):
    assert len(RELEVANCE_SET) >= 30
    missed = []
    for text, language, expected in RELEVANCE_SET:
        outcome = search_site(SearchRequest(text=text, language=language))
        first = [page.title for page in outcome.results[:3]]
        if expected not in first:
            missed.append(f"{text!r} ({language}): {expected!r} not in {first}")
    assert not missed, "\n".join(missed)
