"""A subject the parser gave to a verb before quoted words also speaks through the cue after
them (`storyline.extract.quotes.speakers._speaker_token`); every text is invented."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.quote_triples import speakers


def test_verbs_with_quoted_objects_keep_their_subject(nlp: Language) -> None:
    text = (
        'Clinton supports "fair pay raises," opposes "arbitrary pay freezes" and recalled '
        'the freeze on federal pay: "I saw how hard it was for employees."'
    )
    assert speakers(nlp, text) == ["Clinton", "Clinton", "Clinton"]
