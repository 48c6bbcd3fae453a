"""The linker on its own: what it finds in running text and what it leaves."""

from hypothesis import given, settings
from hypothesis import strategies as st

from encyclopedia.linking import CaseRule, Gazetteer, Name, fold, name_keys

PERSON_LUTZOW, PERSON_STUDENT, PERSON_MODEL, PERSON_GUDERIAN = 1, 2, 3, 4
TANK_T28, JUNKERS, JUNKERS_F13, HE51, MERCURY = 10, 11, 12, 13, 14
KAMA_SCHOOL, KAMA_RIVER, WIVUPAL = 20, 21, 22

GAZETTEER = Gazetteer(
    [
        Name("Günther Lützow", PERSON_LUTZOW),
        Name("Lützow", PERSON_LUTZOW, CaseRule.CAPITALISED),
        Name("Kurt Student", PERSON_STUDENT),
        Name("Student", PERSON_STUDENT, CaseRule.COMMON_WORD),
        Name("Walter Model", PERSON_MODEL),
        Name("Model", PERSON_MODEL, CaseRule.COMMON_WORD),
        Name("Heinz Guderian", PERSON_GUDERIAN),
        Name("Guderian", PERSON_GUDERIAN, CaseRule.CAPITALISED),
        Name("T-28", TANK_T28),
        Name("Junkers", JUNKERS),
        Name("Junkers F 13", JUNKERS_F13),
        Name("He 51", HE51, CaseRule.COMMON_WORD),
        Name("Heinkel He 51", HE51),
        Name("Dornier Merkur", MERCURY),
        Name("Mercury", MERCURY, CaseRule.COMMON_WORD),
        Name("Panzerschule Kama", KAMA_SCHOOL),
        Name("Kama", KAMA_SCHOOL),
        Name("Kama", KAMA_RIVER),
        Name("Wissenschaftliche Versuchs- und Prüfanstalt für Luftfahrzeuge", WIVUPAL),
        Name("WIWUPAL", WIVUPAL),
        Name("Липецк", WIVUPAL),
    ]
)


def found(text: str) -> list[tuple[str, int | None]]:
    return [(match.surface, match.entry_id) for match in GAZETTEER.find(text)]


def test_folding_keeps_one_character_per_character():
    text = "Günther Lützow’s „Staffel“ – Šichany"
    assert len(fold(text)) == len(text)
    assert fold("Lützow") == fold("LUTZOW") == "lutzow"


def test_designations_are_searched_with_and_without_the_gap():
    assert name_keys("T-28") == {"t 28", "t28"}
    assert "junkers f13" in name_keys("Junkers F 13")


def test_diacritics_and_case_do_not_matter():
    assert found("Lutzow flew.") == [("Lutzow", PERSON_LUTZOW)]
    assert found("with GÜNTHER LÜTZOW") == [("GÜNTHER LÜTZOW", PERSON_LUTZOW)]


def test_hyphen_space_and_joined_designations_all_link():
    text = "The T-28, the T 28 and the T28 were one tank."
    assert found(text) == [("T-28", TANK_T28), ("T 28", TANK_T28), ("T28", TANK_T28)]


def test_possessive_still_links_the_name():
    assert found("It was Guderian's idea.") == [("Guderian", PERSON_GUDERIAN)]


def test_longest_match_wins():
    assert found("a Junkers F 13 of Junkers") == [
        ("Junkers F 13", JUNKERS_F13),
        ("Junkers", JUNKERS),
    ]


def test_word_boundaries_are_respected():
    assert found("The 51st squadron and the He 51 flew.") == [("He 51", HE51)]
    assert found("Junkersmann and Kamaz") == []


def test_common_words_link_only_capitalised_and_inside_a_sentence():
    assert found("a student of the 51st") == []
    assert found("the model of a tank") == []
    assert found("Mercury rose in the thermometer.") == []
    assert found("Model was there. Student was too.") == []
    assert found("Soon after, Student took command.") == [("Student", PERSON_STUDENT)]
    assert found("“Student” was his name; Kurt Student flew.") == [
        ("Kurt Student", PERSON_STUDENT)
    ]
    assert found("Kurt Student flew. Walter Model drove.") == [
        ("Kurt Student", PERSON_STUDENT),
        ("Walter Model", PERSON_MODEL),
    ]


def test_derived_surname_needs_a_capital_unless_the_sentence_has_none():
    assert found("The tanks of guderian came.") == []
    # A forum post written without capitals gives its names none either.
    assert found("honestly guderian gets too much credit.") == [
        ("guderian", PERSON_GUDERIAN)
    ]


def test_shared_alias_is_ambiguous_and_names_both_entries():
    (match,) = GAZETTEER.find("the school on the Kama")
    assert match.ambiguous
    assert match.entry_id is None
    assert match.entry_ids == (KAMA_SCHOOL, KAMA_RIVER)
    assert found("Panzerschule Kama") == [("Panzerschule Kama", KAMA_SCHOOL)]


def test_offsets_point_into_the_original_text_despite_spacing():
    text = (
        "Lipetsk (  Wissenschaftliche   Versuchs-  und Prüfanstalt für\n"
        "Luftfahrzeuge ) and WIWUPAL, Липецк."
    )
    matches = GAZETTEER.find(text)
    assert [text[m.start : m.end] for m in matches] == [m.surface for m in matches]
    assert [m.surface for m in matches] == [
        "Wissenschaftliche   Versuchs-  und Prüfanstalt für\nLuftfahrzeuge",
        "WIWUPAL",
        "Липецк",
    ]


def test_empty_gazetteer_and_empty_text_find_nothing():
    assert Gazetteer([]).find("Lützow") == []
    assert GAZETTEER.find("") == []


# Properties over arbitrary text --------------------------------------------------

texts = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300
)
known = st.sampled_from(
    ["Günther Lützow", "T-28", "Junkers F 13", "Kurt Student", "WIWUPAL", "Липецк"]
)


@given(texts)
def test_folding_never_changes_the_length(text):
    assert len(fold(text)) == len(text)


@settings(max_examples=300)
@given(texts)
def test_matches_are_ordered_disjoint_and_bounded_by_non_letters(text):
    matches = GAZETTEER.find(text)
    previous_end = -1
    for match in matches:
        assert text[match.start : match.end] == match.surface
        assert match.start >= previous_end
        previous_end = match.end
        assert match.start == 0 or not fold(text[match.start - 1]).isalnum()
        assert match.end == len(text) or not fold(text[match.end]).isalnum()


unquoted = texts.filter(lambda text: not set(text) & set('"“”„'))


@given(unquoted, known, unquoted)
def test_a_name_between_lowercase_words_is_always_found(before, name, after):
    # Capitalised words beside it could make it part of a longer name, and
    # quotation marks around it part of the title of a work.
    text = f"{before} and {name} and {after}"
    start = len(before) + 5
    spans = {(m.start, m.end) for m in GAZETTEER.find(text)}
    covering = [s for s in spans if s[0] <= start and s[1] >= start + len(name)]
    assert covering, (text, spans)
