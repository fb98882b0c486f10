"""An inverted tag closing a sentence ("…, reported the Daily Ledger.") reports the sentence
before its comma (`storyline.extract.quotes.reported.inverted_tag`); every text is invented."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.quote_triples import said


def test_inverted_tag_reports_the_sentence_before_it(nlp: Language) -> None:
    text = (
        "The group’s president Jane Roe noted that the plan – what her group calls “basic "
        "care” – is “central” to the platform for the first time, reported the Daily Ledger."
    )
    quotes = said(nlp, text)
    ledger = [q[2] for q in quotes if q[1] == "reported"]
    assert ledger == [
        "The group’s president Jane Roe noted that the plan – what her group calls “basic "
        "care” – is “central” to the platform for the first time"
    ]
    assert [q[0] for q in quotes if q[1] == "reported"] == ["the Daily Ledger"]
