"""A "they" after a plural noun phrase that is a subject ("Aid agencies say they fear …")
is that group's, whatever actor the phrase is a mention of
(`storyline.extract.actors.pronouns.PronounsStep.resolve_they`); every sentence is invented."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.quote_triples import speaker_keys


def test_they_after_a_plural_subject_is_that_group(nlp: Language) -> None:
    text = (
        "The Haitian authorities say they have buried 40,000 bodies so far and believe the "
        "toll will rise."
    )
    (group, group_actor), (pronoun, pronoun_actor) = speaker_keys(nlp, text)
    assert (group, pronoun) == ("The Haitian authorities", "they")
    assert group_actor is not None and pronoun_actor == group_actor


def test_they_does_not_take_a_plural_object(nlp: Language) -> None:
    text = 'Oxfam and the Red Cross said they had sent teams. "We need more money," they said.'
    assert ("they", ("the", "team")) not in speaker_keys(nlp, text)
