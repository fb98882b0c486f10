"""A surname the recogniser missed after an honorific ("Mr Jolly, 39, said") is the one
person of the report with that surname, so a later "he said" reaches that person
(`storyline.extract.actors.persons.honorific_of`); every sentence is invented."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.quote_triples import speaker_keys


def test_a_pronoun_after_an_honorific_and_a_missed_surname_finds_the_person(
    nlp: Language,
) -> None:
    text = (
        "A rescue charity says it may close. Alan Jolly, from the Highland Rescue Corps, said "
        "the charity was desperate for funds. Storms hit the island on Monday. Mr Jolly, 39, "
        'said the charity faced a stark decision. "If we go, the charity will fold," he said.'
    )
    assert speaker_keys(nlp, text)[-2:] == [
        ("Mr Jolly", ("alan", "jolly")),
        ("he", ("alan", "jolly")),
    ]
