"""The entry clocks of a live page: "… says. 1426 US journalist Andres Oppenheimer says …".

A live page ("As it happened", a live blog) opens each entry with a 24-hour clock written as
four digits, newest entry first. Glued into running text, the clock reads as a year ("2045")
and joins the next words ("1117 Troy Livesay" as a speaker). One such number is no evidence
("1999 was …", "1500 people …", "2010 began …"), so only a run counts: `MIN_RUN` or more
four-digit numbers opening sentences or lines, each a clock (hours 00–23, minutes 00–59) a few
hours at most from the one before, all in the same direction (the clock goes round at
midnight), spanning two hours or more, one of them at least a time no news text writes as
a year (before 15:00 or from 21:00). A list of years ("2009 Spain 2008 Italy …", "1983 …
2000 … 2006 …") fails one of these: a year with 60–99 for minutes ends a run, years of one
century are one "hour", others are all of 1500–2059.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.extract.times.words import MONTHS
from storyline.extract.times.zones import ZONES_AFTER_CLOCK

MIN_RUN = 4
MAX_STEP_MINUTES = 6 * 60  # entries this far apart still follow each other
_DAY_MINUTES = 24 * 60
_YEAR_LIKE = range(15 * 60, 21 * 60)  # 1500–2059 could be written as years

# four digits opening a sentence or line, or after a caption's last word, before a capital
_NUMBER = re.compile(
    r"(?<![\w$#£€%.,:/+-])(?P<h>\d\d)(?P<m>\d\d)(?=\s+[\"“‘'(]?(?P<next>[A-Z]\w*))"
)
# a number after these words is inside a sentence ("at 1500 GMT", "since 1804 Haiti"), or a
# date's year ("25 June 2009 Dr Murray …", "April 6, 2010 This …")
_INSIDE = re.compile(
    r"(?i:\b(?:at|in|on|by|since|from|to|until|till|of|and|or|than|vs|about|around|after|"
    r"before|between|circa|the|a|some|nearly|almost|over|under|"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")[ \t]+$|\d(?:st|nd|rd|th)?,?[ \t]+$)"
)


@dataclass(frozen=True, slots=True)
class EntryClock:
    """An entry's clock: where its four digits sit and the time they write (hour 24 or more,
    or minute 60 or more, for a number that is no clock)."""

    start: int
    end: int
    hour: int
    minute: int

    @property
    def minutes(self) -> int:
        return self.hour * 60 + self.minute

    @property
    def is_clock(self) -> bool:
        return self.hour < 24 and self.minute < 60


def _candidates(text: str) -> list[EntryClock]:
    """The four-digit numbers where an entry's clock would stand."""
    found = []
    for match in _NUMBER.finditer(text):
        if match.group("next") in ZONES_AFTER_CLOCK:
            continue  # "1500 GMT": a time of the sentence, not an entry's
        start, end = match.span()
        if _INSIDE.search(text[max(0, start - 12) : start]):
            continue
        found.append(EntryClock(start, end, int(match.group("h")), int(match.group("m"))))
    return found


def _step(a: EntryClock, b: EntryClock, direction: int) -> int:
    """Minutes from `a` to `b` going `direction` (+1 later, -1 earlier) round the clock."""
    return ((b.minutes - a.minutes) * direction) % _DAY_MINUTES


def _is_live_run(run: list[EntryClock]) -> bool:
    return (
        len(run) >= MIN_RUN
        and len({clock.hour for clock in run}) >= 2
        and any(clock.minutes not in _YEAR_LIKE for clock in run)
    )


def _runs(candidates: list[EntryClock]) -> list[list[EntryClock]]:
    """Maximal chains of consecutive clocks going one way round the clock; a number that is
    no clock ends a chain."""
    runs: list[list[EntryClock]] = []
    run: list[EntryClock] = []
    direction = 0
    for clock in candidates:
        if not clock.is_clock:
            runs.append(run)
            run, direction = [], 0
            continue
        if not run:
            run = [clock]
            continue
        if direction == 0:
            earlier = _step(run[-1], clock, -1)
            later = _step(run[-1], clock, +1)
            if min(earlier, later) <= MAX_STEP_MINUTES:
                run.append(clock)
                if earlier != later and earlier != 0:  # a step of 0 leaves the way open
                    direction = -1 if earlier <= later else +1
                continue
        elif _step(run[-1], clock, direction) <= MAX_STEP_MINUTES:
            run.append(clock)
            continue
        runs.append(run)
        run, direction = [clock], 0
    runs.append(run)
    return [run for run in runs if run]


def entry_clocks(text: str) -> list[EntryClock]:
    """The clocks that open a live page's entries in `text`, in order (none in most texts)."""
    return [clock for run in _runs(_candidates(text)) if _is_live_run(run) for clock in run]
