"""Turn a spec (see `grammar`) into a TimeML value, given the anchor date and the tense.

Written by us: the calendar steps TimeML needs (ISO weeks, quarters, seasons, weekends,
granularities kept as written: "last week" is a week, not a day) are not what date
libraries offer. Without an anchor the value keeps X's where the calendar is unknown.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from dateutil.easter import easter

from storyline.extract.times.words import HOLIDAYS, WEEKDAYS

# "past", "present", "future", "ahead" (a weekday's event that followed a past one: the day
# before the report or one to come; the past for other expressions) or None
Tense = str | None
# the direction of a month or day "that year" (grammar `_RELATIVE_YEAR`): the year the text
# last named, which `resolve.resolve_records` gives; with none named, the tense decides
THAT_YEAR = "yana"

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def parse_anchor(value: str | None) -> date | None:
    """The day of a TimeML/ISO value ("1998-08-07", "1998-08-07T14:57:00"), or None."""
    if not value:
        return None
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not match:
        return None
    try:
        return date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def anchor_of_value(value: str) -> date | None:
    """A day standing for a resolved value, to anchor what follows it ("1998-W12" -> its
    Monday, "1998-Q3" -> July 1st, "1998" -> January 1st); None for other values and for
    weeks or months no calendar has ("2009-W54", "2009-13")."""
    if day := parse_anchor(value):
        return day
    try:
        return _first_day(value)
    except ValueError:
        return None


def _first_day(value: str) -> date | None:
    """The first day of a week, quarter, month or year value (ValueError when there is none)."""
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", value):
        return date.fromisocalendar(int(m[1]), int(m[2]), 1)
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        return date(int(m[1]), 3 * int(m[2]) - 2, 1)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        return date(int(m[1]), int(m[2]), 1)
    if m := re.fullmatch(r"(\d{4})", value):
        return date(int(m[1]), 1, 1)
    return None


def granularity(value: str) -> str | None:
    """The unit a resolved value names: D, W, M, Q, Y."""
    patterns = {
        "D": r"\d{4}-\d{2}-\d{2}.*",
        "W": r"\d{4}-W\d{2}.*",
        "Q": r"\d{4}-Q\d",
        "M": r"\d{4}-\d{2}",
        "Y": r"\d{4}",
    }
    for unit, pattern in patterns.items():
        if re.fullmatch(pattern, value):
            return unit
    return None


def resolve(spec: str, anchor: date | None, tense: Tense = None) -> str:
    """The TimeML value of a spec; X's where the anchor is needed and unknown."""
    base, _, time = spec.partition("|")
    kind, _, rest = base.partition(":")
    if tense == "ahead" and kind != "wd":
        # only a weekday's event is surely near: "spent heavily before the November
        # election" or "died before Christmas" may lie long before the report
        tense = "past"
    if kind in {"abs", "ref", "dur", "set"}:
        value = rest
    elif anchor is None:
        value = _unanchored(kind, rest)
    elif kind in {"rel", "ana"}:
        unit, step = rest.split(":")
        value = shift(anchor, unit, int(step))
    elif kind == "yago":  # "the year-ago quarter" with no date before it: last year
        value = shift(anchor, "Y", int(rest))
    elif kind == "rq":  # "the quarter", "the latest period": the last one completed
        value = shift(anchor, "Q", -1)
    elif kind == "yend":  # "year-end": December 31st, of last year when told in the past
        value = f"{anchor.year - (1 if tense == 'past' else 0):04d}-12-31"
    elif kind == "pq":  # "the 1988 period": a year, or its quarter when one was named
        value = rest
    elif kind == "rwe":  # "the weekend"
        value = shift(anchor, "WE", -1 if tense == "past" else 0)
    else:
        value = _without_year(kind, rest.split(":"), anchor, tense)
    if time:
        value = f"{value}{time if time.startswith('T') else 'T' + time}"
    return value


