"""A capitalised title written in front of a name, parsed as a title "of" the person ("said
IOM Chief of Mission Vincent Houver"), is that person speaking
(`storyline.extract.quotes.build.titled_person`); every sentence is invented."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.quote_triples import speaker_keys


def test_a_title_of_a_name_is_the_person_named(nlp: Language) -> None:
    text = (
        "Tents are running out. Marcel Tavier, of the migration agency, visited the camps on "
        "Monday. The agency said it was handing out blankets. \"Tents will not last through "
        'the rains," said IOM Chief of Mission Marcel Tavier.'
    )
    assert speaker_keys(nlp, text)[-1] == ("IOM Chief", ("marcel", "tavier"))


def test_the_wife_of_a_person_is_not_that_person(nlp: Language) -> None:
    """A guard: a determined, lower-case role "of" a person is someone else."""
    text = (
        "John Smith was injured in the crash. \"He will recover,\" said the wife of John "
        "Smith."
    )
    assert speaker_keys(nlp, text)[0][1] != ("john", "smith")
