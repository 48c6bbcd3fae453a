"""Footnotes in the demo entries that have a text of their own: each paragraph's
claims marked with the source they rest on, (phrase, source number, locator)."""

ENTRY_FOOTNOTES: dict[str, list[tuple[str, int, str]]] = {
    "Panzerschule Kama": [
        ("Agreed in 1926 and working from 1929", 2, ""),
        ("the experimental Grosstraktor vehicles were driven and fired here", 1, ""),
        ("It closed in 1933, and the site went on as a Soviet armour school", 3, ""),
    ],
    "Georgy Zhukov": [
        ("took over the 57th Special Corps and then the 1st Army Group", 2, ""),
        (
            "attacked on 20 August with armour on both flanks, closing the ring "
            "within a week",
            3,
            "",
        ),
        (
            "in 1940 Zhukov received the Kiev Special Military District, and in "
            "1941 the General Staff",
            2,
            "",
        ),
    ],
    "Tukhachevsky affair": [
        (
            "included Marshals Blyukher and Budyonny and the air force chief "
            "Yakov Alksnis",
            1,
            "",
        ),
        ("historians now doubt that they counted for anything", 3, ""),
        (
            "tens of thousands of officers were dismissed and many thousands arrested",
            2,
            "",
        ),
        ("The Soviet Supreme Court cleared the eight in 1957", 1, ""),
    ],
    "Bombing of Guernica": [
        ("aimed the raid at the bridge and the roads through the town", 3, ""),
        (
            "Nationalist propaganda first claimed that the Basques had burned "
            "Guernica themselves",
            2,
            "",
        ),
    ],
    "Battle of Khalkhin Gol": [
        ("The fighting began on 11 May 1939", 2, ""),
        ("was thrown back from the Bain Tsagan heights", 2, ""),
        ("reinforced with pilots from Spain under Yakov Smushkevich", 3, ""),
        ("the defeat weighed in favour of the neutrality pact of April 1941", 3, ""),
    ],
}
