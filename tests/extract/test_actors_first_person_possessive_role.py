"""A role after a first-person possessive is one definite person, as after "his": "Our
correspondent says" in a news report is the outlet's own journalist, and a later "He
said" is that journalist (`storyline.extract.actors.state.POSSESSIVES`); every sentence is
invented."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.quote_triples import speaker_keys


def test_our_correspondent_is_a_person_a_later_he_refers_to(nlp: Language) -> None:
    text = (
        "Fear spread across the country overnight. Our correspondent says many people did "
        "not sleep. He said his neighbours were standing outside their homes."
    )
    assert speaker_keys(nlp, text) == [
        ("correspondent", ("the", "journalist")),
        ("He", ("the", "journalist")),
    ]
