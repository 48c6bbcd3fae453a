"""The demo magazine's later articles: Czechoslovakia 1938, the Red Army and Spain, and the end of the schools in the East."""

# The figures drawn in the "purge_chart" drawing: (rank, holders in 1936, lost
# to the purge of 1937-1938). They are the figures Robert Conquest gives in
# The Great Terror: A Reassessment (Oxford University Press, 1990), which are
# the ones most often quoted; later archival work revises some of them.
PURGE_FIGURES = [
    ("Marshals", 5, 3),
    ("Army commanders", 15, 13),
    ("Corps commanders", 57, 50),
    ("Division commanders", 186, 154),
]
PURGE_FIGURES_SOURCE = {
    "kind": "book",
    "title": "The Great Terror: A Reassessment",
    "author": "Robert Conquest",
    "publisher": "Oxford University Press",
    "year": 1990,
}

CONTRIBUTORS = [
    {
        "slug": "vojtech-stanek",
        "name": "Vojtěch Staněk",
        "bio": "Historian of the Czechoslovak border fortifications of 1935-1938. "
        "Has walked most of the line, from the hills above Ostrava to the Šumava, "
        "with a camera and a tape measure.",
    },
    {
        "slug": "katerina-sokolova",
        "name": "Kateřina Sokolová",
        "bio": "Reads Russian and writes on the Red Army between the wars: its "
        "doctrine, its commanders and the purge that destroyed most of them.",
    },
]

SERIES = [
    {
        "slug": "czechoslovakia-1938",
        "title": "Czechoslovakia 1938",
        "description": (
            "How a small democracy fortified its frontier, called up its army "
            "in September 1938, was ordered not to fight, and saw its weapons "
            "go to war in German hands."
        ),
    },
]