def shift(anchor: date, unit: str, step: int) -> str:
    """The anchor moved `step` units, written at that unit's granularity."""
    if unit == "D":
        return (anchor + timedelta(days=step)).isoformat()
    if unit == "W":
        year, week, _ = (anchor + timedelta(weeks=step)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "WE":
        return _weekend(anchor, step)
    if unit == "M":
        months = anchor.year * 12 + anchor.month - 1 + step
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if unit == "Q":
        quarters = anchor.year * 4 + (anchor.month - 1) // 3 + step
        return f"{quarters // 4:04d}-Q{quarters % 4 + 1}"
    if unit == "Y":
        return f"{anchor.year + step:04d}"
    if unit == "DE":
        return f"{anchor.year // 10 + step:03d}"
    if unit == "CE":
        return f"{anchor.year // 100 + step:02d}"
    raise ValueError(f"unknown unit {unit!r}")


def _weekend(anchor: date, step: int) -> str:
    """The weekend `step` weekends from the anchor's: the one it is in (Saturday, Sunday)
    or the next one (weekdays); -1 is the one before."""
    saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)
    if anchor.weekday() < 5:
        saturday += timedelta(weeks=1)
    year, week, _ = (saturday + timedelta(weeks=step)).isocalendar()
    return f"{year:04d}-W{week:02d}-WE"


def _quarter(anchor: date) -> int:
    return (anchor.month - 1) // 3 + 1


def _without_year(kind: str, parts: list[str], anchor: date, tense: Tense) -> str:
    direction = parts[-1]
    if direction == THAT_YEAR:  # "25 June that year" with no year named before it
        direction = "tense"
    if kind == "wd":
        return _weekday(int(parts[0]), direction, anchor, tense).isoformat()
    if kind == "mon":
        month = int(parts[0])
        if direction == "vote":  # an election's month: one to come unless told in the past
            direction, tense = "tense", "past" if tense == "past" else "future"
        if direction == "tense":
            days = _each_year(anchor, lambda year: date(year, month, 15))
            return _by_tense(days, anchor, tense, direction, slack=31).isoformat()[:7]
        year = _year_for(direction, anchor, tense, (month,), (anchor.month,))
        return f"{year:04d}-{month:02d}"
    if kind in {"hol", "holw"}:
        days = _each_year(anchor, lambda year: holiday(parts[0], year))
        if not days:  # a day no rule gives in these years ("Super Tuesday" of 2008)
            return _unanchored(kind, ":".join(parts))
        if HOLIDAYS.get(parts[0]) == "election" and tense != "past":
            tense = "future"  # an election's day: one to come unless told in the past
        day = _by_tense(days, anchor, tense, direction, slack=60)
        if kind == "holw":
            year, week, _ = day.isocalendar()
            return f"{year:04d}-W{week:02d}" + ("-WE" if parts[1] == "WE" else "")
        return day.isoformat()
    if kind == "md":
        month, day = int(parts[0]), int(parts[1])
        if direction == "tense":
            days = _each_year(anchor, lambda year: _safe_date(year, month, day))
            return _by_tense(days, anchor, tense, direction, slack=60).isoformat()
        year = _year_for(direction, anchor, tense, (month, day), (anchor.month, anchor.day))
        return f"{year:04d}-{month:02d}-{day:02d}"
    if kind == "q":
        quarter = int(parts[0])
        # a quarter still to come told in the past is last year's; the future keeps the year
        past = tense if tense == "past" else None
        year = _year_for(direction, anchor, past, (quarter,), (_quarter(anchor),))
        return f"{year:04d}-Q{quarter}"
    if kind == "sea":
        season = parts[0]
        start = _SEASON_START[season]
        now = anchor.month if anchor.month != 12 or season == "WI" else 0
        year = _year_for(direction, anchor, tense, (start,), (now,))
        return f"{year:04d}-{season}"
    raise ValueError(f"unknown spec kind {kind!r}")


def _year_for(direction: str, anchor: date, tense: Tense, when: tuple, now: tuple) -> int:
    """The year of a month/quarter/season/day named without one."""
    if direction.startswith("y"):
        return anchor.year + int(direction[1:])
    if direction == "last":
        return anchor.year if when < now else anchor.year - 1
    if direction == "next":
        return anchor.year if when > now else anchor.year + 1
    if direction == "this" or tense not in {"past", "future"}:
        return anchor.year
    if tense == "past":
        return anchor.year if when <= now else anchor.year - 1
    return anchor.year if when >= now else anchor.year + 1


