"""A sentence ending "…, X reported." reports the clause before the comma, and only a clause
(`storyline.extract.quotes.reported.clause_before`); every sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language


def said(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(q.content.text, q.cue.text if q.cue else None) for q in nlp(text)._.quotes]


def test_the_clause_before_a_closing_report_is_what_was_reported(nlp: Language) -> None:
    text = "The talks would resume next week, The Washington Post reported."
    assert said(nlp, text) == [("The talks would resume next week", "reported")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In a surprise move on Friday, the agency reported.", []),
        (
            "Meanwhile in North Korea, official media quoted leader Kim Jong Un as vowing to "
            "further improve ties with the South.",
            [("to further improve ties with the South", "vowing")],  # Kim's, not the phrase
        ),
    ],
)
def test_a_fronted_phrase_with_no_verb_is_not_what_was_reported(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert said(nlp, text) == expected
