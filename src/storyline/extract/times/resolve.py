"""Resolve the time expressions of one text, in order, against its publication date."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from storyline.extract.times.calendar import (
    THAT_YEAR,
    Tense,
    anchor_of_value,
    granularity,
    parse_anchor,
    resolve,
    shift,
)
from storyline.extract.times.chooser import apply_choice
from storyline.extract.times.model import TimeExpression

_RELATIVE_KINDS = frozenset(
    {"rel", "ana", "yago", "wd", "mon", "md", "q", "sea", "rq", "rwe", "yend", "hol", "holw"}
)

LAST_YEAR = "rel:Y:-1"  # "last year": the year before the publication's
_SAME_DAY = "ana:D:+0|"  # a clock time with no day of its own ("7 p.m.")
_RELATIVE_DAY = re.compile(r"XXXX-(?:WXX-[1-7]|\d\d-\d\d)")  # "Friday", "Sept. 13"


def resolve_records(records: Iterable[dict[str, Any]], dct: str | None) -> list[TimeExpression]:
    """Time expressions with calendar values, from the records the component wrote.

    Relative expressions take the publication date (`dct`) as anchor; anaphoric ones ("the
    next day", "a year earlier") the last date the text mentioned before them, else the
    publication date; "the quarter", "the latest period" the first quarter the text named
    without a year (an earnings report names its quarter in the lead: "fiscal first-quarter
    profit rose"), and "the year-ago period" or "the 1989 period" after a quarter that
    quarter, not the last one mentioned ("losses through the third quarter of 1990"); a period
    whose words say "quarter" ("the 1988 quarter", "last year's quarter") is that quarter even
    after a year was named.
    On a live page, an update stamp's times are read from the publication date and the entry
    after the stamp is told from the stamp's day (the latest it names: "(Update 4:51 a.m.
    Thursday in Cairo, 9:51 p.m. ET Wednesday) … could be heard early Thursday" is that
    Thursday, not the one before the page opened; see `grammar._in_update_stamps`).
    With no publication date, values keep X's and `anchor` is "DCT"; a clock time with no
    day of its own after such a relative day is on that day ("Friday night … about 7 p.m.":
    XXXX-WXX-5T19:00), not on the last full date before it (a dateline's).
    """
    page_day = parse_anchor(dct)
    entry_day, stamp_at = page_day, None  # the day the current entry is told from
    previous: str | None = None
    previous_is_last_year = False
    narrated = False  # `previous` set the time of the text's story, not a thing's date
    quarter: str | None = None  # the first quarter named without a year: the report's
    relative_day: str | None = None  # a weekday or month-day named since `previous`
    out: list[TimeExpression] = []
    for record in sorted(records, key=lambda r: r["start"]):
        spec: str = record["spec"]
        kind = spec.split(":", 1)[0]
        stamp = record.get("stamp")
        anchor = page_day if stamp is not None else entry_day
        label = None
        refers_back = kind in {"ana", "pq", "yago"}  # a date spoken of again is no new anchor
        if spec.startswith(_SAME_DAY) and relative_day is not None:
            value, label = relative_day + spec[len(_SAME_DAY) :], relative_day
        elif kind == "ana" and previous is not None and _fits(spec, previous):
            value = _from_previous(spec, previous)
            label = previous
        elif kind == "yago" and previous is not None:
            # after "last year", "the year-ago results" are that year's, not the one before
            step = 0 if previous_is_last_year else int(spec.split(":")[1])
            base = quarter if quarter is not None and granularity(previous) == "Q" else previous
            value = _period_years_before(base, step)
            label = base
            if quarter is not None and granularity(value) != "Q" and _names_quarter(record):
                # "last year's quarter" after "last year": the report's quarter, a year back
                value, label = _quarters_before(quarter, 4 * int(spec.split(":")[1])), quarter
        elif _weekday_from_previous(spec) and previous is not None and _fits(spec, previous):
            value = resolve(spec, anchor_of_value(previous), record.get("tense"))
            label, refers_back = previous, True
        elif previous is not None and (
            spec.endswith(":" + THAT_YEAR)  # "25 June that year"
            or (narrated and _in_month_named(spec, previous, anchor, record.get("tense")))
        ):
            value, label = _in_year_named(spec, previous), previous
        elif spec == "rq:latest" and quarter is not None:
            value, label = quarter, quarter
        elif kind == "pq" and (
            (previous is not None and granularity(previous) == "Q")
            or (quarter is not None and _names_quarter(record))  # "the 1988 quarter"
        ):
            base = quarter if quarter is not None else previous
            value = f"{spec.split(':')[1]}-{base[5:7]}"
            label = base
        else:
            value = resolve(spec, anchor, record.get("tense"))
            if kind in _RELATIVE_KINDS:
                label = "DCT" if anchor is None else dct if anchor == page_day else str(anchor)
        timex_type, value = apply_choice(record, value, anchor, previous)
        if stamp is not None and (day := anchor_of_value(value.partition("T")[0])) is not None:
            if stamp == stamp_at and entry_day is not None:
                day = max(entry_day, day)  # a stamp's Cairo day after its ET day
            entry_day, stamp_at = day, stamp
        new_date = timex_type in {"DATE", "TIME"} and not refers_back and "X" not in value
        if new_date and granularity(value):
            previous, previous_is_last_year = value, spec == LAST_YEAR
            narrated = not record.get("attributive")
            relative_day = None
            if kind == "q" and quarter is None:
                quarter = value
        elif timex_type in {"DATE", "TIME"} and not refers_back:
            day = value.partition("T")[0]
            relative_day = day if _RELATIVE_DAY.fullmatch(day) else relative_day
        out.append(
            TimeExpression(
                start=record["start"],
                end=record["end"],
                text=record["text"],
                type=timex_type,  # type: ignore[arg-type]
                value=value,
                anchor=label,
                mod=record.get("mod"),
            )
        )
    return out


def _in_year_named(spec: str, previous: str) -> str:
    """A month or day named without its year (``md:6:25:…``, ``mon:6:…``) in the year of
    the last date the text named ("He toured in 2009. He died on 25 June that year" ->
    2009-06-25)."""
    day, bar, clock = spec.partition("|")
    return resolve(day.rsplit(":", 1)[0] + ":y0" + bar + clock, anchor_of_value(previous))


def _in_month_named(spec: str, previous: str, anchor: date | None, tense: Tense) -> bool:
    """Is a month or day named without a year ("On February 8", "in mid-February", "the
    March 17 statement") in the month of the last date the text named, when that date lies
    in a year before the report's ("have not been heard from since February 4, 2010. On
    February 8, the family vehicle was found"; "on June 10 1996 … On June 22, Ekus and
    Tariq Aziz signed")? Then it is of that year: a narrative goes on in the month it has
    reached, and the publication date tells nothing of a story years old. A day told as
    still to come ("their trial is scheduled for September") is the report's own."""
    if anchor is None or tense == "future":
        return False
    kind, _, rest = spec.partition("|")[0].partition(":")
    if kind not in {"md", "mon"} or not rest.endswith(":tense"):
        return False
    level = granularity(previous)
    return (
        level in {"M", "D"}
        and int(previous[:4]) < anchor.year
        and int(previous[5:7]) == int(rest.split(":")[0])
    )


def _names_quarter(record: dict[str, Any]) -> bool:
    """ "the 1988 quarter", "last year's quarter": the words say the period is a quarter."""
    return "quarter" in record["text"].lower()


def _quarters_before(quarter: str, step: int) -> str:
    base = anchor_of_value(quarter)
    assert base is not None
    return shift(base, "Q", step)


def _weekday_from_previous(spec: str) -> bool:
    """ "the previous Friday", "the following Monday": a weekday counted from the last day
    the text mentioned (from the publication date when it mentioned none)."""
    return spec.startswith("wd:") and spec.split("|", 1)[0].endswith((":before", ":after"))


def _fits(spec: str, previous: str) -> bool:
    """May an anaphoric spec take this earlier date? A day-level one ("the next day", "at
    10 p.m.") needs a day; a year-level one anything."""
    unit = "D" if spec.startswith("wd:") else spec.split("|", 1)[0].split(":")[1]
    return unit != "D" or granularity(previous) == "D"


def _period_years_before(previous: str, step: int) -> str:
    """The comparable period `step` years from the last date mentioned: its quarter when it
    was a day, a week or a quarter ("quarter ended Sept. 30 … the year-ago quarter" ->
    1988-Q3), its month or its year otherwise."""
    base = anchor_of_value(previous)
    assert base is not None
    level = granularity(previous)
    if level in {"D", "W", "Q"}:
        return shift(base, "Q", 4 * step)
    if level == "M":
        return shift(base, "M", 12 * step)
    return shift(base, "Y", step)


def _from_previous(spec: str, previous: str) -> str:
    """An anaphoric spec from the last date mentioned; a year before a quarter or a month is
    that quarter or month a year before ("third-quarter … a year earlier" -> 1988-Q3)."""
    base_spec, _, time = spec.partition("|")
    _, unit, step = base_spec.split(":")
    base = anchor_of_value(previous)
    assert base is not None
    level = granularity(previous)
    if unit == "Y" and level in {"Q", "M"} and int(step):
        value = shift(base, level, int(step) * (4 if level == "Q" else 12))
    else:
        value = shift(base, unit, int(step))
    return value + (time if time.startswith("T") else f"T{time}" if time else "")
