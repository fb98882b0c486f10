"""A joined verb whose subject the parser took for a conjunct of the object before it
(`storyline.extract.quotes.speakers._subject_taken_for_an_object`); every text is invented."""

from __future__ import annotations

from spacy.language import Language


def speakers(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker.text if q.speaker else None, q.cue.text if q.cue else None)
        for q in nlp(text)._.quotes
    ]


def test_the_noun_phrase_after_and_is_the_joined_verbs_subject(nlp: Language) -> None:
    text = (
        "If you do not believe your government, the Washington Post will brand you a liar "
        "and NBC News will accuse you of engaging in a “freak out.”"
    )
    assert speakers(nlp, text) == [("NBC News", "accuse")]


def test_a_verb_joined_after_and_alone_keeps_the_first_subject(nlp: Language) -> None:
    text = "Trump praised Cruz and Rubio and said the party was “united.”"
    assert speakers(nlp, text) == [("Trump", "said")]
