"""The demo entries' namesakes: who and what else goes by their names.

Shown to readers under an entry's title ("Not to be confused with"), as an
encyclopedia's hatnote; the linker leaves a name unlinked where the passage
around it speaks of the namesake. English title → (name, description) pairs,
in English and, for the Czech versions, in Czech.
"""

NAMESAKES = {
    "Dmitry Pavlov": [
        (
            "Ivan Pavlov",
            "Russian physiologist and Nobel laureate, known for conditioned "
            "reflexes and his experiments with dogs",
        ),
    ],
    "Günther Lützow": [
        (
            "Lützow (cruiser)",
            "German heavy cruiser of the Kriegsmarine, launched as Deutschland "
            "and renamed in 1940",
        ),
        (
            "Ludwig von Lützow",
            "Prussian officer of the Napoleonic wars who led the Lützow Free Corps",
        ),
    ],
    "Vasily Blyukher": [
        (
            "Gebhard Leberecht von Blücher",
            "Prussian field marshal who fought Napoleon at Waterloo",
        ),
        (
            "Blücher (cruiser)",
            "German heavy cruiser of the Kriegsmarine, sunk in the Oslofjord in "
            "April 1940",
        ),
    ],
    "Alexander Yegorov": [
        (
            "Mikhail Yegorov",
            "sergeant who with Meliton Kantaria raised the Victory Banner over the "
            "Reichstag in 1945",
        ),
    ],
    "Yakov Smushkevich": [
        (
            "Douglas Aircraft Company",
            "American aircraft maker of the DC-2 and DC-3 airliners",
        ),
    ],
    "Sudetenland": [
        (
            "Sudetes",
            "mountain range on the Czech–Polish border: the Giant Mountains with "
            "Sněžka, the Jizera Mountains and the Jeseníky, with ridge trails for "
            "hikers",
        ),
    ],
    "Škoda Works": [
        (
            "Škoda Auto",
            "car maker of Mladá Boleslav, today part of the Volkswagen group",
        ),
    ],
    "Guernica": [
        (
            "Guernica (painting)",
            "Pablo Picasso's canvas of 1937, shown in the Museo Reina Sofía in Madrid",
        ),
    ],
    "Dobrošov Fort": [
        (
            "Dobrošov",
            "hamlet on the ridge above Náchod with Jirásek's hut (Jiráskova chata), "
            "a lookout tower and a restaurant, a goal of walks",
        ),
    ],
    "Hermann Hoth": [
        (
            "Hoth",
            "the ice planet of the Star Wars films, with its snowspeeders, "
            "walkers and rebel base",
        ),
    ],
    "Hanička Fort": [
        (
            "Hanička",
            "pet form of the girl's name Hana: a daughter, sister, mother, "
            "grandmother or friend in family letters and memories",
        ),
    ],
}

CZECH_NAMESAKES = {
    "Dmitry Pavlov": [
        (
            "Ivan Petrovič Pavlov",
            "ruský fyziolog a nositel Nobelovy ceny, známý podmíněnými reflexy a "
            "pokusy se psy",
        ),
        (
            "Pavlov",
            "vinařská obec pod Pálavou u Mikulova, známá vínem a sklepy",
        ),
    ],
    "Günther Lützow": [
        (
            "Lützow (křižník)",
            "německý těžký křižník Kriegsmarine, spuštěný na vodu jako Deutschland "
            "a přejmenovaný v roce 1940",
        ),
        (
            "Ludwig von Lützow",
            "pruský důstojník napoleonských válek, velitel Lützowova svobodného sboru",
        ),
    ],
    "Vasily Blyukher": [
        (
            "Gebhard Leberecht von Blücher",
            "pruský polní maršál, který bojoval s Napoleonem u Waterloo",
        ),
        (
            "Blücher (křižník)",
            "německý těžký křižník Kriegsmarine potopený v dubnu 1940 v Oslofjordu",
        ),
    ],
    "Alexander Yegorov": [
        (
            "Michail Jegorov",
            "seržant, který s Melitonem Kantarijou vztyčil v roce 1945 prapor "
            "vítězství nad Reichstagem",
        ),
    ],
    "Nikolai Yezhov": [
        ("Ježov", "obec u Kyjova na Hodonínsku"),
    ],
    "Yakov Smushkevich": [
        (
            "Douglas",
            "americký výrobce letadel, dopravních letounů DC-2 a DC-3",
        ),
    ],
    "Orenburg": [
        (
            "Valerij Čkalov",
            "sovětský zkušební pilot, který v roce 1937 přeletěl přes severní pól "
            "do Ameriky",
        ),
    ],
    "Sudetenland": [
        (
            "Sudety (pohoří)",
            "pohoří na česko-polské hranici: Krkonoše se Sněžkou, Jizerské hory a "
            "Jeseníky, s hřebenovými turistickými trasami",
        ),
    ],
    "Plzeň": [
        (
            "plzeň (pivo)",
            "světlý ležák, jak se mu říká v hospodě, když se točí na čepu",
        ),
    ],
    "Škoda Works": [
        (
            "Škoda Auto",
            "automobilka v Mladé Boleslavi, dnes součást koncernu Volkswagen",
        ),
    ],
    "Guernica": [
        (
            "Guernica (obraz)",
            "plátno Pabla Picassa z roku 1937, vystavené v madridském muzeu Reina "
            "Sofía",
        ),
    ],
    "Dobrošov Fort": [
        (
            "Dobrošov",
            "osada na hřebeni nad Náchodem s Jiráskovou chatou, rozhlednou a "
            "restaurací, cíl turistických výletů",
        ),
    ],
    "Hermann Hoth": [
        (
            "Hoth",
            "ledová planeta z filmů Hvězdné války se sněžnými spídry, kráčejícími "
            "stroji a základnou povstalců",
        ),
    ],
    "Hanička Fort": [
        (
            "Hanička",
            "domácká podoba ženského jména Hana: dcera, sestra, maminka, babička "
            "či kamarádka v rodinných dopisech a vzpomínkách",
        ),
    ],
}
