"""A cue's subject that cannot speak is no speaker: an event, a time, a general noun
("aerial reconnaissance showed …", "the collapse showed …"), as in a headline or caption the
parser joined to the next sentence (`storyline.extract.quotes.speakers.can_speak`,
`storyline.extract.quotes.mute`); what someone issues still speaks. Every text is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.quote_triples import said


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Aerial reconnaissance showed that the northern valley had been flattened by the "
         "flood.", "the northern valley"),
        ("The earthquake left the town in ruins, and the devastation suggested that the old "
         "dam had given way.", "the old dam"),
        ("The bridge fell in May. The collapse showed that the inspections had failed.",
         "the inspections"),
    ],
)  # fmt: skip
def test_what_cannot_speak_is_no_speaker(nlp: Language, text: str, start: str) -> None:
    found = [q for q in said(nlp, text) if start in q[2]]
    assert all(q[0] is None for q in found)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The release said that the plant would close in March.", "The release"),
        ("The mayor said that the plant would close in March.", "The mayor"),
    ],
)
def test_what_someone_issues_and_people_still_speak(nlp: Language, text: str, speaker: str) -> None:
    assert [q[0] for q in said(nlp, text) if "the plant" in q[2]] == [speaker]
