"""More of what the words around a name say: a lake, a river's mouth, a
girl's age, an honour title, news of an event, a school passed through, a
list of schools with their years, a journey to a town."""

import pytest

from encyclopedia.spellings import EntryNames

from .gazetteers import gazetteer_of

MUNICH, AGREEMENT, KHASAN, KAMA_RIVER, KAMA_SCHOOL, FORT = 1, 2, 3, 4, 5, 6
RICHTHOFEN, LIPETSK, LIPETSK_SCHOOL, TOMKA, TERUEL, BATTLE = 7, 8, 9, 10, 11, 12
PAVLOV, DOBROSOV, RAPALLO, TREATY, VERSAILLES = 13, 14, 15, 16, 17
KAMA = ("Kama", False, False)

ENTRIES = {
    "cs": [
        EntryNames(MUNICH, "Mnichov", "place"),
        EntryNames(AGREEMENT, "Mnichovská dohoda", "event"),
        EntryNames(
            KHASAN,
            "Bitva u jezera Chasan",
            "event",
            aliases=(("Chasan", False, False),),
        ),
        EntryNames(KAMA_RIVER, "Kama", "place", aliases=(("řeka Kama", False, False),)),
        EntryNames(KAMA_SCHOOL, "Tanková škola Kama", "organisation", aliases=(KAMA,)),
        EntryNames(FORT, "Tvrz Hanička", "place", aliases=(("Hanička", False, False),)),
        EntryNames(RICHTHOFEN, "Wolfram von Richthofen", "person"),
        EntryNames(LIPETSK, "Lipeck", "place"),
        EntryNames(PAVLOV, "Dmitrij Pavlov", "person"),
        EntryNames(
            DOBROSOV, "Tvrz Dobrošov", "place", aliases=(("Dobrošov", False, False),)
        ),
        EntryNames(LIPETSK_SCHOOL, "Lipecká škola", "organisation"),
        EntryNames(
            TOMKA,
            "Zkušební středisko Tomka",
            "organisation",
            aliases=(("Tomka", False, False),),
        ),
    ],
    "en": [
        EntryNames(TERUEL, "Teruel", "place"),
        EntryNames(BATTLE, "Battle of Teruel", "event"),
        EntryNames(KAMA_RIVER, "Kama River", "place", aliases=(KAMA,)),
        EntryNames(KAMA_SCHOOL, "Panzerschule Kama", "organisation", aliases=(KAMA,)),
        EntryNames(LIPETSK, "Lipetsk", "place"),
        EntryNames(LIPETSK_SCHOOL, "Lipetsk school", "organisation"),
        EntryNames(DOBROSOV, "Dobrošov Fort", "place"),
    ],
}


