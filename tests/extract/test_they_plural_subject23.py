"""A "they" after a plural noun phrase that is a subject ("Aid agencies say they fear …")
is that group's, whatever actor the phrase is a mention of
(`storyline.extract.actors.pronouns.PronounsStep.resolve_they`); every sentence is invented."""

from __future__ import annotations

from spacy.language import Language


def speakers(nlp: Language, text: str) -> list[tuple[str | None, tuple[str, ...] | None]]:
    doc = nlp(text)
    return [
        (
            q.speaker.text if q.speaker else None,
            doc._.actors[q.speaker_actor].key if q.speaker_actor is not None else None,
        )
        for q in doc._.quotes
    ]


def test_they_after_a_plural_subject_is_that_group(nlp: Language) -> None:
    text = (
        "The Haitian authorities say they have buried 40,000 bodies so far and believe the "
        "toll will rise."
    )
    (group, group_actor), (pronoun, pronoun_actor) = speakers(nlp, text)
    assert (group, pronoun) == ("The Haitian authorities", "they")
    assert group_actor is not None and pronoun_actor == group_actor


def test_they_does_not_take_a_plural_object(nlp: Language) -> None:
    text = 'Oxfam and the Red Cross said they had sent teams. "We need more money," they said.'
    assert ("they", ("the", "team")) not in speakers(nlp, text)
