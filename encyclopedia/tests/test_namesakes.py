"""Namesakes: the others known by an entry's name, shown to readers as a
hatnote and kept apart from the entry by the linker."""

import pytest

from encyclopedia.factories import published_entry
from encyclopedia.gazetteer import build_gazetteer
from encyclopedia.linking import Gazetteer
from encyclopedia.spellings import EntryNames, spellings

from .gazetteers import gazetteer_of

PAVLOV, SUDETENLAND, HANICKA, DOBROSOV = 1, 2, 3, 4
F = False

ENTRIES = {
    "en": [
        EntryNames(
            PAVLOV,
            "Dmitry Pavlov",
            "person",
            aliases=(("Pavlov", True, False), ("Dmitry Grigoryevich Pavlov", F, F)),
        ),
    ],
    "cs": [
        EntryNames(SUDETENLAND, "Sudety", "place", aliases=(("Sudet", False, True),)),
        EntryNames(HANICKA, "Tvrz Hanička", "place", aliases=(("Hanička", F, F),)),
        EntryNames(DOBROSOV, "Tvrz Dobrošov", "place", aliases=(("Dobrošov", F, F),)),
    ],
}
SUMMARIES = {
    PAVLOV: "Soviet tank officer who led tank crews in Spain and commanded the "
    "Western Front in June 1941; he was arrested and shot.",
    HANICKA: "Dělostřelecká tvrz v Orlických horách u Rokytnice.",
    DOBROSOV: "Dělostřelecká tvrz na hřebeni nad Náchodem.",
    SUDETENLAND: "Pohraniční okresy Čech a Moravy s německou většinou, které "
    "Německo obsadilo podle mnichovské dohody v říjnu 1938.",
}
NAMESAKES = [
    (HANICKA, "Hanička, domácká podoba jména Hana: dcera, maminka, babička"),
    (DOBROSOV, "Dobrošov, osada s Jiráskovou chatou, rozhlednou a restaurací"),
    (PAVLOV, "Ivan Pavlov, physiologist known for conditioned reflexes in dogs"),
    (
        SUDETENLAND,
        "Sudety (pohoří), pohoří na česko-polské hranici: Krkonoše se Sněžkou, "
        "Jizerské hory a Jeseníky, s hřebenovými turistickými trasami",
    ),
]


def linked(language: str, text: str) -> list[tuple[str, int]]:
    gazetteer = gazetteer_of(ENTRIES[language], language)
    gazetteer.learn_namesakes(NAMESAKES)
    gazetteer.learn_topics(SUMMARIES.items())
    return [(match.surface, match.entry_id) for match in gazetteer.find(text)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "In Spain Pavlov led the Soviet tank crews.", [("Pavlov", PAVLOV)]),
        ("en", "The dogs of Pavlov learned conditioned reflexes.", []),
        # The full name is the entry's, whatever the passage speaks of.
        (
            "en",
            "Dmitry Pavlov is not the one with the dogs and the reflexes.",
            [("Dmitry Pavlov", PAVLOV)],
        ),
        # The name said again nearby is no vote for the namesake.
        (
            "en",
            "In Spain Pavlov met Zhukov; later Pavlov lost Minsk.",
            [("Pavlov", PAVLOV), ("Pavlov", PAVLOV)],
        ),
        (
            "en",
            "Dmitry Grigoryevich Pavlov was fond of dogs and reflexes.",
            [("Dmitry Grigoryevich Pavlov", PAVLOV)],
        ),
        ("cs", "Němci obsadili Sudety v říjnu 1938.", [("Sudety", SUDETENLAND)]),
        ("cs", "Hřebenovka přes Sudety vede z Krkonoš do Jeseníků.", []),
        # A preposition of place makes it the place, not the girl; but where a
        # namesake is a settlement too, it tells them no more apart.
        ("cs", "Pozdravuj maminku a dej pusu malé Haničce.", []),
        (
            "cs",
            "S dcerou a babičkou jsme byli na Haničce.",
            [("Haničce", HANICKA)],
        ),
        ("cs", "Na Dobrošově je chata s rozhlednou a restaurací.", []),
    ],
)
def test_a_name_is_not_linked_where_the_passage_speaks_of_a_namesake(
    language, text, expected
):
    assert linked(language, text) == expected


def test_without_namesakes_the_name_links_as_before():
    gazetteer = Gazetteer(spellings(ENTRIES["en"][0], "en"))
    gazetteer.learn_topics(SUMMARIES.items())
    (match,) = gazetteer.find("The dogs of Pavlov learned conditioned reflexes.")
    assert match.entry_id == PAVLOV


@pytest.mark.django_db
def test_readers_see_the_namesakes_and_the_site_links_around_them(encyclopedia, client):
    entry = published_entry(
        encyclopedia,
        title="Dmitry Pavlov",
        aliases=[("Pavlov", True)],
        summary=SUMMARIES[PAVLOV],
        namesakes=[
            (
                "Ivan Pavlov",
                "Russian physiologist known for conditioned reflexes in dogs",
            )
        ],
    )
    page = client.get(entry.url).content.decode()
    assert (
        '<p class="hatnote" role="note">Not to be confused with <span>'
        "<strong>Ivan Pavlov</strong>, Russian physiologist known for "
        "conditioned reflexes in dogs</span>.</p>"
    ) in page
    detail = client.get(f"/api/v1/entries/{entry.pk}").json()
    assert detail["namesakes"] == [
        {
            "name": "Ivan Pavlov",
            "description": "Russian physiologist known for conditioned reflexes "
            "in dogs",
        }
    ]
    gazetteer = build_gazetteer(entry.locale_id)
    assert [m.surface for m in gazetteer.find("In Spain Pavlov led the tanks.")] == [
        "Pavlov"
    ]
    assert gazetteer.find("The dogs of Pavlov learned conditioned reflexes.") == []
