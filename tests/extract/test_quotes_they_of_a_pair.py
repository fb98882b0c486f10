"""A "they" speaking for two persons named together keeps their names as its speaker phrase."""

from __future__ import annotations

from spacy.language import Language


def test_they_after_two_persons_named_together_is_spoken_by_the_pair(nlp: Language) -> None:
    text = (
        "Executors Tom Baker and Ann Fielding have been dealing with the accounts since the "
        'farmer died. "Since that date, the assets have continued to grow," they said.'
    )
    doc = nlp(text)
    [quote] = [q for q in doc._.quotes if q.kind == "direct"]
    assert quote.speaker is not None and quote.speaker.text == "Tom Baker and Ann Fielding"
    assert text[quote.speaker.start : quote.speaker.end] == quote.speaker.text
    assert quote.speaker_actor is None  # no one of the two said it alone


def test_reported_speech_of_they_after_a_pair_is_the_pairs(nlp: Language) -> None:
    text = (
        "Economists Mark Dolan and Peter Hayes say there is a need to move the factories. "
        "They propose that new homes be built in the hills."
    )
    doc = nlp(text)
    [quote] = [q for q in doc._.quotes if "new homes" in q.content.text]
    assert quote.speaker is not None and quote.speaker.text == "Mark Dolan and Peter Hayes"
    assert quote.speaker_actor is None


def test_a_plural_subject_nearer_than_the_pair_is_the_antecedent(nlp: Language) -> None:
    text = (
        "Tom Baker and Ann Fielding visited the mills. The workers were angry. "
        "They said the wages were too low."
    )
    doc = nlp(text)
    [quote] = [q for q in doc._.quotes if "wages" in q.content.text]
    assert quote.speaker is not None and "Baker" not in quote.speaker.text
