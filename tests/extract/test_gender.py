"""Given-name genders from the Census lists and the world names table, and their use by the
pronoun resolver."""

from __future__ import annotations

from spacy.language import Language

from storyline.extract.gender import gender_of_full_name, gender_of_given_name


def test_clear_given_names_have_a_gender() -> None:
    assert gender_of_given_name("Michael") == "m"
    assert gender_of_given_name("tara") == "f"


def test_unclear_or_foreign_names_have_none() -> None:
    assert gender_of_given_name("Kim") is None  # written first as a Korean family name
    assert gender_of_given_name("Shinzo") is None  # not in the lists
    assert gender_of_given_name("Taylor") is None  # commoner as a surname


def test_names_the_census_lacks_take_the_world_table() -> None:
    assert gender_of_given_name("Olivier") == "m"
    assert gender_of_given_name("Kirsty") == "f"
    assert gender_of_given_name("Émilie") == "f"  # accents folded: "emilie"
    assert gender_of_given_name("Jan") is None  # borne by men and women
    assert gender_of_given_name("Wednesday") is None  # too mixed to tell


def test_a_pronoun_skips_a_person_whom_only_the_world_table_gives_a_gender(
    nlp: Language,
) -> None:
    doc = nlp(
        "Olivier Bernard spoke to Kirsty Young on Friday. "
        "She said the appeal had raised millions."
    )
    [olivier] = [a for a in doc._.actors if a.name == "Olivier Bernard"]
    assert "She" not in {m.text for m in olivier.mentions}


def test_a_pronoun_skips_a_person_of_the_other_gender(nlp: Language) -> None:
    doc = nlp(
        "Tara Reid has checked into a clinic. Her publicist Jack Ketsoyan confirmed the news. "
        "He said she was doing well."
    )
    [tara] = [a for a in doc._.actors if a.name == "Tara Reid"]
    [jack] = [a for a in doc._.actors if a.name == "Jack Ketsoyan"]
    assert "she" in {m.text for m in tara.mentions}
    assert "He" in {m.text for m in jack.mentions}


def test_a_double_given_name_of_opposite_genders_tells_none() -> None:
    assert gender_of_full_name(("jean", "philippe", "chauzy")) is None
    assert gender_of_full_name(("jean", "smith")) == "f"  # one given name: the lists'
    assert gender_of_full_name(("mary", "ann", "smith")) == "f"  # both a woman's


def test_he_finds_a_person_of_a_double_french_given_name(nlp: Language) -> None:
    text = (
        '"It is the hardest case so far," said Jean Philippe Chaussy of the International '
        "Organization for Migration. He said it was difficult to reach people."
    )
    doc = nlp(text)
    [person] = [a for a in doc._.actors if a.name == "Jean Philippe Chaussy"]
    assert "He" in {m.text for m in person.mentions}
