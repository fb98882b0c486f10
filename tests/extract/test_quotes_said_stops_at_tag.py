"""What "X said …" reports stops at another speaker's tag after a passage
(`storyline.extract.quotes.content._said_end`); every text is invented."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.quote_triples import said


def test_said_stops_before_a_tag_after_a_passage(nlp: Language) -> None:
    text = (
        "Jones said Smith “would have no chance to win,” the source recalled, adding that "
        "Jones said of his wife: “She is going to win.”"
    )
    quotes = said(nlp, text)
    jones = [q[2] for q in quotes if q[0] == "Jones" and q[1] == "said" and "Smith" in q[2]]
    assert jones and all("recalled" not in c and "adding" not in c for c in jones)
    assert ("the source", "adding") in {(q[0], q[1]) for q in quotes}


def test_said_runs_on_past_a_passage_with_no_tag(nlp: Language) -> None:
    text = "Jones said Smith “would have no chance to win,” and that the race was over."
    jones = [q[2] for q in said(nlp, text) if q[0] == "Jones" and q[1] == "said"]
    assert any("the race was over" in c for c in jones)