ARTICLES = [
    {
        "slug": "after-the-schools",
        "title": "After the schools: from 1933 to 1941",
        "standfirst": (
            "In 1933 the Germans packed up their secret schools in Russia and "
            "went home. Eight years later the pupils of Lipetsk and Kama came "
            "back at the head of an invading army, and few of their Soviet "
            "partners were still alive to meet them."
        ),
        "published": "2026-11-16",
        "authors": ["jana-dvorakova", "katerina-sokolova"],
        "tags": ["Lipetsk", "Kama", "Reichswehr", "Red Army", "Interwar training"],
        # "Kama" alone is both the school and the river; here it is the school.
        "mention_choices": [("Kama", "Panzerschule Kama")],
        "series": "schools-in-the-east",
        "series_part": 3,
        "image": "timeline",
        "image_alt": (
            "Bar chart of the years 1921 to 1933 showing when Sondergruppe R, "
            "the Junkers works at Fili, Lipetsk, Kama and Tomka were active; "
            "every bar ends by 1933."
        ),
        "body": [
            (
                "paragraph",
                "<p>By the start of 1933 the arrangement that had served two armies "
                "for a decade was running down. The Allied inspectors had left "
                "Germany years before, the depression had drained the secret funds "
                "of the Reichswehr, and its planners had begun to ask whether the "
                "schools in Russia were still worth what they cost. On 30 January "
                "Adolf Hitler became chancellor. His government named communism as "
                "its enemy, and after the Reichstag fire at the end of February "
                "German communists were arrested by the thousand. In Moscow, the "
                "officers who had dealt with their German partners since the early "
                "1920s had good reason to wonder whom they were now dealing "
                "with.</p>",
            ),
            ("heading", {"text": "Packing up", "level": "h2"}),
            (
                "paragraph",
                "<p>Who ended the partnership is still argued over. Both governments "
                "had reasons to let it go, and neither fought to save it. Werner von "
                "Blomberg, who had toured the Soviet sites in 1928 as head of the "
                "army's disguised general staff, was now Hitler's minister of "
                "defence, and under him the army meant to rearm at home, openly, as "
                "soon as it dared.</p>"
                "<p>Over the summer of 1933 the three sites were wound up one after "
                "another. The flying school at Lipetsk was handed to the Soviet Air "
                "Forces on 18 August, and its last German staff left in the middle of "
                "September. Panzerschule Kama at Kazan closed in the same weeks, and "
                "the Gas-Testgelände Tomka near Volsk was shut before the year was "
                "out. Whatever the Germans wanted went home by rail. The ground, the "
                "buildings and a good deal of the know-how stayed behind.</p>",
            ),
            (
                "facts",
                {
                    "title": "How the schools ended",
                    "rows": [
                        {
                            "label": "Lipetsk",
                            "value": "Handed to the Soviet Air Forces, 18 August 1933",
                        },
                        {
                            "label": "Kama",
                            "value": "Closed 1933; kept by the Red Army as a tank school",
                        },
                        {
                            "label": "Tomka",
                            "value": "Closed 1933; Shikhany stayed a Soviet chemical range",
                        },
                        {
                            "label": "Rearmament in the open",
                            "value": "March 1935: air force announced, conscription restored",
                        },
                    ],
                },
            ),
            (
                "paragraph",
                "<p>The Soviet side kept what it could. The Red Army went on "
                "training tank crews at Kazan, Shikhany remained the main Soviet "
                "range for chemical weapons, and Lipetsk stayed an air base. Soviet "
                "officers had watched German instruction for years, borrowed German "
                "staff methods and translated German manuals. What they had never "
                "been offered was German trust.</p>",
            ),
            ("heading", {"text": "The airmen of the new Luftwaffe", "level": "h2"}),
            (
                "paragraph",
                "<p>Germany dropped the pretence in March 1935, when it announced "
                "that it had an air force and brought back conscription. The "
                "Luftwaffe grew faster than it could train leaders, and the men of "
                "Lipetsk were ready-made squadron commanders, staff officers and "
                "instructors. Hans Jeschonnek, who had flown there as a young "
                "officer, became Chief of the Luftwaffe General Staff in February "
                "1939, still in his thirties. Wolfgang Falk built up the first German "
                "night-fighter wing in the summer of 1940. In the late summer of that "
                "year Johannes Trautloft took over Jagdgeschwader 54 and Günther "
                "Lützow Jagdgeschwader 3, and both wings flew east on 22 June "
                "1941.</p>"
                "<p>Several had been tested in Spain first. Hugo Sperrle commanded "
                "the Legion Condor there in 1936 and 1937; Trautloft was among the "
                "first German fighter pilots sent in the summer of 1936; Wolfgang "
                "Schellmann became one of the Legion's aces, and went missing on the "
                "first day of the invasion of the Soviet Union. Kurt Student, who had "
                "also passed through Lipetsk, created the German parachute troops and "
                "led them on Crete in May 1941.</p>",
            ),
            ("heading", {"text": "The tank men", "level": "h2"}),
            (
                "paragraph",
                "<p>Kama had taught far fewer people, but its circle counted for more "
                "than its numbers. Heinz Guderian, who had inspected the school, took "
                "Panzer Group 2 across the Bug near Brest on the first morning of the "
                "German invasion of the Soviet Union. Josef Harpe, its head in the "
                "last years, led a panzer division in the same campaign. Wilhelm von "
                "Thoma, who had served there, commanded the German tanks in Spain and "
                "a panzer division in Russia in 1941. Ernst Volckheim, once an "
                "instructor at Kazan, was by then known for the books on tank warfare "
                "he had been writing since the early 1920s. Walter Model, who had "
                "travelled to the Soviet Union in the years of cooperation, led the "
                "3rd Panzer Division east under Guderian.</p>"
                "<p>On the central front the two panzer groups belonged to Guderian "
                "and Hermann Hoth. The Soviet commander who met them head-on was "
                "Dmitry Pavlov, a tank officer who had fought in Spain and then run "
                "the Red Army's armoured directorate. Within a week his Western Front "
                "had been torn open and Minsk had fallen. He was arrested at the "
                "beginning of July and shot later that month.</p>",
            ),
            ("heading", {"text": "The other side of the table", "level": "h2"}),
            (
                "paragraph",
                "<p>Pavlov's fate was that of a generation. The Soviet officers who "
                "had known the Germans best did not live to fight them. Vladimir "
                "Triandafillov, whose ideas on operations in depth shaped the army's "
                "thinking, died in an air crash in 1931. Mikhail Tukhachevsky, who "
                "had dealt with German officers for years, was shot in June 1937 "
                "together with Ieronim Uborevich and Iona Yakir, both of whom had "
                "attended German staff courses at the end of the 1920s. Contacts with "
                "the Reichswehr that the Soviet state had once ordered were turned "
                "into proof of treason in the Tukhachevsky affair. Yakov Alksnis, "
                "head of the air force since 1931, was shot in 1938.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "The schools gave both armies officers who knew the "
                    "other's methods at first hand. Only one of the two governments "
                    "let its officers live long enough to use what they knew.",
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                "<p>When the Molotov–Ribbentrop Pact brought the two armies together "
                "again in 1939, few of the old acquaintances were left on the Soviet "
                "side. On 22 September, at Brest-Litovsk, Guderian handed the town "
                "over to a Soviet tank brigade under Semyon Krivoshein, and the two "
                "men watched their troops march past. Twenty-one months later "
                "Guderian's tanks were back at Brest, and the classrooms of Lipetsk "
                "and Kazan had produced their last result.</p>",
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
                "kind": "book",
                "title": "The Luftwaffe: Creating the Operational Air War, 1918–1940",
                "author": "James S. Corum",
                "publisher": "University Press of Kansas",
                "year": 1997,
            },
            {
                "kind": "book",
                "title": "Storm of Steel: The Development of Armor Doctrine in Germany and the Soviet Union, 1919–1939",
                "author": "Mary R. Habeck",
                "publisher": "Cornell University Press",
                "year": 2003,
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
                "title": "Lipetsk fighter-pilot school",
                "publisher": "Wikipedia",
                "url": "https://en.wikipedia.org/wiki/Lipetsk_fighter-pilot_school",
                "accessed": "2026-11-20",
            },
        ],
        "footnotes": [
            ("the depression had drained the secret funds of the Reichswehr", 1, ""),
            ("German communists were arrested by the thousand", 1, ""),
            ("Werner von Blomberg, who had toured the Soviet sites in 1928", 1, ""),
            ("the three sites were wound up one after another", 1, ""),
            (
                "The flying school at Lipetsk was handed to the Soviet Air Forces on 18 August",
                5,
                "",
            ),
            ("Panzerschule Kama at Kazan closed in the same weeks", 4, ""),
            ("The Red Army went on training tank crews at Kazan", 4, ""),
            ("became Chief of the Luftwaffe General Staff in February 1939", 2, ""),
            ("Wolfgang Falk built up the first German night-fighter wing", 2, ""),
            (
                "Trautloft was among the first German fighter pilots sent in the summer of 1936",
                2,
                "",
            ),
            ("Kurt Student, who had also passed through Lipetsk", 5, ""),
            ("Heinz Guderian, who had inspected the school", 4, ""),
            ("Ernst Volckheim, once an instructor at Kazan", 3, ""),
            (
                "On the central front the two panzer groups belonged to Guderian and Hermann Hoth",
                1,
                "",
            ),
            (
                "He was arrested at the beginning of July and shot later that month",
                1,
                "",
            ),
            ("died in an air crash in 1931", 3, ""),
            (
                "Mikhail Tukhachevsky, who had dealt with German officers for years, was shot in June 1937",
                1,
                "",
            ),
            (
                "Guderian handed the town over to a Soviet tank brigade under Semyon Krivoshein",
                1,
                "",
            ),
        ],
    },
    {
        "slug": "a-wall-of-concrete",
        "title": "A wall of concrete: the border fortifications, 1935–1938",
        "standfirst": (
            "In three years Czechoslovakia built more than ten thousand pillboxes "
            "and the first of its great mountain forts along a frontier that "
            "Germany was closing around it. In October 1938 it handed them over "
            "without a shot."
        ),
        "published": "2026-09-07",
        "authors": ["vojtech-stanek"],
        "tags": ["Czechoslovakia", "Fortifications", "Czechoslovak Army", "1938"],
        "series": "czechoslovakia-1938",
        "series_part": 1,
        "image": "pillbox",
        "image_alt": (
            "Cross-section drawing of a small Czechoslovak concrete pillbox of the "
            "1937 pattern, with thick walls and two machine-gun embrasures."
        ),
        "body": [
            (
                "paragraph",
                "<p>Czechoslovakia was a young state with long and awkward borders. "
                "After Hitler came to power in 1933 the longest of them, well over a "
                "thousand kilometres of hills and mountains facing Germany, became "
                "the most dangerous. Much of the land just inside it was home to "
                "German speakers, more and more of whom looked to Konrad Henlein and "
                "his Sudeten German Party. The Czechoslovak Army could never match "
                "the Wehrmacht man for man. What it could try to do was make the "
                "first weeks of a war so costly that its allies would have time to "
                "come.</p>",
            ),
            ("heading", {"text": "A plan for a small army", "level": "h2"}),
            (
                "paragraph",
                "<p>The plan rested on alliances. France had been Czechoslovakia's "
                "ally since 1924, and in May 1935 a treaty with the Soviet Union "
                "added a second partner, although Moscow was bound to help only if "
                "France did so first. The General Staff under Ludvík Krejčí assumed "
                "that the army would have to hold on alone for some time: first in "
                "the border hills while the reserves were called up, then, if "
                "pushed back, in a long fighting retreat eastward through Moravia "
                "towards Slovakia.</p>"
                "<p>In March 1935 the Ministry of National Defence set up a "
                "Directorate of Fortification Works, known by its Czech initials "
                "ŘOP, to build the shield. Czechoslovak officers had studied the "
                "French Maginot Line, and French officers advised on the designs. "
                "Work started where the danger looked greatest: in the north-east "
                "around Ostrava, where the open country of the Moravian Gate offered "
                "an invader a short road into the middle of the state, and along the "
                "northern edge of Bohemia. After Germany swallowed Austria in March "
                "1938, light works went up in haste along the new southern front, "
                "south of Brno and around Bratislava.</p>",
            ),
            (
                "facts",
                {
                    "title": "The fortifications at a glance",
                    "rows": [
                        {
                            "label": "Directorate of Fortification Works",
                            "value": "Set up in March 1935",
                        },
                        {
                            "label": "Light pillboxes",
                            "value": "vz. 36 from 1936, vz. 37 from 1937",
                        },
                        {
                            "label": "Built by September 1938",
                            "value": "10,014 light pillboxes and 264 heavy blockhouses",
                        },
                        {
                            "label": "Artillery forts",
                            "value": "15 planned; 5 structurally complete in 1938, none fully armed",
                        },
                        {
                            "label": "Planned completion",
                            "value": "First stage 1941–1942, the whole system in the early 1950s",
                        },
                    ],
                },
            ),
            ("heading", {"text": "The light pillbox", "level": "h2"}),
            (
                "paragraph",
                "<p>The backbone of the line was not its forts but thousands of small "
                "concrete pillboxes. The first type, the vz. 36, was a simple shelter "
                "that fired mainly to the front. Its successor, which the army listed "
                "as the Light pillbox vz. 37, was a cleverer design. The wall facing "
                "the enemy had no opening at all. Its embrasures, usually two, looked "
                "sideways along the line, so that each pillbox swept the ground in "
                "front of its neighbours and was covered by them in turn. An attacker "
                "coming straight on was hit from the flanks, where he could not reply. "
                "Depending on the type, two to seven men manned it with machine guns, "
                "behind walls meant to stop shells of 75 to 150 millimetres.</p>"
                "<p>The pillboxes ran in lines, often two deep, between the heavier "
                "works, tied together with barbed wire, ditches and the steel "
                "anti-tank obstacles still known as Czech hedgehogs. By September "
                "1938 the army's engineers and the civilian firms working for them had "
                "finished 10,014, about seven in ten of those planned. Czechs today "
                "call them řopíky, after the directorate's initials.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "An attacker coming straight on was hit from the "
                    "flanks, where he could not reply.",
                    "attribution": "",
                },
            ),
            ("heading", {"text": "Forts in the mountains", "level": "h2"}),
            (
                "paragraph",
                "<p>Where the threat was greatest, the light line was backed by heavy "
                "blockhouses, mostly of two storeys, and at a few key points by "
                "artillery forts: groups of blockhouses joined deep underground by "
                "galleries, with magazines, barracks, engine rooms and wells for a "
                "garrison meant to fight on when surrounded. Fifteen were planned. "
                "When the crisis came five were structurally complete, and none had "
                "all its guns.</p>"
                "<p>Hanička Fort, in the Orlické hory above Rokytnice, was one of the "
                "five. Work began on 14 September 1936, and the shell of its last "
                "block was finished in June 1938: six blocks on the surface, joined by "
                "about a kilometre and a half of tunnels and halls. Yet in September "
                "it still lacked its main armament. The 100 mm howitzers for its "
                "artillery casemate and its retractable turret were still being made "
                "at the Škoda Works in Plzeň.</p>"
                "<p>Dobrošov Fort, on a hill above Náchod covering the road from "
                "Kladsko, was begun a year later, in September 1937, and got much less "
                "far. Only three of its blocks stood complete above ground, and only "
                "one of them, the infantry blockhouse called Jeřáb, was manned during "
                "the mobilisation, by a crew of 25. Below them almost two kilometres of "
                "galleries had been cut into the rock.</p>",
            ),
            ("heading", {"text": "Handed over intact", "level": "h2"}),
            (
                "paragraph",
                "<p>The line was never tested. Under the Munich Agreement the border "
                "districts, and with them nearly all the fortifications, passed to "
                "Germany in the first ten days of October 1938. The troops took out "
                "the weapons and equipment they could carry and marched away; "
                "Hanička was handed to the Wehrmacht on the morning of 10 October. "
                "German officers who toured the works were struck by their quality, "
                "and in 1939 and 1940 German engineers and gunners used some of them "
                "as targets for new shells and demolition charges, practice they put "
                "to use against fortifications in the West.</p>"
                "<p>Much of the armour was later torn out, and most of the line "
                "survives as bare concrete in the woods. Both forts are museums now. "
                "Dobrošov has been open to visitors since the late 1960s; Hanička was "
                "closed in the 1970s and rebuilt in secret as a nuclear shelter "
                "before it, too, reopened. The second part of this series follows the "
                "men who manned the line in September 1938.</p>",
            ),
        ],
        "sources": [
            {
                "kind": "book",
                "title": "Fortress Europe: European Fortifications of World War II",
                "author": "J. E. Kaufmann; Robert M. Jurga",
                "publisher": "Combined Publishing",
                "year": 1999,
            },
            {
                "kind": "web",
                "title": "Czechoslovak border fortifications",
                "publisher": "Wikipedia",
                "url": "https://en.wikipedia.org/wiki/Czechoslovak_border_fortifications",
                "accessed": "2026-11-20",
            },
            {
                "kind": "web",
                "title": "Československé opevnění",
                "publisher": "Wikipedie",
                "url": "https://cs.wikipedia.org/wiki/%C4%8Ceskoslovensk%C3%A9_opevn%C4%9Bn%C3%AD",
                "accessed": "2026-11-20",
            },
            {
                "kind": "web",
                "title": "Pevnost Hanička",
                "publisher": "Tvrz Hanička",
                "url": "https://hanicka.cz/",
                "accessed": "2026-11-20",
            },
            {
                "kind": "web",
                "title": "Pevnost Dobrošov (artillery fortress)",
                "publisher": "Kladské pomezí",
                "url": "https://kladskepomezi.cz/culture/fortresses/pevnost-dobrosov-artillery-fortress",
                "accessed": "2026-11-20",
            },
        ],
        "footnotes": [
            (
                "well over a thousand kilometres of hills and mountains facing Germany",
                2,
                "",
            ),
            (
                "in a long fighting retreat eastward through Moravia towards Slovakia",
                3,
                "",
            ),
            (
                "In March 1935 the Ministry of National Defence set up a Directorate of Fortification Works",
                3,
                "",
            ),
            ("French officers advised on the designs", 1, ""),
            ("Its embrasures, usually two, looked sideways along the line", 1, ""),
            (
                "Depending on the type, two to seven men manned it with machine guns",
                2,
                "",
            ),
            ("finished 10,014, about seven in ten of those planned", 2, ""),
            (
                "Fifteen were planned. When the crisis came five were structurally complete",
                3,
                "",
            ),
            (
                "six blocks on the surface, joined by about a kilometre and a half of tunnels",
                4,
                "",
            ),
            ("manned during the mobilisation, by a crew of 25", 5, ""),
            ("almost two kilometres of galleries had been cut into the rock", 5, ""),
            ("passed to Germany in the first ten days of October 1938", 2, ""),
            ("Hanička was handed to the Wehrmacht on the morning of 10 October", 4, ""),
            ("Dobrošov has been open to visitors since the late 1960s", 5, ""),
            ("rebuilt in secret as a nuclear shelter", 4, ""),
        ],
    },
    {
        "slug": "september-1938",
        "title": "September 1938: the army that was told not to fight",
        "standfirst": (
            "On the evening of 23 September 1938 Czechoslovakia called its "
            "reservists to arms, and they came faster than anyone had planned. A "
            "week later the government accepted terms drawn up without it, and the "
            "army marched out of its own fortifications."
        ),
        "published": "2026-09-23",
        "authors": ["jana-dvorakova", "vojtech-stanek"],
        "tags": ["Czechoslovakia", "Munich Agreement", "Mobilisation", "1938"],
        "series": "czechoslovakia-1938",
        "series_part": 2,
        "image": "czechoslovakia_map",
        "image_alt": (
            "Sketch map of Czechoslovakia in 1938 marking Prague, Plzeň, Brno, "
            "Ostrava and Bratislava, with the line of the border fortifications "
            "and the border areas ceded in October 1938 shaded."
        ),
        "body": [
            (
                "paragraph",
                "<p>The crisis had been building all year. In March 1938 Germany "
                "annexed Austria, and Czechoslovakia's southern flank, which the "
                "fortification programme had barely touched, suddenly faced the "
                "Wehrmacht too. In April Konrad Henlein's Sudeten German Party "
                "demanded self-government for the German-speaking border districts "
                "on terms meant to be refused. In May, amid reports of German troop "
                "movements, Prague called up a class of reservists and manned the "
                "frontier. The reports were never confirmed, but Hitler took the "
                "episode as a humiliation and told his generals that he intended to "
                "destroy Czechoslovakia by force. The date set for the attack was 1 "
                "October.</p>",
            ),
            ("heading", {"text": "Twelve days in September", "level": "h2"}),
            (
                "paragraph",
                "<p>On 12 September Hitler spoke at the party rally in Nuremberg and "
                "promised the Sudeten Germans his support. Henlein's followers rose in "
                "a number of border towns; the government declared martial law in the "
                "affected districts and restored order within days, and Henlein fled "
                "to Germany, where he formed an armed Freikorps to raid across the "
                "frontier. Neville Chamberlain flew to meet Hitler at Berchtesgaden "
                "on 15 September. Four days later Britain and France put their plan to "
                "Prague: every district more than half German was to be given up.</p>"
                "<p>President Edvard Beneš and the government of Milan Hodža at first "
                "refused. In the small hours of 21 September the British and French "
                "envoys told Beneš that if Czechoslovakia fought, it would fight "
                "alone, and later that day the government gave way. The country "
                "erupted. Crowds filled Wenceslas Square and gathered outside "
                "parliament, and the Sudetenland, the name now used abroad for the "
                "German-speaking border districts, was on every front page. On 22 "
                "September Hodža resigned, and General Jan Syrový, the army's "
                "inspector-general and a one-eyed hero of the Czechoslovak legion in "
                "Russia, became prime minister.</p>"
                "<p>The same day, at Bad Godesberg, Chamberlain found that Hitler now "
                "wanted more and wanted it faster. On 23 September London and Paris "
                "told Prague that they would no longer advise against "
                "mobilisation.</p>",
            ),
            (
                "facts",
                {
                    "title": "September 1938, day by day",
                    "rows": [
                        {
                            "label": "12 September",
                            "value": "Hitler speaks at Nuremberg",
                        },
                        {
                            "label": "15 September",
                            "value": "Chamberlain meets Hitler at Berchtesgaden",
                        },
                        {
                            "label": "21 September",
                            "value": "Prague accepts the Anglo-French plan",
                        },
                        {
                            "label": "22 September",
                            "value": "Syrový becomes prime minister; talks at Bad Godesberg",
                        },
                        {"label": "23 September", "value": "General mobilisation"},
                        {
                            "label": "29–30 September",
                            "value": "Conference and agreement at Munich",
                        },
                        {
                            "label": "1–10 October",
                            "value": "German troops occupy the ceded districts",
                        },
                    ],
                },
            ),
            ("heading", {"text": "Mobilisation", "level": "h2"}),
            (
                "paragraph",
                "<p>Shortly after ten in the evening of Friday 23 September, "
                "Czechoslovak radio interrupted its programme to announce that the "
                "president had ordered general mobilisation. Posters went up "
                "overnight in every town and village. The Czechoslovak mobilisation "
                "of 1938 went better than its planners had dared to hope. Within a day "
                "about three quarters of the men called had reported to their units, "
                "and with those already serving or called up earlier the army had "
                "about 1,250,000 men under arms. Ludvík Krejčí, the chief of the "
                "General Staff, became commander-in-chief of the armed forces. Four "
                "armies took up positions: in Bohemia, in northern and in southern "
                "Moravia, and in Slovakia.</p>"
                "<p>The men went to the frontier expecting to fight. They moved into "
                "pillboxes and blockhouses that in many places still lacked weapons "
                "or equipment, while Freikorps raids and firefights flared along the "
                "border. On the other side the German army stood ready for the "
                "attack planned for the first day of October.</p>",
            ),
            ("heading", {"text": "Munich", "level": "h2"}),
            (
                "paragraph",
                "<p>The decision was taken elsewhere. On 29 September Hitler, Benito "
                "Mussolini, Chamberlain and Édouard Daladier met in Munich. No "
                "Czechoslovak sat at the table; two diplomats sent from Prague waited "
                "in a hotel and were handed the result after it had been signed, in "
                "the early hours of 30 September. The Munich Agreement gave Germany "
                "what it had demanded at Godesberg, spread over a few more days: the "
                "border districts were to be evacuated in stages between 1 and 10 "
                "October, and an international commission would settle the rest.</p>"
                "<p>At Prague Castle that morning Beneš, the government and the "
                "generals weighed what was left. Several senior officers begged him "
                "to fight regardless. The government judged that a war alone, against "
                "Germany and very likely Poland and Hungary as well, would end in "
                "defeat and occupation, and around midday it accepted. That "
                "afternoon Syrový explained the decision to the nation on the radio, "
                "and the army heard an order of the day from Krejčí.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "I am living through the hardest moments of my life, "
                    "carrying out the most painful of my duties, beside which it "
                    "would be easier to die.",
                    "attribution": "Jan Syrový, radio address, 30 September 1938 "
                    "(translated from the Czech)",
                },
            ),
            ("heading", {"text": "The order not to fight", "level": "h2"}),
            (
                "paragraph",
                "<p>For the soldiers it was the hardest order of all. Men who had "
                "gone into the concrete a week earlier stripped it of whatever could "
                "be carried and marched back to new positions inside a shrunken "
                "state. Poland took the Těšín district at the start of October. The "
                "First Vienna Award of 2 November gave Hungary a broad strip of "
                "southern Slovakia and Ruthenia, Košice among it. Beneš resigned on 5 "
                "October and left the country later that month; on 30 November Emil "
                "Hácha, a senior judge with no political career, was elected "
                "president of what was now called Czecho-Slovakia.</p>"
                "<p>The army had lost its fortifications, its frontier and a large "
                "part of the country's industry. What it kept, its weapons, passed to "
                "Germany in the German occupation of Bohemia and Moravia on 15 March "
                "1939; the third part of this series follows its tanks. Whether the "
                "country should have fought in 1938, and how long it could have held, "
                "is still argued. Nobody disputes how quickly and willingly its men "
                "answered the call.</p>",
            ),
        ],
        "sources": [
            {
                "kind": "book",
                "title": "Czechoslovakia between Stalin and Hitler: The Diplomacy of Edvard Beneš in the 1930s",
                "author": "Igor Lukes",
                "publisher": "Oxford University Press",
                "year": 1996,
            },
            {
                "kind": "book",
                "title": "The Bell of Treason: The 1938 Munich Agreement in Czechoslovakia",
                "author": "P. E. Caquet",
                "publisher": "Profile Books",
                "year": 2018,
            },
            {
                "kind": "book",
                "title": "The Munich Crisis, 1938: Prelude to World War II",
                "author": "Igor Lukes; Erik Goldstein (eds.)",
                "publisher": "Frank Cass",
                "year": 1999,
            },
            {
                "kind": "web",
                "title": "Munich Agreement",
                "publisher": "Wikipedia",
                "url": "https://en.wikipedia.org/wiki/Munich_Agreement",
                "accessed": "2026-11-20",
            },
            {
                "kind": "web",
                "title": "Projev předsedy vlády Syrového 30. září 1938",
                "publisher": "Fronta.cz",
                "url": "https://www.fronta.cz/dokument/projev-predsedy-vlady-syroveho-30-zari-1938",
                "accessed": "2026-11-20",
            },
        ],
        "footnotes": [
            ("Prague called up a class of reservists and manned the frontier", 1, ""),
            ("The date set for the attack was 1 October", 3, ""),
            ("the government declared martial law in the affected districts", 2, ""),
            ("Neville Chamberlain flew to meet Hitler at Berchtesgaden", 4, ""),
            (
                "the British and French envoys told Beneš that if Czechoslovakia fought",
                1,
                "",
            ),
            ("General Jan Syrový, the army's inspector-general", 2, ""),
            (
                "London and Paris told Prague that they would no longer advise against mobilisation",
                3,
                "",
            ),
            ("the army had about 1,250,000 men under arms", 2, ""),
            ("Four armies took up positions", 1, ""),
            ("while Freikorps raids and firefights flared along the border", 2, ""),
            ("two diplomats sent from Prague waited in a hotel", 4, ""),
            (
                "the border districts were to be evacuated in stages between 1 and 10 October",
                3,
                "",
            ),
            ("Several senior officers begged him to fight regardless", 2, ""),
            ("Syrový explained the decision to the nation on the radio", 5, ""),
            ("Poland took the Těšín district at the start of October", 1, ""),
            ("The First Vienna Award of 2 November gave Hungary a broad strip", 3, ""),
            (
                "passed to Germany in the German occupation of Bohemia and Moravia",
                1,
                "",
            ),
        ],
    },
    {
        "slug": "czech-tanks-in-german-service",
        "title": "Czech tanks in German service",
        "standfirst": (
            "When German troops entered Prague in March 1939 they found hundreds "
            "of modern light tanks and a factory ready to build more. For two "
            "years Czech designs filled the gaps in Hitler's panzer divisions."
        ),
        "published": "2026-10-26",
        "authors": ["tomas-berger"],
        "tags": ["Tanks", "Czechoslovakia", "Wehrmacht", "Industry"],
        "series": "czechoslovakia-1938",
        "series_part": 3,
        "image": "light_tank",
        "image_alt": (
            "Side-view drawing of a 1930s light tank of the LT vz. 38 kind, with "
            "four large road wheels and a small turret carrying a short gun."
        ),
        "body": [
            (
                "paragraph",
                "<p>On the morning of 15 March 1939 German troops crossed into what "
                "was left of Bohemia and Moravia. President Emil Hácha, summoned to "
                "Berlin the evening before and threatened with the bombing of Prague, "
                "had signed his country away in the small hours. The army had been "
                "ordered to stay in its barracks, and it did. The German occupation "
                "of Bohemia and Moravia cost the Wehrmacht almost nothing and gave it "
                "a great deal: the complete arsenal of a modern army and the "
                "factories that had equipped it.</p>"
                "<p>Among the spoils were two of the best light tanks in Europe. One "
                "was already in service in numbers; the other had only just gone into "
                "production. Both were kept, renamed and sent to war.</p>",
            ),
            ("heading", {"text": "The LT vz. 35", "level": "h2"}),
            (
                "paragraph",
                "<p>The LT vz. 35 was a design of the Škoda Works, chosen by the "
                "Czechoslovak Army in 1935 and built from the end of 1936 by Škoda in "
                "Plzeň and by ČKD in Prague, which shared the order. It weighed about "
                "ten and a half tonnes, carried a 37 mm gun and two machine guns "
                "behind riveted armour up to 25 mm thick, and had a crew of three. "
                "Its most modern feature was also its weak point: a compressed-air "
                "system that made the gearbox and steering easy to handle but "
                "suffered in the cold and was hard to maintain. The army received "
                "298.</p>"
                "<p>In the autumn of 1938 and the winter that followed they saw "
                "action against Freikorps raiders and in the border fighting with "
                "Hungary in the east. When the state broke up in March 1939, Germany "
                "took 244 and the new Slovak state kept 52. As the Panzerkampfwagen "
                "35(t), the t standing for tschechisch, Czech, they were given a "
                "fourth crewman so that the commander no longer had to load the gun, "
                "and went to the 1st Light Division, which took them into Poland in "
                "September 1939. Reorganised as the 6th Panzer Division, the same "
                "formation drove them through the Ardennes to the Channel in 1940 "
                "and through the Baltic states towards Leningrad in 1941.</p>"
                "<p>The Russian winter finished them. The air system froze, no new "
                "tanks of the type were being built, and by the end of 1941 nearly "
                "all had been lost or worn out. The survivors ended their days as "
                "artillery tractors and command vehicles.</p>",
            ),
            ("heading", {"text": "The LT vz. 38", "level": "h2"}),
            (
                "paragraph",
                "<p>The second tank came from ČKD, which had lost the 1935 "
                "competition to Škoda and turned to export. Its TNH family sold to "
                "Iran, Peru, Switzerland and Lithuania, and in 1938 the Czechoslovak "
                "Army chose a version of it as the LT vz. 38 and ordered 150. It was "
                "a simple, robust machine: four large road wheels a side on leaf "
                "springs, a six-cylinder Praga engine, a 37 mm gun and two machine "
                "guns, and a weight of about nine and a half tonnes. None had reached "
                "the army when the Germans arrived; the first production tanks were "
                "just leaving the ČKD works in Prague.</p>"
                "<p>A German commission visited the factory in May 1939 and liked "
                "what it saw. The Czech tank was lighter than the German Panzer III, "
                "carried a gun of the same calibre, and was far more useful than the "
                "Panzer I and II that still made up most of the German tank force. "
                "Production went on for the Wehrmacht as the Panzerkampfwagen 38(t), "
                "ČKD was renamed Böhmisch-Mährische Maschinenfabrik, and by June 1942 "
                "about 1,400 had been built, the later ones with frontal armour "
                "thickened to 50 mm.</p>",
            ),
            (
                "facts",
                {
                    "title": "Two Czech tanks",
                    "rows": [
                        {
                            "label": "LT vz. 35 / Panzer 35(t)",
                            "value": "Škoda design; about 10.5 t; 37 mm gun; 298 built for the Czechoslovak Army",
                        },
                        {
                            "label": "LT vz. 38 / Panzer 38(t)",
                            "value": "ČKD design; about 9.5 t; 37 mm gun; about 1,400 built by June 1942",
                        },
                        {
                            "label": "Crew in German service",
                            "value": "Four in both",
                        },
                        {
                            "label": "Main German users",
                            "value": "6th Panzer Division (35(t)); 7th and 8th Panzer Divisions in 1940 (38(t))",
                        },
                    ],
                },
            ),
            ("heading", {"text": "From France to Russia", "level": "h2"}),
            (
                "paragraph",
                "<p>In May 1940 three of the ten panzer divisions that attacked in "
                "the West relied mainly on Czech tanks: the 6th with its 35(t)s, and "
                "the 7th under Erwin Rommel and the 8th with 38(t)s. The German "
                "panzer arm was smaller and lighter than its reputation, and without "
                "the Czech machines a good part of it would have gone into France "
                "with tanks armed only with machine guns or a 20 mm cannon.</p>"
                "<p>In June 1941 several panzer divisions crossed into the Soviet "
                "Union with the 38(t) as their main tank. They met the same shock as "
                "the rest of the German army: the T-34 and the heavy KV, against "
                "which a 37 mm gun was almost useless. By 1942 the 38(t) was leaving "
                "the front line. Its chassis lived on under the Marder III tank "
                "destroyer and the Jagdpanzer 38(t), better known as the Hetzer, "
                "built in Bohemia until the last months of the war.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "The tanks the Czechoslovak Army bought to defend its "
                    "frontier crossed many frontiers, but never fought for the one "
                    "they were built for.",
                    "attribution": "",
                },
            ),
            ("heading", {"text": "Czech industry in German hands", "level": "h2"}),
            (
                "paragraph",
                "<p>The factories worked for the German war effort to the end. "
                "Škoda, folded into the Reichswerke Hermann Göring, made guns and "
                "ammunition in Plzeň; ČKD built tanks and tank destroyers in Prague; "
                "the Luftwaffe took over the Avia B-534 biplane fighters of the "
                "Czechoslovak air force, mostly for training, and put Czech aircraft "
                "works such as Avia to work on German orders. Czech engineers and "
                "workers had little choice, and some found quiet ways to slow the "
                "work down.</p>"
                "<p>It is a bitter footnote to September 1938. The army that "
                "mobilised to defend its frontier never fired its tanks in anger "
                "against Germany, and the machines it had paid for helped Germany "
                "conquer France and invade the Soviet Union, the two allies on whom "
                "Czechoslovakia had counted.</p>",
            ),
        ],
        "sources": [
            {
                "kind": "book",
                "title": "Panzer 38(t)",
                "author": "Steven J. Zaloga",
                "publisher": "Osprey Publishing",
                "year": 2014,
                "note": "New Vanguard 215.",
            },
            {
                "kind": "book",
                "title": "Encyclopedia of German Tanks of World War Two",
                "author": "Peter Chamberlain; Hilary L. Doyle",
                "publisher": "Arms and Armour Press",
                "year": 1978,
            },
            {
                "kind": "web",
                "title": "Panzer 35(t)",
                "publisher": "Wikipedia",
                "url": "https://en.wikipedia.org/wiki/Panzer_35(t)",
                "accessed": "2026-11-20",
            },
            {
                "kind": "web",
                "title": "Panzer 38(t)",
                "publisher": "Wikipedia",
                "url": "https://en.wikipedia.org/wiki/Panzer_38(t)",
                "accessed": "2026-11-20",
            },
            {
                "kind": "web",
                "title": "Tanks of Czechoslovakia",
                "publisher": "Wikipedia",
                "url": "https://en.wikipedia.org/wiki/Tanks_of_Czechoslovakia",
                "accessed": "2026-11-20",
            },
        ],
        "footnotes": [
            (
                "the complete arsenal of a modern army and the factories that had equipped it",
                1,
                "",
            ),
            ("Among the spoils were two of the best light tanks in Europe", 5, ""),
            ("It weighed about ten and a half tonnes, carried a 37 mm gun", 3, ""),
            ("The army received 298", 3, ""),
            ("Germany took 244 and the new Slovak state kept 52", 3, ""),
            ("they were given a fourth crewman", 2, ""),
            ("by the end of 1941 nearly all had been lost or worn out", 3, ""),
            ("Its TNH family sold to Iran, Peru, Switzerland and Lithuania", 5, ""),
            ("chose a version of it as the LT vz. 38 and ordered 150", 4, ""),
            ("A German commission visited the factory in May 1939", 4, ""),
            ("by June 1942 about 1,400 had been built", 1, ""),
            ("three of the ten panzer divisions that attacked in the West", 1, ""),
            (
                "several panzer divisions crossed into the Soviet Union with the 38(t) as their main tank",
                1,
                "",
            ),
            ("the Jagdpanzer 38(t), better known as the Hetzer", 2, ""),
            ("ČKD built tanks and tank destroyers in Prague", 1, ""),
            (
                "the machines it had paid for helped Germany conquer France and invade the Soviet Union",
                1,
                "",
            ),
        ],
    },
    {
        "slug": "tukhachevsky-and-deep-battle",
        "title": "Tukhachevsky and deep battle",
        "standfirst": (
            "Between the wars a group of Soviet officers worked out how a "
            "mechanised army might break through a defended front and keep going. "
            "Their theory became the Red Army's doctrine in 1936, and was nearly "
            "buried with its authors."
        ),
        "published": "2026-06-08",
        "authors": ["katerina-sokolova"],
        "tags": ["Red Army", "Doctrine", "Deep battle", "Tukhachevsky"],
        "image": "bomber",
        "image_alt": (
            "Side-view drawing of a large four-engined monoplane bomber of the "
            "Tupolev TB-3 kind."
        ),
        "body": [
            (
                "paragraph",
                "<p>The men who built the Red Army's theory of deep battle had all "
                "learned the same hard lesson. In the summer of 1920 Mikhail "
                "Tukhachevsky, then twenty-seven, led the Western Front in a headlong "
                "advance across Belorussia to the gates of Warsaw. In August it ended "
                "in rout. His armies had outrun their supplies and reserves, and a "
                "single Polish counter-stroke from the south broke them. The lesson "
                "was not that attack was wrong, but that one great blow was not "
                "enough. A modern army could only be destroyed by a chain of "
                "operations, each prepared while the last was still under way.</p>",
            ),
            ("heading", {"text": "From the Civil War to a theory", "level": "h2"}),
            (
                "paragraph",
                "<p>Through the 1920s Soviet officers argued about what kind of war "
                "to prepare for. Alexander Svechin, a former general of the tsar "
                "teaching at the military academy, argued in his Strategy of 1926 "
                "that the next war would be long and decided by economies, and that "
                "the Red Army should be ready for a war of attrition. Tukhachevsky, "
                "chief of staff of the Red Army from 1925 to 1928, wanted an army built "
                "for fast and decisive offensives. The drive to industrialise that "
                "began in 1928 gave his side the tanks, aircraft and lorries the "
                "theory needed.</p>"
                "<p>The fullest statement came from Vladimir Triandafillov, deputy "
                "chief of staff, in The Nature of the Operations of Modern Armies, "
                "published in 1929. He described shock armies, heavy in artillery "
                "and tanks, attacking on narrow fronts in several echelons, each "
                "ready to take over when the one in front was spent, and he insisted "
                "on the arithmetic behind them: shells, fuel, railway capacity and "
                "replacements. Triandafillov was killed in an air crash in July 1931, "
                "together with Konstantin Kalinovsky, one of the army's first tank "
                "commanders. Tukhachevsky, Georgy Isserson, whose Evolution of "
                "Operational Art appeared in 1932, and others carried the work "
                "on.</p>",
            ),
            ("heading", {"text": "What deep battle meant", "level": "h2"}),
            (
                "paragraph",
                "<p>At its heart was a simple idea with demanding consequences. "
                "Modern weapons, the theorists argued, made it possible to strike an "
                "enemy not only at his front line but through the whole depth of his "
                "defences at the same time. Artillery and ground-attack aircraft "
                "would hammer the forward positions and the batteries behind them. "
                "Infantry, with slow tanks in close support, would break into the "
                "defence, while faster long-range tank groups pushed through to "
                "destroy the enemy's guns and reserves. Then a mobile group of "
                "mechanised and cavalry formations would be thrown through the gap "
                "to exploit tens of kilometres beyond, while bombers struck the "
                "roads and railways in the rear and parachute troops seized bridges "
                "and airfields ahead.</p>"
                "<p>Deep battle was the breakthrough; the deep operation was what "
                "came after it, carried by whole armies and fronts to a depth of a "
                "hundred kilometres or more, and followed at once by the next.</p>",
            ),
            (
                "facts",
                {
                    "title": "Deep battle in brief",
                    "rows": [
                        {
                            "label": "Main thinkers",
                            "value": "Vladimir Triandafillov, Mikhail Tukhachevsky, Georgy Isserson",
                        },
                        {
                            "label": "Key book",
                            "value": "The Nature of the Operations of Modern Armies (1929)",
                        },
                        {"label": "First mechanised corps", "value": "1932"},
                        {
                            "label": "Showpiece",
                            "value": "Kiev manoeuvres, September 1935",
                        },
                        {
                            "label": "Made doctrine",
                            "value": "Provisional Field Regulations, PU-36, end of 1936",
                        },
                        {
                            "label": "Fate",
                            "value": "Set aside after 1937; revived in 1943–1945",
                        },
                    ],
                },
            ),
            ("heading", {"text": "An army built for it", "level": "h2"}),
            (
                "paragraph",
                "<p>From 1931 Tukhachevsky, now deputy people's commissar and head "
                "of armaments, was in a position to build the force. The first two "
                "mechanised corps were formed in 1932, and the factories turned out "
                "T-26 infantry tanks by the thousand, fast BT tanks and, in small "
                "numbers, the multi-turreted T-28 and T-35. The Tupolev TB-3, a "
                "four-engined monoplane bomber, gave the air force long reach and the "
                "new airborne troops their transport. At the manoeuvres of Iona "
                "Yakir's Kiev Military District in September 1935, watched by "
                "foreign officers, nearly 1,200 parachutists jumped from TB-3s and "
                "took a landing ground, onto which some 1,700 more men were flown "
                "in.</p>"
                "<p>The theory became doctrine with the Field Regulations of 1936, "
                "known as PU-36, issued at the end of that year. They told commanders "
                "that an attack should aim to engage the enemy's defence through its "
                "whole depth at once, set out how infantry, artillery, tanks and "
                "aircraft were to work together, and asked for initiative from "
                "officers at every level.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "A modern army could not be destroyed by one great "
                    "blow, only by a chain of them.",
                    "attribution": "",
                },
            ),
            ("heading", {"text": "Buried and revived", "level": "h2"}),
            (
                "paragraph",
                "<p>Within months the authors of the doctrine were gone. Tukhachevsky "
                "was arrested in May 1937 and shot in June with Yakir, Ieronim "
                "Uborevich and five other commanders. Isserson was arrested in 1941 "
                "and spent the war in the camps. Ideas linked to enemies of the "
                "people were dangerous to teach. After the Red Army's tanks performed "
                "poorly in eastern Poland in September 1939, the big tank corps were "
                "broken up that November, partly on the advice of Dmitry Pavlov, who "
                "had come back from Spain doubtful about massed tank formations.</p>"
                "<p>The Germans showed what had been thrown away. After the panzer "
                "divisions broke through in France in 1940, the Soviet command "
                "hurried to rebuild mechanised corps far larger than before; most "
                "were still short of tanks, radios and trained crews when they were "
                "destroyed in the summer of 1941. Only in 1943 and 1944, in the hands "
                "of commanders such as Georgy Zhukov who had survived the purge, did "
                "Soviet offensives again look like what Triandafillov and "
                "Tukhachevsky had described: blow after blow, tank armies driving "
                "hundreds of kilometres into the depth, and an enemy front collapsing "
                "faster than it could be rebuilt.</p>",
            ),
        ],
        "sources": [
            {
                "kind": "book",
                "title": "The Russian Way of War: Operational Art, 1904–1940",
                "author": "Richard W. Harrison",
                "publisher": "University Press of Kansas",
                "year": 2001,
            },
            {
                "kind": "book",
                "title": "Soviet Military Operational Art: In Pursuit of Deep Battle",
                "author": "David M. Glantz",
                "publisher": "Frank Cass",
                "year": 1991,
            },
            {
                "kind": "book",
                "title": "Storm of Steel: The Development of Armor Doctrine in Germany and the Soviet Union, 1919–1939",
                "author": "Mary R. Habeck",
                "publisher": "Cornell University Press",
                "year": 2003,
            },
            {
                "kind": "web",
                "title": "Deep operation",
                "publisher": "Wikipedia",
                "url": "https://en.wikipedia.org/wiki/Deep_operation",
                "accessed": "2026-11-20",
            },
            {
                "kind": "web",
                "title": "Vladimir Triandafillov",
                "publisher": "Wikipedia",
                "url": "https://en.wikipedia.org/wiki/Vladimir_Triandafillov",
                "accessed": "2026-11-20",
            },
        ],
        "footnotes": [
            ("Mikhail Tukhachevsky, then twenty-seven, led the Western Front", 1, ""),
            ("in his Strategy of 1926 that the next war would be long", 1, ""),
            ("chief of staff of the Red Army from 1925 to 1928", 2, ""),
            ("The Nature of the Operations of Modern Armies, published in 1929", 2, ""),
            ("Triandafillov was killed in an air crash in July 1931", 5, ""),
            ("through the whole depth of his defences at the same time", 4, ""),
            (
                "a mobile group of mechanised and cavalry formations would be thrown through the gap",
                2,
                "",
            ),
            (
                "carried by whole armies and fronts to a depth of a hundred kilometres or more",
                4,
                "",
            ),
            ("The first two mechanised corps were formed in 1932", 3, ""),
            (
                "nearly 1,200 parachutists jumped from TB-3s and took a landing ground",
                2,
                "",
            ),
            ("The theory became doctrine with the Field Regulations of 1936", 2, ""),
            (
                "shot in June with Yakir, Ieronim Uborevich and five other commanders",
                1,
                "",
            ),
            ("the big tank corps were broken up that November", 3, ""),
            ("hurried to rebuild mechanised corps far larger than before", 3, ""),
            (
                "Only in 1943 and 1944, in the hands of commanders such as Georgy Zhukov",
                2,
                "",
            ),
        ],
    },
    {
        "slug": "the-purge-of-the-red-army",
        "title": "Decapitation: the purge of the Red Army, 1937–1938",
        "standfirst": (
            "In two years Stalin's police took three of the five marshals and "
            "most of the army's senior commanders. The Red Army that met the "
            "Wehrmacht in 1941 was still paying the price."
        ),
        "published": "2026-06-12",
        "authors": ["katerina-sokolova"],
        "tags": ["Red Army", "Great Purge", "NKVD", "Tukhachevsky"],
        "image": "purge_chart",
        "image_alt": (
            "Bar chart comparing, rank by rank, how many of the Red Army's "
            "marshals, army commanders, corps commanders and division commanders "
            "of 1936 were lost in the purge of 1937 and 1938."
        ),
        "body": [
            (
                "paragraph",
                "<p>The first arrests came quietly, in the summer of 1936. In August "
                "the NKVD took Vitaly Primakov, a celebrated cavalry commander and "
                "deputy commander of the Leningrad Military District, and Vitovt "
                "Putna, until recently the military attaché in London. Both had once "
                "been close to Trotsky, and for months they were questioned for "
                "names. In September Nikolai Yezhov replaced Genrikh Yagoda at the "
                "head of the NKVD, and the pace began to change.</p>",
            ),
            ("heading", {"text": "The Tukhachevsky affair", "level": "h2"}),
            (
                "paragraph",
                "<p>In May 1937 Mikhail Tukhachevsky, Marshal of the Soviet Union and "
                "first deputy people's commissar of defence, was removed from his post "
                "and sent to command the Volga Military District. He was arrested at "
                "Kuibyshev on 22 May. Within days Iona Yakir, commander of the Kiev "
                "Military District, and Ieronim Uborevich, commander of the "
                "Belorussian, were taken too. Yan Gamarnik, head of the army's "
                "political administration, shot himself on 31 May rather than wait "
                "for the knock on the door.</p>"
                "<p>The Tukhachevsky affair was tried in a single day. On 11 June a "
                "special session of the Supreme Court heard the case against "
                "Tukhachevsky, Yakir, Uborevich, August Kork, Robert Eideman, Boris "
                "Feldman, Primakov and Putna, accused of plotting with Germany and "
                "Japan to overthrow the Soviet state. Their confessions had been "
                "beaten out of them; later investigators found bloodstains on pages "
                "of Tukhachevsky's statement. All eight were shot in the early hours "
                "of 12 June. Among the commanders who sat as judges were Vasily "
                "Blyukher, Semyon Budyonny and Yakov Alksnis. Of the eight commanders "
                "on the bench, only Budyonny and Boris Shaposhnikov were still alive when "
                "the purge ended.</p>"
                "<p>A story long told in the West had the Nazi security service "
                "forging proof of Tukhachevsky's treason and feeding it to Stalin by "
                "way of President Edvard Beneš of Czechoslovakia. Material of that "
                "kind may have circulated, but historians who have worked in the "
                "Soviet archives find no sign that it mattered to the case. The NKVD "
                "manufactured its own evidence, and Stalin needed none from "
                "abroad.</p>",
            ),
            ("heading", {"text": "The whole army", "level": "h2"}),
            (
                "paragraph",
                "<p>The trial opened the floodgates. Through 1937 and 1938 commanders "
                "were arrested at every level, often named by colleagues already "
                "under torture. Marshal Alexander Yegorov, chief of the General Staff "
                "until 1937, was arrested in 1938 and shot in February 1939. Marshal "
                "Vasily Blyukher, whose command in the Far East had grown out of the "
                "Special Red Banner Far Eastern Army and had just fought the Japanese "
                "in the Battle of Lake Khasan, was arrested in October 1938 and died "
                "in prison after beatings in November. Alksnis, head of the Soviet "
                "Air Forces, was shot in 1938. The navy lost nearly all its senior "
                "admirals.</p>",
            ),
            (
                "facts",
                {
                    "title": "Senior commanders of 1936 lost in the purge",
                    "rows": [
                        {"label": "Marshals", "value": "3 of 5"},
                        {
                            "label": "Army commanders (1st and 2nd rank)",
                            "value": "13 of 15",
                        },
                        {"label": "Corps commanders", "value": "50 of 57"},
                        {"label": "Division commanders", "value": "154 of 186"},
                        {
                            "label": "Figures",
                            "value": "After Robert Conquest, The Great Terror (1990)",
                        },
                    ],
                },
            ),
            (
                "paragraph",
                "<p>How many officers were lost in all is still debated. Tens of "
                "thousands were dismissed from the army in 1937 and 1938, many of "
                "them arrested; a good part of those dismissed were later taken back, "
                "and some of the arrested came home from prison. Konstantin "
                "Rokossovsky, arrested in 1937, was released in 1940 and commanded "
                "fronts later in the war; Alexander Gorbatov, freed in 1941, ended it "
                "at the head of an army. But at the top the losses were almost total, "
                "and they fell hardest on the men who had built the tank forces, the "
                "air force and the theory of deep battle.</p>",
            ),
            ("heading", {"text": "The cost", "level": "h2"}),
            (
                "paragraph",
                "<p>The damage was not only a matter of numbers. Officers were pushed "
                "up two or three steps at a time to fill the gaps, and by 1940 many "
                "regiments, divisions and corps were led by men who had held their "
                "posts for less than a year. Political commissars, given back a "
                "share of command authority in 1937, watched every decision. The "
                "Field Regulations of 1936 had asked for initiative; now a commander "
                "who showed it and failed could be charged with sabotage.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "The regulations asked for initiative; the purge made "
                    "it a risk no sensible officer would take.",
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                "<p>The results showed in the Winter War against Finland in 1939 and "
                "1940, when an enormous Red Army struggled for three months against a "
                "small one, and again in 1941. German staff assessments before the "
                "invasion counted the Red Army's leadership among its weakest points. "
                "Even then the arrests did not stop. In June 1941, in the days before "
                "and after the invasion, the NKVD arrested a group of senior air and "
                "air-defence commanders, among them Yakov Smushkevich, a hero of "
                "Spain and Khalkhin Gol; most of them were shot that October.</p>"
                "<p>Stalin called a halt to the worst of the killing at the end of "
                "1938. Yezhov was replaced by Lavrentiy Beria in November, arrested in "
                "April 1939 and shot in February 1940, one more victim of the machine "
                "he had run.</p>",
            ),
        ],
        "sources": [
            PURGE_FIGURES_SOURCE,
            {
                "kind": "book",
                "title": "The Red Army and the Great Terror: Stalin's Purge of the Soviet Military",
                "author": "Peter Whitewood",
                "publisher": "University Press of Kansas",
                "year": 2015,
            },
            {
                "kind": "book",
                "title": "Stalin's Reluctant Soldiers: A Social History of the Red Army, 1925–1941",
                "author": "Roger R. Reese",
                "publisher": "University Press of Kansas",
                "year": 1996,
            },
            {
                "kind": "web",
                "title": "Great Purge",
                "publisher": "Wikipedia",
                "url": "https://en.wikipedia.org/wiki/Great_Purge",
                "accessed": "2026-11-20",
            },
            {
                "kind": "web",
                "title": "Mikhail Tukhachevsky",
                "publisher": "Wikipedia",
                "url": "https://en.wikipedia.org/wiki/Mikhail_Tukhachevsky",
                "accessed": "2026-11-20",
            },
        ],
        "footnotes": [
            ("the NKVD took Vitaly Primakov, a celebrated cavalry commander", 2, ""),
            ("Nikolai Yezhov replaced Genrikh Yagoda at the head of the NKVD", 4, ""),
            ("He was arrested at Kuibyshev on 22 May", 5, ""),
            (
                "Yan Gamarnik, head of the army's political administration, shot himself on 31 May",
                2,
                "",
            ),
            ("All eight were shot in the early hours of 12 June", 5, ""),
            (
                "Of the eight commanders on the bench, only Budyonny and Boris Shaposhnikov were still alive",
                1,
                "",
            ),
            (
                "historians who have worked in the Soviet archives find no sign that it mattered",
                2,
                "",
            ),
            (
                "Marshal Alexander Yegorov, chief of the General Staff until 1937, was arrested in 1938",
                1,
                "",
            ),
            ("was arrested in October 1938 and died in prison after beatings", 4, ""),
            ("Tens of thousands were dismissed from the army in 1937 and 1938", 3, ""),
            ("Konstantin Rokossovsky, arrested in 1937, was released in 1940", 2, ""),
            ("led by men who had held their posts for less than a year", 3, ""),
            (
                "Political commissars, given back a share of command authority in 1937",
                2,
                "",
            ),
            (
                "an enormous Red Army struggled for three months against a small one",
                3,
                "",
            ),
            ("most of them were shot that October", 4, ""),
            ("Yezhov was replaced by Lavrentiy Beria in November", 4, ""),
        ],
    },
    {
        "slug": "the-legion-condor-in-spain",
        "title": "The Legion Condor: a proving ground in Spain",
        "standfirst": (
            "Germany sent airmen to Spain to win a war for Franco and learned "
            "more there than it expected. On the other side, Soviet tanks and "
            "fighters showed what the Red Army had built, and drew lessons of "
            "their own."
        ),
        "published": "2026-07-20",
        "authors": ["petra-kralova", "tomas-berger"],
        "tags": ["Spanish Civil War", "Legion Condor", "Aviation", "Luftwaffe"],
        "image": "spain_map",
        "image_alt": (
            "Sketch map of Spain marking Madrid, Barcelona, Seville, Guernica and "
            "Teruel."
        ),
        "body": [
            (
                "paragraph",
                "<p>When part of the Spanish army rose against the Republic on 17 and "
                "18 July 1936, its best troops, the Army of Africa under Francisco "
                "Franco, were stranded in Morocco behind a Republican fleet. Franco "
                "asked Germany and Italy for transport aircraft. Hitler, at the "
                "Wagner festival in Bayreuth, said yes on 25 or 26 July, and within "
                "days Junkers Ju 52 transports flown by Lufthansa crews were carrying "
                "soldiers across the Strait of Gibraltar to Seville. By October the "
                "airlift had moved well over ten thousand men. The Spanish Civil War "
                "had become an international affair.</p>",
            ),
            ("heading", {"text": "A legion is formed", "level": "h2"}),
            (
                "paragraph",
                "<p>Small German detachments followed. The first, 86 men with six "
                "Heinkel He 51 biplane fighters, sailed on 1 August, and Johannes "
                "Trautloft was among its pilots. In the autumn, as Soviet arms reached "
                "the Republic and Franco's drive on Madrid stalled, Berlin decided to "
                "send a proper force. The Legion Condor was formed in November 1936 "
                "under Hugo Sperrle, with Wolfram von Richthofen soon serving as his "
                "chief of staff. Around 5,000 men served in it at any one time, and "
                "about 19,000 passed through by 1939, sent home in rotation to spread "
                "what they had learned through the Luftwaffe.</p>"
                "<p>It was a complete small air force: a bomber group, K/88, at first "
                "with Ju 52s pressed into service as bombers; a fighter group, J/88, "
                "with He 51s; reconnaissance, anti-aircraft and signals units; and a "
                "small army element under Wilhelm von Thoma that trained Nationalist "
                "crews on the light Panzer I.</p>",
            ),
            (
                "facts",
                {
                    "title": "The Legion Condor at a glance",
                    "rows": [
                        {"label": "Formed", "value": "November 1936"},
                        {
                            "label": "Commanders",
                            "value": "Hugo Sperrle, Helmuth Volkmann, Wolfram von Richthofen",
                        },
                        {
                            "label": "Strength",
                            "value": "About 5,000 at a time, some 19,000 in all",
                        },
                        {
                            "label": "Aircraft",
                            "value": "Ju 52, He 51, He 111, Do 17, Bf 109, Ju 87",
                        },
                        {
                            "label": "Home",
                            "value": "Victory parade in Berlin, 6 June 1939",
                        },
                    ],
                },
            ),
            ("heading", {"text": "The other side", "level": "h2"}),
            (
                "paragraph",
                "<p>The Soviet Union had begun shipping arms to the Republic in "
                "October 1936, paid for with Spain's gold reserves. The cargoes "
                "included T-26 tanks, Polikarpov I-15 biplane and Polikarpov I-16 "
                "monoplane fighters and SB bombers, with Soviet crews and advisers to "
                "fly, drive and teach. On 29 October T-26s under the Latvian-born "
                "Paul Arman attacked at Seseña, south of Madrid, in the first Soviet "
                "tank action of the war. In the skies over the capital that November "
                "the I-15, which the Republicans called Chato, and the stubby, fast "
                "I-16, their Mosca, outclassed the He 51 at once.</p>"
                "<p>Among the Soviet officers in Spain were Dmitry Pavlov, who led "
                "the tank units, and Yakov Smushkevich, who directed the Soviet "
                "airmen under the name General Douglas. Both went home as heroes, and "
                "both were shot in 1941.</p>",
            ),
            ("heading", {"text": "Guernica", "level": "h2"}),
            (
                "paragraph",
                "<p>In the spring of 1937 the Legion supported Franco's campaign "
                "against the Basque country. On the afternoon of 26 April, a Monday "
                "and market day, German bombers, joined by Italian aircraft, attacked "
                "Guernica, the small historic town of the Basques, for much of the "
                "late afternoon, and most of the centre burned. The Legion's stated "
                "target was a bridge and the roads through the town, to block "
                "Republican troops falling back towards Bilbao. The bridge survived. "
                "The Basque government announced 1,654 dead; modern research puts "
                "the toll far lower, in the low hundreds. But the Bombing of "
                "Guernica, and the painting Pablo Picasso made of it for the Paris "
                "exhibition that summer, fixed in the world's mind what bombers could "
                "do to a town.</p>",
            ),
            ("heading", {"text": "What the Luftwaffe learned", "level": "h2"}),
            (
                "paragraph",
                "<p>Spain was a laboratory as much as a war. Prototypes of the "
                "Messerschmitt Bf 109 were tried in combat from December 1936, and in "
                "1937 production aircraft re-equipped J/88, with Günther Lützow "
                "leading the first squadron to fly them. At last the Germans had a "
                "fighter that could beat the I-16. Its pilots, Werner Mölders above "
                "all, gave up the tight three-aircraft formation of the previous war "
                "for loose pairs and fours that could see more and fight better, and "
                "the Luftwaffe took the system into 1939. The He 111 and Do 17 "
                "bombers were tested, and in 1938 a handful of Junkers Ju 87 dive "
                "bombers showed what precise attacks on bridges and strongpoints "
                "could achieve. The 88 mm anti-aircraft gun proved just as deadly "
                "against tanks and bunkers.</p>"
                "<p>Richthofen, who took command of the Legion in November 1938, drew "
                "the largest lesson. The Nationalists were short of artillery, so he "
                "turned aircraft into flying artillery: he put officers with radios "
                "at the front and worked out how to bring bombers and fighters down "
                "on targets just ahead of the advancing troops. At the Battle of "
                "Teruel, fought in bitter cold from December 1937 to February 1938, "
                "and on the Ebro that summer, the Legion fought in close support of "
                "Franco's infantry. Richthofen took these methods with him to Poland "
                "and France. Some lessons were false: fast bombers seemed able to look "
                "after themselves without escort, a belief that cost the Luftwaffe "
                "dearly over England in 1940.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "Spain was a laboratory as much as a war.",
                    "attribution": "",
                },
            ),
            ("heading", {"text": "Lessons on the other side", "level": "h2"}),
            (
                "paragraph",
                "<p>The Soviet side learned too, not always the right things. Its "
                "tanks had shown they could move fast and hit hard, but without "
                "infantry and radios they were easily cut off, and Pavlov came home "
                "convinced that large independent tank formations would not work. "
                "His view helped the decision to break up the Red Army's tank corps "
                "in 1939. The I-16 had been the best fighter in Spain until the Bf "
                "109 arrived, and the Soviet air force kept its close three-fighter "
                "formation long after the Germans had dropped theirs.</p>"
                "<p>The Legion came home in May 1939 and marched through Berlin on 6 "
                "June. Less than three months later its veterans were at war in "
                "Poland.</p>",
            ),
        ],
        "sources": [
            {
                "kind": "book",
                "title": "The Battle for Spain: The Spanish Civil War 1936–1939",
                "author": "Antony Beevor",
                "publisher": "Weidenfeld & Nicolson",
                "year": 2006,
            },
            {
                "kind": "book",
                "title": "Wolfram von Richthofen: Master of the German Air War",
                "author": "James S. Corum",
                "publisher": "University Press of Kansas",
                "year": 2008,
            },
            {
                "kind": "book",
                "title": "Arms for Spain: The Untold Story of the Spanish Civil War",
                "author": "Gerald Howson",
                "publisher": "John Murray",
                "year": 1998,
            },
            {
                "kind": "web",
                "title": "Condor Legion",
                "publisher": "Wikipedia",
                "url": "https://en.wikipedia.org/wiki/Condor_Legion",
                "accessed": "2026-11-20",
            },
            {
                "kind": "web",
                "title": "Bombing of Guernica",
                "publisher": "Wikipedia",
                "url": "https://en.wikipedia.org/wiki/Bombing_of_Guernica",
                "accessed": "2026-11-20",
            },
        ],
        "footnotes": [
            ("Junkers Ju 52 transports flown by Lufthansa crews", 4, ""),
            ("By October the airlift had moved well over ten thousand men", 1, ""),
            (
                "The first, 86 men with six Heinkel He 51 biplane fighters, sailed on 1 August",
                4,
                "",
            ),
            ("Around 5,000 men served in it at any one time, and about 19,000", 4, ""),
            (
                "a bomber group, K/88, at first with Ju 52s pressed into service as bombers",
                4,
                "",
            ),
            ("paid for with Spain's gold reserves", 3, ""),
            (
                "On 29 October T-26s under the Latvian-born Paul Arman attacked at Seseña",
                1,
                "",
            ),
            ("Dmitry Pavlov, who led the tank units", 1, ""),
            ("The Basque government announced 1,654 dead", 5, ""),
            ("modern research puts the toll far lower, in the low hundreds", 5, ""),
            (
                "Prototypes of the Messerschmitt Bf 109 were tried in combat from December 1936",
                4,
                "",
            ),
            ("loose pairs and fours that could see more and fight better", 2, ""),
            ("Richthofen, who took command of the Legion in November 1938", 2, ""),
            ("he put officers with radios at the front", 2, ""),
            (
                "His view helped the decision to break up the Red Army's tank corps",
                1,
                "",
            ),
            (
                "The I-16 had been the best fighter in Spain until the Bf 109 arrived",
                3,
                "",
            ),
            ("The Legion came home in May 1939 and marched through Berlin", 4, ""),
        ],
    },
    {
        "slug": "khalkhin-gol-1939",
        "title": "Khalkhin Gol, 1939: the battle that turned Japan south",
        "standfirst": (
            "On a remote river between Mongolia and Manchuria, a little-known "
            "corps commander named Georgy Zhukov destroyed a Japanese division in "
            "the last days of August 1939. Both countries remembered the lesson "
            "in 1941."
        ),
        "published": "2026-08-20",
        "authors": ["tomas-berger", "katerina-sokolova"],
        "tags": ["Khalkhin Gol", "Red Army", "Zhukov", "Japan", "1939"],
        "image": "khalkhin_gol_map",
        "image_alt": (
            "Sketch map of the Khalkhin Gol river on the Mongolian-Manchurian "
            "border, showing the Soviet-Mongolian and Japanese positions of August "
            "1939."
        ),
        "body": [
            (
                "paragraph",
                "<p>The grassland along the Khalkhin Gol, on the eastern edge of "
                "Mongolia, is some of the emptiest country in Asia. In 1939 the "
                "border there was in dispute. Japan, which had seized Manchuria in "
                "1931 and made it the puppet state of Manchukuo, held that the "
                "frontier followed the river. The Mongolian People's Republic, a "
                "Soviet satellite bound to Moscow by a mutual assistance protocol "
                "since 1936, put it some twenty kilometres further east, near the "
                "village of Nomonhan, the name by which the Japanese remember the "
                "battle.</p>"
                "<p>Behind the Japanese claim stood the Kwantung Army, Japan's "
                "garrison in Manchuria and a law unto itself. Its officers had "
                "started the conquest of Manchuria without orders in 1931, and in "
                "1939 its younger staff officers were eager to show the Russians "
                "where the border lay. The Far East had already seen one trial of "
                "strength. At the Battle of Lake Khasan, near Vladivostok, in July "
                "and August 1938, Soviet troops had retaken two hills from the "
                "Japanese at a heavy price, and Vasily Blyukher, the commander in the "
                "region, was arrested soon afterwards.</p>",
            ),
            ("heading", {"text": "May to July", "level": "h2"}),
            (
                "paragraph",
                "<p>The fighting began on 11 May 1939 with a clash between Mongolian "
                "horsemen and Manchukuo cavalry east of the river. Both sides sent "
                "reinforcements. A Japanese detachment was wiped out at the end of "
                "May, and the Kwantung Army committed the 23rd Division of Lieutenant "
                "General Komatsubara Michitarō. On 27 June, without Tokyo's consent, "
                "Japanese aircraft bombed the Soviet air base at Tamsagbulag, deep "
                "inside Mongolia.</p>"
                "<p>Moscow sent Georgy Zhukov, a cavalryman who had commanded a "
                "division and a corps in Belorussia and had come through the purge "
                "that removed so many of his superiors. He arrived early in June, "
                "took over the Soviet corps in Mongolia and soon reported that it "
                "was badly led and badly supplied. In July his command became the "
                "1st Army Group, fighting alongside Mongolian cavalry divisions.</p>"
                "<p>The Japanese struck first. On the night of 2 July they crossed "
                "the river and seized Bayan Tsagaan hill on the western bank, "
                "threatening to cut off the Soviet troops on the eastern side. Zhukov "
                "threw in the 11th Tank Brigade and armoured-car units straight off "
                "the march, without waiting for infantry. They lost heavily to "
                "Japanese anti-tank guns and to soldiers armed with petrol bombs, "
                "but they pinned the Japanese on the hill, and by 5 July the "
                "survivors had retreated over the single bridge they had built. It "
                "was a costly, untidy success, and it showed that Zhukov would spend "
                "tanks to buy time.</p>",
            ),
            ("heading", {"text": "20 August", "level": "h2"}),
            (
                "paragraph",
                "<p>Through July and August both sides dug in and built up. The "
                "Soviet problem was distance: the nearest railhead, at Borzya, lay "
                "more than 600 kilometres away, and everything came forward by lorry "
                "on dirt tracks by way of Tamsagbulag. Thousands of lorries shuttled "
                "day and night. Meanwhile Zhukov went to great lengths to persuade "
                "the Japanese that he was settling down to defend. Radio messages "
                "talked of winter quarters; pamphlets on defensive fighting were "
                "handed out to the troops in the hope that the enemy would capture "
                "them; loudspeakers played the sound of pile-driving and tank engines "
                "night after night until the Japanese stopped listening.</p>"
                "<p>The attack opened at dawn on Sunday 20 August with an air strike "
                "by some 150 bombers, followed by a long bombardment. Zhukov held the "
                "Japanese centre with infantry and sent his armour, BT-7 and older BT "
                "tanks in their hundreds, round both flanks, with Mongolian cavalry "
                "on the outer wings. Within a week the ring had closed behind the "
                "Japanese 23rd Division. The encircled troops fought almost to the "
                "last man, and by 31 August the Soviet and Mongolian forces held all "
                "the ground they claimed. In the air, Soviet squadrons strengthened "
                "with veterans of Spain under Yakov Smushkevich had by then won "
                "control of the sky from a Japanese air arm that had ruled it in May "
                "and June, and even old Tupolev TB-3 bombers were sent over the "
                "Japanese rear by night.</p>",
            ),
            (
                "facts",
                {
                    "title": "Khalkhin Gol at a glance",
                    "rows": [
                        {"label": "Fighting", "value": "11 May – 16 September 1939"},
                        {
                            "label": "Soviet-Mongolian command",
                            "value": "Georgy Zhukov, 1st Army Group",
                        },
                        {
                            "label": "Japanese forces",
                            "value": "Kwantung Army; 23rd Division and supporting units",
                        },
                        {
                            "label": "Decisive offensive",
                            "value": "20–31 August 1939",
                        },
                        {
                            "label": "Ceasefire",
                            "value": "Agreed in Moscow on 15 September, in force from 16 September",
                        },
                        {
                            "label": "Soviet losses",
                            "value": "Nearly 10,000 dead and missing, by the Soviet archives",
                        },
                    ],
                },
            ),
            ("heading", {"text": "What it meant", "level": "h2"}),
            (
                "paragraph",
                "<p>A ceasefire was agreed in Moscow on 15 September 1939 and took "
                "effect the next day. The timing was no accident. Three weeks earlier "
                "the Molotov–Ribbentrop Pact had freed Stalin's hands in Europe, and "
                "on 17 September, the day after the guns fell silent in Mongolia, the "
                "Red Army marched into eastern Poland.</p>"
                "<p>In Tokyo the Battle of Khalkhin Gol discredited those who wanted "
                "to strike north against the Soviet Union. In April 1941 Japan signed "
                "a neutrality pact with Moscow, and that summer, with the Red Army "
                "reeling in the west, it chose to move south instead, towards the oil "
                "and rubber of South-East Asia and war with the United States. Soviet "
                "divisions in the Far East, no longer needed to watch Manchuria so "
                "closely, could be sent west, and some of them fought before Moscow "
                "that winter.</p>",
            ),
            (
                "pull_quote",
                {
                    "quote": "Few in Berlin asked what the Red Army had done on a "
                    "distant river in August 1939.",
                    "attribution": "",
                },
            ),
            (
                "paragraph",
                "<p>For Zhukov, Khalkhin Gol made a career. He was made a Hero of the "
                "Soviet Union, given the Kiev Special Military District in 1940 and "
                "appointed chief of the General Staff in January 1941. He took from "
                "Mongolia a habit of careful preparation, deception and the massing "
                "of tanks, guns and aircraft for one decisive blow: the kind of "
                "operation the purged theorists of deep battle had described, "
                "carried out on a small scale by a commander who had learned it in "
                "the field. Few in Berlin paid attention. They met the same commander "
                "in front of Moscow in December 1941.</p>",
            ),
        ],
        "sources": [
            {
                "kind": "book",
                "title": "Nomonhan: Japan Against Russia, 1939",
                "author": "Alvin D. Coox",
                "publisher": "Stanford University Press",
                "year": 1985,
            },
            {
                "kind": "book",
                "title": "Nomonhan, 1939: The Red Army's Victory That Shaped World War II",
                "author": "Stuart D. Goldman",
                "publisher": "Naval Institute Press",
                "year": 2012,
            },
            {
                "kind": "book",
                "title": "Stalin's General: The Life of Georgy Zhukov",
                "author": "Geoffrey Roberts",
                "publisher": "Random House",
                "year": 2012,
            },
            {
                "kind": "web",
                "title": "Battles of Khalkhin Gol",
                "publisher": "Wikipedia",
                "url": "https://en.wikipedia.org/wiki/Battles_of_Khalkhin_Gol",
                "accessed": "2026-11-20",
            },
        ],
        "footnotes": [
            (
                "put it some twenty kilometres further east, near the village of Nomonhan",
                1,
                "",
            ),
            (
                "Its officers had started the conquest of Manchuria without orders in 1931",
                2,
                "",
            ),
            (
                "Soviet troops had retaken two hills from the Japanese at a heavy price",
                1,
                "",
            ),
            (
                "the Kwantung Army committed the 23rd Division of Lieutenant General Komatsubara Michitarō",
                1,
                "",
            ),
            ("Japanese aircraft bombed the Soviet air base at Tamsagbulag", 4, ""),
            (
                "Moscow sent Georgy Zhukov, a cavalryman who had commanded a division",
                3,
                "",
            ),
            ("In July his command became the 1st Army Group", 4, ""),
            ("seized Bayan Tsagaan hill on the western bank", 1, ""),
            (
                "Zhukov threw in the 11th Tank Brigade and armoured-car units straight off the march",
                3,
                "",
            ),
            (
                "the nearest railhead, at Borzya, lay more than 600 kilometres away",
                2,
                "",
            ),
            ("Thousands of lorries shuttled day and night", 2, ""),
            ("an air strike by some 150 bombers", 4, ""),
            ("BT-7 and older BT tanks in their hundreds", 2, ""),
            (
                "Within a week the ring had closed behind the Japanese 23rd Division",
                1,
                "",
            ),
            ("A ceasefire was agreed in Moscow on 15 September 1939", 4, ""),
            ("In April 1941 Japan signed a neutrality pact with Moscow", 2, ""),
            (
                "no longer needed to watch Manchuria so closely, could be sent west",
                2,
                "",
            ),
            ("He was made a Hero of the Soviet Union", 3, ""),
            ("appointed chief of the General Staff in January 1941", 3, ""),
        ],
    },
]
