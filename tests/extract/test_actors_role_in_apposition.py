"""A role in apposition after a name is the name's even when the role's prepositional
complement names another person ("Dan Pyle, a top Republican strategist on Ron Hale's
campaign"): a name after a preposition is the complement's object, not a name the role titles
(`persons.titles_a_name_after`)."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.actor_named import named


def test_a_role_whose_complement_names_a_person_is_the_apposed_names(nlp: Language) -> None:
    doc = nlp(
        "\"It's a big night,\" said Dan Pyle, a top Republican strategist on John Hale's "
        "campaign in 2008."
    )
    assert named(doc, "Dan Pyle").roles == ("strategist",)


def test_a_role_right_before_a_name_still_titles_that_name(nlp: Language) -> None:
    # "Donald Trump, Sen. Ted Cruz": a list of two persons, no apposition
    doc = nlp("The debate had Jim Rudd, Sen. Ted Cruz and Ben Carson on stage.")
    assert named(doc, "Jim Rudd").roles == ()
