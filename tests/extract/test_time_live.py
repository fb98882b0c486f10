"""A live page's entry clocks (`extract.times.live`) and how the times tagger reads them.

Every text here is invented. A live page opens each entry with a four-digit 24-hour clock,
newest entry first; years, counts and one clock alone are not such a run.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyline.extract.times.api import tag_texts
from storyline.extract.times.live import entry_clocks

LIVE = (
    "Live coverage of the storm. (All times GMT.) 2103 The mayor says the river is still "
    "rising. 2045 The BBC's Anna Reed in Leeds spoke to him. 1537 Tom Hale tweets: "
    '"Roads are closed." 1228 Eyewitness Mary Cole tells the BBC the water came fast. '
    "1117 Aid is on its way, the council says."
)
LIVE_ON_LINES = "\n\n".join(
    [
        "Live coverage of the storm.",
        "2103",
        "The mayor says the river is still rising.",
        "2045",
        "The BBC's Anna Reed in Leeds spoke to him.",
        "1537",
        "Tom Hale tweets that roads are closed.",
        "1228",
        "Eyewitness Mary Cole tells the BBC the water came fast.",
    ]
)


def clocks(text: str) -> list[str]:
    return [text[c.start : c.end] for c in entry_clocks(text)]


def test_a_live_pages_clocks_are_found_glued_or_on_lines() -> None:
    assert clocks(LIVE) == ["2103", "2045", "1537", "1228", "1117"]
    assert clocks(LIVE_ON_LINES) == ["2103", "2045", "1537", "1228"]
    assert [(c.hour, c.minute) for c in entry_clocks(LIVE)][:2] == [(21, 3), (20, 45)]


def test_an_entry_after_a_caption_with_no_full_stop() -> None:
    text = LIVE.replace("spoke to him. 1537", "spoke to him. Flooded streets in Leeds 1537")
    assert "1537" in clocks(text)


def test_the_clock_goes_round_at_midnight_and_may_run_forwards() -> None:
    late = "0010 The page closes. 2358 Rain stops. 2340 A bridge falls. 2210 Schools shut."
    assert clocks(late) == ["0010", "2358", "2340", "2210"]
    forwards = "0905 Rain starts. 1012 Schools shut. 1130 A bridge falls. 1406 Rain stops."
    assert clocks(forwards) == ["0905", "1012", "1130", "1406"]


@pytest.mark.parametrize(
    "text",
    [
        # years opening sentences, counts, a clock of the sentence's own
        "1999 was a good year. 2010 began badly. 1500 people died. 2005 Bush won again.",
        "The vote is at 1500 GMT. 1400 Officials met. 1300 Talks ended. 1200 Nobody came.",
        # a chronology: years in order, one of them no clock (minute 83)
        "1983 Murray graduates. 2000 He opens a practice. 2006 He meets Jackson. "
        "2009 Jackson dies. 2011 Murray is convicted.",
        # years in order inside one hour of a clock ("20:09 … 20:05")
        "Past winners: 2009 Spain won. 2008 Italy won. 2007 Brazil won. 2005 Chile won.",
        # years over two "hours" but all of them possible years (1500–2059)
        "2010 A quake. 2004 Aristide leaves. 1957 Duvalier rises. 1915 US troops land.",
        # dates' years
        "On 25 June 2009 Jackson died. In July 2009 Police came. May 2010 Murray is charged. "
        "Since 2011 Fans have waited.",
        # three clocks are not yet a run
        "2103 The mayor speaks. 1537 Tom Hale tweets. 1117 Aid comes.",
        # steps of more than six hours
        "2300 Rain. 1500 Wind. 0700 Snow. 2300 Sun. 1500 Hail.",
    ],
)
def test_no_run(text: str) -> None:
    assert clocks(text) == []


def test_entry_clocks_are_times_of_the_reports_day(nlp: Language) -> None:
    found = tag_texts(nlp, [(LIVE + " It was worse in 2004.", "2010-01-13")])[0]
    assert [(t.text, t.type, t.value) for t in found] == [
        ("2103", "TIME", "2010-01-13T21:03"),
        ("2045", "TIME", "2010-01-13T20:45"),
        ("1537", "TIME", "2010-01-13T15:37"),
        ("1228", "TIME", "2010-01-13T12:28"),
        ("1117", "TIME", "2010-01-13T11:17"),
        ("2004", "DATE", "2004"),
    ]


def test_a_clock_alone_on_its_line_is_a_time_of_the_reports_day(nlp: Language) -> None:
    text = "Storm live.\n\n16:54\n\nThe mayor speaks.\n\n9:05\n\nIt rains at 16:54 today."
    found = tag_texts(nlp, [(text, "2010-01-13")])[0]
    assert [(t.text, t.type, t.value) for t in found][:2] == [
        ("16:54", "TIME", "2010-01-13T16:54"),
        ("9:05", "TIME", "2010-01-13T09:05"),
    ]
    assert "16:54" not in [t.text for t in found[2:]]  # inside a sentence, no zone: as before


@pytest.mark.parametrize(
    "text",
    [
        "Live.\n\n14:04\n\nJan Egeland says it is grim.",
        "Live.\n\n14:04\n\nMonday's storm was grim.",
    ],
)
def test_no_expression_runs_over_a_paragraphs_end(nlp: Language, text: str) -> None:
    found = tag_texts(nlp, [(text, "2010-01-13")])[0]
    assert (found[0].text, found[0].value) == ("14:04", "2010-01-13T14:04")


def test_years_opening_sentences_stay_years(nlp: Language) -> None:
    text = "1999 was a good year. 2010 began badly. 2005 Bush won again."
    found = tag_texts(nlp, [(text, "2010-01-13")])[0]
    assert [(t.text, t.type, t.value) for t in found] == [
        ("1999", "DATE", "1999"),
        ("2010", "DATE", "2010"),
        ("2005", "DATE", "2005"),
    ]