def holiday(name: str, year: int) -> date | None:
    """The day of a holiday (see `words.HOLIDAYS`) in a year."""
    rule = HOLIDAYS.get(name)
    if isinstance(rule, tuple):
        return date(year, *rule)
    if rule is None:
        return None
    if rule.startswith("easter"):
        return easter(year) + timedelta(days=int(rule[6:] or 0))
    if rule == "super tuesday":  # the first Tuesday of March of a presidential year, as
        # each was from 2000 to 2024 but 2008's (5 February): no rule gives the others
        presidential = year % 4 == 0 and year >= 2000 and year != 2008
        return _nth_weekday(year, 3, 1, 1) if presidential else None
    if rule == "election":  # the Tuesday after the first Monday of November, of even years
        # (federal elections; a state's odd-year one is not what "Election Day" names)
        return _nth_weekday(year, 11, 0, 1) + timedelta(days=1) if year % 2 == 0 else None
    nth, weekday, month = rule.split()
    number = -1 if nth == "last" else int(nth[0])
    return _nth_weekday(year, int(month), WEEKDAYS[weekday] - 1, number)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth (1-based; -1 the last) given weekday (0 = Monday) of a month."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _by_tense(days: list[date], anchor: date, tense: Tense, direction: str, slack: int) -> date:
    """Of some days, the one a tense points to: told in the past, the latest before the
    anchor; in the future the first after, allowing `slack` days the other way (a
    report's past tense often governs a coming date: "said it would pay Dec. 1"); with no
    tense, the closest. `last`/`next` are strict."""
    window = timedelta(days=slack)
    if direction == "last":
        tense, window = "past", timedelta()
    elif direction == "next":
        tense, window = "future", timedelta()
    if tense == "past":
        fits = [d for d in days if d <= anchor + window]
        return max(fits) if fits else min(days)
    if tense == "future":
        fits = [d for d in days if d >= anchor - window]
        return min(fits) if fits else max(days)
    return min(days, key=lambda d: abs(d - anchor))


def _each_year(anchor: date, day_in: Callable[[int], date | None]) -> list[date]:
    """A day in the anchor's year and the years either side of it."""
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    return [day for year in years if (day := day_in(year)) is not None]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _weekday(day: int, direction: str, anchor: date, tense: Tense) -> date:
    """A weekday (1 = Monday) named without a date. News convention: a bare weekday that
    is the publication day means that day; otherwise the tense decides, and the past is
    the default (news reports what happened). "ahead" (an event a past one came before:
    "campaigned ahead of Saturday's caucus") is the day before the report or one to come."""
    delta = day - 1 - anchor.weekday()
    if direction == "this":
        return anchor + timedelta(days=delta)
    if direction == "from":  # a live page's update stamp: that day or one after it
        return anchor + timedelta(days=delta % 7)
    if direction in {"last", "before"}:
        return anchor + timedelta(days=delta - 7 if delta >= 0 else delta)
    if direction in {"next", "after"}:
        return anchor + timedelta(days=delta + 7 if delta <= 0 else delta)
    if delta == 0:
        return anchor
    if tense == "ahead" and delta in {-1, 6}:
        return anchor - timedelta(days=1)
    if tense in {"future", "ahead"}:
        return anchor + timedelta(days=delta if delta > 0 else delta + 7)
    return anchor + timedelta(days=delta if delta < 0 else delta - 7)


def _unanchored(kind: str, rest: str) -> str:
    """What can be written of a relative value when the anchor is unknown."""
    parts = rest.split(":")
    if kind == "wd":
        return f"XXXX-WXX-{parts[0]}"
    if kind == "mon":
        return f"XXXX-{int(parts[0]):02d}"
    if kind == "md":
        return f"XXXX-{int(parts[0]):02d}-{int(parts[1]):02d}"
    if kind == "holw":
        return "XXXX-WXX" + ("-WE" if parts[1] == "WE" else "")
    if kind == "hol":
        rule = HOLIDAYS.get(parts[0])
        return f"XXXX-{rule[0]:02d}-{rule[1]:02d}" if isinstance(rule, tuple) else "XXXX-XX-XX"
    if kind == "q":
        return f"XXXX-Q{parts[0]}"
    if kind == "sea":
        return f"XXXX-{parts[0]}"
    if kind == "rq":
        return "XXXX-QX"
    if kind == "yend":
        return "XXXX-12-31"
    if kind == "pq":
        return parts[0]
    if kind == "yago":
        return "XXXX"
    if kind == "rwe":
        return "XXXX-WXX-WE"
    unit = parts[0]
    return {
        "D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX",
        "Q": "XXXX-QX", "Y": "XXXX", "DE": "XXX", "CE": "XX",
    }[unit]  # fmt: skip
