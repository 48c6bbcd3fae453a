"""The demo magazine: articles on German-Soviet military cooperation, 1922-1933.

Written for Garrison's demo. Each body is a list of ``(block_type, value)`` pairs;
a paragraph value may hold several ``<p>`` elements, as editors' rich text does.
"""

from . import articles_1930s

SCHOOLS_IN_THE_EAST = {
    "slug": "schools-in-the-east",
    "title": "Schools in the East",
    "description": (
        "How the Reichswehr trained airmen and tank crews, and tested gas, on "
        "Soviet soil while the Treaty of Versailles forbade all three at home."
    ),
}

ARTICLES = [
    {
        "slug": "rapallo-and-the-secret-partnership",
        "title": "Rapallo and the secret partnership",
        "standfirst": (
            "Two outcasts of the post-war order shook hands on the Italian Riviera "
            "in April 1922. The treaty they signed was short and public; what "
            "followed it was neither."
        ),
        "published": "2026-09-14",
        "authors": ["jana-dvorakova"],
        "tags": ["Rapallo", "Reichswehr", "Red Army", "Interwar diplomacy"],
        "image": "timeline",
        "image_alt": (
            "Bar chart of the years 1921 to 1933 showing when Sondergruppe R, the "
            "Junkers works at Fili, Lipetsk, Kama and Tomka were active."
        ),
        "body": [
            (
                "paragraph",
                "<p>In the spring of 1922 the great powers met at Genoa to talk about "
                "rebuilding Europe's economy. Two delegations came as outsiders. "
                "Germany had lost the war and was paying for it; Soviet Russia had won "
                "its civil war and was recognised by almost nobody. On 16 April, a "
                "few miles down the coast at Rapallo, the German foreign minister "
                "Walther Rathenau and the Soviet commissar for foreign affairs Georgy "
                "Chicherin signed an agreement of their own.</p>"
                "<p>Its published text fitted on a few pages. Both sides gave up "
                "claims for war costs and damages, restored full diplomatic relations "
                "and promised each other most-favoured-nation treatment in trade. The "
                "other delegations at Genoa were dismayed: the two states they had "
                "hoped to manage separately had found each other.</p>",
            ),
            ("heading", {"text": "A treaty without soldiers in it", "level": "h2"}),
            (
                "paragraph",
                "<p>Nothing in the treaty spoke of armies. The military relationship "
                "was arranged elsewhere and in secret, by officers rather than "
                "diplomats. Its German author was Hans von Seeckt, chief of the army "
                "command, who wanted a place where the Reichswehr could keep up with "
                "the weapons that the Treaty of Versailles denied it: military "
                "aircraft, tanks and chemical warfare.</p>"
                "<p>As early as 1921 a small office inside the Reichswehr ministry, "
                "known as Sondergruppe R, had begun to sound out Moscow. German "
                "industry followed: Krupp advised on shell production, and Junkers "
                "agreed to build aircraft at Fili near Moscow. Money moved through "
                "front companies so that the payments would not show in the budget "
                "debated by the Reichstag.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "The two states the victors had hoped to manage "
                    "separately had found each other.",
                    "attribution": "",
                },
            ),
            ("heading", {"text": "What each side wanted", "level": "h2"}),
            (
                "paragraph",
                "<p>The bargain was plain enough. Germany brought engineers, "
                "instructors and know-how; the Soviet Union brought space, secrecy "
                "and a share of whatever was learned. Red Army commanders such as "
                "Mikhail Tukhachevsky and Kliment Voroshilov attended German "
                "manoeuvres and staff courses, while German officers watched Soviet "
                "exercises and commented on them, often bluntly.</p>"
                "<p>Neither side trusted the other. Moscow still hoped for a "
                "revolution in Germany, and in 1923 the Comintern tried to start one. "
                "Berlin, for its part, treated the partnership as a tool to be put "
                "down once it was no longer needed.</p>",
            ),
            ("heading", {"text": "Exposure and survival", "level": "h2"}),
            (
                "paragraph",
                "<p>In December 1926 the Manchester Guardian reported on Soviet shells "
                "shipped to Germany and on the Junkers venture. The Social Democrat "
                "Philipp Scheidemann repeated the charges in the Reichstag, and the "
                "government of Wilhelm Marx fell soon after. The cooperation did not. "
                "It was reorganised, made more discreet, and concentrated on three "
                "sites: the flying school at Lipetsk, the tank school Kama at Kazan "
                "and the gas-testing ground Tomka near Volsk.</p>"
                "<p>It ended in 1933, when the new government in Berlin wound it up "
                "and the last Germans went home. Many of the officers who had met in "
                "those years would face each other as enemies after 22 June 1941.</p>",
            ),
        ],
        "sources": [
            {
                "kind": "book",
                "title": "The Roots of Blitzkrieg: Hans von Seeckt and German Military Reform",
                "author": "James S. Corum",
                "publisher": "University Press of Kansas",
                "year": 1992,
            },
            {
                "kind": "book",
                "title": "Reichswehr und Rote Armee 1920–1933: Wege und Stationen einer ungewöhnlichen Zusammenarbeit",
                "author": "Manfred Zeidler",
                "publisher": "Oldenbourg",
                "year": 1993,
            },
            {
                "kind": "web",
                "title": "Treaty of Rapallo (1922)",
                "publisher": "Wikipedia",
                "url": "https://en.wikipedia.org/wiki/Treaty_of_Rapallo_(1922)",
                "accessed": "2026-11-20",
            },
            {
                "kind": "web",
                "title": "Rapallská smlouva (1922)",
                "publisher": "Wikipedie",
                "url": "https://cs.wikipedia.org/wiki/Rapallsk%C3%A1_smlouva_(1922)",
                "accessed": "2026-11-20",
            },
        ],
        "footnotes": [
            (
                "Walther Rathenau and the Soviet commissar for foreign affairs Georgy Chicherin",
                3,
                "",
            ),
            ("Both sides gave up claims for war costs and damages", 3, ""),
            ("restored full diplomatic relations", 4, ""),
            ("Its German author was Hans von Seeckt, chief of the army command", 1, ""),
            (
                "a small office inside the Reichswehr ministry, known as Sondergruppe R",
                2,
                "",
            ),
            (
                "Red Army commanders such as Mikhail Tukhachevsky and Kliment Voroshilov attended German manoeuvres",
                2,
                "",
            ),
            ("in 1923 the Comintern tried to start one", 2, ""),
            (
                "In December 1926 the Manchester Guardian reported on Soviet shells",
                2,
                "",
            ),
            ("the flying school at Lipetsk, the tank school Kama at Kazan", 2, ""),
            ("It ended in 1933, when the new government in Berlin wound it up", 2, ""),
        ],
    },
    {
        "slug": "lipetsk-flying-school",
        "title": "Lipetsk: a German air force that officially did not exist",
        "standfirst": (
            "For eight summers a Russian spa town on the Voronezh river trained "
            "the fighter pilots and observers that Germany was forbidden to have."
        ),
        "published": "2026-10-05",
        "authors": ["jana-dvorakova", "tomas-berger"],
        "tags": ["Lipetsk", "Aviation", "Reichswehr", "Interwar training"],
        "series": "schools-in-the-east",
        "series_part": 1,
        "image": "map",
        "image_alt": (
            "Sketch map of western Russia marking Moscow, Lipetsk, Kazan and Volsk, "
            "with Berlin to the west."
        ),
        "body": [
            (
                "paragraph",
                "<p>The Treaty of Versailles allowed Germany no military aircraft at "
                "all. The Reichswehr nevertheless wanted pilots who knew modern "
                "fighters, and in 1925 it found a home for them at Lipetsk, about "
                "four hundred kilometres south of Moscow, close to Voronezh.</p>",
            ),
            (
                "facts",
                {
                    "title": "Lipetsk at a glance",
                    "rows": [
                        {
                            "label": "Official name",
                            "value": "Wissenschaftliche Versuchs- und Prüfanstalt für Luftfahrzeuge",
                        },
                        {"label": "Opened", "value": "15 July 1925"},
                        {"label": "Handed over", "value": "August 1933"},
                        {
                            "label": "First aircraft",
                            "value": "About 50 Fokker D.XIII fighters",
                        },
                        {
                            "label": "Commander",
                            "value": "Major Walter Stahr, for about five years",
                        },
                    ],
                },
            ),
            (
                "paragraph",
                "<p>The first aircraft were some fifty Fokker D.XIII fighters, bought "
                "in the Netherlands in 1923 with money set aside during the Ruhr "
                "crisis. They arrived by ship at Leningrad and went on by rail. Two "
                "hangars and workshops were ready by the summer of 1925, and flying "
                "began in July.</p>"
                "<p>On paper the school was a Soviet unit. In practice it was run by "
                "Germans, with Major Walter Stahr in command for its first five "
                "years. German staff wore civilian clothes or Soviet uniforms without "
                "rank badges, and their families rented houses in the town under the "
                "eye of the Soviet secret police.</p>",
            ),
            ("heading", {"text": "Training and testing", "level": "h2"}),
            (
                "paragraph",
                "<p>Courses ran through the summer and lasted five to six months. "
                "Instructors were veterans of the First World War; trainees flew "
                "formation, air combat, bombing and instrument flying. Gun cameras let "
                "them fight mock battles and count hits without live ammunition.</p>"
                "<p>From about 1930 testing took over from training. New German "
                "designs came east to be flown where no inspector could see them: "
                "the Heinkel He 45, He 46 and He 51, the Arado Ar 64 and Ar 65, the "
                "Dornier Do 11 and Junkers types among them. Winter flying on skis "
                "was tried as well.</p>",
            ),
            ("figure_placeholder", "aircraft"),
            (
                "paragraph",
                "<p>Accidents were frequent, especially on landing. Most ended with "
                "broken aircraft rather than dead airmen, but not all: the test pilot "
                "Emil Thuy, a fighter ace of the previous war, was killed in a crash "
                "in the Soviet Union in 1930.</p>"
                "<p>Estimates of how many Germans passed through vary with what is "
                "counted. Hans Speidel later put the figure at about 450 airmen of "
                "all kinds. The list of former trainees and staff reads like a roll "
                "of the later Luftwaffe: Hans Jeschonnek, Wolfgang Falk, Günther "
                "Lützow, Johannes Trautloft and Hugo Sperrle among them.</p>",
            ),
            ("heading", {"text": "The end of the school", "level": "h2"}),
            (
                "paragraph",
                "<p>By the early 1930s the reasons for being in Russia were fading. "
                "The Allied control commissions had gone, money was short, and "
                "Germany was preparing to rearm openly. The base was handed to the "
                "Red Air Force in August 1933, and the last Germans left in "
                "September.</p>"
                "<p>The second part of this series follows the army to Kazan and the "
                "chemists to the Volga.</p>",
            ),
        ],
        "sources": [
            {
                "kind": "book",
                "title": "The Luftwaffe: Creating the Operational Air War, 1918–1940",
                "author": "James S. Corum",
                "publisher": "University Press of Kansas",
                "year": 1997,
            },
            {
                "kind": "web",
                "title": "Lipetsk fighter-pilot school",
                "publisher": "Wikipedia",
                "url": "https://en.wikipedia.org/wiki/Lipetsk_fighter-pilot_school",
                "accessed": "2026-11-20",
            },
            {
                "kind": "web",
                "title": "Lipetsk",
                "publisher": "Airpages",
                "url": "https://airpages.ru/eng/ru/lipetsk.shtml",
                "accessed": "2026-11-20",
            },
            {
                "kind": "web",
                "title": "Devil's Bargain: Germany and Russia before WWII",
                "publisher": "HistoryNet",
                "url": "https://www.historynet.com/devils-bargain-germany-and-russia-before-wwii.htm",
                "accessed": "2026-11-20",
            },
            {
                "kind": "web",
                "title": "Dvouplošné stíhačky Heinkel v SSSR",
                "publisher": "Valka.cz",
                "url": "https://www.valka.cz/15260-Dvouplosne-stihacky-Heinkel-v-SSSR",
                "accessed": "2026-11-20",
            },
            {
                "kind": "web",
                "title": "The German graves at Lipetsk",
                "publisher": "Lipetsk memorial society",
                "url": "https://memorial.example.org/lipetsk/german-graves",
                "accessed": "2019-03-12",
                # The demo's dead link, at an address reserved for examples: what
                # the link checker would have found there.
                "dead": {
                    "code": 404,
                    "archive_url": "https://archive.example.org/web/20190312/"
                    "https://memorial.example.org/lipetsk/german-graves",
                },
            },
        ],
        "footnotes": [
            ("in 1925 it found a home for them at Lipetsk", 2, ""),
            ("The first aircraft were some fifty Fokker D.XIII fighters", 2, ""),
            ("Two hangars and workshops were ready by the summer of 1925", 3, ""),
            ("with Major Walter Stahr in command for its first five years", 2, ""),
            ("Courses ran through the summer and lasted five to six months", 1, ""),
            ("From about 1930 testing took over from training", 1, ""),
            ("the Heinkel He 45, He 46 and He 51", 5, ""),
            ("the test pilot Emil Thuy, a fighter ace of the previous war", 2, ""),
            ("Hans Speidel later put the figure at about 450 airmen", 2, ""),
            (
                "Hans Jeschonnek, Wolfgang Falk, Günther Lützow, Johannes Trautloft and Hugo Sperrle",
                4,
                "",
            ),
            ("The base was handed to the Red Air Force in August 1933", 2, ""),
        ],
    },
    {
        "slug": "kama-and-tomka",
        "title": "Kama and Tomka: tanks at Kazan, gas on the Volga",
        "standfirst": (
            "The Reichswehr's tank school and its chemical proving ground were "
            "smaller than Lipetsk, but they shaped two armies' ideas about "
            "armoured war."
        ),
        "published": "2026-10-19",
        "authors": ["tomas-berger"],
        "tags": ["Kama", "Tomka", "Tanks", "Chemical weapons", "Interwar training"],
        # "Kama" alone is both the school and the river; here it is the school.
        "mention_choices": [("Kama", "Panzerschule Kama")],
        "series": "schools-in-the-east",
        "series_part": 2,
        "image": "tank",
        "image_alt": (
            "Side-view drawing of a long, low interwar tank with a small turret, "
            "in the style of the German Grosstraktor prototypes."
        ),
        "body": [
            (
                "paragraph",
                "<p>Versailles forbade Germany tanks as firmly as it forbade aircraft. "
                "An agreement of 1926 gave the Reichswehr a school for armoured "
                "troops on the edge of Kazan, on the Volga, under the cover name "
                "Kama. Building it took time, and the first full course began only "
                "in 1929.</p>"
                "<p>Teaching and testing went together. Germany sent the prototypes "
                "that its industry had built in secret: the heavy Grosstraktor, made "
                "in small numbers by Krupp, Daimler-Benz and Rheinmetall, and the "
                "lighter Leichttraktor. Soviet tanks and older foreign machines, "
                "among them the MS-1 and the British Medium Mk A Whippet, served for "
                "driving and gunnery.</p>",
            ),
            (
                "facts",
                {
                    "title": "Kama at a glance",
                    "rows": [
                        {"label": "Place", "value": "Kazan, on the Volga"},
                        {"label": "Agreed", "value": "1926"},
                        {"label": "First full course", "value": "1929"},
                        {"label": "Closed", "value": "1933"},
                        {
                            "label": "Prototypes tested",
                            "value": "Grosstraktor, Leichttraktor",
                        },
                    ],
                },
            ),
            ("heading", {"text": "Officers on both sides", "level": "h2"}),
            (
                "paragraph",
                "<p>Kama was a small school, but its pupils and visitors went far. "
                "Josef Harpe commanded it for a time; Heinz Guderian came to inspect "
                "it; Wilhelm von Thoma and Ernst Volckheim belong to the circle of "
                "officers associated with it. Soviet commanders studied there as "
                "well, and Soviet designers watched the German prototypes "
                "closely.</p>"
                "<p>Historians still argue about how much the Red Army took from the "
                "Grosstraktor. Its later multi-turreted T-28 and T-35 share its "
                "general idea of a heavy tank for breaking through a defended line, "
                "and both sides tried out the new Soviet T-26, T-28 and T-35 on "
                "Kama's ranges.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "Teaching and testing went together.",
                    "attribution": "",
                },
            ),
            ("heading", {"text": "Tomka", "level": "h2"}),
            (
                "paragraph",
                "<p>Chemical warfare was the most sensitive field of all. After trials "
                "near Moscow, the work moved in 1928 to a range near Volsk in the "
                "Saratov region, later known by the name of the nearby settlement "
                "Shikhany. Germans ran the laboratories; the Soviet side provided the "
                "ground, the guards and the labour.</p>"
                "<p>Tomka tested how gases behaved in the open, how to spread them "
                "from aircraft and artillery, and how to protect troops against them. "
                "Its results pointed the Germans to an uncomfortable conclusion: gas "
                "fitted badly into a doctrine built on mobility. The site closed in "
                "1933, and Shikhany remained a Soviet centre for chemical research "
                "long afterwards.</p>",
            ),
            ("heading", {"text": "After 1933", "level": "h2"}),
            (
                "paragraph",
                "<p>Kama closed in the same year as Lipetsk and Tomka, and the Soviet "
                "army kept the school at Kazan for its own tank crews. Within a few "
                "years many of the Soviet officers who had worked with the Germans "
                "were dead, shot in the purges of 1937 and 1938. Several of their "
                "German counterparts led panzer formations into the Soviet Union in "
                "1941.</p>",
            ),
        ],
        "sources": [
            {
                "kind": "book",
                "title": "Storm of Steel: The Development of Armor Doctrine in Germany and the Soviet Union, 1919–1939",
                "author": "Mary R. Habeck",
                "publisher": "Cornell University Press",
                "year": 2003,
            },
            {
                "kind": "book",
                "title": "The Red Army and the Wehrmacht: How the Soviets Militarized Germany, 1922–33, and Paved the Way for Fascism",
                "author": "Yuri Dyakov; Tatyana Bushuyeva",
                "publisher": "Prometheus Books",
                "year": 1995,
            },
            {
                "kind": "web",
                "title": "Kama tank school",
                "publisher": "Wikipedia",
                "url": "https://en.wikipedia.org/wiki/Kama_tank_school",
                "accessed": "2026-11-20",
            },
            {
                "kind": "web",
                "title": "Nacistické Německo a Sovětský svaz: nepřátelé, nebo spojenci?",
                "publisher": "21. století",
                "url": "https://21stoleti.cz/2017/04/14/nacisticke-nemecko-a-sovetsky-svaz-nepratele-nebo-spojenci/",
                "accessed": "2026-11-20",
            },
            {
                "kind": "web",
                "title": "The tank school at Kazan: a visitor's guide",
                "publisher": "Kazan history circle",
                "url": "https://kazan-history.example.org/kama-tank-school",
                "accessed": "2018-06-04",
                # The demo's dead link, at an address reserved for examples: what
                # the link checker would have found there.
                "dead": {
                    "code": 410,
                    "archive_url": "https://archive.example.org/web/20180604/"
                    "https://kazan-history.example.org/kama-tank-school",
                },
            },
        ],
        "footnotes": [
            (
                "An agreement of 1926 gave the Reichswehr a school for armoured troops",
                3,
                "",
            ),
            (
                "the heavy Grosstraktor, made in small numbers by Krupp, Daimler-Benz and Rheinmetall",
                1,
                "",
            ),
            (
                "Josef Harpe commanded it for a time; Heinz Guderian came to inspect it",
                3,
                "",
            ),
            ("Its later multi-turreted T-28 and T-35 share its general idea", 1, ""),
            ("the work moved in 1928 to a range near Volsk", 2, ""),
            ("gas fitted badly into a doctrine built on mobility", 2, ""),
            ("Kama closed in the same year as Lipetsk and Tomka", 3, ""),
            ("were dead, shot in the purges of 1937 and 1938", 4, ""),
        ],
    },
    {
        "slug": "junkers-at-fili",
        "title": "Junkers at Fili: an aircraft factory outside Moscow",
        "standfirst": (
            "Hugo Junkers was promised orders and a market. What he got was a "
            "loss-making works that the Soviet state took over and turned into "
            "the cradle of its heavy bombers."
        ),
        "published": "2026-11-02",
        "authors": ["petra-kralova"],
        "tags": ["Junkers", "Aviation", "Industry"],
        "image": "bomber",
        "image_alt": (
            "Side and plan views of a four-engined, corrugated-skinned monoplane "
            "bomber of the TB-3 kind, the type the Fili works built after the "
            "Junkers years."
        ),
        "body": [
            (
                "paragraph",
                "<p>The earliest industrial project of the partnership was also its "
                "first disappointment. Late in 1922 the Junkers company agreed to "
                "build all-metal aircraft and engines in a disused car factory at "
                "Fili, then on the western edge of Moscow. The Reichswehr backed the "
                "venture with money, hoping for a source of modern aircraft beyond "
                "the reach of Allied inspectors.</p>"
                "<p>Junkers sent engineers and skilled workers, by some accounts more "
                "than a thousand people, and production of light metal aircraft "
                "began. In 1924 and 1925 the works supplied a large share of the "
                "aircraft that the Soviet air force received.</p>",
            ),
            ("heading", {"text": "Promises and losses", "level": "h2"}),
            (
                "paragraph",
                "<p>The arrangement pleased nobody for long. Soviet orders fell short "
                "of what Junkers had counted on, the Reichswehr's money came late and "
                "with conditions, and the Soviet side wanted the technology far more "
                "than it wanted a foreign firm on its soil. The firm fell into "
                "financial trouble at home.</p>"
                "<p>When the cooperation became public in December 1926, Fili was "
                "part of the scandal. The concession was wound up, and by 1927 the "
                "works were in Soviet hands.</p>",
            ),
            ("heading", {"text": "Plant No. 22", "level": "h2"}),
            (
                "paragraph",
                "<p>Under Soviet management the factory became State Aviation Plant "
                "No. 22. Andrei Tupolev's bureau drew on the corrugated all-metal "
                "construction that Junkers had brought, and the plant went on to "
                "build Tupolev's TB-1 and the four-engined TB-3 bombers. The German "
                "investment had failed as a business and succeeded, for the other "
                "side, as a transfer of skills.</p>",
            ),
        ],
        "sources": [
            {
                "kind": "book",
                "title": "Faustian Bargain: The Soviet-German Partnership and the Origins of the Second World War",
                "author": "Ian Ona Johnson",
                "publisher": "Oxford University Press",
                "year": 2021,
            },
            {
                "kind": "web",
                "title": "Luftwaffe (Wehrmacht)",
                "publisher": "Wikipedie",
                "url": "https://cs.wikipedia.org/wiki/Luftwaffe_(Wehrmacht)",
                "accessed": "2026-11-20",
            },
            {
                "kind": "web",
                "title": "Khrunichev State Research and Production Space Center",
                "publisher": "Wikipedia",
                "url": "https://en.wikipedia.org/wiki/Khrunichev_State_Research_and_Production_Space_Center",
                "accessed": "2026-11-20",
                "note": "On the history of the Fili works as Plant No. 22.",
            },
        ],
        "footnotes": [
            (
                "the Junkers company agreed to build all-metal aircraft and engines",
                1,
                "",
            ),
            ("by some accounts more than a thousand people", 1, ""),
            ("Soviet orders fell short of what Junkers had counted on", 1, ""),
            ("by 1927 the works were in Soviet hands", 3, ""),
            ("the factory became State Aviation Plant No. 22", 3, ""),
        ],
    },
]

CONTRIBUTORS = [
    {
        "slug": "jana-dvorakova",
        "name": "Jana Dvořáková",
        "bio": "Writes on interwar diplomacy and the armies of Central Europe. "
        "Reads German, Russian and Czech archival material.",
    },
    {
        "slug": "tomas-berger",
        "name": "Tomáš Berger",
        "bio": "Armour and aviation historian; builds scale models of the vehicles he writes about.",
    },
    {
        "slug": "petra-kralova",
        "name": "Petra Králová",
        "bio": "Researches the aircraft industry of the 1920s and the people who ran it.",
    },
]

SERIES = [SCHOOLS_IN_THE_EAST, *articles_1930s.SERIES]
ARTICLES += articles_1930s.ARTICLES
CONTRIBUTORS += articles_1930s.CONTRIBUTORS
