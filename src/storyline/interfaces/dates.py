"""TimeML values as a reader says them: "2018-02-05" is "Mon 5 Feb 2018", "2018-W06" the week
of 5 Feb 2018, "XXXX-WXX-4" a Thursday of an unknown week, "P6D" 6 days.

For the terminal only: the stored and exported values stay TimeML. A value this module does
not know is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_PARTS_OF_DAY = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening",
                 "NI": "night", "DT": "daytime"}  # fmt: skip
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_HALVES = {"H1": "first half of", "H2": "second half of"}
_REFS = {"PRESENT_REF": "now", "PAST_REF": "the past", "FUTURE_REF": "the future"}
_UNITS = {"Y": "year", "W": "week", "D": "day", "DE": "decade", "CE": "century", "H": "hour",
          "S": "second", "Q": "quarter"}  # fmt: skip


def day_text(day: date) -> str:
    """ "Mon 5 Feb 2018"."""
    return f"{_WEEKDAYS[day.weekday()][:3]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def readable(value: str | None, kind: str = "DATE") -> str:
    """The value of a time expression of TIMEX3 type `kind` as a reader says it."""
    if not value:
        return ""
    if kind == "DURATION":
        return _duration(value)
    if kind == "SET":
        return _set(value)
    return _REFS.get(value) or _date(value) or value


def _set(value: str) -> str:
    """ "XXXX-WXX-1" is every Monday, "P1W" every week; other sets as they are."""
    if m := re.fullmatch(r"XXXX-WXX-([1-7])", value):
        return f"every {_WEEKDAYS[int(m.group(1)) - 1]}"
    if m := re.fullmatch(r"P1(Y|M|W|D)", value):
        return f"every {_UNITS.get(m.group(1)) or 'month'}"
    return value


def _date(value: str) -> str | None:
    day, _, clock = value.partition("T")
    said = _day(day)
    if said is None or not clock:
        return said
    return f"{said}, {_PARTS_OF_DAY.get(clock, clock)}"


def _day(value: str) -> str | None:
    """Days, weeks, months, quarters, halves, seasons, years and decades, known or not."""
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        return _safe(lambda: day_text(date(*map(int, m.groups()))))
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value):
        year, week = int(m.group(1)), int(m.group(2))
        weekend = m.group(3) is not None
        first = _safe(lambda: day_text(date.fromisocalendar(year, week, 6 if weekend else 1)))
        return first and f"{'weekend' if weekend else 'week'} of {first[4:]}"
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        year, month = map(int, m.groups())
        return f"{_MONTHS[month - 1]} {year}" if 1 <= month <= 12 else None
    if m := re.fullmatch(r"(\d{4})-(Q\d|H\d|SP|SU|FA|WI)", value):
        year, part = m.groups()
        if part in _HALVES:
            return f"{_HALVES[part]} {year}"
        return f"{_SEASONS[part]} {year}" if part in _SEASONS else f"{part} {year}"
    if re.fullmatch(r"\d{4}", value):
        return value
    if re.fullmatch(r"\d{3}", value):
        return f"the {value}0s"
    return _unknown(value)


def _unknown(value: str) -> str | None:
    """Values relative to an unknown date (a report with no publication date)."""
    if m := re.fullmatch(r"XXXX-WXX-([1-7])", value):
        return f"a {_WEEKDAYS[int(m.group(1)) - 1]} (date unknown)"
    if m := re.fullmatch(r"XXXX-(\d{2})-(\d{2})", value):
        month, day = map(int, m.groups())
        if 1 <= month <= 12:
            return f"{day} {_MONTHS[month - 1]} (year unknown)"
    if m := re.fullmatch(r"XXXX-(\d{2})", value):
        month = int(m.group(1))
        if 1 <= month <= 12:
            return f"{_MONTHS[month - 1]} (year unknown)"
    return None


def _duration(value: str) -> str:
    """ "P6D" is 6 days, "P2Y6M" 2 years 6 months, "PT3H" 3 hours, "PXY" years."""
    if not value.startswith("P"):
        return value
    days, _, clock = value[1:].partition("T")
    said = _amounts(days, {"M": "month"}) if days else []
    said += _amounts(clock, {"M": "minute"}) if clock else []
    return " ".join(said) if said and None not in said else value


def _amounts(body: str, units: dict[str, str]) -> list[str | None]:
    """ "2Y6M" as ["2 years", "6 months"]; [None] when the body is not amounts and units."""
    parts = re.findall(r"(\d+(?:\.\d+)?|X)(DE|CE|Y|M|W|D|H|S|Q)", body)
    if "".join(n + u for n, u in parts) != body:
        return [None]
    said: list[str | None] = []
    for number, unit in parts:
        name = units.get(unit) or _UNITS[unit]
        plural = "" if number == "1" else "s"
        said.append(f"{name}s" if number == "X" else f"{number} {name}{plural}")
    return said


def _safe(make: Callable[[], str]) -> str | None:
    """The text `make()` gives, or None for a value that names no real day ("2018-02-30")."""
    try:
        return make()
    except ValueError:
        return None