def links(language: str, text: str) -> list[tuple[str, tuple[int, ...]]]:
    gazetteer = gazetteer_of(ENTRIES[language], language)
    return [(match.surface, match.entry_ids) for match in gazetteer.find(text)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # The lake is not the battle fought beside it.
        ("cs", "Kopce nad jezerem Chasan obsadili Japonci.", []),
        ("cs", "Velel v bojích u jezera Chasan.", [("Chasan", (KHASAN,))]),
        ("cs", "Konflikt u jezera Chasan vypukl.", [("Chasan", (KHASAN,))]),
        # Another town whose name begins with the city's.
        ("cs", "Ležíme v posádce v Mnichově Hradišti.", []),
        # A river's mouth and where rivers meet; a school's graduate.
        ("cs", "Loď pluje k ústí Kamy.", [("Kamy", (KAMA_RIVER,))]),
        ("cs", "Kazaň leží u soutoku s Kamou.", [("Kamou", (KAMA_RIVER,))]),
        ("cs", "Byl absolventem Kamy.", [("Kamy", (KAMA_SCHOOL,))]),
        ("cs", "V Kamě se učili tankisté.", [("Kamě", (KAMA_SCHOOL,))]),
        (
            "en",
            "The confluence of the Volga and the Kama is far.",
            [("Kama", (KAMA_RIVER,))],
        ),
        ("en", "Crews trained on the Kama course.", [("Kama", (KAMA_SCHOOL,))]),
        # A girl of the fort's name.
        ("cs", "Byli jsme tam se šestiletou Haničkou.", []),
        ("cs", "Byli jsme s Haničkou (dcera, 9 let) na výletě.", []),
        # A fort is not the village it is named after.
        ("cs", "Ves Dobrošov leží kousek pod hřebenem.", []),
        ("cs", "Auto jsme nechali v obci Dobrošov.", []),
        ("cs", "Na tvrzi Dobrošov se betonovalo.", [("Dobrošov", (DOBROSOV,))]),
        ("en", "We parked in the village of Dobrošov.", []),
        ("en", "Dobrošov was never finished.", [("Dobrošov", (DOBROSOV,))]),
        # An honour title names a unit after a man.
        ("cs", "Eskadra nesla čestný název „Richthofen“.", []),
        ("cs", "Velel jí Richthofen.", [("Richthofen", (RICHTHOFEN,))]),
        # News of a place is its event; news from it is the city's.
        ("cs", "Přišla zpráva o Mnichovu.", [("Mnichovu", (AGREEMENT,))]),
        ("cs", "Přišla zpráva z Mnichova.", [("Mnichova", (MUNICH,))]),
        # The agreement's locative is not the city's.
        ("cs", "Vláda oznámila pravdu o Mnichovu.", [("Mnichovu", (AGREEMENT,))]),
        ("cs", "Vyprávěl o Mnichově a jeho pivnicích.", [("Mnichově", (MUNICH,))]),
        # Munich that did not happen, Munich that became betrayal.
        ("cs", "Hra, v níž k Mnichovu nedošlo.", [("Mnichovu", (AGREEMENT,))]),
        (
            "cs",
            "Od té chvíle se Mnichov stal synonymem zrady.",
            [("Mnichov", (AGREEMENT,))],
        ),
        # A river named beside the name; the banks of the Kama in English.
        (
            "cs",
            "Jméno si vypůjčila od Kamy, největšího přítoku Volhy.",
            [("Kamy", (KAMA_RIVER,))],
        ),
        (
            "en",
            "Men who went from the banks of the Kama to the panzer divisions.",
            [("Kama", (KAMA_RIVER,))],
        ),
        # A sergeant of the name, in the dative.
        ("cs", "Kniha o seržantu Pavlovovi a jeho domě.", []),
        # A river said to be one, or the river itself.
        ("cs", "Kama je široká a líná řeka.", [("Kama", (KAMA_RIVER,))]),
        ("cs", "K samotné Kamě jsme nedošli.", [("Kamě", (KAMA_RIVER,))]),
        ("cs", "Zůstala mu vzpomínka na Mnichov.", [("Mnichov", (AGREEMENT,))]),
        ("cs", "Arbitráž byla důsledkem Mnichova.", [("Mnichova", (AGREEMENT,))]),
        ("en", "He survived Teruel.", [("Teruel", (BATTLE,))]),
        ("en", "Scenario 7: Teruel, January 1938.", [("Teruel", (BATTLE,))]),
        ("en", "Winter 1937–38 – Teruel; the Ju 87 arrives.", [("Teruel", (BATTLE,))]),
        # A front at a place is the place; a Front so named, a formation.
        ("en", "A tank of the Teruel front, 1938.", [("Teruel", (TERUEL,))]),
        ("en", "He led the Teruel Front.", []),
        # Czech written without diacritics, as forum posts often are.
        ("cs", "tvrz dostavena jeste pred mnichovem", [("mnichovem", (AGREEMENT,))]),
        (
            "cs",
            "s hanickou (moje dcera, 9 let) jsme byli na hanicce",
            [("hanicce", (FORT,))],
        ),
        # Another man of the name; but "mimo jiné" is "among others".
        ("cs", "Dům nese jméno jiného Pavlova, seržanta.", []),
        ("cs", "Soudili mimo jiné Pavlov a Jakir.", [("Pavlov", (PAVLOV,))]),
        ("cs", "Kromě jiného Pavlov velel frontě.", [("Pavlov", (PAVLOV,))]),
        # A user's handle, a surname as a name, the writer's own family.
        ("cs", "bunkr_pavlov: ahoj, kolik jich bylo?", []),
        ("cs", "Příjmení Pavlov je ruského původu.", []),
        ("cs", "Můj děda Dmitrij Pavlov se narodil v Brně.", []),
        ("cs", "Myslela jsem, že je to nějaká teta Hanička.", []),
        # A first name no entry has; the initials of a Russian name.
        ("cs", "Petr Pavlov byl chemik.", []),
        # ... and so is the surname alone after him, but not a general's.
        ("cs", "Přednášel historik Petr Pavlov. Pane Pavlove, proč?", []),
        (
            "cs",
            "Petr Pavlov nebyl příbuzný generála Pavlova.",
            [("Pavlova", (PAVLOV,))],
        ),
        ("cs", "Vzpomínky P. G. Pavlova vyšly.", []),
        ("cs", "Vzpomínky D. G. Pavlova vyšly.", [("Pavlova", (PAVLOV,))]),
        # The school a man passed through; schools listed with their years.
        (
            "cs",
            "Letci, kteří Lipeckem prošli, vzpomínali.",
            [("Lipeckem", (LIPETSK_SCHOOL,))],
        ),
        (
            "en",
            "He learned his trade as a fighter pilot at Lipetsk.",
            [("Lipetsk", (LIPETSK_SCHOOL,))],
        ),
        ("en", "The He 46 was tried out at Lipetsk.", [("Lipetsk", (LIPETSK_SCHOOL,))]),
        ("en", "He stepped off the train at Lipetsk.", [("Lipetsk", (LIPETSK,))]),
        ("en", "He tried to find a flat in Lipetsk.", [("Lipetsk", (LIPETSK,))]),
        # A journey there, a place of its own, a town said to be one: the place.
        ("en", "The pupils went on by rail to Lipetsk.", [("Lipetsk", (LIPETSK,))]),
        ("en", "The officers arrived at Lipetsk in May.", [("Lipetsk", (LIPETSK,))]),
        ("en", "Pilots trained at Lipetsk airport.", [("Lipetsk", (LIPETSK,))]),
        (
            "en",
            "Lipetsk is a spa town where pilots trained.",
            [("Lipetsk", (LIPETSK,))],
        ),
        ("en", "Teruel was a small town before the battle.", [("Teruel", (TERUEL,))]),
        (
            "cs",
            "Výcvik skončil a letci odjeli vlakem z Lipecka.",
            [("Lipecka", (LIPETSK,))],
        ),
        ("cs", "Lipeck je krajské město, kde létali Němci.", [("Lipeck", (LIPETSK,))]),
        # Czech verbs an agreement or a battle does or suffers, past clitics;
        # a school in a town, training there.
        ("cs", "Zbytek prací zastavil Mnichov.", [("Mnichov", (AGREEMENT,))]),
        ("cs", "Mnichov mu nikdy neodpustil.", [("Mnichov", (AGREEMENT,))]),
        ("cs", "Vláda Mnichov odmítla.", [("Mnichov", (AGREEMENT,))]),
        ("en", "Teruel exhausted the best units.", [("Teruel", (BATTLE,))]),
        ("cs", "Psal o škole v Lipecku.", [("Lipecku", (LIPETSK_SCHOOL,))]),
        ("cs", "V Lipecku se školili piloti.", [("Lipecku", (LIPETSK_SCHOOL,))]),
        (
            "cs",
            "Spolupráce: 1925 Lipeck, 1928 Tomka.",
            [("Lipeck", (LIPETSK_SCHOOL,)), ("Tomka", (TOMKA,))],
        ),
    ],
)
def test_the_words_around_a_name_decide_what_it_names(language, text, expected):
    assert links(language, text) == expected


