"""A role followed by a person's name in apposition ("The head of X, Name, told …"): the
name is the speaker, and a later "he said" is that person's
(`storyline.extract.quotes.speakers._named_in_apposition`); every sentence is invented."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.quote_triples import speaker_keys


def test_the_name_in_apposition_to_a_role_is_the_speaker(nlp: Language) -> None:
    text = (
        "The head of the charity Doctors Abroad, Olivier Barnard, told a news agency that "
        'the hospitals were full. "We need more surgeons," he said.'
    )
    assert speaker_keys(nlp, text) == [
        ("Olivier Barnard", ("olivier", "barnard")),
        ("he", ("olivier", "barnard")),
    ]


def test_a_place_in_apposition_to_a_role_is_not_the_speaker(nlp: Language) -> None:
    text = "The mayor of the capital, Port-au-Prince, said the roads were closed."
    assert [speaker for speaker, _ in speaker_keys(nlp, text)] == ["The mayor"]


def test_a_name_after_a_possessor_is_not_the_possessor(nlp: Language) -> None:
    text = (
        "The US Southern Command sent two ships. The US Southern Command's Lt-Gen Ken Keen "
        "said that the streets were calm."
    )
    assert speaker_keys(nlp, text) == [("The US Southern Command's Lt-Gen Ken Keen", None)]


def test_a_possessor_still_owns_its_statement(nlp: Language) -> None:
    text = "Pence released a statement. Pence's statement said that the deal was bad."
    assert speaker_keys(nlp, text) == [("Pence's statement", ("pence",))]


def test_the_name_in_apposition_to_a_title_is_the_speaker(nlp: Language) -> None:
    text = "Canada's Governor General, Michaelle Jean, urges her compatriots to \"stand firm\"."
    assert speaker_keys(nlp, text) == [("Michaelle Jean", ("michaelle", "jean"))]
