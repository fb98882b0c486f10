""" "Transcript as follows:": a line with no verb, a noun and a cue clause on it, names the
noun as what speaks (`storyline.extract.quotes.speakers._speaker_token`); every text is
invented."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.quote_triples import said


def test_a_transcript_as_follows_speaks(nlp: Language) -> None:
    text = (
        "The governor spoke in Dayton on Tuesday night.\n\nTranscript as follows:\n\n"
        "\"Tonight we came home to Ohio, and the people here started to cheer for us.\"\n"
    )
    assert [q[0] for q in said(nlp, text) if q[2].startswith("Tonight")] == ["Transcript"]


def test_a_line_with_a_verb_keeps_its_subject(nlp: Language) -> None:
    text = (
        "The governor spoke in Dayton on Tuesday night.\n\nHis aide described it as "
        "follows:\n\n\"Tonight we came home to Ohio, and the people here started to cheer "
        "for us.\"\n"
    )
    assert [q[0] for q in said(nlp, text) if q[2].startswith("Tonight")] == ["aide"]
