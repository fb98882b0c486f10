"""Given-name genders from the Census lists, and their use by the pronoun resolver."""

from __future__ import annotations

from spacy.language import Language

from storyline.extract.gender import gender_of_given_name


def test_clear_given_names_have_a_gender() -> None:
    assert gender_of_given_name("Michael") == "m"
    assert gender_of_given_name("tara") == "f"


def test_unclear_or_foreign_names_have_none() -> None:
    assert gender_of_given_name("Kim") is None  # written first as a Korean family name
    assert gender_of_given_name("Shinzo") is None  # not in the lists
    assert gender_of_given_name("Taylor") is None  # commoner as a surname


def test_a_pronoun_skips_a_person_of_the_other_gender(nlp: Language) -> None:
    doc = nlp(
        "Tara Reid has checked into a clinic. Her publicist Jack Ketsoyan confirmed the news. "
        "He said she was doing well."
    )
    [tara] = [a for a in doc._.actors if a.name == "Tara Reid"]
    [jack] = [a for a in doc._.actors if a.name == "Jack Ketsoyan"]
    assert "she" in {m.text for m in tara.mentions}
    assert "He" in {m.text for m in jack.mentions}
