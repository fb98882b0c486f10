""" "There's a saying in this town: “Nobody leaves.”": a cue whose subject is an expletive
"there" names no speaker, nor does a noun before it, but the subject of a relative clause on
what there is ("there's a threat many people make: “…”";
`storyline.extract.quotes.speakers._existential_doer`); every text is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.quote_triples import said


@pytest.mark.parametrize(
    "text",
    [
        "There's a saying in this town: “Nobody leaves.”\n",
        "In this town there is an old saying: “Nobody leaves.”\n",
        "Every spring, there’s a promise the mayor makes but never keeps: “The roads will be "
        "fixed by June!”\n",
    ],
)
def test_there_is_no_speaker(nlp: Language, text: str) -> None:
    quotes = [q for q in said(nlp, text) if q[2].startswith(("Nobody", "The roads"))]
    assert quotes and quotes[0][0] is None


def test_who_makes_what_there_is_speaks(nlp: Language) -> None:
    text = (
        "Each election cycle, there’s a threat many people make but few keep: “If so-and-so "
        "wins, I’m moving to Canada!”\n"
    )
    assert [q[0] for q in said(nlp, text) if q[2].startswith("If")] == ["many people"]


def test_who_after_there_are_those_still_speaks(nlp: Language) -> None:
    text = "There are those who say the plan will fail.\n"
    assert [q[0] for q in said(nlp, text) if q[1] == "say"] == ["who"]


def test_a_walk_up_to_there_is_goes_on_to_the_doer(nlp: Language) -> None:
    text = (
        "There’s still time for Hale to mend fences with the board members, even after "
        "repeatedly dismissing them as “dead weight” and calling the chairman a liar.\n"
    )
    assert [q[0] for q in said(nlp, text) if q[2] == "dead weight"] == ["Hale"]
