"""The linker on text as people write it: plurals, other orders, other
transliterations, Czech cases, and names that are parts of longer names."""

import importlib.util
import sys
from pathlib import Path

import pytest

from encyclopedia.czech_forms import case_forms
from encyclopedia.spellings import EntryNames
from encyclopedia.transliteration import latin_spellings

from .gazetteers import gazetteer_of

TUKHACHEVSKY, LIPETSK, VERSAILLES, TREATY, FOKKER, BERLIN = 1, 2, 3, 4, 5, 6
MOSCOW, RED_ARMY, VORONEZH, SEECKT, PACT = 7, 8, 9, 10, 11

ENGLISH = [
    EntryNames(TUKHACHEVSKY, "Mikhail Tukhachevsky", "person", "Михаил Тухачевский"),
    EntryNames(LIPETSK, "Lipetsk", "place", "Липецк"),
    EntryNames(VERSAILLES, "Versailles", "place"),
    EntryNames(TREATY, "Treaty of Versailles", "event"),
    EntryNames(FOKKER, "Fokker D.XIII", "equipment"),
    EntryNames(BERLIN, "Berlin", "place"),
    EntryNames(PACT, "Molotov–Ribbentrop Pact", "event"),
]
CZECH = [
    EntryNames(LIPETSK, "Lipeck", "place", "Липецк"),
    EntryNames(MOSCOW, "Moskva", "place", "Москва"),
    EntryNames(RED_ARMY, "Rudá armáda", "organisation"),
    EntryNames(VORONEZH, "Voroněž", "place", "Воронеж"),
    EntryNames(SEECKT, "Hans von Seeckt", "person"),
    EntryNames(FOKKER, "Fokker D.XIII", "equipment"),
]


def links(entries: list[EntryNames], language: str, text: str) -> list[tuple]:
    return [(m.surface, m.entry_id) for m in gazetteer_of(entries, language).find(text)]


def test_plurals_and_possessives_of_names_link():
    text = "Fifty Fokker D.XIIIs reached Lipetsk's airfield."
    assert links(ENGLISH, "en", text) == [
        ("Fokker D.XIIIs", FOKKER),
        ("Lipetsk", LIPETSK),
    ]


def test_a_name_in_another_order_links_its_entry_not_the_place_inside_it():
    assert links(ENGLISH, "en", "The Versailles Treaty forbade tanks.") == [
        ("Versailles Treaty", TREATY)
    ]
    assert links(ENGLISH, "en", "Poland fell under the Ribbentrop–Molotov Pact.") == [
        ("Ribbentrop–Molotov Pact", PACT)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "They walked in the Versailles Palace gardens.",
        "The Berlin Wall came down in 1989.",
        "The engineer Hugo Berlin designed it.",
        "The Treaty of Berlin renewed it in 1926.",
        'Her novel "A Long Night in Berlin" sold well.',
        "They crossed the Lipetsk river.",
    ],
)
def test_a_shorter_name_inside_a_longer_capitalised_name_does_not_link(text):
    assert links(ENGLISH, "en", text) == []


def test_a_name_inside_a_longer_name_of_what_it_is_still_links():
    for text in ("Lipetsk air base", "the Lipetsk Air Base", "General Tukhachevsky"):
        assert [entry for _surface, entry in links(ENGLISH, "en", text)] == [
            LIPETSK if "Lipetsk" in text else TUKHACHEVSKY
        ]


def test_a_german_name_links_with_a_title_of_nobility():
    thoma = EntryNames(40, "Wilhelm von Thoma", "person")
    text = "Wilhelm Ritter von Thoma taught at Kama."
    assert links([thoma], "en", text) == [("Wilhelm Ritter von Thoma", 40)]


@pytest.mark.parametrize(
    "spelling", ["Tuchatschewski", "Tukhachevskii", "Tuchačevskij", "Toukhatchevski"]
)
def test_other_transliterations_of_a_russian_name_link(spelling):
    assert links(ENGLISH, "en", f"Marshal {spelling} was shot.") == [
        (spelling, TUKHACHEVSKY)
    ]
    assert {"Lipetsk", "Lipezk", "Lipeck"} <= latin_spellings("Липецк")


