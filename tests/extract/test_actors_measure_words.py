"""A person or group noun that only measures things in a pseudo-partitive ("a couple of days",
"a host of features": `places.measures_things`) is no one; one that gathers people ("a group
of officials") and a determined one ("the host of the show") still are."""

from __future__ import annotations

from spacy.language import Language


def _unnamed(doc) -> list[str]:
    return [actor.name for actor in doc._.actors if actor.key[:1] == ("the",)]


def test_a_measure_of_things_is_no_one(nlp: Language) -> None:
    doc = nlp(
        "The laptop contains a fast processor and a host of features. "
        "The company waited a couple of days before it answered."
    )
    assert "Host" not in _unnamed(doc)
    assert "Couple" not in _unnamed(doc)


def test_a_gathering_of_people_is_still_someone(nlp: Language) -> None:
    doc = nlp("A group of senior officials said the plan was dead.")
    assert "Group" in _unnamed(doc)
    assert any(quote.speaker_actor is not None for quote in doc._.quotes)


def test_a_determined_host_or_a_couple_alone_is_someone(nlp: Language) -> None:
    doc = nlp("The host of the show laughed. A couple from Ohio said they were scared.")
    assert "Host" in _unnamed(doc)
    assert "Couple" in _unnamed(doc)


def test_a_noun_that_is_no_measure_word_keeps_its_referent(nlp: Language) -> None:
    doc = nlp("A professor of economics said the plan would fail.")
    assert any("professor" in actor.name.lower() for actor in doc._.actors)
