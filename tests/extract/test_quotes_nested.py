"""Another speaker's quote inside what a report says (`quotes.nested`); every sentence is
invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyline.extract.quotes.model import Quote


def words_of(quote: Quote) -> str:
    """What a quote says, its parts joined."""
    return " | ".join(part.text for part in quote.parts or (quote.content,))


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        (
            "Warren said that the new rules had worked well in every state, to which Baker "
            'interjected: "That is simply false."',
            "Warren",
            "That is simply false.",
        ),
        (
            'Mayor Lopez said, "We will fix the roads" - at which point the crowd chanted '
            '"Fix them now!" - "and we will do it this year."',
            "Mayor Lopez",
            "Fix them now!",
        ),
    ],
)
def test_a_quote_in_a_clause_beside_what_is_said_is_not_the_reports_words(
    nlp: Language, text: str, outer: str, inner: str
) -> None:
    quotes = [q for q in nlp(text)._.quotes if q.kind != "term"]
    report = next(q for q in quotes if q.speaker is not None and q.speaker.text == outer)
    assert inner not in words_of(report)
    assert report.content.start < text.index(inner)  # the words around it stay the report's
    assert any(q.content.text == inner and q.speaker.text != outer for q in quotes if q.speaker)


def test_a_quote_the_same_speaker_gives_in_a_clause_stays_in_the_report(nlp: Language) -> None:
    text = (
        "Cross said he would vote for Clinton, whom he called "
        '"the most divisive figure in politics," and for no one else.'
    )
    report = next(q for q in nlp(text)._.quotes if q.kind == "indirect")
    assert "the most divisive figure in politics" in words_of(report)
