"""The agent of a past participle with no subject and no auxiliary, found after its "as"
object, speaks (`storyline.extract.quotes.speakers._agent_of`); every text is invented."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.quote_triples import speakers


def test_the_agent_after_as_speaks_between_dashes(nlp: Language) -> None:
    text = (
        "While Republicans have faced criticism for the long investigation — often labeled "
        "as a “witch hunt” by Democrats — it seems likely Gowdy is right."
    )
    assert speakers(nlp, text) == ["Democrats"]


def test_the_agent_after_as_speaks_between_commas(nlp: Language) -> None:
    text = (
        "The inquiry, long described as a “fishing expedition” by the White House, ended on Friday."
    )
    assert speakers(nlp, text) == ["the White House"]
