"""A share of the people asked speaks ("About three in 10 said …", "Nearly nine out of 10
say …"), and the subject of the clause it reports ("… say they want …") is what is said,
not who says it (`storyline.extract.quotes.speakers`). Every text is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.quote_triples import said


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("About three in 10 said they prefer a mayor who is more liberal than the last one.",
         "About three in 10"),
        ("Nearly nine out of 10 say they will need new skills to keep their jobs.",
         "Nearly nine out of 10"),
    ],
)  # fmt: skip
def test_a_share_of_people_speaks(nlp: Language, text: str, speaker: str) -> None:
    assert [q[0] for q in said(nlp, text)] == [speaker]


def test_the_reported_subject_is_no_speaker(nlp: Language) -> None:
    text = "About 4 in 10 say they want the next mayor to build more housing."
    assert [q[0] for q in said(nlp, text)] != ["they"]


def test_a_name_after_the_cue_still_speaks(nlp: Language) -> None:
    text = "“The plan is sound,” said Skelly, explaining he had read it twice."
    assert "Skelly" in [q[0] for q in said(nlp, text)]
