"""A passage right after "in the words of X" is X's
(`storyline.extract.quotes.governing._in_the_words_of`); every text is invented."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.quote_triples import said


def test_passage_after_in_the_words_of_is_theirs(nlp: Language) -> None:
    text = "Mrs. Clinton was, in the words of a senior adviser, “the torchbearer” of his legacy."
    assert ("a senior adviser", "words", "the torchbearer") in said(nlp, text)


def test_in_the_words_of_far_before_the_passage_says_nothing(nlp: Language) -> None:
    text = (
        "In the words of a senior adviser, the campaign has changed a great deal since "
        "spring; voters still call her “the torchbearer” of his legacy."
    )
    assert not [q for q in said(nlp, text) if q[1] == "words"]
