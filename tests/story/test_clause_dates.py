"""The date an event speaks of: its own clause's, inherited only through untensed clauses."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from storyline.story.clause_dates import clause_verb, event_date, is_finite, word_at

DCT = "2006-03-28"


def _date(nlp: Language, text: str, word: str) -> str | None:
    doc = nlp.make_doc(text)
    doc._.dct = DCT
    doc = nlp(doc)
    start = text.index(word)
    found = word_at(doc, start, start + len(word))
    assert found is not None
    return event_date(doc, found)


def _parse(nlp: Language, text: str) -> Doc:
    doc = nlp.make_doc(text)
    doc._.dct = DCT
    return nlp(doc)


def test_a_date_of_a_clause_below_does_not_date_the_main_verb(nlp: Language) -> None:
    text = (
        "Apple Corps claims that Apple Computer's store violates an agreement reached "
        "between the two companies in 1991."
    )
    assert _date(nlp, text, "claims") == DCT  # not the agreement's 1991
    assert _date(nlp, text, "agreement") == "1991"  # its participle clause dates it


def test_a_date_of_the_main_clause_does_not_date_a_finite_complement(nlp: Language) -> None:
    text = "Apple Inc. announced Monday it has settled its trademark dispute with Apple Corps."
    assert _date(nlp, text, "announced") == "2006-03-27"
    assert _date(nlp, text, "dispute") == DCT


def test_an_untensed_clause_takes_the_date_of_the_clause_it_hangs_on(nlp: Language) -> None:
    text = (
        "The company, founded in 1976, faced a lawsuit filed in January over claims of "
        "hearing loss from iPod use."
    )
    assert _date(nlp, text, "use") == "2006-01"  # through "hearing" and "filed"
    assert _date(nlp, text, "founded") == "1976"


def test_an_event_noun_is_dated_by_its_own_participle_clause(nlp: Language) -> None:
    text = (
        "The growth in March was explained by demand enjoyed by the players during the "
        "Christmas period."
    )
    assert _date(nlp, text, "demand") == "2005-12-25"  # not March, its clause's date


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The iPhone 4 will use Apple's latest operating system.", "use"),
        ("Apple Corps has twice before sued Apple Computer over the name.", "sued"),
        ("Apple often sues its rivals.", "sues"),
    ],
)
def test_a_modal_or_a_repeated_event_with_no_date_stays_undated(
    nlp: Language, text: str, word: str
) -> None:
    assert _date(nlp, text, word) is None


def test_an_event_told_with_no_time_is_of_its_report(nlp: Language) -> None:
    assert _date(nlp, "Apple has released an application for the iPod.", "released") == DCT


def test_finite_clauses_and_clause_verbs(nlp: Language) -> None:
    doc = _parse(nlp, "Apple has released an update that limits the volume produced by iPods.")
    by_text = {token.text: token for token in doc}
    assert clause_verb(by_text["volume"]) == by_text["limits"]
    assert is_finite(by_text["released"]) and is_finite(by_text["limits"])
    assert not is_finite(by_text["produced"])


def test_of_two_dates_in_a_clause_the_nearest_in_the_parse_dates_the_event(
    nlp: Language,
) -> None:
    text = "Yesterday, at this year's developers conference, Jobs unveiled the iPhone."
    assert _date(nlp, text, "unveiled") == "2006-03-27"  # not "this year", nearer in the text


def test_a_past_tense_with_no_date_goes_on_at_the_narrative_day(nlp: Language) -> None:
    text = (
        "Yesterday, Steve Jobs unveiled the iPhone 4 at a conference. "
        "The new phone was praised by the critics. It has a new screen."
    )
    assert _date(nlp, text, "unveiled") == "2006-03-27"
    assert _date(nlp, text, "praised") == "2006-03-27"  # the narrative's day, not the report's
    assert _date(nlp, text, "has") == DCT  # a present tense is the report's news
    assert _date(nlp, "The new phone was praised by the critics.", "praised") == DCT


def test_a_reported_past_with_no_date_stays_undated(nlp: Language) -> None:
    text = "The engineers said that Jobs made the decision to proceed with the phone."
    assert _date(nlp, text, "said") == DCT
    assert _date(nlp, text, "made") is None  # before the saying, or its time: not told
    assert _date(nlp, "Jobs made the decision to proceed with the phone.", "made") == DCT
