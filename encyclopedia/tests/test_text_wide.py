"""What the rest of a text tells the linker about a name: a machine's number
alone once its kind is plain, a man named before, a headline in capitals, a
namesake of one of an entry's names only."""

import pytest

from encyclopedia.designations import designation_numbers
from encyclopedia.spellings import EntryNames

from .gazetteers import gazetteer_of

BF_109, AVIA, PAVLOV, KRETSCHMER, SMUSHKEVICH, RATHENAU = 1, 2, 3, 4, 5, 6
LUFTWAFFE, JUNKERS, DESSAU, HE_51, HE_59, FOKKER = 7, 8, 9, 11, 12, 13
SUDETENLAND, FALK, A_20 = 14, 15, 16

ENTRIES = [
    EntryNames(BF_109, "Messerschmitt Bf 109", "equipment", designation="Bf 109"),
    EntryNames(AVIA, "Avia B-534", "equipment", designation="B-534"),
    EntryNames(
        PAVLOV,
        "Dmitry Pavlov",
        "person",
        aliases=(("Pavlov", True, False),),
    ),
    EntryNames(KRETSCHMER, "Theodor Kretschmer", "person"),
    EntryNames(
        SMUSHKEVICH,
        "Yakov Smushkevich",
        "person",
        aliases=(("General Douglas", False, False),),
    ),
    EntryNames(RATHENAU, "Walther Rathenau", "person"),
    EntryNames(LUFTWAFFE, "Luftwaffe", "armed_force"),
    EntryNames(JUNKERS, "Junkers", "organisation"),
    EntryNames(DESSAU, "Dessau", "place"),
    EntryNames(HE_51, "Heinkel He 51", "equipment", aliases=(("He 51", True, False),)),
    EntryNames(HE_59, "Heinkel He 59", "equipment", aliases=(("He 59", True, False),)),
    EntryNames(FOKKER, "Fokker D.XIII", "equipment"),
    EntryNames(SUDETENLAND, "Sudetenland", "place"),
    EntryNames(FALK, "Wolfgang Falk", "person"),
    EntryNames(A_20, "Junkers A 20", "equipment", aliases=(("A 20", True, False),)),
]
SUMMARIES = {
    SMUSHKEVICH: "Soviet air commander in Spain, known there as General Douglas.",
}
NAMESAKES = [(SMUSHKEVICH, "Douglas Aircraft Company, American aircraft maker")]


def links(text: str, language: str = "en") -> list[tuple[str, int | None]]:
    gazetteer = gazetteer_of(ENTRIES, language)
    gazetteer.learn_namesakes(NAMESAKES)
    gazetteer.learn_topics(SUMMARIES.items())
    return [(match.surface, match.entry_id) for match in gazetteer.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Re: Rata vs 109 in Spain", [("109", BF_109)]),
        (
            "The early 109s were slow; the 109 only got an edge later.",
            [("109s", BF_109), ("109", BF_109)],
        ),
        (
            "The Luftwaffe kept one of the 534s.",
            [("Luftwaffe", LUFTWAFFE), ("534s", AVIA)],
        ),
        # A number is mostly a number: a count, a page, another maker's type.
        ("In 109 cases the 109 pilots flew.", []),
        ("See Zeidler, p. 109, and the He 109 prototype.", []),
        # Czech writes the maker's letters: a bare number is a number there.
        ("Přiletělo 109 strojů.", []),
    ],
)
def test_a_machine_is_named_by_its_number_alone_where_the_words_make_it_a_thing(
    text, expected
):
    language = "cs" if "ř" in text else "en"
    assert links(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A maker's name in the plural is the one machine of that maker the
        # passage names, or the maker's only one.
        (
            "The He 51 was slow, and by 1937 the Heinkels flew ground attack.",
            [("He 51", HE_51), ("Heinkels", HE_51)],
        ),
        ("By noon the Fokkers were under canvas.", [("Fokkers", FOKKER)]),
        (
            "The He 51 and the He 59 were there; the Heinkels were old.",
            [
                ("He 51", HE_51),
                ("He 59", HE_59),
            ],
        ),
        ("The Heinkels came later.", []),
        # A designation in lower case, as forums write it; not a pronoun.
        (
            "by then the he 51s were hopeless",
            [("he 51s", HE_51)],
        ),
        ("He 51 times asked for leave, and a 20 mm gun was fitted.", []),
    ],
)
def test_a_machine_is_named_by_its_maker_in_the_plural_or_in_lower_case(text, expected):
    assert links(text) == expected


def test_only_numbers_of_three_digits_that_one_machine_ends_with_are_kept():
    numbers = designation_numbers(
        [("bf 109", 1), ("me 109", 1), ("ju 52", 2), ("b-534", 3), ("x 534", 4)]
    )
    assert numbers == {"109": 1}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A surname flagged as a common word opens a sentence as the man
        # named before, not as the word.
        (
            "Dmitry Pavlov led the tanks. Pavlov came home a hero.",
            [("Dmitry Pavlov", PAVLOV), ("Pavlov", PAVLOV)],
        ),
        ("Pavlov came home a hero.", []),
        # Another man of the name, and the surname alone after him.
        (
            "My grandfather Paul Kretschmer was there. Kretschmer never spoke of it.",
            [],
        ),
        (
            "Not Paul Kretschmer but General Kretschmer led the course.",
            [("Kretschmer", KRETSCHMER)],
        ),
        # A day before a name is no part of it; nor is a capital in a headline.
        ("On Easter Sunday Rathenau signed.", [("Rathenau", RATHENAU)]),
        ("THE SPA TOWN THAT TRAINED THE LUFTWAFFE", [("LUFTWAFFE", LUFTWAFFE)]),
        # "Junkers of Dessau": a firm of a place, not a name of two.
        (
            "In 1922 Junkers of Dessau took over.",
            [("Junkers", JUNKERS), ("Dessau", DESSAU)],
        ),
        ("The Treaty of Dessau was signed.", []),
        # A country before "the" makes no longer name with it.
        ("The terms gave Germany the Sudetenland.", [("Sudetenland", SUDETENLAND)]),
        # Another man of the name, said to be another.
        ("My grandfather, a quite different Falk, flew Lancasters.", []),
        # The aircraft maker is a namesake of "General Douglas", not of
        # "Smushkevich": the aircraft around the surname do not take it away.
        ("Then Smushkevich's aircraft struck.", [("Smushkevich", SMUSHKEVICH)]),
    ],
)
def test_the_rest_of_the_text_decides_a_name(text, expected):
    assert links(text) == expected
