""" "Here's X …:" before a quote presents X's words
(`storyline.extract.quotes.layout.named_before_colon`); every text is invented."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.quote_triples import said


def test_here_is_a_name_before_a_colon_says_the_quote(nlp: Language) -> None:
    text = (
        "The speech was long.\nHere’s Smith in December 1992: “Our new direction must rest "
        "on an understanding of the new realities of global competition.”\nThis is the mantra."
    )
    assert [q[0] for q in said(nlp, text) if q[2].startswith("Our new")] == ["Smith"]


def test_here_is_a_thing_names_no_speaker(nlp: Language) -> None:
    text = (
        "The speech was long.\nHere’s the key passage from 1992: “Our new direction must rest "
        "on an understanding of the new realities of global competition.”\nThis is the mantra."
    )
    assert [q[0] for q in said(nlp, text) if q[2].startswith("Our new")] != ["passage"]
