"""A definite singular used generically is no one of the report (roles25): a relation noun
with no one it relates to in a present-tense condition ("exceptions when the life of the
mother is in danger") means any mother in such a case, and a noun of a member of the public
sorted by an adjective ("the American voter", "the truly cool and smart voter") stands for
that sort of voter. Neither is given to the report's main person; a past condition ("when the
mother arrived") and a plain "the voter" keep their reading."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.actor_named import named


def test_the_mother_of_a_present_condition_is_no_one(nlp: Language) -> None:
    doc = nlp(
        "Jane Ward spoke in Ohio on Monday. Ward thanked her supporters. Ward said abortion "
        "should be allowed when the life of the mother is in danger."
    )
    assert "mother" not in named(doc, "Jane Ward").roles


def test_the_mother_of_an_if_clause_is_no_one(nlp: Language) -> None:
    doc = nlp(
        "Jane Ward spoke in Ohio on Monday. Ward thanked her supporters. Ward backs an "
        "exception if the health of the mother is at risk."
    )
    assert "mother" not in named(doc, "Jane Ward").roles


def test_the_american_voter_is_no_one(nlp: Language) -> None:
    doc = nlp(
        "Tom Hale spoke in Iowa on Monday. Hale thanked his fans. For the American voter, "
        "the choice was never easy."
    )
    assert "voter" not in named(doc, "Tom Hale").roles


def test_the_smart_voter_is_no_one(nlp: Language) -> None:
    doc = nlp(
        "Tom Hale spoke in Iowa on Monday. Hale thanked his fans. The truly cool and smart "
        "voter will buck the peer pressure."
    )
    assert "voter" not in named(doc, "Tom Hale").roles


def test_a_relation_noun_at_the_root_of_a_fragment(nlp: Language) -> None:
    """The search for the noun's clause stops at the sentence's root ("The mother." has
    no verb)."""
    doc = nlp("Jane Ward spoke in Ohio on Monday. Ward thanked her supporters. The mother.")
    assert named(doc, "Jane Ward")
