"""The Czech side of the demo: the sections, one article and some two dozen entries.

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
            "Město na řece Voroněž zhruba 370 km jižně od Moskvy, od počátku 19. "
            "století známé minerálními prameny a lázněmi. Na jeho letišti působila "
            "v letech 1925–1933 tajná německá letecká a zkušební škola, kde se mimo "
            "dohled spojeneckých kontrolorů cvičili letci Reichswehru a zalétávala "
            "nová letadla. Letiště slouží armádě dodnes."
        ),
        "aliases": ["Lipecku", "Lipecka", "Lipeckem", "Lipetsk"],
        "country_then": "Sovětský svaz",
        "country_now": "Rusko",
    },
    "Voronezh": {
        "title": "Voroněž",
        "summary": (
            "Velké oblastní město na řece Voroněž, kousek nad jejím ústím do Donu. "
            "Petr Veliký si zde v 90. letech 17. století nechal stavět lodě pro "
            "tažení na Azov. Leží asi 110 km jižně od Lipecku a bylo nejbližším "
            "velkým městem u tamního německého letiště. V létě 1942 obsadila "
            "německá vojska jeho pravobřežní čtvrti a město zůstalo na frontě až do "
            "začátku roku 1943."
        ),
        "aliases": ["Voroněže", "Voroněži", "Voroněží"],
        "country_then": "Sovětský svaz",
        "country_now": "Rusko",
    },
    "Kazan": {
        "title": "Kazaň",
        "summary": (
            "Hlavní město Tatarstánu na levém břehu Volhy, nad ústím Kamy; v "
            "sovětské době metropole Tatarské autonomní republiky. Na okraji města "
            "působila v letech 1929–1933 tajná německá tanková škola pojmenovaná "
            "podle této řeky. Po odchodu Němců si areál ponechala Rudá armáda a dál "
            "v něm cvičila vlastní tankisty."
        ),
        "aliases": ["Kazaně", "Kazani", "Kazaní"],
        "country_then": "Sovětský svaz",
        "country_now": "Rusko",
    },
    "Volsk": {
        "title": "Volsk",
        "summary": (
            "Město na pravém břehu Volhy v Saratovské oblasti, odedávna známé "
            "cementárnami, které zpracovávají místní křídu a slín. V jeho okolí "
            "proběhly první německé zkoušky bojových plynů v rámci projektu Tomka. "
            "Práce se brzy přesunuly na polygon asi 15 km na západ, kolem něhož "
            "vyrostlo uzavřené město Šichany."
        ),
        "aliases": ["Volsku", "Volskem"],
        "country_then": "Sovětský svaz",
        "country_now": "Rusko",
    },
    "Shikhany": {
        "title": "Šichany",
        "summary": (
            "Uzavřené město v Saratovské oblasti asi 15 km západně od Volsku, "
            "vystavěné kolem polygonu pro zkoušky chemických zbraní. Sem se z okolí "
            "Volsku přesunuly německo-sovětské zkoušky Tomka, které běžely až do "
            "roku 1933. Po odchodu Němců zůstal polygon na desítky let hlavním "
            "střediskem sovětského výzkumu chemických zbraní a město je dodnes pro "
            "cizince uzavřené."
        ),
        "aliases": ["Šichan", "Šichanům", "Šichanech", "Shikhany"],
        "country_then": "Sovětský svaz",
        "country_now": "Rusko",
    },
    "Saratov Oblast": {
        "title": "Saratovská oblast",
        "summary": (
            "Region Ruska na dolní Volze se správním střediskem v Saratově. Leží v "
            "něm město Volsk i polygon Šichany, oba na pravém břehu řeky. V době "
            "zkoušek Tomka patřilo území k rozsáhlejšímu Dolnopovolžskému kraji; "
            "roku 1934 z něj vznikl Saratovský kraj, který se v prosinci 1936 stal "
            "Saratovskou oblastí."
        ),
        "aliases": ["Saratovské oblasti", "Saratovskou oblast", "Saratovskou oblastí"],
        "country_then": "Sovětský svaz",
        "country_now": "Rusko",
    },
    "Fili": {
        "title": "Fili",
        "summary": (
            "Čtvrť na západě Moskvy, jejíž letecký závod dostala roku 1922 do "
            "pronájmu firma Junkers, aby v něm stavěla celokovová letadla pro "
            "sovětské letectvo. Němci dodali mnohem méně strojů, než slíbili, a "
            "roku 1927 odešli. Závod se pak stal Státní leteckou továrnou č. 22, "
            "která stavěla Tupolevovy bombardéry TB-1 a TB-3; dnes areál patří "
            "Chruničevovu kosmickému středisku."
        ),
        "aliases": ["Filích", "Filí"],
        "country_then": "Sovětský svaz",
        "country_now": "Rusko",
    },
    "Moscow": {
        "title": "Moskva",
        "summary": (
            "Hlavním městem sovětského Ruska se Moskva stala v březnu 1918, kdy se "
            "sem z Petrohradu přestěhovala bolševická vláda. Ve dvacátých letech tu "
            "jednaly německý a sovětský generální štáb a němečtí důstojníci "
            "přednášeli na vojenských akademiích Rudé armády. V Kremlu byl 23. "
            "srpna 1939 podepsán německo-sovětský pakt o neútočení."
        ),
        "aliases": ["Moskvy", "Moskvě", "Moskvu", "Moskvou"],
        "country_then": "Sovětský svaz",
        "country_now": "Rusko",
    },
    "Rapallo": {
        "title": "Rapallo",
        "summary": (
            "Přímořské letovisko na ligurském pobřeží východně od Janova. Během "
            "janovské konference roku 1922 se tu sešly německá a sovětská delegace "
            "a 16. dubna podepsaly smlouvu, která nese jméno města. Rapallo už "
            "dříve dalo jméno smlouvě z roku 1920 mezi Itálií a Královstvím Srbů, "
            "Chorvatů a Slovinců."
        ),
        "aliases": ["Rapalla", "Rapallu", "Rapallem"],
        "country_then": "Itálie",
        "country_now": "Itálie",
    },
    "Versailles": {
        "title": "Versailles",
        "summary": (
            "Město západně od Paříže, které vyrostlo kolem zámku francouzských "
            "králů. V zámecké Zrcadlové síni byla 28. června 1919 podepsána mírová "
            "smlouva s Německem, a to ve stejném sále, kde bylo v lednu 1871 "
            "vyhlášeno Německé císařství."
        ),
        "country_then": "Francie",
        "country_now": "Francie",
    },
    "Orenburg": {
        "title": "Orenburg",
        "summary": (
            "Město na řece Ural na jižním Uralu, nedaleko hranice s Kazachstánem, "
            "založené v 18. století jako pohraniční pevnost. Polygon v jeho okolí "
            "sloužil prvním chemickým zkouškám, než se práce přesunuly do Šichan. V "
            "letech 1938–1957 neslo město jméno Čkalov, po zkušebním pilotovi "
            "Valeriji Čkalovovi."
        ),
        "aliases": ["Orenburgu", "Orenburgem", "Čkalov"],
        "country_then": "Sovětský svaz",
        "country_now": "Rusko",
    },
    "Dessau": {
        "title": "Dessau",
        "summary": (
            "Město ve středním Německu, v dnešním Sasku-Anhaltsku, nedaleko soutoku "
            "Muldy s Labem. Hugo Junkers tu vybudoval své letecké a motorové závody "
            "a od roku 1925 tu sídlila i škola Bauhaus. Kvůli leteckému průmyslu "
            "bylo město cílem spojeneckých náletů a v březnu 1945 bylo jeho centrum "
            "z velké části zničeno."
        ),
        "aliases": ["Desava", "Desavy", "Desavě", "Desavou"],
        "country_then": "Německo",
        "country_now": "Německo",
    },
    "Berlin": {
        "title": "Berlín",
        "summary": (
            "Hlavní město Německa za Výmarské republiky i za nacistického režimu. "
            "Sídlilo tu ministerstvo Reichswehru v takzvaném Bendlerblocku a odtud "
            "řídila Sondergruppe R tajné projekty v sovětském Rusku. V Berlíně byl "
            "v červnu 1922 zavražděn Walther Rathenau, který podepsal smlouvu z "
            "Rapalla."
        ),
        "aliases": ["Berlína", "Berlínu", "Berlíně", "Berlínem"],
        "country_then": "Německo",
        "country_now": "Německo",
    },
    "Kama River": {
        "title": "Kama",
        "summary": (
            "Největší přítok Volhy. Pramení v pahorkatině západně od Uralu, teče "
            "asi 1 800 km přes Perm a do Volhy se vlévá pod Kazaní. Podle ní "
            "dostala krycí jméno tajná německá tanková škola u Kazaně. Velkou část "
            "jejího toku dnes zadržují přehradní nádrže vodních elektráren."
        ),
        "aliases": ["Kamy", "Kamě", "Kamou", "řeka Kama", "řeky Kamy"],
        "country_then": "Sovětský svaz",
        "country_now": "Rusko",
    },
    "Saint Petersburg": {
        "title": "Petrohrad",
        "summary": (
            "Bývalé hlavní město carského Ruska na Baltu. Roku 1914 dostalo ruské "
            "jméno Petrograd, roku 1924 Leningrad a roku 1991 se vrátilo k "
            "původnímu Sankt-Petěrburg; hlavním městem přestalo být roku 1918, kdy "
            "se sovětská vláda přestěhovala do Moskvy. V roce 1925 sem lodí "
            "dorazilo padesát stíhaček Fokker D.XIII pro lipeckou školu a dál "
            "pokračovaly po železnici."
        ),
        "aliases": [
            "Petrohradu",
            "Petrohradě",
            "Petrohradem",
            "Leningrad",
            "Leningradu",
            "Leningradě",
            "Leningradem",
        ],
        "country_then": "Sovětský svaz",
        "country_now": "Rusko",
    },
    "Reichswehr": {
        "title": "Reichswehr",
        "summary": (
            "Ozbrojené síly Výmarské republiky, složené z pozemního vojska "
            "(Reichsheer) a malého námořnictva (Reichsmarine). Versailleská smlouva "
            "je omezila na 100 000 mužů a zakázala jim tanky, letadla i bojové "
            "plyny, a proto jejich velení hledalo možnosti výcviku a zkoušek v "
            "sovětském Rusku. Roku 1935, kdy Hitler obnovil brannou povinnost, byl "
            "Reichswehr přejmenován na Wehrmacht."
        ),
        "aliases": ["Reichswehru", "Reichswehrem"],
    },
    "Wissenschaftliche Versuchs- und Prüfanstalt für Luftfahrzeuge": {
        "title": "Letecká škola v Lipecku",
        "summary": (
            "Německá letecká škola a zkušební středisko v Lipecku, vydávané za "
            "vědecký ústav pro výzkum letadel. Pro Reichswehr fungovalo v letech "
            "1925–1933; na papíře šlo o útvar sovětského letectva, ve skutečnosti "
            "zde němečtí instruktoři cvičili stíhací piloty a pozorovatele a "
            "zalétávali nové prototypy. Školou prošlo několik set německých letců a "
            "mnozí z nich později zastávali vysoké funkce v Luftwaffe."
        ),
        "body": (
            "<p>Škola začala létat v létě 1925 s padesáti stíhačkami Fokker D.XIII, "
            "koupenými v Nizozemsku. Její personál nosil sovětské uniformy bez "
            "označení a piloti sem každé léto přijížděli jako civilisté.</p><p>Na "
            "začátku třicátých let byly důležitější zkoušky než výcvik: mimo dohled "
            "spojeneckých kontrolních komisí se tu zalétávaly prototypy firem "
            "Heinkel, Arado, Junkers a Dornier. Němci předali základnu v srpnu 1933 "
            "a poslední z nich odjeli v září.</p>"
        ),
        "aliases": [
            "Wissenschaftliche Versuchs- und Prüfanstalt für Luftfahrzeuge",
            "WIVUPAL",
            "lipecká škola",
            "lipecké školy",
            "lipeckou školu",
            "lipecké letecké školy",
        ],
    },
    "Panzerschule Kama": {
        "title": "Tanková škola Kama",
        "summary": (
            "Tajná německá tanková škola u Kazaně, kde se v letech 1929–1933 "
            "cvičili důstojníci Reichswehru spolu se sovětskými osádkami. Zkoušely "
            "se tu prototypy Grosstraktor i sovětské a zahraniční tanky. Německých "
            "frekventantů bylo v každém kurzu jen několik, ale řada z nich později "
            "velela tankovým svazkům wehrmachtu."
        ),
        "body": (
            "<p>Dohoda o škole padla roku 1926, výcvik začal v roce 1929. Němci "
            "sem přiváželi pokusná vozidla, která doma mít nesměli, a s sovětskými "
            "kolegy porovnávali, jak tanky nasazovat.</p><p>Škola skončila v roce "
            "1933; areál pak dál sloužil Rudé armádě jako tanková škola.</p>"
        ),
        # The English page's other names ("Kama", "Kama tank school") are kept.
        "aliases": [
            "Panzerschule Kama",
            "kazaňská tanková škola",
            "kazaňské tankové školy",
            "kazaňskou tankovou školu",
        ],
    },
    "Gas-Testgelände Tomka": {
        "title": "Zkušební středisko Tomka",
        "summary": (
            "Společná německo-sovětská zkušebna chemických zbraní, nejprve u "
            "Volsku a později v Šichanech, v provozu v letech 1928–1933. Němečtí "
            "chemici tu zkoušeli bojové látky, jejich rozprašování z letadel a "
            "dělostřelecké střely i ochranu proti nim."
        ),
        "aliases": ["Gas-Testgelände Tomka"],
    },
    "Fokker D.XIII": {
        "title": "Fokker D.XIII",
        "summary": (
            "Jednomístný dvouplošný stíhací letoun nizozemské firmy Fokker s "
            "britským motorem Napier Lion. Pod záminkou objednávky pro Argentinu "
            "koupilo Německo roku 1925 padesát kusů pro školu v Lipecku, kde "
            "zůstaly hlavním stíhacím typem až do jejího konce. Zhruba třicet "
            "strojů, které v roce 1933 zbyly, převzalo sovětské letectvo."
        ),
    },
    "Heinkel He 51": {
        "title": "Heinkel He 51",
        "summary": (
            "Jednomístný dvouplošný stíhač, jeden z prvních letounů nové Luftwaffe, "
            "ve službě od roku 1935. Ve Španělsku Legie Condor zjistila, že na "
            "sovětské stíhačky I-15 a I-16 nestačí, a nasadila ho proto k útokům na "
            "pozemní cíle. Brzy ho nahradil Messerschmitt Bf 109."
        ),
    },
    "Hans Jeschonnek": {
        "title": "Hans Jeschonnek",
        "summary": (
            "Německý letec vycvičený v Lipecku, který rychle stoupal v nové "
            "Luftwaffe a v únoru 1939 se stal náčelníkem jejího generálního štábu. "
            "Prosazoval střemhlavé bombardování a počítal s krátkou válkou; když "
            "sílily spojenecké nálety, padala na něj velká část viny. Dne 18. srpna "
            "1943, hned po náletech na Schweinfurt, Řezno a Peenemünde, se "
            "zastřelil."
        ),
        "nationality": "německá",
    },
    "Günther Lützow": {
        "title": "Günther Lützow",
        "summary": (
            "Stíhací pilot a velitel, který prošel Lipeckem, bojoval ve Španělsku v "
            "Legii Condor a v letech 1940–1941 vedl Jagdgeschwader 3. V lednu 1945 "
            "mluvil za velitele stíhacího letectva, kteří se postavili Göringovi, a "
            "byl za to odvelen. Jako pilot proudového Me 262 u jednotky JV 44 "
            "Adolfa Gallanda je od 24. dubna 1945 nezvěstný."
        ),
        "nationality": "německá",
    },
    "Hugo Sperrle": {
        "title": "Hugo Sperrle",
        "summary": (
            "Německý letec z první světové války, který zůstal v Reichswehru a v "
            "letech 1936–1937 se stal prvním velitelem Legie Condor ve Španělsku. "
            "Roku 1940 vedl 3. leteckou flotilu proti Francii a Británii a téhož "
            "roku byl povýšen na polního maršála. Po válce stanul před soudem v "
            "procesu s vrchním velením wehrmachtu a byl zproštěn viny."
        ),
        "aliases": ["generál Sander"],
        "nationality": "německá",
    },
    "Treaty of Versailles": {
        "title": "Versailleská smlouva",
        "summary": (
            "Mírová smlouva mezi Německem a spojeneckými mocnostmi, podepsaná 28. "
            "června 1919 a platná od ledna 1920. Její vojenská ustanovení omezila "
            "německou armádu na 100 000 mužů, zrušila generální štáb a zakázala "
            "tanky, vojenská letadla, ponorky i bojové plyny. Na jejich dodržování "
            "dohlížely spojenecké kontrolní komise."
        ),
        "aliases": [
            "Versailleské smlouvy",
            "Versailleskou smlouvu",
            "Versailleská mírová smlouva",
        ],
    },
    "Opening of the Lipetsk school": {
        "title": "Zahájení výcviku v Lipecku",
        "summary": (
            "Na letišti v Lipecku začíná létat německá škola; přes jaro a léto tu "
            "vyrostly hangáry a dílny. Prvními letadly jsou stíhačky Fokker D.XIII, "
            "dopravené z Nizozemska přes Leningrad. Prvních pět let školu vede "
            "major Walter Stahr."
        ),
    },
    "Closing of the Lipetsk school": {
        "title": "Konec lipecké školy",
        "aliases": ["uzavření lipecké školy", "zavření lipecké školy"],
        "summary": (
            "Dne 18. srpna 1933 předává německá škola lipeckou základnu sovětskému "
            "letectvu a 14. září odjíždějí poslední Němci. S Hitlerem u moci může "
            "Německo cvičit a zkoušet své letce doma. Lidé i vybavení se vracejí do "
            "Německa."
        ),
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
        "footnotes": [
            ("v roce 1925 pro ně našel místo v Lipecku", 2, ""),
            ("Prvními letadly bylo asi padesát stíhaček Fokker D.XIII", 2, ""),
            ("V létě 1925 stály dva hangáry a dílny", 3, ""),
            ("prvních pět let pod velením majora Waltera Stahra", 2, ""),
            ("Kurzy běžely přes léto a trvaly pět až šest měsíců", 1, ""),
            ("Zhruba od roku 1930 převážily nad výcvikem zkoušky", 1, ""),
            ("Heinkel He 45, He 46 a He 51", 5, ""),
            ("zkušební pilot Emil Thuy, stíhací eso z předchozí války", 2, ""),
            ("Hans Speidel později uvedl asi 450 letců všech odborností", 2, ""),
            (
                "Hans Jeschonnek, Wolfgang Falk, Günther Lützow, Johannes Trautloft a Hugo Sperrle",
                4,
                "",
            ),
            ("Základnu převzalo v srpnu 1933 sovětské letectvo", 2, ""),
        ],
        "figure": {
            "alt_text": "Boční pohled na jednomístný dvouplošný stíhací letoun.",
            "caption": "Stíhačka toho typu, na jakém se v Lipecku létalo.",
        },
    },
}

#: English slug → the Czech title and description of a series.
SERIES = {
    "schools-in-the-east": {
        "title": "Školy na východě",
        "description": (
            "Jak Reichswehr cvičil letce a tankisty a zkoušel bojové plyny na "
            "sovětské půdě, zatímco mu Versailleská smlouva doma všechny tři "
            "věci zakazovala."
        ),
    },
    "czechoslovakia-1938": {
        "title": "Československo 1938",
        "description": (
            "Opevnění, armáda a zbrojovky státu, který se v září 1938 připravil "
            "k obraně a dostal rozkaz nebránit se."
        ),
    },
}
