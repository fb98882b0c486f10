""" "…, according to X." closing a sentence reports the whole sentence before the comma
(`storyline.extract.quotes.media.according_to`); every text is invented."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.quote_triples import said


def test_according_to_closing_a_sentence_reports_all_before_it(nlp: Language) -> None:
    text = (
        "Officials met on Friday. Later that day, Jones told reporters she was “very "
        "hopeful” about the talks, according to the Chronicle. The talks resume next week."
    )
    contents = {q[2] for q in said(nlp, text) if (q[1] or "").lower() == "according to"}
    assert contents == {
        "Later that day, Jones told reporters she was “very hopeful” about the talks"
    }
    assert ("Jones", "told") in {(q[0], q[1]) for q in said(nlp, text)}


def test_according_to_inside_a_sentence_keeps_its_clause(nlp: Language) -> None:
    text = "According to the Chronicle, the talks will resume next week in Geneva."
    contents = {q[2] for q in said(nlp, text) if (q[1] or "").lower() == "according to"}
    assert contents == {"the talks will resume next week in Geneva"}
