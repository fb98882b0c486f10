"""The SemEval-2015 Task 4 reader: hand-made files, then the trial data in ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.evaluation.semeval_timeline import (
    TRACK_B_DOCS,
    TRIAL_TIMELINES,
    read_document,
    read_timeline,
    read_trial,
)
from storyline.evaluation.timeline17 import DatasetError

ROOT = Path(__file__).resolve().parent.parent.parent
TRIAL = ROOT.parent / "shared" / "data" / "semeval2015_task4_timeline"
DEV = ("beatles_apple_corps", "ipod", "iphone_4")

CAT = """<?xml version="1.0" ?><Document doc_id="42" doc_name="42_x.txt">
<token number="0" sentence="0" t_id="1">Title</token>
<token number="1" sentence="1" t_id="2">June</token>
<token number="2" sentence="1" t_id="3">8</token>
<token number="3" sentence="2" t_id="4">Pre-orders</token>
<token number="4" sentence="2" t_id="5">began</token>
<token number="5" sentence="2" t_id="6">in</token>
<token number="6" sentence="2" t_id="7">a</token>
<token number="7" sentence="2" t_id="8">court</token>
<token number="8" sentence="2" t_id="9">case</token>
<token number="9" sentence="2" t_id="10">.</token>
<Markables>
<EVENT_MENTION m_id="1"><token_anchor t_id="5"/></EVENT_MENTION>
<EVENT_MENTION m_id="2"><token_anchor t_id="8"/><token_anchor t_id="9"/></EVENT_MENTION>
<EVENT_MENTION m_id="3"><token_anchor t_id="4"/></EVENT_MENTION>
<TIMEX3 m_id="4" functionInDocument="CREATION_TIME" type="DATE" value="2010-06-08">
<token_anchor t_id="2"/><token_anchor t_id="3"/></TIMEX3>
</Markables>
</Document>
"""


def test_read_timeline(tmp_path: Path) -> None:
    path = tmp_path / "iphone_4.txt"
    path.write_text("iPhone 4\n2\t2010-06-07\t16844-5-introducing\t16900-11-Introduced\n\n")
    timeline = read_timeline(path)
    assert (timeline.name, timeline.entity) == ("iphone_4", "iPhone 4")
    (event,) = timeline.events
    assert event.ordinal == 2 and event.date == "2010-06-07"
    assert event.mentions == ("16844-5-introducing", "16900-11-introduced")


def test_read_timeline_rejects_a_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("X\nfirst\t2010\tmention\n")
    with pytest.raises(DatasetError, match="x.txt:2"):
        read_timeline(path)


def test_read_document_names_events_as_the_gold_does(tmp_path: Path) -> None:
    path = tmp_path / "42_x.xml"
    path.write_text(CAT)
    document = read_document(path)
    assert document.doc_id == "42" and document.dct == "2010-06-08"
    assert "June" not in document.text  # the dateline is left out
    names = [event.mention for event in document.events]
    assert names == ["42-2-pre-orders", "42-2-began", "42-2-court_case"]
    for event, words in zip(document.events, ["Pre-orders", "began", "court case"], strict=True):
        assert document.text[event.start : event.end] == words
    assert [t.mention for t in document.tokens][:2] == ["42-0-title", "42-2-pre-orders"]


@pytest.fixture(scope="module")
def trial() -> Path:
    if not TRIAL.is_dir():
        pytest.skip(f"../shared is absent: no SemEval-2015 Task 4 data at {TRIAL}")
    return TRIAL


def test_trial_documents_and_timelines(trial: Path) -> None:
    documents, timelines = read_trial(trial)
    assert len(documents) == 30 and all(d.dct for d in documents)
    assert sum(len(d.events) for d in documents) == 188
    assert {t.name for t in timelines} >= set(DEV)


def test_dev_gold_mentions_are_event_markables(trial: Path) -> None:
    """Every mention of the development timelines is a Track B markable, but one the
    events file leaves unmarked ("Pre-orders" of 16900, marked in the full-event folder)."""
    documents = [read_document(p) for p in sorted((trial / TRACK_B_DOCS).glob("*.xml"))]
    marked = {event.mention for d in documents for event in d.events}
    missing = [
        mention
        for name in DEV
        for event in read_timeline(trial / TRIAL_TIMELINES / f"{name}.txt").events
        for mention in event.mentions
        if mention not in marked
    ]
    assert missing == ["16900-2-pre-orders"]
