"""A quote opened by a colon right after another speaker's cue
(`storyline.extract.quotes.layout.cue_before_colon`); every text is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.quote_triples import said


def test_the_heckler_yelling_before_the_colon_says_the_quote(nlp: Language) -> None:
    text = (
        '"Apparently there\'s a young man who\'s having some problems," Cruz said as the '
        'heckler yelled: "You suck!"\n\n"Thank you, son," Cruz replied.'
    )
    found = said(nlp, text)
    assert ("the heckler", "yelled", "You suck!") in found
    assert ("Cruz", "said", "Apparently there's a young man who's having some problems,") in found


def test_who_responds_before_the_colon_says_the_quote(nlp: Language) -> None:
    text = (
        '"Let everybody know that they\'re to go to the refuge," Bundy says to Santilli on '
        'camera, who responds enthusiastically: "Okay!"'
    )
    assert ("who", "responds", "Okay!") in said(nlp, text)


@pytest.mark.parametrize(
    "sentence",
    [
        'Smith told reporters: "We will win this."',
        'At the rally, Smith said: "We will win this."',
    ],
)
def test_the_speaker_of_the_cue_before_the_colon_is_kept(nlp: Language, sentence: str) -> None:
    assert said(nlp, sentence)[0][:2] in {("Smith", "told"), ("Smith", "said")}
