"""A participle with no subject that opens its sentence goes on from the sentence before
(`storyline.extract.quotes.speakers._opening_participle_doer`); every text is invented."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.quote_triples import speakers


def test_adding_opening_a_sentence_goes_on_from_the_sentence_before(nlp: Language) -> None:
    text = (
        "Maher said the State Department report “was not good.” Adding, “It is always how "
        "they handle it.”"
    )
    assert speakers(nlp, text)[-1] == "Maher"


def test_adding_with_a_colon(nlp: Language) -> None:
    text = "Smith told the board the plan was flawed. Adding: “We cannot afford it.”"
    assert speakers(nlp, text) == ["Smith", "Smith"]
