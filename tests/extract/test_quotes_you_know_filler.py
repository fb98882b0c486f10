"""The filler "you know," reports no one's statement."""

from __future__ import annotations

from spacy.language import Language


def test_you_know_set_off_by_commas_is_a_filler(nlp: Language) -> None:
    text = (
        "You know, it is so interesting that the messages come in English. "
        "The regime had been, you know, misleading the farmers for years."
    )
    doc = nlp(text)
    assert not [q for q in doc._.quotes if q.cue is not None and q.cue.text == "know"]


def test_you_know_with_a_clause_is_still_a_cue(nlp: Language) -> None:
    text = "Ann Lee told the farmers: you know that the plan failed. You know it failed."
    doc = nlp(text)
    assert [q for q in doc._.quotes if q.cue is not None and q.cue.text == "know"]
