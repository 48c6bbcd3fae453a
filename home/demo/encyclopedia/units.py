"""The demo encyclopedia's units."""

from .common import unit, wiki

UNITS = [
    unit(
        "Legion Condor",
        "air_unit",
        "The Legion Condor was the force of Luftwaffe and army volunteers that Germany sent to fight for Franco's Nationalists in the Spanish Civil War, from November 1936 to 1939. First commanded by Hugo Sperrle, it combined bomber, fighter and reconnaissance units with a tank group under Wilhelm von Thoma. Its bombing of Guernica in April 1937 made it notorious, and Spain became its testing ground for new aircraft such as the Bf 109.",
        "1936",
        "1939",
        aliases=["Condor Legion"],
        parent="Luftwaffe",
        sources=[wiki("Condor_Legion")],
    ),
    unit(
        "Jagdgeschwader 54",
        "air_unit",
        "Jagdgeschwader 54 was a Luftwaffe fighter wing, known as 'Grünherz' (Green Heart) after the emblem it adopted under Hannes Trautloft. After the campaigns in the West it spent most of the war on the northern sector of the Eastern Front, around Leningrad. Trautloft, who had trained at Lipetsk, commanded it from 1940 to 1943.",
        "1939",
        "1945",
        aliases=["JG 54", "Grünherz", "Green Hearts"],
        parent="Luftwaffe",
        sources=[wiki("Jagdgeschwader_54")],
    ),
    unit(
        "Jagdgeschwader 3",
        "air_unit",
        "Jagdgeschwader 3 was a Luftwaffe fighter wing that took the honour title 'Udet' after Ernst Udet's death in 1941. It fought from Poland to France and the Battle of Britain, then on the Eastern Front, including over Stalingrad, before it was called home for the defence of the Reich against the Allied bombers. Günther Lützow led it in 1940 and 1941.",
        "1939",
        "1945",
        aliases=["JG 3"],
        parent="Luftwaffe",
        sources=[wiki("Jagdgeschwader_3")],
    ),
    unit(
        "6th Army (Wehrmacht)",
        "army",
        "The 6th Army was a German field army formed in 1939 that fought in Belgium and France before moving to the Eastern Front. Under Friedrich Paulus it reached the Volga in 1942, was encircled at Stalingrad in November and surrendered at the start of February 1943. A new 6th Army was raised afterwards and was destroyed in its turn in Romania in August 1944.",
        "1939",
        "1944",
        aliases=["6th Army", "Sixth Army", "German 6th Army", "German Sixth Army"],
        parent="Wehrmacht",
        sources=[wiki("6th_Army_(Wehrmacht)")],
    ),
    unit(
        "4th Panzer Army",
        "army",
        "The 4th Panzer Army began as Panzer Group 4, which drove on Leningrad and then Moscow in 1941, and took its new name at the start of 1942. Under Hermann Hoth it led the southern drive of 1942 towards Stalingrad and in December tried in vain to break through to the encircled 6th Army. It went on fighting in the south and east until 1945.",
        "1941",
        "1945",
        parent="Wehrmacht",
        aliases=["Panzer Group 4", "Panzergruppe 4"],
        sources=[wiki("4th_Panzer_Army")],
    ),
]
