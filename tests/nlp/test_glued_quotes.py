"""Quotation marks written against a word are split off it, so the quote finder sees them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyline.nlp.glued_quotes import split_glued_quotes


def words(nlp: Language, text: str) -> list[str]:
    return [token.text for token in nlp.tokenizer(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said,“Look at this.”", ["He", "said", ",", "“", "Look", "at", "this", ".", "”"]),
        ("the paranoia,”Clinton said.", ["the", "paranoia", ",", "”", "Clinton", "said", "."]),
        ("he called it“childish”.", ["he", "called", "it", "“", "childish", "”", "."]),
        ('"Look,"she added.', ['"', "Look", ",", '"', "she", "added", "."]),
        ("«Non»,dit-il", ["«", "Non", "»", ",", "dit", "-", "il"]),
        ("U.S.“allies”", ["U.S.", "“", "allies", "”"]),
        ("record—“the boom”—and", ["record", "—", "“", "the", "boom", "”", "—", "and"]),
    ],
)
def test_a_glued_quotation_mark_is_a_token_of_its_own(
    nlp: Language, text: str, expected: list[str]
) -> None:
    assert words(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He is 5'10\" tall.", ["He", "is", "5'10", '"', "tall", "."]),  # an inch mark
        ("Sanders’ email", ["Sanders", "’", "email"]),  # apostrophes are left to the model
        ("don’t", ["do", "n’t"]),
    ],
)
def test_inch_marks_and_apostrophes_keep_the_model_s_tokens(
    nlp: Language, text: str, expected: list[str]
) -> None:
    assert words(nlp, text) == expected


def test_splitting_twice_adds_the_infixes_once(nlp: Language) -> None:
    pattern = nlp.tokenizer.infix_finditer.__self__.pattern
    split_glued_quotes(nlp)
    assert nlp.tokenizer.infix_finditer.__self__.pattern == pattern


def test_a_quote_glued_to_its_cue_has_its_speaker(nlp: Language) -> None:
    doc = nlp("Laura Hill said,“We will talk.”")
    [quote] = doc._.quotes
    assert quote.direct and quote.cue is not None and quote.cue.text == "said"
    assert quote.speaker is not None and quote.speaker.text == "Laura Hill"
