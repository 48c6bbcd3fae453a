"""A place's name for the event or school named after it where no word beside
it says so, by the model of the words around (``encyclopedia.metonymy``), and
the forms of names the linker learned from the same texts."""

import pytest

from encyclopedia.metonymy import (
    THRESHOLD,
    context_features,
    learned_weights,
    probability,
    train,
)
from encyclopedia.spellings import EntryNames

from .gazetteers import gazetteer_of

LIPETSK, SCHOOL, I16, ARMY, PAVLOV, RAPALLO = 1, 2, 3, 4, 5, 6


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
    assert probability(weights, features("Soon X became a byword.")) > THRESHOLD
    assert probability(weights, features("They walked round X.")) < 1 - THRESHOLD


def test_a_czech_name_gives_its_case_ending_and_an_english_one_does_not():
    assert "csEend:vu" in context_features(
        "po Mnichovu", 3, 11, english=False, school=False
    )
    assert not [f for f in features("after X") if "end:" in f]


def test_the_shipped_model_knows_words_not_entries():
    weights = learned_weights()
    assert weights, "encyclopedia/metonymy.json is missing: run bench/train_metonymy.py"
    assert {feature[:3] for feature in weights} <= {"enE", "enS", "csE", "csS"}
    assert not [f for f in weights if f.startswith("en") and "end:" in f]


ENGLISH = [
    EntryNames(LIPETSK, "Lipetsk", "place"),
    EntryNames(SCHOOL, "Lipetsk school", "organisation"),
]


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # No word beside the name says school: the clause does.
        ("Besides training pilots, Lipetsk served as a test centre.", SCHOOL),
        ("Lipetsk has mineral springs and a steelworks.", LIPETSK),
        # The people the school had, in the plural, and its graduates.
        ("The German airmen at Lipetsk wore civilian clothes.", SCHOOL),
        ("Several Lipetsk grads flew in Spain.", SCHOOL),
        ("A pilot at Lipetsk airport waved.", LIPETSK),
    ],
)
def test_a_place_stands_for_its_school_by_the_words_around(text, entry):
    (match,) = gazetteer_of(ENGLISH, "en").find(text)
    assert match.entry_id == entry


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
    EntryNames(SCHOOL, "Letecká škola v Lipecku", "organisation"),
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
        # A school named by its kind and place, without its adjective.
        ("Létal v tajné škole v Lipecku.", [("škole v Lipecku", SCHOOL)]),
        # A settlement of a man's name is not the man.
        ("Víno z obce Pavlov je známé.", []),
        ("Generál Pavlov velel frontě.", [("Pavlov", PAVLOV)]),
    ],
)
def test_czech_forms_learned_from_real_text(text, expected):
    found = gazetteer_of(CZECH, "cs").find(text)
    assert [(m.surface, m.entry_id) for m in found] == expected
