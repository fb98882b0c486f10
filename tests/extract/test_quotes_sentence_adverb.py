""" "All told, …", "That said, …": a verb of saying that makes a sentence adverb with the word
before it reports nothing (`storyline.extract.quotes.cues._sentence_adverb`); every text is
invented."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.quote_triples import said


def test_all_told_is_no_cue(nlp: Language) -> None:
    text = "All told, up to 5 million people could be eligible for the programs.\n"
    assert [q for q in said(nlp, text) if q[1] == "told"] == []


def test_that_said_is_no_cue(nlp: Language) -> None:
    text = "That said, the voters say they believe success will require a lifetime of effort.\n"
    assert [q for q in said(nlp, text) if q[1] == "said"] == []
    assert [q[0] for q in said(nlp, text) if q[1] == "say"] == ["the voters"]


def test_all_who_told_of_it_speak(nlp: Language) -> None:
    text = "They all told the committee that the plan would fail.\n"
    assert [q[1] for q in said(nlp, text)] == ["told"]
