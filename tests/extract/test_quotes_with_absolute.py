""" "…, with McCain calling it a “Chinese menu”": what the sentence's own cue reports stops
before a clause after "with" that has a subject, a cue and a quote of its own
(`storyline.extract.quotes.content._absolute_saying`); every text is invented."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.quote_triples import said


def test_what_the_campaign_denied_stops_before_the_aide_s_quote(nlp: Language) -> None:
    text = (
        "The Hale campaign has denied it happened, with Novak taking to Twitter to call "
        "Fields “totally delusional” for the accusation.\n"
    )
    denied = [q for q in said(nlp, text) if q[1] == "denied"]
    assert denied and "Novak" not in denied[0][2]


def test_the_quote_in_the_with_clause_is_its_subject_s(nlp: Language) -> None:
    text = (
        "Senators who agree that the base should be closed were irritated about the lack of "
        "detail, with Sen. John Hale calling it a “Chinese menu.”\n"
    )
    assert [q[0] for q in said(nlp, text) if q[2].startswith("Chinese")] == ["Sen. John Hale"]
    agree = [q for q in said(nlp, text) if q[1] == "agree"]
    assert not agree or "Hale" not in agree[0][2]


def test_a_with_clause_without_a_quote_stays_in_what_is_said(nlp: Language) -> None:
    text = (
        "The mayor said the budget would pass this week, with the council voting on it "
        "on Friday.\n"
    )
    said_ = [q for q in said(nlp, text) if q[1] == "said"]
    assert said_ and "Friday" in said_[0][2]
