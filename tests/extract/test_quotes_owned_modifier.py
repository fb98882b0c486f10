"""A passage between an owner and a noun of speech ("Obama's “…” promise") is the owner's
words (`storyline.extract.quotes.governing._owned_modifier`); every text is invented."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.quote_triples import said


def test_passage_before_a_noun_of_speech_is_its_owners(nlp: Language) -> None:
    text = (
        "It is the persistent pull of Obama's “if you like your plan, you can keep it” "
        "promise: many unions kept their plans."
    )
    assert ("Obama", "promise", "if you like your plan, you can keep it") in said(nlp, text)


def test_passage_before_another_noun_is_not_owned(nlp: Language) -> None:
    text = (
        "It is the persistent pull of Obama's “if you like your plan, you can keep it” "
        "idea: many unions kept their plans."
    )
    assert not [q for q in said(nlp, text) if q[0] == "Obama"]
