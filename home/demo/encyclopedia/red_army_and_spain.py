"""The demo encyclopedia's entries on the Red Army and the Spanish war, 1936-1939:
the purge, deep battle, the Legion Condor and the Soviet volunteers in Spain,
Lake Khasan and Khalkhin Gol."""

from .common import HABECK, equipment, event, organisation, person, place, unit, wiki

BEEVOR = {
    "kind": "book",
    "title": "The Battle for Spain: The Spanish Civil War 1936–1939",
    "author": "Antony Beevor",
    "publisher": "Weidenfeld & Nicolson",
    "year": 2006,
}
COOX = {
    "kind": "book",
    "title": "Nomonhan: Japan Against Russia, 1939",
    "author": "Alvin D. Coox",
    "publisher": "Stanford University Press",
    "year": 1985,
}
COOX_KHASAN = {
    "kind": "book",
    "title": "The Anatomy of a Small War: The Soviet-Japanese Struggle for Changkufeng/Khasan, 1938",
    "author": "Alvin D. Coox",
    "publisher": "Greenwood Press",
    "year": 1977,
}
GOLDMAN = {
    "kind": "book",
    "title": "Nomonhan, 1939: The Red Army's Victory That Shaped World War II",
    "author": "Stuart D. Goldman",
    "publisher": "Naval Institute Press",
    "year": 2012,
}
CONQUEST = {
    "kind": "book",
    "title": "The Great Terror: A Reassessment",
    "author": "Robert Conquest",
    "publisher": "Oxford University Press",
    "year": 1990,
}
GLANTZ = {
    "kind": "book",
    "title": "Soviet Military Operational Art: In Pursuit of Deep Battle",
    "author": "David M. Glantz",
    "publisher": "Frank Cass",
    "year": 1991,
}
ROBERTS = {
    "kind": "book",
    "title": "Stalin's General: The Life of Georgy Zhukov",
    "author": "Geoffrey Roberts",
    "publisher": "Random House",
    "year": 2012,
}
CORUM = {
    "kind": "book",
    "title": "Wolfram von Richthofen: Master of the German Air War",
    "author": "James S. Corum",
    "publisher": "University Press of Kansas",
    "year": 2008,
}

MONGOLIA_THEN = "Mongolian People's Republic"