def test_a_czech_place_stands_for_an_event_known_by_its_english_page():
    """An entry not yet translated has a Czech page that is an alias of the
    English one, with its English names: "po Rapallu" is that treaty, and the
    resort is still the town."""
    gazetteer = gazetteer_of(
        [
            EntryNames(RAPALLO, "Rapallo", "place"),
            EntryNames(TREATY, "Treaty of Rapallo", "event"),
        ],
        "cs",
    )

    def found(text: str) -> list[tuple[str, tuple[int, ...]]]:
        return [(match.surface, match.entry_ids) for match in gazetteer.find(text)]

    assert found("Po Rapallu se spolupráce rozjela.") == [("Rapallu", (TREATY,))]
    assert found("Letovisko Rapallo leží u Janova.") == [("Rapallo", (RAPALLO,))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Versailles zakazovalo Německu letectvo.", [("Versailles", (TREATY,))]),
        ("Dohody obcházející Versailles fungovaly.", [("Versailles", (TREATY,))]),
        # The verb is the treaty's; the place stands in a phrase of where.
        (
            "Smlouva podepsaná ve Versailles zakazuje letectvo.",
            [("Versailles", (VERSAILLES,))],
        ),
    ],
)
def test_a_treatys_verb_makes_its_place_the_treaty(text, expected):
    gazetteer = gazetteer_of(
        [
            EntryNames(VERSAILLES, "Versailles", "place"),
            EntryNames(TREATY, "Versailleská smlouva", "event"),
        ],
        "cs",
    )
    assert [(m.surface, m.entry_ids) for m in gazetteer.find(text)] == expected
