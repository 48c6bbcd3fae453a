"""The Czech side of the demo: the sections, one article and a dozen entries.

Written in Czech for Garrison's demo. Each translation is keyed by the English
page it translates. Czech declines names, so the entries list the inflected
forms the article uses ("v Lipecku", "u Voroněže") as other names, which is how
editors teach the linker Czech.
"""

HOME = {
    "title": "Garrison",
    "intro": (
        "Časopis a encyklopedie vojenské historie, které píše, ověřuje a "
        "opravuje jejich komunita. U každého článku najdete prameny."
    ),
    "join_title": "Přidejte se",
    "join_text": (
        "Zkoumáte vojenské dějiny, píšete, redigujete, moderujete diskuse, "
        "kreslíte mapy a schémata, točíte videa nebo překládáte? Garrison tvoří "
        "lidé jako vy. Přidejte se a pomozte čtenářům najít historii, které "
        "mohou věřit."
    ),
}

SECTIONS = {
    "articles": {
        "title": "Magazín",
        "slug": "magazin",
        "intro": "Dlouhé texty o vojenské historii, každý se svými prameny.",
    },
    "encyclopedia": {
        "title": "Encyklopedie",
        "slug": "encyklopedie",
        "intro": (
            "Osobnosti, jednotky, organizace, technika, místa a události, každé "
            "heslo s daty, souvislostmi a prameny."
        ),
    },
}

#: English title → the Czech version of the entry.
ENTRIES = {
    "Lipetsk": {
        "title": "Lipeck",
        "summary": (
            "Město na řece Voroněž jižně od Moskvy. Na jeho letišti působila v "
            "letech 1925–1933 tajná německá letecká a zkušební škola."
        ),
        "aliases": ["Lipecku", "Lipecka", "Lipeckem", "Lipetsk"],
    },
    "Voronezh": {
        "title": "Voroněž",
        "summary": (
            "Oblastní město na Donu, nejbližší velké město u lipeckého letiště."
        ),
        "aliases": ["Voroněže", "Voroněží"],
    },
    "Reichswehr": {
        "title": "Reichswehr",
        "summary": (
            "Ozbrojené síly Výmarské republiky. Versailleská smlouva je omezila "
            "na 100 000 mužů a zakázala jim tanky, letadla i bojové plyny."
        ),
        "aliases": ["Reichswehru", "Reichswehrem"],
    },
    "Wissenschaftliche Versuchs- und Prüfanstalt für Luftfahrzeuge": {
        "title": "Letecká škola v Lipecku",
        "summary": (
            "Německá letecká škola a zkušební středisko v Lipecku, vydávané za "
            "vědecký ústav. Pro Reichswehr fungovalo v letech 1925–1933."
        ),
        "body": (
            "<p>Škola začala létat v létě 1925 s padesáti stíhačkami Fokker "
            "D.XIII, koupenými v Nizozemsku. Její personál nosil sovětské "
            "uniformy bez označení a piloti sem každé léto přijížděli jako "
            "civilisté.</p><p>Na začátku třicátých let byly důležitější zkoušky "
            "než výcvik: mimo dohled spojeneckých kontrolních komisí se tu "
            "zalétávaly prototypy firem Heinkel, Arado, Junkers a Dornier. Němci "
            "předali základnu v srpnu 1933 a poslední z nich odjeli v září.</p>"
        ),
        "aliases": [
            "lipecká škola",
            "lipecké školy",
            "lipeckou školu",
            "lipecké letecké školy",
        ],
    },
    "Fokker D.XIII": {
        "title": "Fokker D.XIII",
        "summary": (
            "Nizozemský dvouplošný stíhací letoun; padesát kusů koupilo Německo "
            "pro školu v Lipecku."
        ),
    },
    "Heinkel He 51": {
        "title": "Heinkel He 51",
        "summary": (
            "Dvouplošný stíhač rané Luftwaffe, později nasazený Legií Condor ve "
            "Španělsku."
        ),
    },
    "Hans Jeschonnek": {
        "title": "Hans Jeschonnek",
        "summary": (
            "Důstojník vycvičený v Lipecku, pozdější náčelník generálního štábu "
            "Luftwaffe."
        ),
    },
    "Günther Lützow": {
        "title": "Günther Lützow",
        "summary": (
            "Stíhací pilot a velitel, který prošel Lipeckem; od dubna 1945 nezvěstný."
        ),
    },
    "Hugo Sperrle": {
        "title": "Hugo Sperrle",
        "summary": (
            "Německý letecký velitel, který ve Španělsku vedl Legii Condor a "
            "později leteckou flotilu na západě."
        ),
    },
    "Treaty of Versailles": {
        "title": "Versailleská smlouva",
        "summary": (
            "Mírová smlouva, která omezila německou armádu na 100 000 mužů a "
            "zakázala jí tanky, vojenská letadla a bojové plyny."
        ),
        "aliases": [
            "Versailleské smlouvy",
            "Versailleskou smlouvu",
            "Versailleská mírová smlouva",
        ],
    },
    "Opening of the Lipetsk school": {
        "title": "Zahájení výcviku v Lipecku",
        "summary": "Na letišti v Lipecku začíná létat německá škola.",
    },
    "Closing of the Lipetsk school": {
        "title": "Konec lipecké školy",
        "summary": ("Základnu přebírá sovětské letectvo a poslední Němci odjíždějí."),
    },
}

