"""Speakers of headlines: "Name on Topic: “…”", the name, not the topic's last word before
the colon (`storyline.extract.quotes.reported.speaker_on_a_topic`); "‘…,’ Name Tells X", the
name, though the parser took the title-case verb for a word of it
(`storyline.extract.quotes.direct._headline_verb_taken_for_a_name`). Every text is
invented."""

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


def test_a_title_case_speech_verb_after_a_name_tags_a_headline_quote(nlp: Language) -> None:
    # "Tells", capitalised in the headline, is parsed as a word of the name "Maria Lopez"
    text = (
        "Taxes Are ‘The Biggest Threat To Families,’ Maria Lopez Tells Party Convention.\n\n"
        "Sen. Maria Lopez spoke in Denver on Tuesday."
    )
    assert speakers(nlp, text)[0] == "Maria Lopez"


def test_a_name_like_a_speech_verb_in_running_text_stays_a_name(nlp: Language) -> None:
    text = "“We will win,” said Tom Says, a farmer from Iowa, on Monday."
    assert speakers(nlp, text) == ["Tom Says"]
