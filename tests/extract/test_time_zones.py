"""Time-zone abbreviations: part of a clock time's TIMEX3, never an actor or a thing
(`storyline.extract.times.zones`)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from storyline.extract.times.api import tag_texts
from storyline.extract.times.grammar import find_readings
from storyline.extract.times.zones import names_a_time_zone


def readings(text: str) -> list[tuple[str, str]]:
    return [(text[r.start : r.end], r.spec) for r in find_readings(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks ended at 10.30am BST, officials said.", ("10.30am BST", "ana:D:+0|T10:30")),
        ("Trading opens at 14:00 GMT.", ("14:00 GMT", "ana:D:+0|T14:00")),
        ("The launch is at 3 p.m. EST.", ("3 p.m. EST", "ana:D:+0|T15:00")),
        ("The speech begins at 9am ET in Washington.", ("9am ET", "ana:D:+0|T09:00")),
        ("The satellite passed at 0300 UTC.", ("0300 UTC", "ana:D:+0|T03:00")),
        ("Polls close at 5.30pm CET.", ("5.30pm CET", "ana:D:+0|T17:30")),
        ("Doors open at midnight GMT.", ("midnight GMT", "rel:D:+0|T24:00")),
    ],
)
def test_a_zone_after_a_clock_time_belongs_to_it(text: str, expected: tuple[str, str]) -> None:
    assert readings(text) == [expected]


def test_a_zone_is_written_in_capitals_and_a_year_is_no_clock() -> None:
    assert readings("The speech begins at 9am et.") == [("9am", "ana:D:+0|T09:00")]
    # four digits before a word that is a zone only sometimes ("ET") may be a year
    assert readings("the 2000 ET results") == [("2000", "abs:2000")]
    assert readings("scored 14:00 points") == []  # a 24-hour clock needs its zone


def test_a_dateline_with_its_hour_is_one_time() -> None:
    text = "Friday 11 June 2010 22.16 BST"  # the Guardian's dateline
    assert readings(text) == [(text, "abs:2010-06-11|T22:16")]


def test_the_same_moment_in_brackets_is_no_expression_of_its_own() -> None:
    assert readings("The vote starts at 10am (0900 GMT).") == [("10am", "ana:D:+0|T10:00")]
    assert readings("from 9am (0800 GMT) to 5pm") == [
        ("9am", "ana:D:+0|T09:00"),
        ("5pm", "ana:D:+0|T17:00"),
    ]


def test_the_value_carries_no_zone(nlp: Language) -> None:
    """TimeBank's "4 a.m. EDT Thursday" is 2000-04-06T04:00: the zone stays in the text."""
    [found] = tag_texts(nlp, [("It will start at 4 a.m. EDT Thursday.", "2000-04-04")])[0]
    assert (found.text, found.value) == ("4 a.m. EDT Thursday", "2000-04-06T04:00")


def _doc(nlp: Language, words: list[str], ents: list[str]) -> Doc:
    return Doc(nlp.vocab, words=words, ents=ents)


def test_an_abbreviation_only_of_a_zone_names_a_zone_standing_alone(nlp: Language) -> None:
    doc = _doc(nlp, ["All", "times", "BST", "."], ["O", "O", "B-ORG", "O"])
    assert names_a_time_zone(doc.ents[0])
    doc = _doc(nlp, ["The", "NHS", "said", "."], ["O", "B-ORG", "O", "O"])
    assert not names_a_time_zone(doc.ents[0])


def test_an_abbreviation_of_other_things_names_a_zone_after_a_clock_only(nlp: Language) -> None:
    doc = _doc(nlp, ["at", "9am", "ET", "today"], ["O", "O", "B-ORG", "O"])
    assert names_a_time_zone(doc.ents[0])
    doc = _doc(nlp, ["at", "3", "p.m.", "(", "EST", ")"], ["O", "O", "O", "O", "B-ORG", "O"])
    assert names_a_time_zone(doc.ents[0])
    doc = _doc(nlp, ["ET", "phoned", "home"], ["B-PERSON", "O", "O"])
    assert not names_a_time_zone(doc.ents[0])
    doc = _doc(nlp, ["won", "10", "EST", "medals"], ["O", "O", "B-ORG", "O"])
    assert not names_a_time_zone(doc.ents[0])  # a count, not a clock


@pytest.mark.parametrize(
    "text",
    [
        "The meeting ended at 10.30am BST on Tuesday, officials said.",
        "All times are BST. BP said the leak was contained.",
        "Live coverage: GMT and UTC differ by nothing, said BP.",
    ],
)
def test_a_time_zone_is_no_actor_and_no_thing(nlp: Language, text: str) -> None:
    doc = nlp(text)
    named = {m.text for entity in doc._.actors + doc._.things for m in entity.mentions}
    assert not named & {"BST", "GMT", "UTC"}