@pytest.mark.parametrize(
    ("text", "surface", "entry"),
    [
        ("Letěli z Moskvy do Lipecka.", "Moskvy", MOSCOW),
        ("Letěli z Moskvy do Lipecka.", "Lipecka", LIPETSK),
        ("Velitelé Rudé armády přijeli.", "Rudé armády", RED_ARMY),
        ("Cvičili s Rudou armádou.", "Rudou armádou", RED_ARMY),
        ("Škola v Lipecku byla tajná.", "Škola v Lipecku".split()[-1], LIPETSK),
        ("Jeli k Voroněži.", "Voroněži", VORONEZH),
        ("Setkali se se Seecktem.", "Seecktem", SEECKT),
        ("Padesát fokkerů D.XIII odplulo.", "fokkerů D.XIII", FOKKER),
        ("O Tuchačevském psal v Lipetsku.", "Lipetsku", LIPETSK),
    ],
)
def test_a_czech_name_alone_links_its_declined_forms(text, surface, entry):
    assert (surface, entry) in links(CZECH, "cs", text)


def test_czech_forms_decline_the_words_of_a_name_together():
    forms = case_forms("Rudá armáda")
    assert {"Rudé armády", "Rudou armádou", "Rudé armádě"} <= forms
    assert "Rudou armády" not in forms
    assert case_forms("Bitva u Chalchyn golu") >= {"Bitvy u Chalchyn golu"}
    assert {"Tuchačevského", "Tuchačevským"} <= case_forms("Tuchačevskij", person=True)
    # The mobile e, and a verbal noun whose genitive after it keeps its case.
    assert case_forms("Konec lipecké školy") >= {
        "Konce lipecké školy",
        "Koncem lipecké školy",
    }
    assert case_forms("Otevření lipecké školy") == {
        "Otevření lipecké školy",
        "Otevřením lipecké školy",
    }
    assert {"štuky", "štuk", "štukami"} <= case_forms("štuka", plural=True)
    # Spoken Czech, as forums write it: "se štukama", "se Sudetama".
    assert "štukama" in case_forms("štuka", plural=True)
    assert "Sudetama" in case_forms("Sudety")
    assert "stodevítek" in case_forms("stodevítka", plural=True)  # the mobile e
    # Only people are called to: "Haničko" is a girl, never the fort.
    assert "Haničko" not in case_forms("Hanička")
    assert "Haničko" in case_forms("Hanička", person=True)
    # A river's name takes the case of the word "řeka" before it.
    assert {"řece Kamě", "řeky Kamy", "řekou Kamou"} <= case_forms("řeka Kama")