RED_ARMY_AND_SPAIN = [
    # Places
    place(
        "Guernica",
        "city",
        "43.31690",
        "-2.67800",
        "Basque market town in the province of Biscay, north-east of Bilbao, where the assemblies of Biscay used to meet beneath a revered oak. On 26 April 1937 German and Italian bombers destroyed much of its centre, and Picasso's painting turned its name into a byword for the bombing of civilians.",
        then="Spain",
        now="Spain",
        native="Gernika",
        aliases=["Gernika", "Gernika-Lumo"],
        sources=[wiki("Guernica"), BEEVOR],
    ),
    place(
        "Madrid",
        "city",
        "40.41680",
        "-3.70380",
        "Capital of Spain. Nationalist columns reached its south-western suburbs in November 1936, but the city held, helped by the International Brigades and by the Soviet tanks and fighters the Republic received that autumn. It stayed on the front line for almost two and a half years and surrendered to Franco's forces on 28 March 1939.",
        then="Spain",
        now="Spain",
        body="<p>The first Soviet T-26 tanks went into action south of the capital, at Seseña, on 29 October 1936, and Soviet-flown I-15 and I-16 fighters appeared over the city in November. For the Legion Condor the air fighting over Madrid that winter showed that its He 51 biplanes were outclassed, and it hastened the dispatch of the new Bf 109 to Spain.</p>",
        sources=[wiki("Madrid"), wiki("Siege_of_Madrid"), BEEVOR],
    ),
    place(
        "Teruel",
        "city",
        "40.34389",
        "-1.10667",
        "Provincial capital in southern Aragon, set on high ground above the meeting of the Alfambra and Guadalaviar rivers. In the winter of 1937 to 1938 it gave its name to one of the hardest battles of the Spanish Civil War, fought in snow and bitter frost; the Republicans took the town in January 1938 and lost it again in February.",
        then="Spain",
        now="Spain",
        sources=[wiki("Teruel"), BEEVOR],
    ),
    place(
        "Khalkhin Gol (river)",
        "natural",
        "47.73028",
        "118.59000",
        "River of eastern Mongolia that rises in the Greater Khingan range and runs north-west into Buir Lake, marking part of the border with China on the way. In 1939 Japan held that the frontier of Manchukuo followed the river, while Mongolia drew it some 20 km further east. The steppe on both banks became the battlefield of that summer's Soviet-Japanese war.",
        then=MONGOLIA_THEN,
        now="Mongolia",
        native="Халх гол",
        aliases=[
            "Khalkhin Gol",
            "Khalkhyn Gol",
            "Khalkha River",
            "Halha River",
            "Halha",
        ],
        sources=[wiki("Battles_of_Khalkhin_Gol"), GOLDMAN],
    ),
    place(
        "Tamsagbulag",
        "base",
        "47.23333",
        "117.28333",
        "Settlement on the steppe of eastern Mongolia, roughly 120 km west of the Khalkhin Gol. In 1939 the Soviet 57th Special Corps had its headquarters here; Zhukov, arriving in early June, judged it too far from the fighting and moved his command post forward to Khamar-Daba, close to the river.",
        then=MONGOLIA_THEN,
        now="Mongolia",
        native="Тамсагбулаг",
        aliases=["Tamsag-Bulag", "Tamsag Bulak", "Tamsak-Bulak"],
        sources=[COOX, GOLDMAN],
    ),
    # Organisations
    organisation(
        "NKVD",
        "agency",
        "The People's Commissariat for Internal Affairs, the Soviet ministry that from 1934 ran the political police as well as the ordinary police, the border troops and the labour camps. Under Nikolai Yezhov it carried out the mass arrests of 1937 and 1938, which swept up thousands of Red Army officers. In 1946 it was renamed the Ministry of Internal Affairs.",
        "10.7.1934",
        "1946",
        native="Народный комиссариат внутренних дел",
        aliases=["People's Commissariat for Internal Affairs"],
        seat="Moscow",
        body="<p>The commissariat absorbed the OGPU in July 1934. Its special departments sat inside every army unit, and its investigators produced the confessions on which the commanders of the Red Army were condemned in 1937 and 1938. Beria, who succeeded Yezhov at the end of 1938, released some of the arrested officers; several of them, Konstantin Rokossovsky among them, went on to command armies and fronts in the war.</p>",
        sources=[wiki("NKVD"), CONQUEST],
    ),
    organisation(
        "Kwantung Army",
        "armed_force",
        "Japanese army stationed in Manchuria from 1919, first to guard the leased Kwantung territory and the South Manchuria Railway. Its officers staged the Mukden Incident of 1931 and all but governed the puppet state of Manchukuo. Its defeat at Khalkhin Gol in 1939 cooled Japan's appetite for war with the Soviet Union, and the Soviet invasion of August 1945 broke it.",
        "1919",
        "1945",
        native="関東軍",
        aliases=["Kantōgun"],
        sources=[wiki("Kwantung_Army"), COOX],
    ),
    # Units
    unit(
        "1st Army Group (Soviet)",
        "army",
        "Soviet command formed in Mongolia in July 1939 from the 57th Special Corps to fight the Japanese on the Khalkhin Gol, with Georgy Zhukov at its head. It combined Soviet rifle divisions with tank and armoured-car brigades and fought alongside Mongolian cavalry. In August 1939 it encircled the Japanese 23rd Division and destroyed most of it.",
        "7.1939",
        "1940",
        native="1-я армейская группа",
        aliases=["1st Army Group", "First Army Group"],
        parent="Red Army",
        sources=[wiki("Battles_of_Khalkhin_Gol"), GOLDMAN, COOX],
    ),
    unit(
        "Special Red Banner Far Eastern Army",
        "army",
        "Red Army formation set up in August 1929 to guard the Soviet Far East and tested that same year in the fighting with Chinese forces over the Chinese Eastern Railway. Vasily Blyukher commanded it from start to finish, and the 1929 campaign earned it the Order of the Red Banner. At the end of June 1938, a month before the clash at Lake Khasan, it was turned into the Far Eastern Front.",
        "6.8.1929",
        "30.6.1938",
        native="Особая Краснознамённая Дальневосточная армия",
        aliases=["OKDVA", "Special Far Eastern Army"],
        parent="Red Army",
        sources=[wiki("Special_Red_Banner_Far_Eastern_Army")],
    ),
    # Equipment
    equipment(
        "Polikarpov I-16",
        "aircraft",
        "Soviet single-seat fighter designed by Nikolai Polikarpov, among the first monoplane fighters with a retractable undercarriage to reach squadron service. Valery Chkalov flew the prototype on 30 December 1933. Short, stubby and demanding to fly, it fought in Spain, where the Republicans called it Mosca and the Nationalists Rata, then at Khalkhin Gol and in 1941.",
        "1933",
        "1934",
        "1945",
        designation="I-16",
        native="И-16",
        aliases=["I-16", "TsKB-12", ("Rata", True), ("Mosca", True), "Ishak"],
        variants=["Type 5", "Type 10", "Type 17", "Type 24", "UTI-4"],
        specifications=[
            ("Crew", "1", ""),
            ("Wingspan", "9.0", "m"),
            ("Engine", "Shvetsov M-25, later M-62 or M-63 radial", ""),
            ("Main armament", "two to four 7.62 mm ShKAS machine guns", ""),
        ],
        body="<p>The first I-16s reached Spain in the autumn of 1936 with Soviet pilots, and they outflew the He 51 biplanes of the Legion Condor until the Bf 109 arrived in 1937. Over the Khalkhin Gol in 1939 improved versions, several flown by veterans of Spain, helped to win control of the air. By June 1941 the type was outdated but still the most numerous Soviet fighter, and it suffered heavy losses in the first weeks of the German invasion.</p>",
        sources=[wiki("Polikarpov_I-16")],
    ),
    equipment(
        "Polikarpov I-15",
        "aircraft",
        "Soviet biplane fighter designed by Nikolai Polikarpov and first flown in 1933, its upper wing bent down to the fuselage in a gull shape. The Spanish Republic received it from the autumn of 1936, called it Chato, 'snub-nose', and also built it under licence. The improved I-15bis and the I-153, with a retractable undercarriage, followed it into Soviet service.",
        "1933",
        "1934",
        designation="I-15",
        native="И-15",
        aliases=["I-15", ("Chato", True)],
        # Not the I-153: a later type of its own, with a retractable undercarriage.
        variants=["I-15", "I-15bis"],
        specifications=[
            ("Crew", "1", ""),
            ("Wingspan", "9.75", "m"),
            ("Main armament", "four 7.62 mm PV-1 machine guns", ""),
        ],
        sources=[wiki("Polikarpov_I-15"), BEEVOR],
    ),
    equipment(
        "Messerschmitt Bf 109",
        "aircraft",
        "German single-seat fighter designed by Willy Messerschmitt at the Bayerische Flugzeugwerke and first flown in May 1935. Early versions went into combat with the Legion Condor from the spring of 1937, where pilots such as Günther Lützow and Werner Mölders worked out the loose pairs and fours the Luftwaffe later flew everywhere. Some 34,000 were built, more than any other fighter.",
        "1935",
        "1937",
        "1945",
        designation="Bf 109",
        aliases=["Bf 109", "Me 109"],
        variants=[
            "Bf 109 B",
            "Bf 109 C",
            "Bf 109 D",
            "Bf 109 E",
            "Bf 109 F",
            "Bf 109 G",
            "Bf 109 K",
        ],
        specifications=[
            ("Crew", "1", ""),
            ("Engine (Bf 109 E)", "Daimler-Benz DB 601A", ""),
            ("Maximum speed (Bf 109 E)", "about 560", "km/h"),
            (
                "Main armament (Bf 109 E-3)",
                "two 7.92 mm machine guns and two 20 mm cannon",
                "",
            ),
        ],
        sources=[wiki("Messerschmitt_Bf_109")],
    ),
    equipment(
        "Junkers Ju 52",
        "aircraft",
        "Three-engined Junkers transport with the firm's corrugated metal skin, developed from a single-engined design of 1930 and flown as the Ju 52/3m from 1932. In the summer of 1936 German crews used it to carry Franco's troops from Morocco to Spain, and the Legion Condor flew it as a bomber, over Guernica among other places. It stayed the Luftwaffe's standard transport throughout the war.",
        "1930",
        "1932",
        "1945",
        designation="Ju 52",
        manufacturer="Junkers",
        aliases=["Ju 52", "Ju 52/3m", ("Tante Ju", False)],
        variants=["Ju 52/1m", "Ju 52/3m"],
        specifications=[
            ("Crew", "3", ""),
            ("Engines", "three BMW 132 radials", ""),
            ("Maximum speed", "about 265", "km/h"),
        ],
        body="<p>The airlift across the Strait of Gibraltar, begun at the end of July 1936, moved well over ten thousand soldiers of the Army of Africa to the mainland in a few months, while the Republic's navy still barred the sea crossing. As a bomber the Ju 52 was slow and poorly armed, and during 1937 the Legion Condor replaced it with the He 111 and the Do 17.</p>",
        sources=[wiki("Junkers_Ju_52"), BEEVOR],
    ),
    equipment(
        "Junkers Ju 87",
        "aircraft",
        "German two-seat dive bomber with cranked wings and a fixed undercarriage, first flown in 1935. Three Ju 87 As joined the Legion Condor in January 1938 and flew in the closing days of the Teruel battle; the Ju 87 B followed at the end of that year. Its accuracy against small targets and its screaming dives made it the emblem of the early Blitzkrieg, though fighters found it easy prey.",
        "1935",
        "1937",
        "1945",
        designation="Ju 87",
        manufacturer="Junkers",
        aliases=["Ju 87", ("Stuka", False)],
        variants=["Ju 87 A", "Ju 87 B", "Ju 87 D", "Ju 87 G"],
        specifications=[
            ("Crew", "2", ""),
            ("Engine (Ju 87 B)", "Junkers Jumo 211", ""),
            ("Maximum speed (Ju 87 B)", "about 380", "km/h"),
            ("Bomb load (Ju 87 B)", "250–500", "kg"),
        ],
        sources=[wiki("Junkers_Ju_87")],
    ),
    equipment(
        "BT-7",
        "tank",
        "Last of the Soviet BT fast tanks, built at the Kharkov locomotive works from 1935 to 1940 on Christie suspension, so that it could run on its road wheels with the tracks taken off. It had a welded hull, a 45 mm gun and a licence-built BMW aero engine. BT-5s and BT-7s made up most of Zhukov's armour at Khalkhin Gol, and a large part of the fleet was lost in the summer of 1941.",
        "1935",
        "1935",
        "1945",
        native="БТ-7",
        aliases=["BT 7"],
        variants=["BT-7 model 1935", "BT-7 model 1937", "BT-7A", "BT-7M"],
        specifications=[
            ("Weight", "13.9", "t"),
            ("Crew", "3", ""),
            ("Main armament", "45 mm 20-K gun", ""),
            ("Engine", "Mikulin M-17T (licence-built BMW VI)", ""),
            ("Engine power", "450", "hp"),
        ],
        sources=[wiki("BT-7"), HABECK],
    ),
    equipment(
        "Tupolev TB-3",
        "aircraft",
        "Soviet four-engined heavy bomber from Andrei Tupolev's team, a scaled-up use of the corrugated all-metal construction he had followed since the 1920s. It first flew in December 1930, and about 800 were built, many of them at Fili. Paratroops jumped from it in the great manoeuvres of the mid-1930s, and it was still flying, mostly at night and as a transport, in 1941-1945.",
        "1930",
        "1932",
        "1945",
        designation="TB-3",
        native="ТБ-3",
        aliases=["TB-3", "ANT-6"],
        specifications=[
            ("Engines", "four Mikulin M-17, later AM-34", ""),
            ("Wingspan", "about 41.8", "m"),
        ],
        sources=[wiki("Tupolev_TB-3")],
    ),
    # Persons
    person(
        "Georgy Zhukov",
        "Soviet commander who made his name by routing the Japanese at Khalkhin Gol in August 1939. A former cavalryman who had come through the purge, he became Chief of the General Staff early in 1941, directed the defence of Leningrad and Moscow and the great offensives that followed, and took Berlin in 1945. He was Minister of Defence from 1955 until Khrushchev dismissed him in 1957.",
        "1.12.1896",
        "18.6.1974",
        "Soviet",
        native="Георгий Жуков",
        aliases=["Zhukov", "Georgy Konstantinovich Zhukov", "Georgi Zhukov"],
        death_place="Moscow",
        offices=[
            ("Commander of the 1st Army Group", "1939", "1940"),
            ("Commander of the Kiev Special Military District", "6.1940", "1.1941"),
            ("Chief of the General Staff", "2.1941", "7.1941"),
            ("Marshal of the Soviet Union", "18.1.1943", "18.6.1974"),
            ("Minister of Defence", "9.2.1955", "26.10.1957"),
        ],
        body="<p>Zhukov came to Mongolia in June 1939 from a post as deputy commander of the Belorussian district, took over the 57th Special Corps and then the 1st Army Group. He built up supplies over hundreds of kilometres of dirt road from the railhead, hid his preparations and attacked on 20 August with armour on both flanks, closing the ring within a week. Stalin noticed: in 1940 Zhukov received the Kiev Special Military District, and in 1941 the General Staff.</p>",
        sources=[wiki("Georgy_Zhukov"), ROBERTS, GOLDMAN],
    ),
    person(
        "Ieronim Uborevich",
        "Soviet army commander, born in Lithuania, who made his name in the Civil War and later led the Belorussian Military District, which he made one of the best-trained commands in the Red Army. He had studied with the German army in 1927 and 1928 and admired its staff work. Arrested at the end of May 1937, he was tried with Tukhachevsky and shot on 12 June 1937.",
        "14.1.1896",
        "12.6.1937",
        "Soviet",
        native="Иероним Уборевич",
        aliases=["Uborevich", "Jeronimas Uborevičius"],
        death_place="Moscow",
        offices=[
            ("Chief of Armaments of the Red Army", "1930", "1931"),
            ("Commander of the Belorussian Military District", "1931", "1937"),
        ],
        sources=[wiki("Ieronim_Uborevich"), CONQUEST],
    ),
    person(
        "Iona Yakir",
        "Soviet army commander born in Kishinev, a Civil War hero who led the Ukrainian and then the Kiev Military District from 1925 to 1937. His district staged the Kiev manoeuvres of 1935, with mass parachute drops and mechanised corps, in front of foreign observers. He had attended courses at the German army's staff academy in 1928-1929. Arrested at the end of May 1937, he was shot with Tukhachevsky on 12 June.",
        "15.8.1896",
        "12.6.1937",
        "Soviet",
        native="Иона Якир",
        aliases=["Yakir"],
        death_place="Moscow",
        offices=[
            ("Commander of the Ukrainian Military District", "1925", "1935"),
            ("Commander of the Kiev Military District", "1935", "1937"),
        ],
        sources=[wiki("Iona_Yakir"), CONQUEST],
    ),
    person(
        "Vasily Blyukher",
        "Soviet commander, the first holder of the Order of the Red Banner and, as 'Galen', chief military adviser in China in the mid-1920s. From 1929 he commanded the Red Army in the Far East, and in 1935 he became one of the first five Marshals of the Soviet Union. He sat among Tukhachevsky's judges in 1937, was blamed for the costly fighting at Lake Khasan in 1938 and died in NKVD custody that November.",
        "1.12.1889",
        "9.11.1938",
        "Soviet",
        native="Василий Блюхер",
        aliases=["Blyukher", "Blücher", "Vasily Blücher", "Galen"],
        death_place="Moscow",
        offices=[
            (
                "Commander of the Special Red Banner Far Eastern Army",
                "1929",
                "1938",
            ),
            ("Marshal of the Soviet Union", "20.11.1935", "1938"),
            ("Commander of the Far Eastern Front", "7.1938", "10.1938"),
        ],
        body="<p>Blyukher was among the most decorated soldiers of the young Soviet state and, in the Far East, something close to a viceroy. His standing did not save him. During the Khasan fighting in the summer of 1938 Stalin reproached him for hesitating to commit his troops, and the army's political chief Lev Mekhlis, sent out from Moscow, reported against him. He was relieved, arrested in October, and died in Lefortovo prison on 9 November 1938, after weeks of beatings and before any trial.</p>",
        sources=[wiki("Vasily_Blyukher"), CONQUEST, COOX_KHASAN],
    ),
    person(
        "Alexander Yegorov",
        "Soviet commander who led the South-Western Front in the war with Poland in 1920, with Stalin as the front's political member. Chief of Staff of the Red Army from 1931, he was made one of the first five Marshals of the Soviet Union in 1935 and headed the General Staff until 1937. Arrested in 1938, he was shot on 23 February 1939, the Red Army's anniversary.",
        "25.10.1883",
        "23.2.1939",
        "Soviet",
        native="Александр Егоров",
        aliases=["Yegorov", "Alexander Egorov"],
        death_place="Moscow",
        offices=[
            ("Chief of Staff of the Red Army", "1931", "1935"),
            ("Chief of the General Staff", "1935", "1937"),
            ("Marshal of the Soviet Union", "20.11.1935", "1938"),
        ],
        sources=[wiki("Alexander_Yegorov_(soldier)"), CONQUEST],
    ),
    person(
        "Nikolai Yezhov",
        "Soviet party official who headed the NKVD from September 1936 to November 1938, the worst months of the Great Terror, which Russians came to call the Yezhovshchina. Under him the secret police arrested Tukhachevsky and thousands of other officers and shot people in their hundreds of thousands under regional quotas. Replaced by Lavrentiy Beria, he was arrested in 1939 and shot in February 1940.",
        "1.5.1895",
        "4.2.1940",
        "Soviet",
        native="Николай Ежов",
        aliases=["Yezhov", "Nikolai Ezhov"],
        death_place="Moscow",
        offices=[
            ("People's Commissar for Internal Affairs", "26.9.1936", "25.11.1938"),
            ("People's Commissar for Water Transport", "1938", "1939"),
        ],
        sources=[wiki("Nikolai_Yezhov"), CONQUEST],
    ),
    person(
        "Wolfram von Richthofen",
        "German air force officer, a cousin of the First World War ace Manfred von Richthofen and a trained engineer. He went to Spain in late 1936, became chief of staff of the Legion Condor under Hugo Sperrle and planned the raid on Guernica, then commanded the legion from late 1938 until its return in 1939. He went on to lead close-support air corps and air fleets and became a field marshal in 1943.",
        "10.10.1895",
        "12.7.1945",
        native="Wolfram Freiherr von Richthofen",
        aliases=["Wolfram Freiherr von Richthofen"],
        offices=[
            ("Chief of Staff of the Legion Condor", "1.1937", ""),
            ("Commander of the Legion Condor", "11.1938", "5.1939"),
            ("Generalfeldmarschall", "16.2.1943", "1945"),
        ],
        body="<p>In Spain Richthofen learned, largely by trial and error, how to bring aircraft to bear in direct support of troops on the ground: liaison officers with radios at the front, short-range strikes flown several times a day, and close working with the army commanders. He took these methods to Poland and France as commander of the Luftwaffe's close-support forces, and to the East in 1941 and 1942.</p>",
        sources=[wiki("Wolfram_Freiherr_von_Richthofen"), CORUM],
    ),
    person(
        "Semyon Budyonny",
        "Soviet cavalry leader whose First Cavalry Army was the most famous Red formation of the Civil War and of the Polish war of 1920. A close ally of Stalin, he became one of the first five Marshals of the Soviet Union in 1935, sat as a judge at the Tukhachevsky trial and came through the purge. His commands of 1941 and 1942 went badly, and from 1943 he commanded the Red Army's cavalry.",
        "25.4.1883",
        "26.10.1973",
        "Soviet",
        native="Семён Будённый",
        aliases=["Budyonny", "Semyon Budenny", "Budenny"],
        death_place="Moscow",
        offices=[
            ("Marshal of the Soviet Union", "20.11.1935", "26.10.1973"),
            ("Commander of the Moscow Military District", "1937", "1940"),
        ],
        sources=[wiki("Semyon_Budyonny")],
    ),
    person(
        "Dmitry Pavlov",
        "Soviet tank officer who led Soviet tank crews fighting for the Republic in Spain in 1936-1937 and was made a Hero of the Soviet Union. Back home he headed the Red Army's armoured directorate and, in June 1941, commanded the Western Front, which the German offensive shattered within days. He was arrested, tried and shot on 22 July 1941, and cleared in 1957.",
        "4.11.1897",
        "22.7.1941",
        "Soviet",
        native="Дмитрий Павлов",
        aliases=["Dmitry Grigoryevich Pavlov", ("Pavlov", True)],
        offices=[
            ("Head of the Red Army's Armoured Directorate", "1937", "1940"),
            ("Commander of the Western Special Military District", "6.1940", "6.1941"),
        ],
        body="<p>In Spain Pavlov commanded the first Soviet tank brigade on the Madrid front. His reports, which stressed that tanks could not fight without infantry and artillery close at hand, were among those cited in 1939 when the Red Army broke up its tank corps, a step reversed in haste in 1940. His Western Front, around Białystok and Minsk, took the main weight of the German attack in June 1941.</p>",
        sources=[wiki("Dmitry_Pavlov_(general)"), HABECK],
    ),
    person(
        "Yakov Smushkevich",
        "Soviet air commander of Lithuanian Jewish origin who, as 'General Douglas', was the senior Soviet air adviser to the Spanish Republic in 1936-1937. In 1939 he led the air fighting over the Khalkhin Gol, which won him a second gold star as Hero of the Soviet Union, and then headed the Red Army's air forces. He was arrested two weeks before the German invasion and shot without trial in October 1941.",
        "14.4.1902",
        "28.10.1941",
        "Soviet",
        native="Яков Смушкевич",
        aliases=["Smushkevich", "General Douglas"],
        offices=[("Chief of the Red Army Air Forces", "11.1939", "8.1940")],
        body="<p>Smushkevich reached Mongolia at the end of May 1939 with a group of pilots who had fought in Spain, at a time when Japanese fighters were winning the air battle. He reorganised the fighter regiments, brought in improved I-16s and I-153s and trained the young pilots in the tactics learned over Madrid; by the August offensive the Soviet side held the advantage in the air.</p>",
        sources=[wiki("Yakov_Smushkevich"), GOLDMAN],
    ),
    # Events
    event(
        "Tukhachevsky affair",
        "other",
        "The secret case in which Marshal Mikhail Tukhachevsky and seven other senior commanders were arrested in May 1937, accused of a military-fascist plot with Germany and tried by a special court on 11 June. All eight were shot within hours of the verdict. The case opened the purge of the Red Army, which cost it much of its senior command before the war.",
        "22.5.1937",
        "12.6.1937",
        place="Moscow",
        participants=[
            "Mikhail Tukhachevsky",
            "Iona Yakir",
            "Ieronim Uborevich",
            "Vasily Blyukher",
            "Semyon Budyonny",
            "Yakov Alksnis",
            "Nikolai Yezhov",
            "NKVD",
        ],
        aliases=[
            "Case of the Trotskyist Anti-Soviet Military Organisation",
            "Tukhachevsky trial",
            "Tukhachevsky case",
        ],
        body="<p>The NKVD beat confessions out of the accused. The court, presided over by Vasily Ulrikh, included Marshals Blyukher and Budyonny and the air force chief Yakov Alksnis, and most of its members were themselves dead within two years. A long-told story holds that Heydrich's security service passed forged papers to Moscow by way of Prague; historians now doubt that they counted for anything.</p><p>In 1937 and 1938 tens of thousands of officers were dismissed and many thousands arrested, though a good part were later taken back. Three of the five marshals of 1935 and most army, corps and district commanders were removed. The Soviet Supreme Court cleared the eight in 1957.</p>",
        sources=[
            wiki("Case_of_Trotskyist_Anti-Soviet_Military_Organization"),
            wiki("Great_Purge"),
            CONQUEST,
        ],
    ),
    event(
        "Bombing of Guernica",
        "battle",
        "Air raid of 26 April 1937, a Monday and market day, in which aircraft of the Legion Condor and the Italian Aviazione Legionaria bombed and strafed Guernica for about three hours in support of the Nationalist drive on Bilbao. Fire gutted most of the town centre. The number of dead is still disputed: the Basque government spoke of more than 1,600, later research of a few hundred at most.",
        "26.4.1937",
        place="Guernica",
        participants=[
            "Legion Condor",
            "Wolfram von Richthofen",
            "Hugo Sperrle",
            "Junkers Ju 52",
        ],
        aliases=["Guernica raid", "Bombing of Gernika"],
        body="<p>Richthofen, the legion's chief of staff, aimed the raid at the bridge and the roads through the town, to cut off retreating Basque troops, but incendiary and high-explosive bombs dropped on a crowded town made that distinction meaningless. Nationalist propaganda first claimed that the Basques had burned Guernica themselves. Reports by foreign correspondents, above all George Steer in The Times, and Picasso's painting, shown in Paris that summer, made the raid known around the world.</p>",
        sources=[wiki("Bombing_of_Guernica"), BEEVOR, CORUM],
    ),
    event(
        "Battle of Teruel",
        "battle",
        "Battle of the winter of 1937 to 1938 in southern Aragon. The Republican army attacked on 15 December 1937 to forestall a Nationalist offensive against Madrid, took the town on 8 January 1938 after fighting in severe frost, and lost it again on 22 February to a counter-offensive backed by the Legion Condor. The battle used up the Republic's best units and opened the way to the Nationalist advance to the Mediterranean that spring.",
        "15.12.1937",
        "22.2.1938",
        place="Teruel",
        participants=[
            "Legion Condor",
            "Messerschmitt Bf 109",
            "Junkers Ju 87",
            "Polikarpov I-16",
            "Polikarpov I-15",
        ],
        sources=[wiki("Battle_of_Teruel"), BEEVOR],
    ),
    event(
        "Battle of Khalkhin Gol",
        "battle",
        "Undeclared war on the border between Mongolia and Japanese-run Manchukuo, fought from May to September 1939. After Japanese attacks in May and July, Zhukov's 1st Army Group and Mongolian troops struck on 20 August with armour on both wings, encircled the Japanese 23rd Division and destroyed most of it by the end of the month. A ceasefire agreed in Moscow took effect on 16 September 1939.",
        "11.5.1939",
        "16.9.1939",
        place="Khalkhin Gol (river)",
        participants=[
            "Georgy Zhukov",
            "Yakov Smushkevich",
            "1st Army Group (Soviet)",
            "Red Army",
            "Kwantung Army",
            "BT-7",
            "Polikarpov I-16",
        ],
        aliases=[
            "Battles of Khalkhin Gol",
            "Nomonhan Incident",
            "Battle of Nomonhan",
            "Nomonhan",
        ],
        body="<p>The fighting began on 11 May 1939 with a clash between Mongolian and Manchukuoan horsemen over the strip of steppe between the river and Nomonhan. The Kwantung Army raised the stakes without clear orders from Tokyo; in early July a Japanese force crossed the river and was thrown back from the Bain Tsagan heights by Soviet armour attacking without waiting for its infantry. Over the summer the Soviet air force, reinforced with pilots from Spain under Yakov Smushkevich, won control of the air.</p><p>The August offensive was deep battle in miniature: a concealed build-up, artillery and air preparation, and mobile groups closing a ring behind the enemy. Moscow drew few lessons from it, but in Tokyo the defeat weighed in favour of the neutrality pact of April 1941 and of the turn south against the Western powers.</p>",
        sources=[wiki("Battles_of_Khalkhin_Gol"), COOX, GOLDMAN],
    ),
    event(
        "Battle of Lake Khasan",
        "battle",
        "Border clash of 29 July to 11 August 1938 on the hills beside Lake Khasan, where the Soviet Union, Korea and Manchukuo met, between Soviet troops and the Japanese 19th Division of the Korea Army. The Soviets retook the Zaozernaya and Bezymyannaya heights only after costly frontal attacks, and a ceasefire restored the earlier line. The clumsy Soviet handling of the fight was laid at Vasily Blyukher's door, and he was arrested in October.",
        "29.7.1938",
        "11.8.1938",
        participants=["Vasily Blyukher", "Red Army"],
        aliases=["Changkufeng Incident", "Battle of Changkufeng", "Khasan"],
        sources=[wiki("Battle_of_Lake_Khasan"), COOX_KHASAN],
    ),
    event(
        "Field Regulations of 1936",
        "other",
        "The Red Army's Provisional Field Regulations of 1936, known as PU-36, which made deep battle official doctrine: hit the enemy's defence at the same time through its whole depth with artillery, aircraft, tanks and airborne troops, then push mobile forces through the breach. Drafted under Tukhachevsky and building on Triandafillov's ideas, they stayed in force after his fall, but the purge removed most of the officers who understood them.",
        "1936",
        participants=["Mikhail Tukhachevsky", "Red Army"],
        native="Временный полевой устав РККА 1936 (ПУ-36)",
        aliases=[
            "PU-36",
            "Provisional Field Regulations of 1936",
            "Field Service Regulations of 1936",
        ],
        body="<p>The regulations described a combined-arms attack in echelons: infantry-support tanks and artillery to break into the defence, long-range tank groups and aircraft to strike the enemy's reserves and guns further back, and a development echelon of mechanised and cavalry formations to exploit the breakthrough. After 1937 their authors were denounced as traitors, yet a new draft of 1939 kept much of the text, and the wartime regulations of 1942 and 1944 returned openly to the same ideas.</p>",
        sources=[wiki("Deep_operation"), GLANTZ, HABECK],
    ),
]

