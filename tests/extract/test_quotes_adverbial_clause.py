""" "Years after Hale claimed that …, Dunn won …": a cue in a clause opened by an adverbial
conjunction before the main clause reports its own clause only, also where the parser made
that clause the main verb's complement (`storyline.extract.quotes.content._adverbial`);
every text is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.quote_triples import said


@pytest.mark.parametrize(
    "text",
    [
        "Years after John Hale famously claimed that the age of big spending was over, Mary "
        "Dunn won her party's nomination by promising its return.\n",
        "Years after Tom Reed disingenuously claimed that the era of small farms was over, "
        "Dunn won the county by promising their revival.\n",
    ],
)
def test_what_is_claimed_ends_with_its_clause(nlp: Language, text: str) -> None:
    claimed = [q for q in said(nlp, text) if q[1] == "claimed"]
    assert claimed and claimed[0][2].endswith("was over")


def test_an_adverbial_clause_after_what_is_said_stays_in_it(nlp: Language) -> None:
    text = "The mayor said that the bridge was safe, even after the storm damaged its piers.\n"
    said_ = [q for q in said(nlp, text) if q[1] == "said"]
    assert said_ and said_[0][2].endswith("its piers")
