"""A person's name the recogniser missed, after an honorific ("Mr Jolly, 39, said") or
whole after a title ("said IOM Chief of Mission Vincent Houver"), is the one person of the
report with that name, so a later "he said" reaches that person
(`storyline.extract.actors.persons.honorific_of`, `PersonsStep.full_name_ending`); every
sentence is invented."""

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


def test_a_pronoun_after_a_title_and_a_missed_full_name_finds_the_person(
    nlp: Language,
) -> None:
    text = (
        "Tents are running out. Marcel Tavier, of the migration agency, visited the camps on "
        "Monday. The agency said it was handing out blankets. \"Tents will not last through "
        'the rains," said IOM Chief of Mission Marcel Tavier. "Better shelter must be '
        'discussed," he added.'
    )
    assert speaker_keys(nlp, text)[-1] == ("he", ("marcel", "tavier"))


def test_a_missed_surname_after_an_honorific_of_the_other_gender_is_another_person(
    nlp: Language,
) -> None:
    """"Mrs Jolly" beside Alan Jolly is his wife, not him: a person of her own, whom "she"
    then finds (`PersonsStep.add_namesake`)."""
    text = (
        "Alan Jolly, 39, said the flood had ruined his shop. Mrs Jolly said she had never "
        'seen the river so high. "It was terrifying," she said.'
    )
    assert speaker_keys(nlp, text) == [
        ("Alan Jolly", ("alan", "jolly")),
        ("Mrs Jolly", ("jolly",)),
        ("she", ("jolly",)),
    ]


def test_a_tagged_surname_after_an_honorific_of_the_other_gender_is_another_person(
    nlp: Language,
) -> None:
    text = (
        "Police said John Smith had been arrested. Mrs Smith said she was shocked by the "
        "arrest of her husband."
    )
    assert speaker_keys(nlp, text)[-1] == ("Mrs Smith", ("smith",))
