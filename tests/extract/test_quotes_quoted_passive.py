""" "X is quoted by a news agency as saying …": X speaks, through the agency; the medium
named before "as" is not the speaker of X's "saying"
(`storyline.extract.quotes.media.quoted_passive`). Every text is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        ("Former president Jean Moreau is quoted by the AFP news agency as saying the storm "
         "is \"a tragedy that defies words\".", "Former president Jean Moreau",
         "the AFP news agency"),
        ("Kim Jong Un was quoted by official media as vowing to improve ties with the South.",
         "Kim Jong Un", "official media"),
    ],
)  # fmt: skip
def test_the_subject_of_a_passive_quoted_speaks_through_its_agent(
    nlp: Language, text: str, speaker: str, via: str
) -> None:
    [quote] = [q for q in nlp(text)._.quotes if q.kind != "term"]
    assert (quote.speaker and quote.speaker.text, quote.via and quote.via.text) == (speaker, via)


def test_the_active_form_keeps_its_medium(nlp: Language) -> None:
    text = "Official media quoted leader Kim Jong Un as vowing to improve ties with the South."
    [quote] = [q for q in nlp(text)._.quotes if q.kind != "term"]
    assert (quote.speaker.text, quote.via.text) == ("leader Kim Jong Un", "Official media")
