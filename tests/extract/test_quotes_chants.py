"""A passage after a noun of chanting (`governing._chanted`); every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'When the senator took the stage, the crowd reprised the chant "Lock her up!" '
            "for a full minute.",
            "the crowd",
        ),
        (
            'Mr. Hale roused the crowd to spontaneous chants of "Four more years!" before he left.',
            "the crowd",
        ),
    ],
)
def test_a_chant_is_said_by_those_who_chant_it(nlp: Language, text: str, speaker: str) -> None:
    quotes = [q for q in nlp(text)._.quotes if q.kind == "direct"]
    assert len(quotes) == 1
    assert quotes[0].speaker is not None and quotes[0].speaker.text == speaker
