"""A tag after a passage in a sentence opened by a clause that closed before the passage
(`storyline.extract.quotes.direct._tag_after`); every text is invented."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.quote_triples import said


def test_tag_after_a_passage_past_an_opening_clause_says_it(nlp: Language) -> None:
    text = (
        "The senator spoke in Ohio. When asked about the plan, Smith said: “There will "
        "always be delays,” the Ledger reported. The plan is due in May."
    )
    speakers = {q[0] for q in said(nlp, text) if q[2].startswith("There will always")}
    assert "the Ledger" in speakers


def test_tag_after_a_passage_inside_an_opening_clause_is_no_tag(nlp: Language) -> None:
    text = "When he vowed to “protect us,” the crowd applauded loudly for a minute."
    assert not [q for q in said(nlp, text) if q[0] == "the crowd"]
