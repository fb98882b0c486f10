"""A cue joined to a passive verb, or hung on one, speaks for that verb's subject, not for
its agent (`storyline.extract.quotes.speakers._speaker_token`); every text is invented."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.quote_triples import speakers


def test_a_verb_joined_to_a_passive_one_speaks_for_its_subject(nlp: Language) -> None:
    text = "Maria Lopez was introduced by the mayor and said, “We will win this fight.”"
    assert speakers(nlp, text) == ["Maria Lopez"]


def test_the_agent_of_the_passive_verb_before_is_not_the_speaker(nlp: Language) -> None:
    text = (
        "The senator was greeted by reporters at the airport and told them the bill was "
        "“dead on arrival.”"
    )
    assert speakers(nlp, text) == ["The senator"]


def test_the_agent_of_a_passive_cue_still_speaks(nlp: Language) -> None:
    text = "The plan was called a “witch hunt” by Democrats."
    assert speakers(nlp, text) == ["Democrats"]