MUNICH, AGREEMENT, KAMA_RIVER, KAMA_SCHOOL, AWARD, JUNKERS, PAVLOV, FIEBIG = range(
    20, 28
)
INVASION, FORT, LIPETSK_SCHOOL, ORENBURG, CHKALOV = 28, 29, 30, 31, 32
SIXTH_ARMY, HACHA, SKODA, RICHTHOFEN = 33, 34, 35, 36
KHALKHIN_GOL, BATTLE_OF_KHALKHIN_GOL, CONDOR, LUTZOW, SVOBODA = 37, 38, 39, 40, 41
F = False
CONTEXT_EN = [
    *ENGLISH,
    EntryNames(MUNICH, "Munich", "place"),
    EntryNames(AGREEMENT, "Munich Agreement", "event"),
    EntryNames(KAMA_RIVER, "Kama River", "place", aliases=(("Kama", False, False),)),
    EntryNames(
        KAMA_SCHOOL,
        "Panzerschule Kama",
        "organisation",
        aliases=(("Kama", False, False),),
    ),
    EntryNames(
        AWARD, "First Vienna Award", "event", aliases=(("Vienna Award", False, False),)
    ),
    EntryNames(JUNKERS, "Junkers", "organisation"),
    EntryNames(FIEBIG, "Martin Fiebig", "person"),
    EntryNames(MOSCOW, "Moscow", "place"),
    EntryNames(
        INVASION,
        "German invasion of the Soviet Union",
        "event",
        aliases=(("Operation Barbarossa", False, False),),
    ),
    EntryNames(FORT, "Hanička Fort", "place"),
    EntryNames(LIPETSK_SCHOOL, "Lipetsk school", "organisation"),
    EntryNames(PAVLOV, "Dmitry Pavlov", "person"),
    EntryNames(ORENBURG, "Orenburg", "place", aliases=(("Chkalov", False, False),)),
    EntryNames(CHKALOV, "Valery Chkalov", "person"),
    EntryNames(
        SIXTH_ARMY,
        "6th Army (Wehrmacht)",
        "unit",
        aliases=(("6th Army", False, False), ("German 6th Army", False, False)),
    ),
    EntryNames(CONDOR, "Legion Condor", "unit", aliases=(("Condor Legion", F, F),)),
    EntryNames(LUTZOW, "Günther Lützow", "person"),
    EntryNames(HACHA, "Emil Hácha", "person"),
    EntryNames(
        SKODA, "Škoda Works", "organisation", aliases=(("Škoda", False, False),)
    ),
    EntryNames(RICHTHOFEN, "Wolfram von Richthofen", "person"),
    EntryNames(
        KHALKHIN_GOL,
        "Khalkhin Gol (river)",
        "place",
        aliases=(("Khalkhin Gol", False, False),),
    ),
    EntryNames(
        BATTLE_OF_KHALKHIN_GOL,
        "Battle of Khalkhin Gol",
        "event",
        aliases=(("Nomonhan", False, False),),
    ),
]
CONTEXT_CS = [
    *CZECH,
    EntryNames(MUNICH, "Mnichov", "place"),
    EntryNames(AGREEMENT, "Mnichovská dohoda", "event"),
    EntryNames(
        AWARD,
        "První vídeňská arbitráž",
        "event",
        aliases=(("vídeňská arbitráž", False, False),),
    ),
    EntryNames(PAVLOV, "Dmitrij Pavlov", "person", "Дмитрий Павлов"),
    EntryNames(
        KHALKHIN_GOL,
        "Chalchyn gol",
        "place",
        # As the demo lists them: the generator declines a name's first noun.
        aliases=(
            ("Chalchyn golu", False, True),
            ("řeka Chalchyn gol", False, False),
        ),
    ),
    EntryNames(BATTLE_OF_KHALKHIN_GOL, "Bitva u Chalchyn golu", "event"),
    EntryNames(SVOBODA, "Ludvík Svoboda", "person"),
]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A place stands for the event named after it where the words say so.
        ("en", "After Munich the forts were given up.", [("Munich", AGREEMENT)]),
        ("en", "He studied in Munich.", [("Munich", MUNICH)]),
        ("cs", "Po Mnichovu armáda odešla.", [("Mnichovu", AGREEMENT)]),
        ("cs", "Studoval v Mnichově.", [("Mnichově", MUNICH)]),
        ("cs", "30. září 1938 – V Mnichově jednali.", [("Mnichově", MUNICH)]),
        # A colon or a line does not start a sentence written without capitals.
        ("cs", "Požadavky: svoboda slova.", []),
        ("cs", "Ptali se: kdo byl Svoboda?", [("Svoboda", SVOBODA)]),
        ("en", "The forts were unfinished when Munich came.", [("Munich", AGREEMENT)]),
        ("en", "For Czechs 'Munich' means betrayal.", [("Munich", AGREEMENT)]),
        ("en", "Beneš accepted the terms of Munich.", [("Munich", AGREEMENT)]),
        ("cs", "Pak přišel Mnichov.", [("Mnichov", AGREEMENT)]),
        ("en", "Munich lies on the Isar.", [("Munich", MUNICH)]),
        ("en", "Munich was the West's great defeat.", [("Munich", AGREEMENT)]),
        ("en", "Munich was a city of beer halls.", [("Munich", MUNICH)]),
        ("en", "By Munich only half the forts were done.", [("Munich", AGREEMENT)]),
        ("en", "It was so by the time of Munich.", [("Munich", AGREEMENT)]),
        ("en", "Czechs speak of the Munich betrayal.", [("Munich", AGREEMENT)]),
        ("en", "Slovaks had their own Munich.", [("Munich", AGREEMENT)]),
        # Czech "do" is "until" where it opens a clause, "to" after a verb.
        ("cs", "A do Mnichova se stihla jen část.", [("Mnichova", AGREEMENT)]),
        ("cs", "Chamberlain přiletěl do Mnichova.", [("Mnichova", MUNICH)]),
        ("cs", "Ve dnech Mnichova se bránit chtěl.", [("Mnichova", AGREEMENT)]),
        ("en", "A week later came Munich.", [("Munich", AGREEMENT)]),
        ("en", "1938, 30 September: Munich.", [("Munich", AGREEMENT)]),
        ("en", "The carve-ups that followed Munich.", [("Munich", AGREEMENT)]),
        ("en", "The terms dictated at Munich.", [("Munich", AGREEMENT)]),
        ("en", "He is good on the road to Munich.", [("Munich", AGREEMENT)]),
        ("cs", "Začala v září; do Mnichova se stihla část.", [("Mnichova", AGREEMENT)]),
        ("cs", "Téma Mnichov 1938.", [("Mnichov", AGREEMENT)]),
        ("en", "Germans remember the Munich of 1938.", [("Munich", AGREEMENT)]),
        ("en", "It was the work of the Munich years.", [("Munich", AGREEMENT)]),
        ("en", "3: Operation Munich was planned.", []),
        ("cs", "V době Mnichova byla hotová jen část.", [("Mnichova", AGREEMENT)]),
        # A name joined by a dash to another word is part of a longer name.
        ("en", "The Berlin–Baghdad railway.", []),
        # An initial that begins none of the man's first names: another man.
        ("cs", "S pozdravem J. Svoboda, Ostrava", []),
        ("cs", "Sbor vedl L. Svoboda.", [("Svoboda", SVOBODA)]),
        # "Is called": the name itself, not the man ("appointed by" is the man).
        ("cs", "Naše rodina se jmenuje Svoboda.", []),
        ("cs", "Jmenuju se Svoboda.", []),
        ("cs", "Velitelem jmenoval Svoboda jiného.", [("Svoboda", SVOBODA)]),
        # A battle named in Czech at a place is another than the place's entry.
        ("cs", "Bitva o Moskvu začala v říjnu.", []),
        ("cs", "Do Moskvy dorazil v říjnu.", [("Moskvy", MOSCOW)]),
        # Someone's Munich is neither the city nor plainly the agreement.
        ("en", "Chamberlain's Munich was a surrender.", []),
        # A place listed with institutions stands for the one named after it.
        (
            "en",
            "In 1933 Lipetsk and Panzerschule Kama closed.",
            [("Lipetsk", LIPETSK_SCHOOL), ("Panzerschule Kama", KAMA_SCHOOL)],
        ),
        ("en", "Pavlov's House held out.", []),
        ("en", "The Lipetsk rosters are incomplete.", [("Lipetsk", LIPETSK_SCHOOL)]),
        (
            "en",
            "After his course at Lipetsk he flew.",
            [("Lipetsk", LIPETSK_SCHOOL)],
        ),
        ("en", "He trained as an airman at Lipetsk.", [("Lipetsk", LIPETSK_SCHOOL)]),
        ("en", "Many passed through Lipetsk.", [("Lipetsk", LIPETSK_SCHOOL)]),
        ("en", "The Lipetsk flying school opened.", [("Lipetsk", LIPETSK_SCHOOL)]),
        ("en", "They stepped off the train at Lipetsk.", [("Lipetsk", LIPETSK)]),
        ("en", "He went to Lipetsk by rail.", [("Lipetsk", LIPETSK)]),
        # A river a battle is named after is the battle unless the words say river.
        (
            "en",
            "After Spain came Khalkhin Gol.",
            [("Khalkhin Gol", BATTLE_OF_KHALKHIN_GOL)],
        ),
        (
            "en",
            "The Japanese crossed the Khalkhin Gol.",
            [("Khalkhin Gol", KHALKHIN_GOL)],
        ),
        (
            "cs",
            "Ze Španělska šel na Chalchyn gol.",
            [("Chalchyn gol", BATTLE_OF_KHALKHIN_GOL)],
        ),
        ("cs", "Japonci došli k Chalchyn golu.", [("Chalchyn golu", KHALKHIN_GOL)]),
        ("cs", "Tekla tam řeka Chalchyn gol.", [("řeka Chalchyn gol", KHALKHIN_GOL)]),
        ("cs", "Bojovali u řeky Chalchyn gol.", [("řeky Chalchyn gol", KHALKHIN_GOL)]),
        ("cs", "Chalchyn gol teče do jezera Bujr.", [("Chalchyn gol", KHALKHIN_GOL)]),
        (
            "en",
            "Mongols still speak of the Khalkhin Gol war.",
            [("Khalkhin Gol", BATTLE_OF_KHALKHIN_GOL)],
        ),
        # An event's other name can be a settlement's.
        ("en", "They camped near the village of Nomonhan.", []),
        # A chronology's place after a year stands for its event.
        ("en", "1937 – Guernica; 1938 – Munich.", [("Munich", AGREEMENT)]),
        # Another nation's army of the number, another man of the surname.
        ("en", "The Soviet 6th Army died at Uman.", []),
        ("en", "The German 6th Army froze.", [("German 6th Army", SIXTH_ARMY)]),
        ("en", "The German Condor Legion flew.", [("Condor Legion", CONDOR)]),
        ("en", "The cruiser Lützow's guns fired.", []),
        ("en", "In 1938, Munich was a city of beer.", [("Munich", MUNICH)]),
        ("en", "Munich was far from the war.", [("Munich", MUNICH)]),
        ("en", "Munich used to be a capital.", [("Munich", MUNICH)]),
        ("en", "Paulus led the 6th Army.", [("6th Army", SIXTH_ARMY)]),
        ("en", "Emil Škoda bought the works.", []),
        ("en", "Lorries came from Škoda.", [("Škoda", SKODA)]),
        # A name given to a thing, in quotation marks after it.
        ("en", 'Jagdgeschwader "Richthofen" flew biplanes.', []),
        ("en", 'He served under "Richthofen" in Spain.', [("Richthofen", RICHTHOFEN)]),
        ("en", "JG 132 Richthofen flew biplanes.", []),
        ("en", "Jagdgeschwader 132 'Richthofen' flew.", []),
        ("en", "In 1936 Richthofen flew to Spain.", [("Richthofen", RICHTHOFEN)]),
        # A rank below an officer's, another first name: another man.
        ("en", "Sergeant Lützow wrote home.", []),
        ("en", "Not to be confused with Peter Lützow, a baker.", []),
        ("en", "In Spain Lützow shot down five.", [("Lützow", LUTZOW)]),
        # A ship renamed after him, "the" man of another time, a relative's name.
        ("en", "The ship was renamed Lützow.", []),
        ("en", "It was named for the Lützow of the Free Corps.", []),
        ("en", "The Lützow who flew in Spain led JG 3.", [("Lützow", LUTZOW)]),
        ("en", "A pilot named Lützow flew.", [("Lützow", LUTZOW)]),
        ("en", "He took his daughter Hanička along.", []),
        ("en", "Her maiden name was Lützow.", []),
        (
            "en",
            "It took him to Lipetsk to test new types.",
            [("Lipetsk", LIPETSK_SCHOOL)],
        ),
        # A shared name: a person's verb after it, "was called" before it.
        ("en", "Chkalov was killed in 1938.", [("Chkalov", CHKALOV)]),
        (
            "en",
            "Orenburg was called Chkalov.",
            [("Orenburg", ORENBURG), ("Chkalov", ORENBURG)],
        ),
        ("en", "Our Hanička (6 years) loved it.", []),
        ("cs", "S pozdravem Ing. Ludvík Svoboda, Brno", [("Ludvík Svoboda", SVOBODA)]),
        ("cs", "S pozdravem Ing. Karel Svoboda, Brno", []),
        ("en", "My grandmother was a Lützow from Silesia.", []),
        ("en", "It was a Lützow idea.", [("Lützow", LUTZOW)]),
        ("en", "Manfred von Richthofen fell in 1918.", []),
        ("en", "Gustav Lützow von Bohlen ran it.", []),
        (
            "en",
            "Orenburg was renamed Chkalov in 1938.",
            [("Orenburg", ORENBURG), ("Chkalov", ORENBURG)],
        ),
        # An ordinal makes another of its kind.
        ("en", "The Second Vienna Award concerned Romania.", []),
        ("en", "The Vienna Award gave Hungary the south.", [("Vienna Award", AWARD)]),
        ("cs", "Druhá vídeňská arbitráž se týkala Rumunska.", []),
        # …but "the first" of a name with no ordinal in it is that thing.
        ("cs", "První Fokkery D.XIII dorazily.", [("Fokkery D.XIII", FOKKER)]),
        # After a semicolon a capital begins a name, not a sentence.
        ("en", "It closed; Hugo Junkers lost heavily.", []),
        # A name followed by another found name is not a longer name.
        (
            "en",
            "In Moscow Martin Fiebig led the advisers.",
            [("Moscow", MOSCOW), ("Martin Fiebig", FIEBIG)],
        ),
        # A name shared by two entries: said of the school, or named once in full.
        ("en", "He taught at the Kama school.", [("Kama", KAMA_SCHOOL)]),
        (
            "en",
            "Panzerschule Kama, or simply Kama, opened.",
            [("Panzerschule Kama", KAMA_SCHOOL), ("Kama", KAMA_SCHOOL)],
        ),
        # English writes a river with "the": "at Kama" is the school.
        ("en", "He taught at Kama.", [("Kama", KAMA_SCHOOL)]),
        # The proper name without the word for what it is.
        ("en", "Barbarossa began in June.", [("Barbarossa", INVASION)]),
        ("en", "Hanička was finished.", [("Hanička", FORT)]),
        # A Russian name with its patronymic is one man; with another's, not.
        (
            "cs",
            "Velel Dmitrij Grigorjevič Pavlov.",
            [("Dmitrij Grigorjevič Pavlov", PAVLOV)],
        ),
        ("cs", "Nemá nic s fyziologem Ivanem Petrovičem Pavlovem.", []),
    ],
)
def test_the_words_around_a_name_decide_what_it_names(language, text, expected):
    entries = CONTEXT_CS if language == "cs" else CONTEXT_EN
    assert links(entries, language, text) == expected


