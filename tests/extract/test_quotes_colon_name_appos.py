"""A name before the colon opening a quote is no source when it stands in apposition to
the object of a preposition (`storyline.extract.quotes.layout.named_before_colon`); every
text is invented."""

from __future__ import annotations

from spacy.language import Language


def test_a_newspaper_named_after_to_is_no_source(nlp: Language) -> None:
    text = (
        "Former presidential candidate Tom Webb broke down exactly what was wrong with the "
        "image and message to the Dutch newspaper NRC Handelsblad: “What the mayor did was "
        "so insensitive. First, not all voters are the same.”"
    )
    speakers = [q.speaker.text if q.speaker else None for q in nlp(text)._.quotes]
    assert speakers == ["Former presidential candidate Tom Webb"]
