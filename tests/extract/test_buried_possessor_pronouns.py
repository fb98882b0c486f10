"""A person named only as the possessor inside a prepositional phrase ("at some of Tom
Ferrell's rallies") is the least salient candidate of its sentence: a he/she after it means
that sentence's subject, even an unnamed one (`PronounsStep.pronoun_candidates`). Every text
is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "subject", "possessor"),
    [
        ("The retired general spoke to the crowd about the fights at some of Tom Ferrell's "
         "rallies. He said that the town would stay calm.", "The retired general", "Tom Ferrell"),
        ("The mayor took questions after the fights at one of Ada Lind's rallies. She said "
         "the park would close.", "The mayor", "Ada Lind"),
    ],
)  # fmt: skip
def test_the_subject_comes_before_a_buried_possessor(
    nlp: Language, text: str, subject: str, possessor: str
) -> None:
    doc = nlp(text)
    mentions = {a.mentions[0].text: [m.text for m in a.mentions] for a in doc._.actors}
    assert mentions[subject][1:] in (["He"], ["She"])
    assert mentions[possessor] == [possessor]


def test_a_named_subject_still_comes_first(nlp: Language) -> None:
    doc = nlp("Tom Ferrell spoke about the fights at one of Ada Lind's rallies. He was calm.")
    ferrell = next(a for a in doc._.actors if a.name == "Tom Ferrell")
    assert [m.text for m in ferrell.mentions] == ["Tom Ferrell", "He"]


def test_a_pronoun_possessor_goes_on_with_its_topic(nlp: Language) -> None:
    doc = nlp(
        "Ada Lind won easily. Lind aimed her speech not at her rival but at her likely "
        "opponent in the autumn. She told the crowd that the work had begun."
    )
    lind = next(a for a in doc._.actors if a.name == "Ada Lind")
    assert "She" in [m.text for m in lind.mentions]
