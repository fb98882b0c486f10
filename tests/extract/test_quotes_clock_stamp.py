"""A live page's entry opens with a 24-hour clock ("1117 Troy Livesay says …"): the clock is
no part of the speaker's phrase; a count before a name still is
(`storyline.extract.quotes.speakers._clock`). Every text is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.quote_triples import said


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The aid flights resumed on Friday. 1117 Troy Livesay, a missionary in the capital, "
         "says the roads are blocked.", "Troy Livesay"),
        ("The aid flights resumed on Friday. 2244 Canada's Governor General says her country "
         "will send a ship.", "Canada's Governor General"),
        ("The flights resumed. 300 Marines said they were ready.", "300 Marines"),
    ],
)  # fmt: skip
def test_a_clock_opening_an_entry_is_not_the_speaker_s(
    nlp: Language, text: str, speaker: str
) -> None:
    assert [q[0] for q in said(nlp, text, with_terms=False)] == [speaker]
