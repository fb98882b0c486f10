"""A cue complementing "be" in a pseudo-cleft is the act of the subject of the relative
clause that describes the copula's subject (`storyline.extract.quotes.speakers.cleft_doer`);
every text is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language


def said(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker.text if q.speaker else None, q.content.text) for q in nlp(text)._.quotes]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            'When she saw the senator on the news, all she could do was shout "Yessss!" '
            "at the screen.",
            "she",
            "Yessss!",
        ),
        (
            'The meanest he ever got was to call the plan "a total disaster" in a speech.',
            "he",
            "a total disaster",
        ),
    ],
)
def test_the_doer_of_the_relative_clause_speaks(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    assert (speaker, content) in said(nlp, text)


def test_a_passage_under_be_is_said_by_the_clause_describing_its_subject(
    nlp: Language,
) -> None:
    text = (
        'The major danger he sees for these plans is "the fact that we have these movements '
        'on both sides."'
    )
    assert [q.speaker.text for q in nlp(text)._.quotes if q.speaker] == ["he"]
