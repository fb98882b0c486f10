"""Headlines "Name on Topic: “…”": the name speaks, not the topic's last word before the
colon (`storyline.extract.quotes.reported.speaker_on_a_topic`); every text is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.quote_triples import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Warren on Clinton Releasing Her Wall Street Speeches: ‘I Hope She Will.’\n\n"
            "Sen. Elizabeth Warren said on Tuesday that Hillary Clinton should release the "
            "speeches.",
            "Warren",
        ),
        (
            "NBC Chairman On Sanders: ‘We Do Not Take Sides In Primaries.’\n\n"
            "The chairman of NBC, Robert Lane, answered Bernie Sanders on Monday.",
            "NBC Chairman",
        ),
    ],
)
def test_a_name_on_a_topic_before_the_colon_speaks(nlp: Language, text: str, speaker: str) -> None:
    assert speakers(nlp, text)[0] == speaker


def test_a_label_on_a_topic_is_no_speaker(nlp: Language) -> None:
    # "Update" is named nowhere else in the text: a label, not a name
    text = "Update on Trump: ‘We Expect More Rain.’\n\nThe city of Hill spoke about Donald Trump."
    assert speakers(nlp, text)[0] is None


def test_an_indirect_headline_of_a_name_on_a_topic(nlp: Language) -> None:
    text = (
        "Kasich on Trump: He Is Not Ready To Lead\n\n"
        "Ohio Gov. John Kasich spoke about Donald Trump on Monday."
    )
    found = [(q.kind, q.speaker.text if q.speaker else None) for q in nlp(text)._.quotes]
    assert found == [("indirect", "Kasich")]
