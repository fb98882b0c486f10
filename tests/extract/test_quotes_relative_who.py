""" "Who" opening a sentence as the subject of its main verb asks a question ("And who can
say that …?", "Who knows whether …") and names no speaker; a relative "who" stays the
speaker, its actor the noun it stands for (`storyline.extract.quotes.speakers.interrogative`).
Every text is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.quote_triples import said


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The club lost again on Saturday. And who can say that the coach will stay?",
         "the coach"),
        ("The club lost again on Saturday. Who knows whether the coach will stay.", "the coach"),
    ],
)  # fmt: skip
def test_an_interrogative_who_names_no_one(nlp: Language, text: str, start: str) -> None:
    found = [q for q in said(nlp, text) if start in q[2]]
    assert all(q[0] is None for q in found)


def test_a_relative_who_speaks_for_its_noun(nlp: Language) -> None:
    doc = nlp("The plan was praised by Senator Ann Lee of Ohio, who said that it would save jobs.")
    [quote] = [q for q in doc._.quotes if q.kind != "term"]
    assert quote.speaker.text == "who"
    assert doc._.actors[quote.speaker_actor].name == "Ann Lee"