#: English slug → the Czech version of the article.
ARTICLES = {
    "lipetsk-flying-school": {
        "title": "Lipeck: německé letectvo, které oficiálně neexistovalo",
        "slug": "lipecka-letecka-skola",
        "tags": ["Lipeck", "Letectví", "Reichswehr", "Meziválečný výcvik"],
        "standfirst": (
            "Osm let se v ruském lázeňském městě na řece Voroněž cvičili stíhací "
            "piloti a pozorovatelé, které Německo podle mírové smlouvy mít "
            "nesmělo."
        ),
        "image_alt": (
            "Náčrt mapy západního Ruska s Moskvou, Lipeckem, Kazaní a Volskem, "
            "na západě Berlín."
        ),
        "body": [
            (
                "paragraph",
                "<p>Versailleská smlouva Německu zakázala jakákoli vojenská "
                "letadla. Reichswehr přesto potřeboval piloty, kteří by znali "
                "moderní stíhačky, a v roce 1925 pro ně našel místo v Lipecku, "
                "zhruba čtyři sta kilometrů jižně od Moskvy, nedaleko "
                "Voroněže.</p>",
            ),
            (
                "facts",
                {
                    "title": "Lipeck v kostce",
                    "rows": [
                        {
                            "label": "Oficiální název",
                            "value": "Wissenschaftliche Versuchs- und Prüfanstalt für Luftfahrzeuge",
                        },
                        {"label": "Otevřena", "value": "15. 7. 1925"},
                        {"label": "Předána", "value": "srpen 1933"},
                        {
                            "label": "První letadla",
                            "value": "asi 50 stíhaček Fokker D.XIII",
                        },
                        {
                            "label": "Velitel",
                            "value": "major Walter Stahr, zhruba pět let",
                        },
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Prvními letadly bylo asi padesát stíhaček Fokker D.XIII, "
                "koupených roku 1923 v Nizozemsku z peněz, které stát odložil "
                "stranou během krize v Porúří. Do Leningradu dorazily lodí a dál "
                "jely po železnici. V létě 1925 stály dva hangáry a dílny a v "
                "červenci se začalo létat.</p>"
                "<p>Na papíře byla škola sovětským útvarem. Ve skutečnosti ji "
                "vedli Němci, prvních pět let pod velením majora Waltera Stahra. "
                "Němečtí instruktoři a technici chodili v civilu nebo v "
                "sovětských uniformách bez hodnostních označení a jejich rodiny "
                "si ve městě pronajímaly domy pod dohledem sovětské tajné "
                "policie.</p>",
            ),
            ("heading", {"text": "Výcvik a zkoušky", "level": "h2"}),
            (
                "paragraph",
                "<p>Kurzy běžely přes léto a trvaly pět až šest měsíců. "
                "Instruktoři byli veteráni první světové války; frekventanti "
                "cvičili let ve formaci, vzdušný boj, bombardování a let podle "
                "přístrojů. Díky fotokulometům mohli svádět cvičné souboje a "
                "počítat zásahy bez ostré munice.</p>"
                "<p>Zhruba od roku 1930 převážily nad výcvikem zkoušky. Nové "
                "německé konstrukce se vozily na východ, aby mohly létat tam, kam "
                "žádný kontrolor nedohlédl: mimo jiné Heinkel He 45, He 46 a He "
                "51, Arado Ar 64 a Ar 65, Dornier Do 11 a letouny firmy Junkers. "
                "Zkoušelo se i zimní létání na lyžích.</p>",
            ),
            ("figure_placeholder", "aircraft"),
            (
                "paragraph",
                "<p>Nehody byly časté, hlavně při přistání. Většinou skončily "
                "rozbitým strojem, ne mrtvým letcem, ale ne vždy: zkušební pilot "
                "Emil Thuy, stíhací eso z předchozí války, zahynul roku 1930 při "
                "havárii v Sovětském svazu.</p>"
                "<p>Odhady, kolik Němců školou prošlo, se liší podle toho, co se "
                "počítá. Hans Speidel později uvedl asi 450 letců všech "
                "odborností. Seznam bývalých frekventantů a instruktorů se čte "
                "jako přehled velitelů pozdější Luftwaffe: patřili k nim Hans "
                "Jeschonnek, Wolfgang Falk, Günther Lützow, Johannes Trautloft a "
                "Hugo Sperrle.</p>",
            ),
            ("heading", {"text": "Konec školy", "level": "h2"}),
            (
                "paragraph",
                "<p>Na začátku třicátých let důvody k pobytu v Rusku slábly. "
                "Spojenecké kontrolní komise odešly, peněz bylo málo a Německo se "
                "chystalo zbrojit otevřeně. Základnu převzalo v srpnu 1933 "
                "sovětské letectvo a poslední Němci odjeli v září.</p>"
                "<p>Druhý díl seriálu sleduje armádu do Kazaně a chemiky k "
                "Volze.</p>",
            ),
        ],
        "figure": {
            "alt_text": "Boční pohled na jednomístný dvouplošný stíhací letoun.",
            "caption": "Stíhačka toho typu, na jakém se v Lipecku létalo.",
        },
    },
}
