"""TokenBounds: the token ranges Doc.char_span(..., alignment_mode="expand") gives."""

from __future__ import annotations

import pytest
from spacy.lang.en import English

from storyline.nlp.token_bounds import TokenBounds

TEXT = "Apple's iPod  Nano ships.\n\nIt costs $149 in Tokyo — today."


def char_span_tokens(start: int, end: int) -> range | None:
    doc = English()(TEXT)
    span = doc.char_span(start, end, alignment_mode="expand")
    return None if span is None else range(span.start, span.end)


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (0, 5),  # a token's text
        (2, 9),  # partly covered tokens are taken whole
        (5, 6),  # a start on a token's trailing space: the next token
        (12, 13),  # a space token between two blanks
        (24, 27),  # a line break
        (len(TEXT) - 1, len(TEXT)),  # the last character
        (len(TEXT), len(TEXT) + 1),  # past the text: none
        (-1, 3),  # before it: none
    ],
)
def test_ranges_are_those_of_char_span(start: int, end: int) -> None:
    bounds = TokenBounds(English()(TEXT))
    assert bounds.expand(start, end) == char_span_tokens(start, end)


def test_every_start_and_end_agrees_with_char_span() -> None:
    bounds = TokenBounds(English()(TEXT))
    for start in range(-1, len(TEXT) + 1):
        for end in range(start + 1, min(start + 12, len(TEXT) + 2)):
            assert bounds.expand(start, end) == char_span_tokens(start, end), (start, end)


def test_an_empty_doc_has_no_tokens() -> None:
    assert TokenBounds(English()("")).expand(0, 1) is None