SHARED = {
    "en": [
        EntryNames(
            KAMA_RIVER, "Kama River", "place", aliases=(("Kama", False, False),)
        ),
        EntryNames(
            KAMA_SCHOOL,
            "Panzerschule Kama",
            "organisation",
            aliases=(("Kama", False, False),),
        ),
    ],
    "cs": [
        EntryNames(KAMA_RIVER, "Kama", "place", aliases=(("řeka Kama", False, False),)),
        EntryNames(
            KAMA_SCHOOL,
            "Tanková škola Kama",
            "organisation",
            aliases=(("Kama", False, False),),
        ),
    ],
}
SUMMARIES = {
    "en": {
        KAMA_RIVER: "The largest tributary of the Volga; dams hold it back at Perm.",
        KAMA_SCHOOL: "The secret tank school where Reichswehr officers trained.",
    },
    "cs": {
        KAMA_RIVER: "Největší přítok Volhy; přes Perm ji dnes zadržují přehrady.",
        KAMA_SCHOOL: "Tajná tanková škola, kde se cvičili důstojníci Reichswehru.",
    },
}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Guderian visited Kama in 1932.", KAMA_SCHOOL),
        ("en", "It is named after the Kama, which joins the Volga.", KAMA_RIVER),
        ("en", "Kama flows into the Volga.", KAMA_RIVER),
        ("en", "Dams hold back the upper Kama at Perm.", KAMA_RIVER),  # by topic
        ("en", "the Kama course lists name every Reichswehr tank officer", KAMA_SCHOOL),
        ("cs", "Kama měří 1 800 km a u Permu ji zadržují přehrady.", KAMA_RIVER),
        ("cs", "V Kamě se cvičili důstojníci Reichswehru na tancích.", KAMA_SCHOOL),
        ("cs", "Na řece Kamě stojí Perm.", KAMA_RIVER),
        ("cs", "Kama je dlouhá.", None),  # nothing says which: left to the editor
    ],
)
def test_a_name_two_entries_share_is_decided_by_the_passage(language, text, expected):
    gazetteer = gazetteer_of(SHARED[language], language)
    gazetteer.learn_topics(SUMMARIES[language].items())
    (match,) = gazetteer.find(text)
    assert match.entry_id == expected
    assert match.ambiguous is (expected is None)


def test_the_development_set_keeps_its_recall_and_precision():
    path = Path(__file__).resolve().parents[2] / "bench" / "linker_quality.py"
    spec = importlib.util.spec_from_file_location("linker_quality", path)
    quality = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = quality  # its dataclasses look their module up
    spec.loader.exec_module(quality)
    for language in ("en", "cs"):
        result = quality.score(
            quality.DEVSET / f"dev.{language}.txt", language, False, False
        )
        assert result.recall >= 0.93, (language, result)
        assert result.precision >= 0.95, (language, result)
