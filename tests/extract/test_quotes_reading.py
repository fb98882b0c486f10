"""A passage right after a noun and "reading" is what that thing reads
(`storyline.extract.quotes.governing._reading`); every text is invented."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.quote_triples import said


def test_passage_after_a_thing_reading_is_the_things(nlp: Language) -> None:
    text = (
        "Smith and Jones wore a red campaign hat reading, “Make Ohio Great Again” on "
        "Wednesday night."
    )
    quotes = [q for q in said(nlp, text) if q[2] == "Make Ohio Great Again"]
    assert [(q[0], q[1]) for q in quotes] == [("red campaign hat", "reading")]


def test_reading_after_a_verb_is_no_things(nlp: Language) -> None:
    text = "Smith held up the book while reading “Make Ohio Great Again” aloud to the crowd."
    assert not [q for q in said(nlp, text) if q[0] in {"book", "the book"}]
