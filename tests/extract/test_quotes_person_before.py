"""A quote with no cue after a sentence about a person, with no cue verb of its own
(`storyline.extract.quotes.direct._person_before`); every text is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.quote_triples import said


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue"),
    [
        ("Laura Hill then had a question for the crowd.", "Laura Hill", "had"),
        ("Laura Hill spoke last. She then had a question for the crowd.", "She", "had"),
        ("Senator Tom Webb came late. The senator then had a question.", "The senator", "had"),
    ],
)
def test_a_quote_after_a_sentence_about_a_person_is_hers(
    nlp: Language, sentence: str, speaker: str, cue: str
) -> None:
    text = f"{sentence}\n\n“Who is going to pay for the new bridge?”\n\nThe vote is Friday."
    assert (speaker, cue, "Who is going to pay for the new bridge?") in said(nlp, text)


def test_a_sentence_about_no_person_hands_on_no_quote(nlp: Language) -> None:
    text = "The crowd cheered for a long time.\n\n“Who is going to pay for the new bridge?”"
    assert said(nlp, text) == [(None, None, "Who is going to pay for the new bridge?")]
