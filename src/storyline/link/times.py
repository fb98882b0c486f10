"""Link the time expressions of many reports into dates: one per day (or span) a story names.

Each expression is keyed by its TimeML value (`time_key`): a date or time cut to its day
("Thursday night", XXXX-WXX-4TNI, is the day XXXX-WXX-4). Durations and sets name no
date: "90 days" in two reports are one amount, not one span ("90 days in jail", "90 days of
rehab"). Then:

1. An absolute value (no X: "Dec. 9, 2008", "2011") is one date wherever it is written.
2. A relative value (a weekday, a month and day without a year: what an undated report
   gives) is one date within a story only: two reports of one story saying
   "Thursday" mean the same day; two stories' Thursdays are two days.
3. A relative weekday or month-day joins the one absolute day of its story that fits it
   ("Tuesday" and "Tuesday, December 9, 2008"); with two or more fitting, it stays apart.
   A day that only reports with a publication date name needs more: often it is their own
   "Monday" resolved by that date, no more a sign of one day than the weekday itself. It is
   taken when the weekday falls on one day only of the story's span (from the first to the
   last day the story names, a named week counting as its seven days): a story of 10-13
   February that also speaks of "last week" (5-11 February) holds two Mondays, so an
   undated report's "Monday" is not taken for the 12th a dated report names. A day an
   undated report names is written in full (nothing else resolves it), as a story of
   undated reports names its event: it is taken as before.
4. A day named only by deixis ("today", "yesterday", "last night": no part of the value is
   known) in a report without a publication date is taken as the day its story names most
   (a unique most frequent one): such a report speaks of its story's event. Reports with a
   publication date have their "today" resolved by the times component already.

Values with nothing known (XXXX-XX-XX of a dated report) get no date either. The work is
linear in the number of expressions.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Hashable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from storyline.extract.times.calendar import anchor_of_value

_UNKNOWN = re.compile(r"[X\-]*")
_WEEKDAY = re.compile(r"XXXX-WXX-([1-7])")
_MONTH_DAY = re.compile(r"XXXX-(\d\d-\d\d)")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_WEEK = re.compile(r"\d{4}-W\d\d")
_DEICTIC = "XXXX-XX-XX"


@dataclass(frozen=True, slots=True)
class TimeRef:
    """What linking needs of one time expression: its value, type and report's story."""

    value: str
    type: str
    story: Hashable
    dated: bool = True  # its report has a publication date


def time_key(value: str, type_: str) -> str | None:
    """The part of a value two expressions must share: a date or time cut to its day; None
    for a duration, a set, a fuzzy reference (PRESENT_REF) or a value with no part known
    ("XXXX-XX-XX")."""
    if type_ not in {"DATE", "TIME"}:
        return None
    if value.endswith("_REF"):
        return None  # "now", "recently": no one date across reports
    key = value.split("T", 1)[0]
    return None if _UNKNOWN.fullmatch(key) else key


def _fits(relative: str, day: str) -> bool:
    """Does an absolute day fit a relative weekday or month-day?"""
    weekday = _WEEKDAY.fullmatch(relative)
    if weekday:
        try:
            return date.fromisoformat(day).isoweekday() == int(weekday[1])
        except ValueError:
            return False
    month_day = _MONTH_DAY.fullmatch(relative)
    return bool(month_day) and day[5:] == month_day[1]


def _days_of(key: str) -> tuple[date, date] | None:
    """The first and last day an absolute day or week names; None for other values."""
    width = 0 if _DAY.fullmatch(key) else 6 if _WEEK.fullmatch(key) else None
    if width is None:
        return None
    first = anchor_of_value(key)  # the day, or the week's Monday; None for no such week
    return (first, first + timedelta(days=width)) if first else None


def _falls_in(relative: str, first: date, last: date) -> int:
    """How many days from `first` to `last` a relative weekday or month-day falls on."""
    weekday = _WEEKDAY.fullmatch(relative)
    if weekday:
        start = first + timedelta(days=(int(weekday[1]) - first.isoweekday()) % 7)
        return 0 if start > last else 1 + (last - start).days // 7
    month_day = _MONTH_DAY.fullmatch(relative)
    if not month_day:
        return 0
    count = 0
    for year in range(first.year, last.year + 1):
        try:
            count += first <= date.fromisoformat(f"{year}-{month_day[1]}") <= last
        except ValueError:  # 29 February of a common year
            continue
    return count


def _is_deictic(ref: TimeRef) -> bool:
    return not ref.dated and ref.type in {"DATE", "TIME"} and ref.value.startswith(_DEICTIC)


def link_times(refs: Sequence[TimeRef]) -> list[int | None]:
    """The date number of each expression (equal numbers: one date); None for none."""
    keys: list[tuple[Hashable, ...] | None] = []
    days: dict[Hashable, set[str]] = defaultdict(set)
    written: dict[Hashable, set[str]] = defaultdict(set)  # the days undated reports name
    spans: dict[Hashable, tuple[date, date]] = {}
    for ref in refs:
        key = time_key(ref.value, ref.type)
        if key is None:
            keys.append(None)
        elif "X" not in key:
            keys.append(("absolute", key))
            if _DAY.fullmatch(key):
                days[ref.story].add(key)
                if not ref.dated:
                    written[ref.story].add(key)
            if named := _days_of(key):
                first, last = spans.get(ref.story, named)
                spans[ref.story] = (min(first, named[0]), max(last, named[1]))
        else:
            keys.append(("story", ref.story, key))
    for position, (ref, key) in enumerate(zip(refs, keys, strict=True)):
        if key is None or key[0] != "story":
            continue
        relative = str(key[2])
        fitting = [day for day in days[ref.story] if _fits(relative, day)]
        if len(fitting) == 1 and (
            fitting[0] in written[ref.story] or _falls_in(relative, *spans[ref.story]) == 1
        ):
            keys[position] = ("absolute", fitting[0])
    named: dict[Hashable, Counter[tuple[Hashable, ...]]] = defaultdict(Counter)
    for ref, key in zip(refs, keys, strict=True):
        if key is not None and _is_day(key):
            named[ref.story][key] += 1
    for position, ref in enumerate(refs):
        if keys[position] is None and _is_deictic(ref):
            top = named[ref.story].most_common(2)
            if len(top) == 1 or (top and top[0][1] > top[1][1]):
                keys[position] = top[0][0]
    numbers: dict[tuple[Hashable, ...], int] = {}
    return [None if key is None else numbers.setdefault(key, len(numbers)) for key in keys]


def link_time_rows(
    rows: Sequence[Mapping[str, Any]],
    story_of: Callable[[int], Hashable],
    undated: Container[int],
) -> list[int | None]:
    """`link_times` over stored time rows (``{"article_id", "type", "value"}``): each row's
    story by `story_of(article_id)`, its report undated when its id is in `undated`."""
    return link_times(
        [
            TimeRef(
                row["value"] or "",
                row["type"],
                story_of(row["article_id"]),
                dated=row["article_id"] not in undated,
            )
            for row in rows
        ]
    )


def _is_day(key: tuple[Hashable, ...]) -> bool:
    """A key naming one day: an absolute day or a story's weekday."""
    value = str(key[-1])
    return bool((_DAY if key[0] == "absolute" else _WEEKDAY).fullmatch(value))
