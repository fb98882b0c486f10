"""An indefinite noun that is the predicate of "be" ("she is a woman", "he was a lawyer")
says what its subject is; it brings in no one new (`persons.predicate_of_be`). An indefinite
noun elsewhere ("begged a woman", "there is a woman") still does."""

from __future__ import annotations

from spacy.language import Language


def _unnamed(doc) -> list[str]:
    return [actor.name for actor in doc._.actors if actor.key[:1] == ("the",)]


def test_a_predicate_noun_of_a_pronoun_is_no_one_new(nlp: Language) -> None:
    doc = nlp(
        "Ann Tate spoke in Ohio on Monday. Some say voters back her simply because she is "
        "a woman."
    )
    assert "Woman" not in _unnamed(doc)


def test_an_object_written_indefinitely_is_still_someone(nlp: Language) -> None:
    doc = nlp("Ann Tate spoke in Ohio on Monday. She begged a woman to vote for her.")
    assert "Woman" in _unnamed(doc)


def test_there_is_a_woman_is_still_someone(nlp: Language) -> None:
    doc = nlp("Ann Tate spoke in Ohio on Monday. There was a woman at the back of the hall.")
    assert "Woman" in _unnamed(doc)


def test_a_title_predicated_of_a_pronoun_is_no_one_new(nlp: Language) -> None:
    doc = nlp("Ann Tate spoke in Ohio on Monday. Before she ran, she was a lawyer in Dayton.")
    assert "Lawyer" not in _unnamed(doc)


def test_a_title_predicated_of_a_name_is_still_its_role(nlp: Language) -> None:
    doc = nlp("Ann Tate spoke in Ohio on Monday. Ann Tate is a lawyer in Dayton.")
    tate = next(actor for actor in doc._.actors if actor.name == "Ann Tate")
    assert "lawyer" in tate.roles
    assert "Lawyer" not in _unnamed(doc)
