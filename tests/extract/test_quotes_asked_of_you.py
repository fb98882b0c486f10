"""A question put to "you" and the filler "you know," report no one's statement."""

from __future__ import annotations

from spacy.language import Language


def test_a_question_asking_what_you_think_reports_nothing(nlp: Language) -> None:
    text = (
        "HOST: Do you think that the governor can survive this? "
        "GUEST: It is up to the voters. "
        "HOST: What do you think the army is going to do?"
    )
    doc = nlp(text)
    assert not [q for q in doc._.quotes if q.cue is not None and q.cue.text == "think"]


def test_you_know_set_off_by_commas_is_a_filler(nlp: Language) -> None:
    text = (
        "You know, it is so interesting that the messages come in English. "
        "The regime had been, you know, misleading the farmers for years."
    )
    doc = nlp(text)
    assert not [q for q in doc._.quotes if q.cue is not None and q.cue.text == "know"]


def test_what_someone_says_you_think_is_still_reported(nlp: Language) -> None:
    text = "Ann Lee said that you think the plan is good. You know that the plan failed."
    doc = nlp(text)
    [said] = [q for q in doc._.quotes if q.cue is not None and q.cue.text == "said"]
    assert said.content.text.endswith("you think the plan is good")
    assert [q for q in doc._.quotes if q.cue is not None and q.cue.text == "know"]
