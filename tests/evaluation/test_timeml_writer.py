"""Writing system TIMEX3s into TimeML files: re-read, they give our spans and the same text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from storyline.evaluation.timeml import TimeMLDocument, read_timeml, read_timeml_folder
from storyline.evaluation.timeml_writer import render_text, write_timeml
from storyline.extract.times.model import TimeExpression

TBAQ = Path(__file__).resolve().parents[2].parent / "shared/data/tempeval3/TBAQ-cleaned"

SOURCE = """<?xml version="1.0" ?>
<TimeML>
<DOCID>DOC1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-10" functionInDocument="CREATION_TIME">\
19980810</TIMEX3></DCT>
<TEXT>
Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> <SIGNAL sid="s1">on</SIGNAL> \
<TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> at AT&amp;T's office, \
<TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3> before the talks.
</TEXT>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
</TimeML>
"""


@pytest.fixture
def document(tmp_path: Path) -> TimeMLDocument:
    path = tmp_path / "source.tml"
    path.write_text(SOURCE, encoding="utf-8")
    return read_timeml(path)


def expression(text: str, words: str, type_: str = "DATE", value: str = "X", **kw: str) -> Any:
    start = text.index(words)
    return TimeExpression(start, start + len(words), words, type_, value, **kw)  # type: ignore[arg-type]


def spans(timexes: list[Any]) -> list[tuple[int, int, str, str, str | None]]:
    return [(t.start, t.end, t.type, t.value, t.mod) for t in timexes]


def test_written_file_reads_back_as_our_spans_and_the_same_text(
    document: TimeMLDocument, tmp_path: Path
) -> None:
    text = document.text
    ours = [
        expression(text, "on Friday", value="1998-08-07"),
        expression(text, "two days before", "DURATION", 'P2D"<&', mod="APPROX"),
    ]
    written = write_timeml(document, ours, tmp_path / "out")
    assert written.path == tmp_path / "out" / "DOC1.tml"
    assert (written.written, written.skipped) == (2, 0)
    back = read_timeml(written.path)
    assert back.text == text and back.dct == "1998-08-10" and back.doc_id == "DOC1"
    assert spans(back.timexes) == spans(ours)
    assert [t.tid for t in back.timexes] == ["t1", "t2"]
    source = written.path.read_text(encoding="utf-8")
    assert (
        '<TIMEX3 tid="t1" type="DATE" value="1998-08-07"><SIGNAL sid="s1">on</SIGNAL> Fri' in source
    )
    assert source.split("</TEXT>")[1] == SOURCE.split("</TEXT>")[1]
    assert source.split("<TEXT>")[0] == SOURCE.split("<TEXT>")[0]
    assert "AT&amp;T's" in source


def test_no_expressions_removes_every_gold_timex(document: TimeMLDocument, tmp_path: Path) -> None:
    back = read_timeml(write_timeml(document, [], tmp_path).path)
    assert back.timexes == [] and back.text == document.text


def test_crossing_and_overlapping_expressions_are_skipped(document: TimeMLDocument) -> None:
    body = SOURCE.split("<TEXT>")[1].split("</TEXT>")[0]
    text = document.text
    crossing = expression(text, "ded on")  # starts inside the EVENT, ends after it
    inside = expression(text, "exploded")  # exactly the EVENT's extent: nests inside or out
    overlapping = expression(text, "Friday at")
    friday = expression(text, "Friday")
    rendered, written, skipped = render_text(body, [crossing, inside, friday, overlapping])
    assert (written, skipped) == (2, 2)
    assert '<EVENT eid="e1" class="OCCURRENCE"><TIMEX3 tid="t1"' in rendered


def test_adjacent_expressions_keep_their_tags_in_order(document: TimeMLDocument) -> None:
    body = SOURCE.split("<TEXT>")[1].split("</TEXT>")[0]
    text = document.text
    first, second = expression(text, "Bombs "), expression(text, "exploded")
    rendered, written, _ = render_text(body, [second, first])
    assert written == 2
    assert '</TIMEX3><EVENT eid="e1" class="OCCURRENCE"><TIMEX3 tid="t2"' in rendered


@pytest.mark.shared
def test_gold_timexes_round_trip_on_tbaq(tmp_path: Path) -> None:
    if not TBAQ.is_dir():
        pytest.skip(f"../shared is absent: no TempEval-3 data at {TBAQ}")
    for document in read_timeml_folder(TBAQ):
        written = write_timeml(document, document.timexes, tmp_path)
        assert (written.written, written.skipped) == (len(document.timexes), 0)
        back = read_timeml(written.path)
        assert back.text == document.text
        assert spans(back.timexes) == spans(document.timexes)
        assert written.path.read_bytes() != b""
