"""A cue verb whose paragraph ends in a colon reports the next paragraph
(`storyline.extract.quotes.reported.paragraph_after_colon`); every text is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.quote_triples import said


@pytest.mark.parametrize(
    "intro",
    ["Tom Webb writes:", "In a note to voters last week, Tom Webb wrote:"],
)
def test_a_paragraph_ending_in_a_colon_after_a_cue_introduces_the_next(
    nlp: Language, intro: str
) -> None:
    block = "The plan mentions neither the mayor nor the council. Nothing at all."
    found = said(nlp, f"The council met on Monday.\n\n{intro}\n\n{block}\n\nThe vote is Friday.")
    assert ("Tom Webb", intro.split()[-1].rstrip(":"), block) in found


@pytest.mark.parametrize(
    "text",
    [
        "The paper noted the sparse crowd:\n\nThe hall was half empty on Monday night.",
        "One voter tweeted:\n\n<tweet author=\"x\">The hall was half empty tonight.</tweet>",
    ],
)
def test_a_cue_with_an_object_or_markup_after_the_colon_reports_no_paragraph(
    nlp: Language, text: str
) -> None:
    assert not [q for q in said(nlp, text) if q[2].startswith(("The hall", "<tweet"))]


def test_a_clause_describing_a_noun_before_the_colon_keeps_the_paragraph(nlp: Language) -> None:
    block = "Cyrus was not even a Jew. He was a foreigner. An outsider."
    text = (
        "The speaker drew on an old story.\n\nTom Webb elaborated on the message he felt the "
        f"Lord was seeking to convey:\n\n{block}\n\nThe crowd cheered."
    )
    assert ("Tom Webb", "elaborated", block) in said(nlp, text)
