"""The words that tell what a name in a text means: ranks and titles before a
person's name, the words that make a place's name its event ("after Munich")
or its school ("a Lipetsk graduate"), a river's verbs, the words that make a
name another thing's ("the cruiser Lützow"), in English and Czech.

Read by :mod:`.context`, whose rules use them, and kept apart so that a word
can be added where a reader finds the list.
"""

from __future__ import annotations

import re
import unicodedata


def _plain(word: str) -> str:
    """The word without its diacritics, in its own case: "před" -> "pred"."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)
    )


#: A Russian patronymic as English, German and Czech write it, in any case:
#: "Grigoryevich", "Grigorjewitsch", "Grigorjeviče", "Ivanovna".
PATRONYMIC_ENDINGS = tuple(
    f"{vowel}{ending}"
    for vowel in "oe"
    for ending in """vich vitch witsch vič viče viči vičem vičovi vna vny vně vnu
    vnou wna""".split()
)

#: Adjectives of nations and sides: "the Soviet 6th Army" is not the German one.
NATIONALITIES = frozenset(
    """german soviet russian red white czech czechoslovak slovak japanese spanish
    british french polish mongolian italian nationalist republican nazi
    bavarian prussian austrian hungarian romanian finnish american chinese
    sovětská sovětské sovětský japonská japonské japonský německá""".split()
)
#: Capitalised words that may stand beside a name without making a longer
#: name of it: ranks, titles, nationalities and months before it ("General
#: Guderian", "the Soviet Lipetsk"), what it is the name of after it
#: ("Lipetsk Air Base", below).
TITLES_BEFORE = frozenset(
    """general generaloberst generalleutnant generalmajor colonel oberst major
    captain hauptmann lieutenant leutnant marshal field admiral commissar
    commander president chancellor minister premier professor dr mr mrs
    comrade tsar kaiser king emperor komdiv komkor komandarm kombrig director
    baron lord sir prince count duke ritter freiherr graf edler
    german soviet russian red white czech czechoslovak slovak japanese spanish
    british french polish mongolian italian nationalist republican nazi
    january february march april may june july august september october
    november december maršál generál plukovník major kapitán prezident
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
#: Ranks below an officer's: "Sergeant Krejčí" is not General Krejčí.
LOW_RANKS = frozenset(
    """private corporal sergeant feldwebel unteroffizier gefreiter vojín
    vojína svobodník svobodníka desátník desátníka desátníkem četař četaře
    četařem seržant seržanta seržantem seržantovi seržantu rotný rotného""".split()
)
#: Words before a person's name that make it another thing's: "was renamed
#: Lützow"; "called" and "named" after "was" ("Perm was called Molotov", but
#: "a Latvian named Alksnis").
RENAMED = frozenset(
    """renamed christened rechristened přejmenován přejmenována přejmenováno
    přejmenovali""".split()
)
NAMED_AS = frozenset("called named".split())
#: Czech "is called", with "se" before or after it: "rodina se jmenuje
#: Beneš", "jmenuju se Krejčí" (not "vládu jmenoval Beneš", appointed by him).
CZECH_IS_CALLED = frozenset(
    "jmenuje jmenuju jmenují jmenoval jmenovala jmenovali jmenovalo".split()
)
PASSIVE = frozenset("is was were be been being".split())
#: Words after "the" and a person's name that make it another's ("the Lützow
#: of the Napoleonic wars"); "" is punctuation ("a horse breed, the Budyonny,").
NAMESAKE_AFTER = frozenset(["", "of", "the", "that", "which", "and"])
#: An English article before a person's bare surname makes it one of a family
#: or a type: "my grandmother was a Kretschmer", "a Beneš from Kožlany".
INDEFINITE = frozenset(["a", "an"])
INDEFINITE_NAMESAKE_AFTER = NAMESAKE_AFTER | {"from"}
#: Words for relatives and friends before a name, which make it a person's.
RELATIVES = frozenset(
    """daughter wife sister girl girlfriend mother granddaughter niece
    dcera dcery dceři dcerou dceru přítelkyně přítelkyni přítelkyní manželka
    manželky manželce manželku manželkou sestra sestry sestře sestru sestrou
    kamarádka kamarádky kamarádce kamarádku kamarádkou vnučka vnučkou
    neteř neteří babička babičky babičce babičku babičkou babicka aunt teta
    tety tetě tetu tetou""".split()
)
#: A relative of the writer's ("my grandad Alexandr Jegorov", "náš děda
#: Pavlov") is the writer's family, not the man with an entry: the words for
#: one, and the first person's possessives before them.
FAMILY = RELATIVES | frozenset(
    """grandfather grandad granddad grandpa father dad uncle brother son husband
    děda dědeček dědy dědovi dědou praděda pradědeček otec táta taťka strýc
    strejda bratr syn manžel""".split()
)
MY = frozenset("my our můj moje mého mému mým náš naše našeho našemu naším".split())
#: Words by which a civilian is addressed or named: "Pane Krejčí".
ADDRESSES = frozenset("mr mrs ms herr frau pan pane paní pana panem".split())
#: A person's titles before a name that is no person's: "Professor Junkers"
#: is the man, not the firm.
PERSON_TITLES = frozenset("professor prof dr mr mrs herr frau pan paní".split())
#: Verbs after a name (and an auxiliary) that only a person does.
PERSONS_VERBS = frozenset(
    """died killed born flew married wrote said arrested executed shot
    zemřel zahynul narodil letěl přeletěl napsal zatčen popraven""".split()
)
#: Titles written short before a first name: "Ing. Karel Syrový".
ABBREVIATED_TITLES = frozenset("ing mgr dr prof gen plk pplk mjr kpt npor por".split())
#: An age after a name, making it a person's: "naše hanička (6 let)", "s
#: Haničkou (dcera, 9 let)", "s hanickou (moje dcera, 9 let)".
#: A Czech age before a name, as its endings: "se šestiletou Haničkou" (not
#: "staletá Plzeň").
AGE_BEFORE = tuple(
    f"{number}let{ending}"
    for number in """dvou tří tri čtyř ctyr pěti peti šesti sesti sedmi osmi devíti
    deviti deseti jedenácti jedenacti dvanácti dvanacti""".split()
    for ending in "á ý ou é ého ému ým ém a y e eho emu ym em".split()
)
AGE_AFTER = re.compile(
    r"\s?\((?:[^\W\d_]+(?:\s[^\W\d_]+)?,\s)?\d{1,2}(?:\s(?:let|roků|years?)|\))"
)
#: Words a person's name may begin with ("General Douglas", "Lord Halifax")
#: that are not first names: the ranks, titles, nationalities and months above.
NOT_FIRST_NAMES = TITLES_BEFORE
#: Common first names of the languages the texts are about, lower-cased: a
#: first name before a surname that is none of the entry's first names is
#: another man's ("Paul Kretschmer" is not Theodor). The entries' own first
#: names are known from their titles; these are the others a text may give
#: (not "August": "In August Zhukov struck").
GIVEN_NAMES = frozenset(
    """adam adolf albert alexander alfred andreas anton arthur bernhard carl
    charles christian daniel david eduard emil erich ernst franz friedrich
    fritz georg george gerhard gustav hans harry heinrich heinz helmut henry
    herbert hermann horst hugo jacob james john josef joseph jürgen karl kurt
    ludwig manfred martin max michael otto paul peter richard robert rudolf
    thomas walter werner wilhelm william wolfgang frank jan jiří jiri karel
    václav vaclav pavel petr tomáš tomas jaroslav miroslav zdeněk zdenek
    antonín antonin františek frantisek vladimír vladimir ladislav stanislav
    bohumil milan oldřich oldrich ivan sergei sergey nikolai nikolaj pyotr
    pjotr dmitri alexei alexej andrei andrej boris fyodor fjodor grigori
    konstantin leonid mikhail michail nikita oleg semyon vasily vasilij viktor
    yuri jurij juan josé jose carlos francisco manuel antonio luis pedro
    miguel jean pierre louis henri jacques giovanni giuseppe mario""".split()
)
#: Words before a first name that make it a place's: "San Francisco",
#: "St Paul".
SAINTS = frozenset("san santa são saint st st. sankt svatý svatého".split())
NAMED_AFTER = frozenset(
    """air airfield airport aerodrome base school schools station camp
    railway works plant factory""".split()
)
NOT_A_LONGER_NAME = NAMED_AFTER | TITLES_BEFORE
PARTICLE_WORDS = frozenset({"von", "van", "de", "der", "den", "zu", "la", "le"})
#: Capitalised words before a name that make it the name of another thing,
#: as written: "Operation Merkur", "Real Madrid", "Operace Barbarossa".
THINGS_BEFORE = frozenset("Operation Operace Operaci Real".split())
#: Words before a name that make it the name of another thing: the river
#: Voronezh, not the city; the cruiser Lützow, not the pilot; the surname
#: Jegorov, not the marshal; the restaurant Rapallo, not the town.
NAMES_ANOTHER = frozenset(
    """river cruiser battleship ship hotel painting canvas řeka řeky řece řeku
    řekou křižník křižníku křižníkem loď lodi hotelu obraz obrazu obrazem
    pohoří pásmo pásma pásmu pásmem horstvo horstva vrch vrchu vrchem kopec
    kopci vrchol vrcholu vrcholem plátno plátna plátnem obraze metra surname
    surnames příjmení příjmením restaurant café cafe restaurace restauraci
    restaurací kavárna kavárně kavárnu""".split()
)
#: An honour title before a name, which names a unit after a person: "the
#: honour title 'Richthofen'", "čestný název Richthofen".
HONOUR_TITLE = frozenset("honour honor honorary čestný čestné čestným".split())
NAME_WORDS = frozenset("title name název názvem jméno jménem".split())
#: Czech words for a lake before a name: "nad jezerem Chasan" is the lake,
#: not the battle fought there ("bitva u jezera Chasan").
CZECH_LAKES = frozenset("jezero jezera jezeru jezeře jezerem".split())
#: Words after a name that make it the name of another thing: the Voronezh
#: river, the Lipetsk oblast, the Voronezh Front.
NAMED_ANOTHER_AFTER = frozenset(
    """river street avenue square bridge oblast
    cocktail cocktails plan decree decrees affair doctrine mountains
    pohoří pohori
    hill hills family families rodina rodiny rodině rodinu car cars
    dům domu domem domě hradiště hradišti hradištěm""".split()
)
#: The endings of a Czech possessive adjective made from a name: "Picassova".
CZECH_POSSESSIVE_ENDINGS = ("ova", "ovo", "ův", "ovy", "ovu", "ových", "ovým", "ovou")
#: Czech words for a battle before "u" or "o" and a place's name: "bitva u
#: Náchoda" names another battle there, as "the Battle of Náchod" would.
CZECH_BATTLES = frozenset("bitva bitvy bitvě bitvu bitvou bitev bitvách".split())
#: Czech words for a treaty or a conference, with "z" and the place it was
#: made at: "smlouva z Rapalla", "mír z Versailles".
CZECH_TREATIES = frozenset(
    """smlouva smlouvy smlouvě smlouvu smlouvou mír míru mírem dohoda dohody
    dohodě dohodu dohodou úmluva úmluvy úmluvě úmluvu úmluvou konference
    konferenci konferencí""".split()
)
#: Czech words for a fight, whose place follows: "boje u jezera Chasan",
#: "konflikt u jezera Chasan".
CZECH_FIGHTS = CZECH_BATTLES | frozenset(
    """boj boje bojů bojům bojích boji konflikt konfliktu konfliktem incident
    incidentu střet střetu střetnutí""".split()
)
#: What a possessive before it makes a place named after a person: "Pavlov's
#: House", "Mannerheim's Line".
OWNED_PLACES = frozenset("House Line Square Street Bridge Hill Wood Farm".split())
#: Words after a name shared by several entries that say it is the
#: organisation's: "the Kama school".
ORGANISATION_AFTER = frozenset(
    """school schools academy works plant factory firm company škola školy
    škole školu školou""".split()
)
#: Words before a name that make it a place's, not a person's: "renamed
#: Chkalov", "the school in Chkalov".
PLACE_BEFORE = frozenset(
    "renamed in near přejmenován přejmenováno přejmenována v ve".split()
)
ORDINAL_WORDS = frozenset(
    """first second third fourth fifth sixth seventh eighth ninth tenth
    první druhý druhá druhé druhého druhou druhém třetí čtvrtý čtvrtá čtvrté
    pátý pátá páté""".split()
)
#: The ordinals as written, in either case: a quick look before the rule.
ORDINALS = ORDINAL_WORDS | {word.capitalize() for word in ORDINAL_WORDS}
#: Words before a place's name that make it the event named after it.
EVENT_CUES = frozenset(
    """after before since following until till throughout during by predate
    predates predated own another without followed preceded po před
    bez""".split()
)
#: Words before a person's name that make it another's: "another Pavlov",
#: "jiného Pavlova".
ANOTHER = frozenset(
    "another other different jiný jiného jinému jiným jiném jiná jiné jinou".split()
)
#: Words that open a clause. Czech "do" is "until" before an event ("a do
#: Mnichova se stihla jen část") and "to" after a verb of going ("přiletěl do
#: Mnichova"): an event where it opens a clause.
CLAUSE_OPENERS = frozenset("a i ale však ani než and but then".split())
#: Verbs after a river's name that say it is the river: "Chalchyn gol teče".
RIVER_VERBS = frozenset(
    "flows rises runs joins meanders teče pramení protéká vlévá meandruje".split()
)
#: Words after "the" and a name two entries share that leave it the river's:
#: "the Kama is", "the Volga and the Kama", not "the Kama course".
RIVER_THE_AFTER = frozenset(
    "is was and or which that where at in near below above by itself".split()
)
SETTLEMENTS = frozenset(
    """village town city hamlet vesnice vesnici vesnicí obec obce obci obcí
    městečko osada osady osadě osadu osadou ves vsi vsí""".split()
)
#: Czech words before a river's name that make it the river, not its battle.
RIVER_BEFORE = frozenset(
    """k ke nad podél přes břeh břehu břehem řeka řeky řece řeku řekou ústí
    ústím povodí""".split()
)
#: Czech words for where rivers meet, before "s" and a river's name: "u
#: soutoku s Kamou".
CONFLUENCE = frozenset("soutok soutoku soutokem".split())
#: Words beside a place's name that make it the school named after it.
INSTITUTION_AFTER = frozenset(
    """man men graduate graduates trained alumni veteran veterans cadets
    instructors files records archives course courses pupils trainees roster
    rosters syllabus programme program test guys boys machines grads""".split()
)
#: What a place's name names as the place itself, whatever was done there:
#: "Lipetsk airport", "the Lipetsk air base" (with the next word).
FACILITY_AFTER = frozenset(
    "airport airfield aerodrome airstrip station railway".split()
)
FACILITY_AFTER_AIR = frozenset("base field station".split())
#: Words of a journey or a stay in the clause of a place's name, which make
#: it the place one travels to, not the school or treaty: "by rail to
#: Lipetsk", "we arrived at Lipetsk", "a flat in Lipetsk", "výlet do
#: Versailles", "vlakem do Lipecku" (not flying, which the school did, nor
#: "přijel", said of its pupils too).
TRAVEL = frozenset(
    """rail railway bus car journey trip arrived flat apartment hotel lodgings
    vlak vlakem vlaku autobus autobusem autem výlet vylet přiletěl přiletěla
    přiletěli odjel odjela odjeli dojeli byt bytu bytě hotelu
    ubytování""".split()
)
#: The words before "train" that make it the one on rails ("the train to"),
#: not the verb ("to train at").
TRAIN_NOUN_AFTER = frozenset("the a by long night morning overnight".split())
#: The kinds of school a place's name may come before: "the Lipetsk flying
#: school".
SCHOOL_KINDS = frozenset("flying fighter tank gas aviation training".split())
#: Czech for "passed through", before or after a school's place: "prošli
#: Lipeckem", "kteří Lipeckem prošli".
PASSED_THROUGH = frozenset(
    "prošel prošla prošli prošlo prosel prosla prosli proslo".split()
)
INSTITUTION_BEFORE = PASSED_THROUGH | frozenset(
    """absolvent absolventa absolventu absolventi absolventy absolventů
    absolventem absolventům absolventka absolventky absolvoval absolvovala
    absolvovali""".split()
)
#: Two words a few before "at" that make a place's name the school there:
#: "tried out at Lipetsk", "the ground staff at Lipezk" (not "tried to").
SCHOOLING_PAIRS = frozenset({("tried", "out"), ("ground", "staff")})
#: Words a few before "at" or "in" that make a place's name the school there:
#: "trained at Lipetsk", "trained as an airman at Lipetsk", "his course at
#: Lipetsk", "the German airmen at Lipetsk" (not "pilots", "students",
#: "cadets": "the Soviet pilots at Lipetsk in 1955", "students at Kazan");
#: and before "through": "passed through Lipetsk".
SCHOOLING = frozenset(
    """trained training trainees trials tested testing course courses instructor
    instructors pupils airmen studied schooled paces learned learnt výcvik
    výcviku výcvikem výcviky kurz kurzu kurzem kurzy cvičil cvičila cvičili
    zkoušel zkoušeli vycvičen vycvičení vycvičeni vycvičený vycvičených učil
    učila učili ucil ucila ucili školil školila školili skolil skolila skolili
    vycvičil vycvičila vycvičili vycvicil vycvicila vycvicili zkoušela zkoušely
    nezkoušel nezkoušela nezkoušeli nezkousel nezkousela základy""".split()
)
#: Verbs after "to" after a place's name that make it the school there: "took
#: him to Lipetsk to test new types".
SCHOOLING_AFTER = frozenset("test train learn fly study".split())
PASSING = frozenset("pass passed passing went gone came come".split())
OUTCOMES = frozenset(
    """victory victories defeat defeats triumph rout dictated vítězství porážka
    porážce porážku""".split()
)
#: Words before "to" that make a place's name its event: "the road to
#: Rapallo", "the run-up to Munich".
ROADS = frozenset("road path run-up lead-up prelude".split())
#: Words before "of" that make a place's name the event named after it:
#: "the terms of Munich", "podmínky Mnichova", "the lessons of Teruel".
EVENT_HEADS = frozenset(
    """terms aftermath lessons legacy shadow spirit betrayal memory eve time
    wake days restrictions limits clauses provisions acceptance dny dnech dnů
    přijetí době doby
    podmínky podmínek důsledky důsledků zrada zradu trauma odkaz omezení
    ustanovení důsledek důsledkem důsledku vzpomínka vzpomínku vzpomínky
    vzpomínce fruits""".split()
)
#: News of a place, which is its event ("the news of Munich", "zpráva o
#: Mnichovu"); news from it is the city's.
NEWS = frozenset("news zpráva zprávy zprávu zprávě zprávou".split())
#: Words after a place's name that only an event does: "when Munich came",
#: "Teruel used up the army", "Versailles had forbidden", "přišel Mnichov".
EVENT_VERBS = frozenset(
    """came happened followed ended proved meant taught
    forbade forbidden forbid banned sealed fought bought
    war crisis campaign terms battle fighting incident offensive betrayal ban
    restrictions clauses diktat dictate settlement relationship partnership
    system years era made put handed changed změnil změnila změnilo znamenal znamenala
    znamenalo exhausted vyčerpal vyčerpala odmítla odmítl odmítli neodpustil
    neodpustila neodpustili rozhodl zakazuje zakazovalo zakázalo omezilo
    omezovalo""".split()
)
#: Words after a place's name that only its battle does: "a Teruel game".
BATTLE_AFTER = frozenset("game games scenario scenarios veteran veterans".split())
EVENT_VERBS_BEFORE = frozenset(
    """came violated breached circumvented survived survive surviving announced
    přežil přežila přežili oznámil oznámila oznámili oznámilo přišel přišla
    přišlo nastal skončil znamenal porušil porušila porušili porušoval
    porušovala porušovali obcházel obcházela obcházeli zastavil zastavila
    zastavilo ukončil ukončila ukončilo neodpustil neodpustila neodpustili
    odmítla odmítl odmítli obcházet obcházejí obcházející obcházejícími
    obcházení""".split()
)
AUXILIARIES = frozenset("had has was were would".split())
#: Czech words between a name and its verb: "Mnichov mu nikdy neodpustil".
CZECH_BEFORE_A_VERB = frozenset("mu mi jim ji ho se si nikdy už uz".split())
#: Words before a place's name that make it a bombing named after it: "the
#: raid on Guernica", "nálet na Guernicu".
RAIDS = frozenset(
    """raid raids bombing bombardment destruction nálet náletu náletem
    bombardování zničení""".split()
)
QUOTE_MARKS = frozenset('"“”„')
#: A place's name said to be an event: "Teruel was the coldest battle of the
#: war", "Mnichov byl pro generaci mých prarodičů trauma".
CALLED_AN_EVENT = re.compile(
    r"\s+(?:then\s+|soon\s+|quickly\s+|pak\s+|brzy\s+)?"
    r"(?:was|is|became|remains|byl|byla|bylo|je|zůstává|(?:se\s+)?stal|"
    r"(?:se\s+)?stala)\s+"
    # A determiner and adjectives, or a Czech dative ("pro generaci mých
    # prarodičů"), but no preposition: "Munich was far from the war" is not.
    r"(?:(?!(?:from|of|in|at|on|to|with|by|for|near|after|before|than|like)\b)"
    r"[^\W\d_][\w'’]*\s+){0,5}?"
    r"(?:battle|offensive|campaign|defeat|victory|betrayal|disaster|siege|war|"
    r"bitva|bitvou|ofenzíva|ofenzívou|porážka|porážkou|zrada|zradou|zrady|trauma|"
    r"traumatem|vítězství|katastrofa|katastrofou)\b",
    re.IGNORECASE,
)
#: A chronology's entry: a line or sentence opening with a date, a year and a
#: dash or colon, then the name ("1922 – Rapallo", "16. 4. 1922: Rapallo",
#: "1922, 16 April: Rapallo", "Winter 1937–38 – Teruel").
MONTHS = """january february march april may june july august september
    october november december ledna února března dubna května června července
    srpna září října listopadu prosince leden únor březen duben květen červen
    červenec srpen říjen listopad prosinec""".split()