RED_ARMY_AND_SPAIN_RELATIONS = [
    ("Georgy Zhukov", "served_in", "Red Army", "1918", "1957"),
    ("Georgy Zhukov", "commanded", "1st Army Group (Soviet)", "1939", "1940"),
    ("Georgy Zhukov", "took_part_in", "German invasion of the Soviet Union", "", ""),
    ("Ieronim Uborevich", "served_in", "Red Army", "1918", "1937"),
    ("Ieronim Uborevich", "trained_at", "Reichswehr", "1927", "1928"),
    ("Iona Yakir", "served_in", "Red Army", "1918", "1937"),
    ("Iona Yakir", "trained_at", "Reichswehr", "1928", "1929"),
    ("Vasily Blyukher", "served_in", "Red Army", "1918", "1938"),
    (
        "Vasily Blyukher",
        "commanded",
        "Special Red Banner Far Eastern Army",
        "1929",
        "1938",
    ),
    ("Alexander Yegorov", "served_in", "Red Army", "1918", "1938"),
    ("Semyon Budyonny", "served_in", "Red Army", "1918", ""),
    ("Nikolai Yezhov", "commanded", "NKVD", "26.9.1936", "25.11.1938"),
    ("Wolfram von Richthofen", "served_in", "Luftwaffe", "1935", "1945"),
    ("Wolfram von Richthofen", "served_in", "Legion Condor", "1936", "1939"),
    ("Wolfram von Richthofen", "commanded", "Legion Condor", "11.1938", "5.1939"),
    ("Dmitry Pavlov", "served_in", "Red Army", "1919", "1941"),
    ("Dmitry Pavlov", "took_part_in", "Spanish Civil War", "1936", "1937"),
    (
        "Dmitry Pavlov",
        "took_part_in",
        "German invasion of the Soviet Union",
        "22.6.1941",
        "30.6.1941",
    ),
    ("Yakov Smushkevich", "took_part_in", "Spanish Civil War", "1936", "1937"),
    ("Yakov Smushkevich", "commanded", "Soviet Air Forces", "11.1939", "8.1940"),
    ("Wilhelm von Thoma", "took_part_in", "Spanish Civil War", "1936", "1939"),
    ("Polikarpov I-16", "took_part_in", "Spanish Civil War", "1936", "1939"),
    ("Polikarpov I-15", "took_part_in", "Spanish Civil War", "1936", "1939"),
    ("Polikarpov I-16", "served_in", "Soviet Air Forces", "1934", "1945"),
    ("Tupolev TB-3", "served_in", "Soviet Air Forces", "1932", "1945"),
    ("Tupolev TB-3", "made_by", "Fili", "", ""),
    ("Heinkel He 51", "served_in", "Legion Condor", "1936", "1939"),
    ("Messerschmitt Bf 109", "served_in", "Legion Condor", "1937", "1939"),
    ("Junkers Ju 52", "served_in", "Legion Condor", "1936", "1939"),
    ("Junkers Ju 87", "served_in", "Legion Condor", "1938", "1939"),
    ("BT-7", "served_in", "1st Army Group (Soviet)", "1939", "1939"),
]

