"""A definite singular used generically is no one of the report: a relation noun
with no one it relates to in a present-tense condition ("exceptions when the life of the
mother is in danger") means any mother in such a case, and a noun of a member of the public
sorted by an adjective ("the American voter", "the truly cool and smart voter") stands for
that sort of voter. Neither is given to the report's main person; a past condition ("when the
mother arrived") and a plain "the voter" keep their reading."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.actor_named import named

WARD = "Jane Ward spoke in Ohio on Monday. Ward thanked her supporters. "
HALE = "Tom Hale spoke in Iowa on Monday. Hale thanked his fans. "


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (WARD + "Ward said abortion should be allowed when the life of the mother is in danger.",
         "Jane Ward", "mother"),
        (WARD + "Ward backs an exception if the health of the mother is at risk.",
         "Jane Ward", "mother"),
        (HALE + "For the American voter, the choice was never easy.", "Tom Hale", "voter"),
        (HALE + "The truly cool and smart voter will buck the peer pressure.", "Tom Hale", "voter"),
    ],
)  # fmt: skip
def test_a_generic_definite_is_no_one(nlp: Language, text: str, name: str, role: str) -> None:
    assert role not in named(nlp(text), name).roles


def test_a_relation_noun_at_the_root_of_a_fragment(nlp: Language) -> None:
    """The search for the noun's clause stops at the sentence's root ("The mother." has
    no verb)."""
    doc = nlp("Jane Ward spoke in Ohio on Monday. Ward thanked her supporters. The mother.")
    assert named(doc, "Jane Ward")