MONTHS += [plain for month in MONTHS if (plain := _plain(month)) != month]
_DAYS, _MONTH = r"(?:\d{1,2}\.?\s)*", f"(?:{'|'.join(MONTHS)})"
_SEASON = r"(?:(?:winter|spring|summer|autumn|fall|zima|jaro|léto|podzim)\s)?"
CHRONOLOGY = re.compile(
    rf"(?:^|[\n.;]\s)(?:{_SEASON}{_DAYS}(?:{_MONTH}\s)?1[89]\d\d(?:[–-]\d\d)?"
    rf"|1[89]\d\d,?\s{_DAYS}{_MONTH})"
    r"\s*[–—:,-]\s*$",
    re.MULTILINE | re.IGNORECASE,
)
#: A year or a date right after a place's name makes it the event of that
#: day: "Mnichov 1938", "Guernica, 1937", "Gernika, 26 April 1937".
YEAR_AFTER = re.compile(
    rf"(?:,|\sof)?\s{_DAYS}(?:{_MONTH}\s)?1[89]\d\d\b", re.IGNORECASE
)
#: Words that name what follows in quotation marks as a work's title.
TITLE_CUES = frozenset(
    """book novel article essay film study memoir memoirs titled entitled
    kniha knihy knize knihu knihou román článek článku studie film názvem""".split()
)
QUOTED = re.compile(r'["“„][^"“”„]{1,300}["”“]')
#: Czech verbs of happening after "k" and an event's place: "k Mnichovu
#: nedošlo", "než k Teruelu došlo".
HAPPENED = frozenset("došlo nedošlo dojde nedojde docházelo".split())
#: Words before a bare designation number that make it a machine: "the 109",
#: "an early 109", "Rata vs 109".
NUMBER_BEFORE = frozenset(
    """the a an early earlier late later first last new old his their our my
    this that every vs vs. versus""".split()
)
#: Prepositions of place: "na Haničce", "in Guernica" are where someone is,
#: so the place, not a girl or a painting of the name.
PLACE_PREPOSITIONS = frozenset("in at near v ve na u".split())
PREPOSITIONS = frozenset(
    """in at on from to into onto over under near across through after before
    with without for by during since towards toward against beyond behind
    v ve na do z ze s se k ke u po před za pod nad při od přes mezi""".split()
)


#: Plain spellings that are other words, mostly English: "domě" is not the
#: dome, "román" not Roman, "pátá" not pâté, "zpráva" not "zprava" (from the
#: right).
_NOT_PLAIN = frozenset("dome roman pata pate paty zprava".split())


def _with_plain_spellings() -> None:
    """Give every word with diacritics in the word sets above its spelling
    without them as well: Czech forum posts are often written so ("pred
    mnichovem", "reka voronez"). The months are given theirs where they are
    defined; the endings and patterns keep the spellings written in them."""
    for name, words in list(globals().items()):
        if name.isupper() and isinstance(words, frozenset):
            plain = {_plain(w) for w in words if isinstance(w, str) and not w.isascii()}
            globals()[name] = words | {
                word for word in plain if word.isalpha() and word not in _NOT_PLAIN
            }


_with_plain_spellings()