#: English title → the Czech version of the entry.
CZECH = {
    "Guernica": {
        "title": "Guernica",
        "summary": (
            "Baskické tržní městečko v provincii Biskajsko severovýchodně od "
            "Bilbaa, kde se pod uctívaným dubem scházela biskajská shromáždění. "
            "Dne 26. dubna 1937 zničily německé a italské bombardéry velkou část "
            "jeho středu a Picassův obraz udělal z jeho jména symbol bombardování "
            "civilistů."
        ),
        "aliases": ["Guerniky", "Guernice", "Guerniku", "Guernikou", "Gernika"],
        "country_then": "Španělsko",
        "country_now": "Španělsko",
    },
    "Madrid": {
        "title": "Madrid",
        "summary": (
            "Hlavní město Španělska. Nacionalistické kolony dorazily v listopadu "
            "1936 na jeho jihozápadní předměstí, město se však udrželo, také díky "
            "interbrigadistům a sovětským tankům a stíhačkám, které republika "
            "dostala toho podzimu. Na frontové linii zůstalo téměř dva a půl roku "
            "a Frankovým vojskům se vzdalo 28. března 1939."
        ),
        "aliases": ["Madridu", "Madridem"],
        "country_then": "Španělsko",
        "country_now": "Španělsko",
    },
    "Teruel": {
        "title": "Teruel",
        "summary": (
            "Hlavní město provincie na jihu Aragonie, položené na vyvýšenině nad "
            "soutokem řek Alfambra a Guadalaviar. V zimě 1937–1938 se u něj v "
            "hlubokém sněhu a krutých mrazech odehrála jedna z nejtěžších bitev "
            "španělské občanské války; republikáni město v lednu 1938 dobyli a v "
            "únoru je znovu ztratili."
        ),
        "aliases": ["Teruelu", "Teruelem"],
        "country_then": "Španělsko",
        "country_now": "Španělsko",
    },
    "Khalkhin Gol (river)": {
        "title": "Chalchyn gol",
        "summary": (
            "Řeka na východě Mongolska, která pramení ve Velkém Chinganu a teče "
            "na severozápad do jezera Bujr núr; v části toku tvoří hranici s "
            "Čínou. V roce 1939 Japonsko tvrdilo, že hranice Mandžukua vede po "
            "řece, kdežto Mongolsko ji kladlo asi 20 km dál na východ. Step na "
            "obou březích se toho léta stala bojištěm sovětsko-japonské války."
        ),
        "aliases": [
            "Chalchyn golu",
            "Chalchyn golem",
            "řeka Chalchyn gol",
            "řeky Chalchyn gol",
            "řece Chalchyn gol",
            "řekou Chalchyn gol",
            "Chalchin-gol",
            "Chalchin-golu",
        ],
        "country_then": "Mongolská lidová republika",
        "country_now": "Mongolsko",
    },
    "Tamsagbulag": {
        "title": "Tamsagbulag",
        "summary": (
            "Osada ve stepi východního Mongolska, zhruba 120 km západně od řeky "
            "Chalchyn gol. V roce 1939 tu měl štáb sovětský 57. zvláštní sbor; "
            "Žukov, který přijel na začátku června, usoudil, že je příliš daleko "
            "od bojů, a přesunul velitelské stanoviště dopředu na Chamar-Dabu "
            "blízko řeky."
        ),
        "aliases": ["Tamsagbulagu", "Tamsagbulagem", "Tamsag-Bulak", "Tamsag-Bulaku"],
        "country_then": "Mongolská lidová republika",
        "country_now": "Mongolsko",
    },
    "NKVD": {
        "title": "NKVD",
        "summary": (
            "Lidový komisariát vnitřních záležitostí, sovětské ministerstvo, které "
            "od roku 1934 řídilo politickou i běžnou policii, pohraniční vojska a "
            "pracovní tábory. Pod vedením Nikolaje Ježova provedlo masové zatýkání "
            "let 1937 a 1938, jež zasáhlo i tisíce důstojníků Rudé armády. V roce "
            "1946 bylo přejmenováno na ministerstvo vnitra."
        ),
        "aliases": [
            "Lidový komisariát vnitřních záležitostí",
            "Lidového komisariátu vnitřních záležitostí",
            "Lidovém komisariátu vnitřních záležitostí",
            "Lidovým komisariátem vnitřních záležitostí",
        ],
    },
    "Kwantung Army": {
        "title": "Kwantungská armáda",
        "summary": (
            "Japonská armáda umístěná od roku 1919 v Mandžusku, zprvu k ochraně "
            "pronajatého Kwantungského území a Jihomandžuské železnice. Její "
            "důstojníci zosnovali v roce 1931 mukdenský incident a loutkový stát "
            "Mandžukuo fakticky řídili. Porážka u Chalchyn golu v roce 1939 "
            "zchladila japonskou chuť na válku se Sovětským svazem a v srpnu 1945 "
            "ji rozdrtila sovětská invaze."
        ),
        "aliases": [
            "Kwantungské armády",
            "Kwantungské armádě",
            "Kwantungskou armádu",
            "Kwantungskou armádou",
        ],
    },
    "1st Army Group (Soviet)": {
        "title": "1. armádní skupina (SSSR)",
        "summary": (
            "Sovětské velitelství vytvořené v červenci 1939 v Mongolsku z 57. "
            "zvláštního sboru k boji s Japonci na řece Chalchyn gol; v jeho čele "
            "stál Georgij Žukov. Spojovala sovětské střelecké divize s tankovými a "
            "obrněnými brigádami a bojovala po boku mongolského jezdectva. V srpnu "
            "1939 obklíčila japonskou 23. divizi a z větší části ji zničila."
        ),
        "aliases": [
            "1. armádní skupina",
            "1. armádní skupiny",
            "1. armádní skupině",
            "1. armádní skupinu",
            "1. armádní skupinou",
        ],
    },
    "Special Red Banner Far Eastern Army": {
        "title": "Zvláštní dálněvýchodní armáda Rudého praporu",
        "summary": (
            "Svazek Rudé armády zřízený v srpnu 1929 k ochraně sovětského Dálného "
            "východu, který ještě téhož roku prošel bojem s čínskými vojsky o "
            "Čínskou východní železnici. Po celou dobu jí velel Vasilij Bljucher a "
            "za tažení roku 1929 dostala Řád rudého praporu. Koncem června 1938, "
            "měsíc před střetem u jezera Chasan, z ní vznikl Dálněvýchodní front."
        ),
        "aliases": [
            "Zvláštní dálněvýchodní armáda",
            "Zvláštní dálněvýchodní armády",
            "Zvláštní dálněvýchodní armádě",
            "Zvláštní dálněvýchodní armádu",
            "Zvláštní dálněvýchodní armádou",
            "OKDVA",
        ],
    },
    "Polikarpov I-16": {
        "title": "Polikarpov I-16",
        "summary": (
            "Sovětský jednomístný stíhací letoun Nikolaje Polikarpova, jeden z "
            "prvních jednoplošníků se zatahovacím podvozkem v řadové službě. "
            "Prototyp zalétal Valerij Čkalov 30. prosince 1933. Krátký, zavalitý a "
            "na pilotáž náročný stroj bojoval ve Španělsku, kde mu republikáni "
            "říkali Mosca a nacionalisté Rata, potom u Chalchyn golu a v roce 1941."
        ),
        "aliases": [
            "I-16",
            ("Rata", True),
            ("Mosca", True),
            ("Išak", True),
            "stíhačka I-16",
            "stíhačky I-16",
            "stíhačku I-16",
            "stíhačkou I-16",
            "stíhačkami I-16",
        ],
    },
    "Polikarpov I-15": {
        "title": "Polikarpov I-15",
        "summary": (
            "Sovětský dvouplošný stíhač Nikolaje Polikarpova, který poprvé vzlétl "
            "v roce 1933; jeho horní křídlo se u trupu lomilo dolů do tvaru "
            "racčího křídla. Španělská republika jej dostávala od podzimu 1936, "
            "říkala mu Chato („tupý nos“) a vyráběla ho i v licenci. Do sovětské "
            "služby ho následovaly vylepšený I-15bis a I-153 se zatahovacím "
            "podvozkem."
        ),
        "aliases": [
            "I-15",
            ("Chato", True),
            ("Čato", True),
            "stíhačka I-15",
            "stíhačky I-15",
            "stíhačku I-15",
            "stíhačkou I-15",
        ],
    },
    "Messerschmitt Bf 109": {
        "title": "Messerschmitt Bf 109",
        "summary": (
            "Německý jednomístný stíhací letoun, který Willy Messerschmitt "
            "navrhl u firmy Bayerische Flugzeugwerke a který poprvé vzlétl v "
            "květnu 1935. Rané verze bojovaly od jara 1937 u Legie Condor, kde "
            "piloti jako Günther Lützow a Werner Mölders vypracovali volné "
            "formace dvojic a čtveřic, jež pak převzala celá Luftwaffe. Vyrobilo "
            "se jich asi 34 000, víc než kteréhokoli jiného stíhače."
        ),
        "aliases": [
            "Bf 109",
            "Me 109",
            "Messerschmittu Bf 109",
            "Messerschmittem Bf 109",
            "Messerschmitty Bf 109",
            "stodevítka",
        ],
    },
    "Junkers Ju 52": {
        "title": "Junkers Ju 52",
        "summary": (
            "Třímotorový dopravní letoun firmy Junkers s typickým potahem z "
            "vlnitého plechu, vyvinutý z jednomotorového stroje z roku 1930 a od "
            "roku 1932 létající jako Ju 52/3m. V létě 1936 s ním němečtí letci "
            "převáželi Frankova vojska z Maroka do Španělska a Legie Condor jej "
            "nasazovala jako bombardér, mimo jiné nad Guernikou. Po celou válku "
            "zůstal standardním transportním letounem Luftwaffe."
        ),
        "aliases": [
            "Ju 52",
            "Ju 52/3m",
            "Tante Ju",
            "tetka Ju",
            "Junkersu Ju 52",
            "Junkersem Ju 52",
            "Junkersy Ju 52",
        ],
    },
    "Junkers Ju 87": {
        "title": "Junkers Ju 87",
        "summary": (
            "Německý dvoumístný střemhlavý bombardér s lomeným křídlem a pevným "
            "podvozkem, poprvé vzlétl v roce 1935. Tři stroje Ju 87 A dorazily k "
            "Legii Condor v lednu 1938 a zasáhly do posledních dnů bitvy u "
            "Teruelu; koncem roku je následovala verze Ju 87 B. Přesnost proti "
            "malým cílům a kvílivé střemhlavé útoky z něj udělaly symbol raného "
            "bleskového válčení, stíhačům však snadno podléhal."
        ),
        "aliases": [
            "Ju 87",
            "Štuka",
            "Štuky",
            "Štuku",
            "Štukou",
            "Junkersu Ju 87",
            "Junkersem Ju 87",
        ],
    },
    "BT-7": {
        "title": "BT-7",
        "summary": (
            "Poslední ze sovětských rychlých tanků BT, vyráběný v letech "
            "1935–1940 v charkovském závodě na lokomotivy. Christieho podvozek mu "
            "dovoloval jezdit po sundání pásů přímo po pojezdových kolech; měl "
            "svařovanou korbu, kanon ráže 45 mm a licenční letecký motor BMW. "
            "Tanky BT-5 a BT-7 tvořily většinu Žukovových obrněných sil u "
            "Chalchyn golu a v létě 1941 jich velká část padla."
        ),
        "aliases": [
            "tank BT-7",
            "tanku BT-7",
            "tanky BT-7",
            "tankem BT-7",
            "tanků BT-7",
        ],
    },
    "Tupolev TB-3": {
        "title": "Tupolev TB-3",
        "summary": (
            "Sovětský čtyřmotorový těžký bombardér z konstrukční skupiny Andreje "
            "Tupoleva, zvětšené uplatnění celokovové stavby z vlnitého plechu, "
            "jíž se Tupolev držel od dvacátých let. Poprvé vzlétl v prosinci 1930 "
            "a vyrobilo se ho asi 800 kusů, mnoho z nich ve Filích. Na velkých "
            "manévrech poloviny třicátých let z něj seskakovali výsadkáři a v "
            "letech 1941–1945 ještě létal, hlavně v noci a jako dopravní letoun."
        ),
        "aliases": [
            "TB-3",
            "bombardér TB-3",
            "bombardéru TB-3",
            "bombardérem TB-3",
            "bombardéry TB-3",
        ],
    },
    "Georgy Zhukov": {
        "title": "Georgij Žukov",
        "summary": (
            "Sovětský vojevůdce, který se proslavil porážkou Japonců u Chalchyn "
            "golu v srpnu 1939. Bývalý jezdec, jenž přečkal čistky, se na začátku "
            "roku 1941 stal náčelníkem generálního štábu, řídil obranu Leningradu "
            "a Moskvy i velké ofenzivy, které přišly potom, a v roce 1945 dobyl "
            "Berlín. V letech 1955–1957 byl ministrem obrany, dokud ho Chruščov "
            "neodvolal."
        ),
        "aliases": [
            "Žukov",
            "Žukova",
            "Žukovovi",
            "Žukovem",
            "Georgije Žukova",
            "Georgiji Žukovovi",
            "Georgijem Žukovem",
        ],
        "nationality": "sovětská",
    },
    "Ieronim Uborevich": {
        "title": "Jeronim Uborevič",
        "summary": (
            "Sovětský armádní velitel narozený v Litvě, který se proslavil v "
            "občanské válce a později vedl Běloruský vojenský okruh, z něhož "
            "udělal jedno z nejlépe vycvičených velitelství Rudé armády. V letech "
            "1927 a 1928 studoval u německé armády a obdivoval její štábní práci. "
            "Koncem května 1937 byl zatčen, souzen spolu s Tuchačevským a 12. "
            "června 1937 zastřelen."
        ),
        "aliases": [
            "Uborevič",
            "Uboreviče",
            "Uborevičovi",
            "Uborevičem",
            "Jeronima Uboreviče",
            "Jeronimu Uborevičovi",
            "Jeronimem Uborevičem",
        ],
        "nationality": "sovětská",
    },
    "Iona Yakir": {
        "title": "Iona Jakir",
        "summary": (
            "Sovětský armádní velitel narozený v Kišiněvě, hrdina občanské války, "
            "který v letech 1925–1937 vedl Ukrajinský a potom Kyjevský vojenský "
            "okruh. Jeho okruh uspořádal v roce 1935 kyjevské manévry s "
            "hromadnými výsadky a mechanizovanými sbory před zraky zahraničních "
            "pozorovatelů. V letech 1928–1929 navštěvoval kurzy na německé "
            "štábní akademii. Koncem května 1937 byl zatčen a 12. června zastřelen "
            "spolu s Tuchačevským."
        ),
        "aliases": [
            "Jakir",
            "Jakira",
            "Jakirovi",
            "Jakirem",
            "Iony Jakira",
            "Ionovi Jakirovi",
            "Ionou Jakirem",
        ],
        "nationality": "sovětská",
    },
    "Vasily Blyukher": {
        "title": "Vasilij Bljucher",
        "summary": (
            "Sovětský velitel, první nositel Řádu rudého praporu a v polovině "
            "dvacátých let pod jménem „Galen“ hlavní vojenský poradce v Číně. Od "
            "roku 1929 velel Rudé armádě na Dálném východě a v roce 1935 se stal "
            "jedním z prvních pěti maršálů Sovětského svazu. V roce 1937 zasedal "
            "mezi soudci Tuchačevského, v roce 1938 mu přičetli nákladné boje u "
            "jezera Chasan a v listopadu téhož roku zemřel ve vazbě NKVD."
        ),
        # Czech writes the marshal Bljucher; Blücher is the Prussian.
        "drop_aliases": ["Blücher", "Vasily Blücher"],
        "aliases": [
            "Bljucher",
            "Bljuchera",
            "Bljucherovi",
            "Bljucherem",
            "Vasilije Bljuchera",
            "Vasiliji Bljucherovi",
            "Vasilijem Bljucherem",
            "Galin",
        ],
        "nationality": "sovětská",
    },
    "Alexander Yegorov": {
        "title": "Alexandr Jegorov",
        "summary": (
            "Sovětský velitel, který ve válce s Polskem v roce 1920 vedl "
            "Jihozápadní front, jehož politickým členem byl Stalin. Od roku 1931 "
            "byl náčelníkem štábu Rudé armády, v roce 1935 se stal jedním z "
            "prvních pěti maršálů Sovětského svazu a do roku 1937 stál v čele "
            "generálního štábu. V roce 1938 byl zatčen a 23. února 1939, ve výroční "
            "den Rudé armády, zastřelen."
        ),
        "aliases": [
            "Jegorov",
            "Jegorova",
            "Jegorovovi",
            "Jegorovem",
            "Alexandra Jegorova",
            "Alexandru Jegorovovi",
            "Alexandrem Jegorovem",
        ],
        "nationality": "sovětská",
    },
    "Nikolai Yezhov": {
        "title": "Nikolaj Ježov",
        "summary": (
            "Sovětský stranický funkcionář, který od září 1936 do listopadu 1938 "
            "řídil NKVD v nejhorších měsících velkého teroru, jemuž Rusové začali "
            "říkat ježovščina. Za jeho vedení tajná policie zatkla Tuchačevského "
            "a tisíce dalších důstojníků a podle oblastních kvót postřílela "
            "statisíce lidí. Nahradil ho Lavrentij Berija; Ježov byl v roce 1939 "
            "zatčen a v únoru 1940 zastřelen."
        ),
        "aliases": [
            "Ježov",
            "Ježova",
            "Ježovovi",
            "Ježovem",
            "Nikolaje Ježova",
            "Nikolaji Ježovovi",
            "Nikolajem Ježovem",
        ],
        "nationality": "sovětská",
    },
    "Wolfram von Richthofen": {
        "title": "Wolfram von Richthofen",
        "summary": (
            "Důstojník německého letectva, bratranec stíhacího esa první světové "
            "války Manfreda von Richthofena a vystudovaný inženýr. Koncem roku "
            "1936 odjel do Španělska, stal se náčelníkem štábu Legie Condor pod "
            "Hugem Sperrlem a naplánoval nálet na Guerniku; od konce roku 1938 až "
            "do návratu v roce 1939 legii velel. Později vedl letecké sbory přímé "
            "podpory i letecké flotily a v roce 1943 se stal polním maršálem."
        ),
        "aliases": [
            "Wolframa von Richthofena",
            "Wolframu von Richthofenovi",
            "Wolframem von Richthofenem",
        ],
        "nationality": "německá",
    },
    "Semyon Budyonny": {
        "title": "Semjon Buďonnyj",
        "summary": (
            "Sovětský jezdecký velitel, jehož 1. jízdní armáda byla nejslavnějším "
            "rudým svazkem občanské války i polské války roku 1920. Jako blízký "
            "Stalinův spojenec se v roce 1935 stal jedním z prvních pěti maršálů "
            "Sovětského svazu, zasedal jako soudce v procesu s Tuchačevským a "
            "čistky přežil. Jeho velení v letech 1941 a 1942 dopadla špatně a od "
            "roku 1943 velel jezdectvu Rudé armády."
        ),
        "aliases": [
            "Buďonnyj",
            "Buďonného",
            "Buďonnému",
            "Buďonným",
            "Semjona Buďonného",
            "Semjonu Buďonnému",
            "Semjonem Buďonným",
        ],
        "nationality": "sovětská",
    },
    "Dmitry Pavlov": {
        "title": "Dmitrij Pavlov",
        "summary": (
            "Sovětský tankista, který v letech 1936–1937 vedl sovětské tankové "
            "osádky bojující ve Španělsku za republiku a stal se Hrdinou "
            "Sovětského svazu. Po návratu řídil obrněnou správu Rudé armády a v "
            "červnu 1941 velel Západnímu frontu, který německá ofenziva během "
            "několika dní rozbila. Byl zatčen, souzen a 22. července 1941 "
            "zastřelen; rehabilitace se dočkal v roce 1957."
        ),
        "aliases": [
            "Dmitrije Pavlova",
            "Dmitriji Pavlovovi",
            "Dmitrijem Pavlovem",
            "generál Pavlov",
            "generála Pavlova",
            "generálu Pavlovovi",
            "generálem Pavlovem",
        ],
        "nationality": "sovětská",
    },
    "Yakov Smushkevich": {
        "title": "Jakov Smuškevič",
        "summary": (
            "Sovětský letecký velitel litevsko-židovského původu, který jako "
            "„generál Douglas“ působil v letech 1936–1937 jako hlavní sovětský "
            "letecký poradce Španělské republiky. V roce 1939 řídil letecké boje "
            "nad Chalchyn golem, za něž dostal druhou zlatou hvězdu Hrdiny "
            "Sovětského svazu, a potom stál v čele letectva Rudé armády. Dva týdny "
            "před německým útokem byl zatčen a v říjnu 1941 bez soudu zastřelen."
        ),
        "aliases": [
            "Smuškevič",
            "Smuškeviče",
            "Smuškevičovi",
            "Smuškevičem",
            "Jakova Smuškeviče",
            "Jakovu Smuškevičovi",
            "Jakovem Smuškevičem",
            "generál Douglas",
        ],
        "nationality": "sovětská",
    },
    "Tukhachevsky affair": {
        "title": "Aféra Tuchačevského",
        "summary": (
            "Tajný případ, v němž byl maršál Michail Tuchačevskij spolu se sedmi "
            "dalšími vysokými veliteli v květnu 1937 zatčen, obviněn z "
            "vojensko-fašistického spiknutí s Německem a 11. června souzen "
            "zvláštním soudem. Všech osm bylo zastřeleno během několika hodin po "
            "rozsudku. Případ zahájil čistku Rudé armády, která ji ještě před "
            "válkou připravila o velkou část vyššího velení."
        ),
        "aliases": [
            "aféra Tuchačevského",
            "aféry Tuchačevského",
            "aféře Tuchačevského",
            "aféru Tuchačevského",
            "aférou Tuchačevského",
            "případ Tuchačevského",
            "proces s Tuchačevským",
        ],
    },
    "Bombing of Guernica": {
        "title": "Bombardování Guerniky",
        "summary": (
            "Nálet z 26. dubna 1937, v pondělí a v tržní den, při němž letouny "
            "Legie Condor a italského letectva Aviazione Legionaria asi tři "
            "hodiny bombardovaly a ostřelovaly Guerniku na podporu "
            "nacionalistického postupu na Bilbao. Požár zničil většinu středu "
            "města. Počet mrtvých je dodnes sporný: baskická vláda mluvila o více "
            "než 1 600, pozdější výzkum nanejvýš o několika stovkách."
        ),
        "aliases": [
            "bombardování Guerniky",
            "bombardováním Guerniky",
            "nálet na Guerniku",
            "náletu na Guerniku",
            "náletem na Guerniku",
        ],
    },
    "Battle of Teruel": {
        "title": "Bitva u Teruelu",
        "summary": (
            "Bitva z přelomu let 1937 a 1938 na jihu Aragonie. Republikánská "
            "armáda zaútočila 15. prosince 1937, aby předešla nacionalistické "
            "ofenzivě na Madrid, v krutých mrazech 8. ledna 1938 město dobyla a "
            "22. února je znovu ztratila v protiofenzivě podporované Legií Condor. "
            "Bitva vyčerpala nejlepší republikánské jednotky a otevřela "
            "nacionalistům cestu ke Středozemnímu moři, kam dorazili na jaře."
        ),
        "aliases": [
            "bitva u Teruelu",
            "bitvy u Teruelu",
            "bitvě u Teruelu",
            "bitvu u Teruelu",
            "bitvou u Teruelu",
        ],
    },
    "Battle of Khalkhin Gol": {
        "title": "Bitva u Chalchyn golu",
        "summary": (
            "Nevyhlášená válka na hranici Mongolska a Japonci ovládaného "
            "Mandžukua, vedená od května do září 1939. Po japonských útocích v "
            "květnu a červenci udeřila 20. srpna Žukovova 1. armádní skupina s "
            "mongolskými jednotkami, s tanky na obou křídlech obklíčila japonskou "
            "23. divizi a do konce měsíce ji z větší části zničila. Příměří "
            "dojednané v Moskvě platilo od 16. září 1939."
        ),
        "aliases": [
            "bitva u Chalchyn golu",
            "bitvy u Chalchyn golu",
            "bitvě u Chalchyn golu",
            "bitvu u Chalchyn golu",
            "bitvou u Chalchyn golu",
            "boje u Chalchyn golu",
            "incident u Nomonhanu",
            "Nomonhan",
        ],
    },
    "Battle of Lake Khasan": {
        "title": "Bitva u jezera Chasan",
        "summary": (
            "Pohraniční střet od 29. července do 11. srpna 1938 na kopcích u "
            "jezera Chasan, kde se stýkaly hranice Sovětského svazu, Koreje a "
            "Mandžukua, mezi sovětskými vojsky a japonskou 19. divizí Korejské "
            "armády. Sověti dobyli výšiny Zaozernaja a Bezymjannaja zpět až po "
            "nákladných čelních útocích a příměří obnovilo dřívější hranici. "
            "Neobratné sovětské vedení boje padlo na hlavu Vasilije Bljuchera, "
            "kterého v říjnu zatkli."
        ),
        "aliases": [
            "bitva u jezera Chasan",
            "bitvy u jezera Chasan",
            "bitvě u jezera Chasan",
            "bitvu u jezera Chasan",
            "bitvou u jezera Chasan",
            "boje u jezera Chasan",
            "Chasan",
        ],
    },
    "Field Regulations of 1936": {
        "title": "Polní řád z roku 1936",
        "summary": (
            "Prozatímní polní řád Rudé armády z roku 1936, známý jako PU-36, "
            "který z hluboké bitvy udělal oficiální doktrínu: zasáhnout "
            "nepřátelskou obranu současně v celé její hloubce dělostřelectvem, "
            "letectvem, tanky a výsadky a průlomem pak protlačit pohyblivé "
            "svazy. Vznikl pod vedením Tuchačevského a navazoval na myšlenky "
            "Triandafillova; po jeho pádu zůstal v platnosti, čistka však odstranila "
            "většinu důstojníků, kteří mu rozuměli."
        ),
        "aliases": [
            "PU-36",
            "polní řád z roku 1936",
            "polního řádu z roku 1936",
            "polním řádu z roku 1936",
            "polním řádem z roku 1936",
            "Prozatímní polní řád",
        ],
    },
}
