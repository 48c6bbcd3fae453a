"""A place's name for the event or school named after it where no word beside
it says so, by the model of the words around (``encyclopedia.metonymy``), and
the forms of names the linker learned from the same texts."""

import pytest

from encyclopedia.metonymy import (
    context_features,
    learned_weights,
    meant_by_odds,
    probability,
    train,
)
from encyclopedia.spellings import EntryNames

from .gazetteers import gazetteer_of

LIPETSK, SCHOOL, I16, ARMY, PAVLOV, RAPALLO = 1, 2, 3, 4, 5, 6
VERSAILLES, TREATY, I15 = 7, 8, 9


def features(text: str, *, english: bool = True) -> list[str]:
    start = text.index("X")
    return context_features(text, start, start + 1, english=english, school=False)


def test_training_learns_the_words_that_speak_of_the_event():
    meant = ["X became a byword for betrayal.", "Nobody forgot X and its terms."]
    literal = ["The streets of X were wet.", "We walked round X all day."]
    examples = [(features(text), True) for text in meant * 5]
    examples += [(features(text), False) for text in literal * 5]
    weights = train(examples)
    assert weights == train(examples)  # the same examples, the same weights
    assert meant_by_odds(probability(weights, features("Soon X became a byword.")))
    assert (
        meant_by_odds(probability(weights, features("They walked round X."))) is False
    )


def test_odds_between_the_two_bounds_leave_the_name_unclear():
    assert [meant_by_odds(odds) for odds in (0.95, 0.85, 0.7, 0.55, 0.3)] == [
        True,
        True,
        None,
        None,
        False,
    ]


def test_the_features_are_the_words_of_the_paragraph_not_the_name():
    text = "Kama flows.\n\nAfter Mnichovu came the Vienna Award."
    start = text.index("Mnichovu")
    found = context_features(text, start, start + 8, english=False, school=False)
    assert "csEb0:after" in found and "csEa0:came" in found
    assert not [f for f in found if "kama" in f or "mnich" in f]


def test_the_shipped_model_knows_words_not_entries():
    weights = learned_weights()
    assert weights, "encyclopedia/metonymy.json is missing: run bench/train_metonymy.py"
    assert {feature[:3] for feature in weights} <= {"enE", "enS", "csE", "csS"}
    # Every feature is a word beside a name, by side and maybe by place.
    kinds = {feature[3:].partition(":")[0] for feature in weights}
    assert kinds <= {"bias", "b", "a", "b0", "b1", "a0", "a1"}


ENGLISH = [
    EntryNames(LIPETSK, "Lipetsk", "place"),
    EntryNames(SCHOOL, "Lipetsk school", "organisation"),
    EntryNames(PAVLOV, "Dmitry Pavlov", "person"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No word beside the name says school: the clause does.
        ("Besides training pilots, Lipetsk served as a test centre.", SCHOOL),
        ("Lipetsk has mineral springs and a steelworks.", LIPETSK),
        # The people the school had, in the plural, and its graduates.
        ("The German airmen at Lipetsk wore civilian clothes.", SCHOOL),
        ("Several Lipetsk grads flew in Spain.", SCHOOL),
        # A place of its own beside the name keeps it the place.
        ("A pilot at Lipetsk airport waved.", LIPETSK),
        ("The pilots flew from the Lipetsk air base in 1955.", LIPETSK),
        # Nothing says town or school: no link rather than a wrong one.
        ("Everything changed at Lipetsk.", None),
        # Another man's first name, the writer's uncle; but a city's name.
        ("Paul Pavlov was a chemist.", None),
        ("My uncle Pavlov was a chemist.", None),
        ("In Milan Pavlov met Ciano.", PAVLOV),
    ],
)
def test_what_the_words_around_a_name_make_of_it(text, expected):
    found = [m.entry_id for m in gazetteer_of(ENGLISH, "en").find(text)]
    assert found == ([] if expected is None else [expected])


CZECH = [
    EntryNames(
        I16,
        "Polikarpov I-16",
        "equipment",
        aliases=(("Rata", True, False), ("I-16", False, False)),
    ),
    EntryNames(ARMY, "Československá armáda", "organisation"),
    EntryNames(PAVLOV, "Dmitrij Pavlov", "person"),
    EntryNames(RAPALLO, "Rapallo", "place"),
    EntryNames(VERSAILLES, "Versailles", "place"),
    EntryNames(TREATY, "Versailleská smlouva", "event"),
    EntryNames(I15, "Polikarpov I-15", "equipment", aliases=(("Chato", True, False),)),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A nickname is declined, and keeps the Spanish plural.
        ("Chtěl jsem španělskou Ratu s červenými pásy.", [("Ratu", I16)]),
        ("Nad Teruelem létaly republikánské Ratas.", [("Ratas", I16)]),
        # "čs." for the adjective of the state, in every case.
        ("Výzbroj čs. armády převzal wehrmacht.", [("čs. armády", ARMY)]),
        # A treaty made at a place, with no Czech entry, is not the place.
        ("Pak přišla smlouva z Rapalla.", []),
        ("Letovisko Rapallo leží u moře.", [("Rapallo", RAPALLO)]),
        # A nickname whose forms are Czech words is not declined.
        ("Nocovali jsme na Chatě Pod Lysou.", []),
        ("Smlouva z Versailles byla podepsána.", [("Versailles", TREATY)]),
        # A man's name after a word for a settlement is still the man's.
        ("Vesnici Pavlov obsadil bez boje.", [("Pavlov", PAVLOV)]),
        # A name after an underscore is a handle, unless in italics.
        ("bunkr_pavlov: ahoj", []),
        ("Psal o tom _Pavlov_ sám.", [("Pavlov", PAVLOV)]),
    ],
)
def test_czech_forms_learned_from_real_text(text, expected):
    found = gazetteer_of(CZECH, "cs").find(text)
    assert [(m.surface, m.entry_id) for m in found] == expected
