"""Find time expressions in a text and read each one as a calendar *spec*.

Written by us, as rules: no temporal tagger installs offline here, and the date parsers that
do (dateparser) ignore tense and have no notion of TimeML extents or granularities (see
docs/benchmarks.md for how they compare). Each rule is a regular expression over the raw
text plus a reader that turns its match into a `Reading`: the TimeML type, a spec that
`calendar.resolve` turns into a value once the anchor date is known, and a TimeML modifier.

Specs (the anchor is the publication date unless said otherwise):

- ``abs:VALUE`` an absolute value ("1998-08-07", "1989-Q3", "1989-H2", "198" for the 1980s);
- ``rel:UNIT:N`` the anchor moved N units, at that unit's granularity (``rel:D:-1``
  yesterday, ``rel:W:0`` this week, ``rel:Y:+1`` next year; units D W WE M Q Y DE CE);
- ``ana:UNIT:N`` the same, from the last date the text mentioned ("the next day");
  ``yago:-1`` the period of the last date mentioned a year before ("the year-ago quarter");
- ``wd:N:DIR``, ``mon:M:DIR``, ``md:M:D:DIR``, ``q:N:DIR``, ``sea:XX:DIR``, ``hol:NAME:DIR``
  a weekday, month, month and day, quarter, season or holiday without a year (``holw:NAME:W:DIR``
  the week, ``…:WE:DIR`` the weekend of a holiday: "Easter week"); DIR is
  ``last``, ``next``, ``this``, ``before``/``after`` (weekdays: "the previous Friday", "the
  following Monday", from the last day the text mentioned), ``from`` (weekdays: that day
  or the first one after it, a live page's update stamp),
  ``tense`` (decided by the tense of the governing verb), ``vote`` (a month naming an
  election: "the November election", one to come unless told in the past) or ``yK``
  (the anchor's year + K);
- ``rq:latest`` the last quarter completed ("the quarter", "the latest period"), ``rwe:tense``
  the weekend before or after ("the weekend"), ``yend:tense`` December 31st ("year-end"),
  ``pq:1988`` a year, or its quarter when the last date named one ("the 1988 period");
- ``ref:PAST_REF`` / ``PRESENT_REF`` / ``FUTURE_REF``, ``dur:P3Y`` (a fraction in the next
  smaller unit: "2 1/2 years" ``dur:P2Y6M``), ``set:P1W``.

A spec may end in ``|TEV`` or ``|T17:00``: a part of day or clock time added to the day.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from storyline.extract.times.calendar import THAT_YEAR
from storyline.extract.times.live import entry_clocks
from storyline.extract.times.model import TimexType
from storyline.extract.times.scan import WORD_START, Scanners
from storyline.extract.times.words import (
    HOLIDAYS,
    MONTHS,
    NUMBER,
    NUMBER_WORD,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    TIME_UNITS,
    UNITS,
    WEEKDAYS,
    number_value,
    spelled_year,
)
from storyline.extract.times.zones import ZONE, ZONE_ONLY, ZONES_AFTER_CLOCK


@dataclass(frozen=True, slots=True)
class Reading:
    """A time expression found in a text, read but not yet resolved to a calendar value."""

    start: int
    end: int
    type: TimexType
    spec: str
    mod: str | None = None
    stamp: int | None = None  # where the live page's update stamp it lies in starts


Reader = Callable[[re.Match[str]], tuple[TimexType, str, str | None] | None]

_B = WORD_START  # a word starts here
_E = r"(?![\w])"  # a word ends here


def _alternatives(words: object) -> str:
    return "|".join(sorted((re.escape(str(w)) for w in words), key=len, reverse=True))


_MONTH = rf"(?:{_alternatives(MONTHS)})\.?"
_MONTH_FULL = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_ORDINAL = rf"(?:{_alternatives(ORDINALS)})"
_UNIT = rf"(?:{_alternatives(UNITS)}|centuries)s?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_SPELLED_YEAR = (
    r"(?:nineteen[- ](?:hundred|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|(?<=the year )two thousand(?:(?: and)? (?:one|two|three|four|five|six|seven|eight|nine))?)"
)
_DAY = rf"(?:[0-3]?\d(?:st|nd|rd|th)?|{_ORDINAL})"
_FOUR_DIGIT_CLOCK = r"(?:[01]\d|2[0-3])[0-5]\d(?:hrs?)?"  # "1653", "0900hrs"
_APPROX = {
    "about": "APPROX", "around": "APPROX", "some": "APPROX", "roughly": "APPROX",
    "approximately": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "less than": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "under": "LESS_THAN", "another": None, "an additional": None,
}  # fmt: skip
# "over three years" is more than three; "over the past three years" is during them
_QUANT = rf"(?:(?!over\s+the\b)(?P<quant>{_alternatives(_APPROX)})\s+)?"
_EDGE = {
    "early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID",
    "mid-": "MID", "the beginning of": "START", "the start of": "START", "the end of": "END",
    "the middle of": "MID", "the first half of": "START", "the second half of": "END",
    "the last half of": "END",
}  # fmt: skip
_EDGE_RE = (
    r"(?:(?P<edge>the (?:beginning|start|end|middle|first half|second half|last half) of|early|"
    r"late|mid-?)\s*)?"
)
_DIRECTION = {
    "last": -1, "past": -1, "the past": -1, "the last": -1, "previous": -1,
    "the previous": "ana-1", "this past": -1, "this": 0, "the current": 0, "current": 0,
    "this coming": 1, "next": 1, "the next": "ana+1", "the coming": 1, "coming": 1,
    "the following": "ana+1", "the same": "ana0", "that": "ana0",
}  # fmt: skip


def _mod(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    if groups.get("edge"):
        return _EDGE.get(groups["edge"].lower().rstrip())
    if groups.get("quant"):
        return _APPROX.get(groups["quant"].lower())
    return None


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _day(text: str) -> int:
    text = text.lower()
    return ORDINALS[text] if text in ORDINALS else int(re.sub(r"\D", "", text))


def _year_of(match: re.Match[str]) -> int | None:
    text = match.group("year") if "year" in match.groupdict() else None
    if not text:
        return None
    return int(text) if text.isdigit() else spelled_year(text)


# -- readers ------------------------------------------------------------------------------


def _read_month_day(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    month, day = _month(match.group("month")), _day(match.group("day"))
    if not 1 <= day <= 31:
        return None
    year = _year_of(match)
    if year is not None:
        return "DATE", f"abs:{year:04d}-{month:02d}-{day:02d}", None
    which = (match.groupdict().get("dir") or "").lower()
    direction = {"last": "last", "next": "next", "this": "this"}.get(which, "tense")
    relative_year = match.groupdict().get("ryear") or ""
    if relative_year:
        direction = _relative_year_direction(relative_year)
    return "DATE", f"md:{month}:{day}:{direction}", None


_FIRST_OF_TWO_DAYS = re.compile(rf"(?P<month>{_MONTH})\s+{_DAY}\s+(?:and|or|to)\s+$", re.I)


def _read_second_day(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    """ "the summit on April 24 and 25": the second day shares the month of the first."""
    first = _FIRST_OF_TWO_DAYS.search(match.string[max(0, match.start() - 25) : match.start()])
    day = _day(match.group("day"))
    if first is None or not 1 <= day <= 31:
        return None
    return "DATE", f"md:{_month(first.group('month'))}:{day}:tense", None


def _read_month_year(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    year = _year_of(match)
    if year is None:
        return None
    return "DATE", f"abs:{year:04d}-{_month(match.group('month')):02d}", _mod(match)


def _read_month(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    word = match.group("month")
    before = (match.group("dir") or "").lower()
    relative_year = (match.group("ryear") or "").lower()
    if not word[0].isupper():
        return None  # "a protest march"
    if word.lower() in {"may", "march"} and not (before or relative_year or match.group("edge")):
        # "May" and "March" are verbs too: a month after a word that introduces a date
        # ("in May", "the March accession"), or not followed by a verb's object
        text = match.string
        introduced = _DATE_INTRODUCERS.search(text[max(0, match.start() - 12) : match.start()])
        following = text[match.end() : match.end() + 12].lstrip()
        if not introduced and (
            _sentence_start(text, match.start("month"))
            or (following[:1].islower() and not following.startswith(("of", "and", "or", "to")))
        ):
            return None
    direction = {"last": "last", "this": "this", "next": "next"}.get(before, "tense")
    if direction == "tense" and _ELECTION_AFTER.match(match.string, match.end()):
        direction = "vote"  # "the November general election", "November's election"
    if relative_year:
        direction = _relative_year_direction(relative_year)
    return "DATE", f"mon:{_month(word)}:{direction}", _mod(match)


# an election a month names: "the November general election", "November's elections"
_ELECTION_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:general|presidential|congressional|midterm)\s+)?elections?\b", re.I
)


def _read_numbered_super_tuesday(
    match: re.Match[str],
) -> tuple[TimexType, str, str | None] | None:
    """ "Super Tuesday 2": a later day of primaries, which no rule gives: a date left
    unresolved, not the first Super Tuesday nor the Tuesday nearest the report."""
    if not match.group(0).startswith("Super"):
        return None
    return "DATE", "abs:XXXX-XX-XX", None


# a word before "May"/"March" that makes it a month, capitalised too ("The March accession")
_DATE_INTRODUCERS = re.compile(
    r"\b(?:in|on|since|until|till|by|from|through|during|before|after|of|early|late|mid|the|"
    r"this|last|next|each|every)[\s-]+$",
    re.IGNORECASE,
)


def _sentence_start(text: str, start: int) -> bool:
    """Does a sentence (or a quote) start at `start`? Looks back over whitespace only."""
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return start == 0 or text[start - 1] in ".!?\"'“"


def _read_iso(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    year, month, day = (int(match.group(k)) for k in ("y", "m", "d"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return "DATE", f"abs:{year:04d}-{month:02d}-{day:02d}", None


def _read_slash(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    month, day, year = (int(match.group(k)) for k in ("m", "d", "y"))
    if year < 100:
        year += 1900 if year >= 50 else 2000
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return "DATE", f"abs:{year:04d}-{month:02d}-{day:02d}", None


def _read_two_quarters(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    year = _year_of(match)
    if year is None:
        return None
    half = "H1" if match.group("which").lower() == "first" else "H2"
    return "DATE", f"abs:{year:04d}-{half}", None


def _read_year(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    year = _year_of(match)
    if year is None:
        return None
    half = _HALVES.get((match.group("edge") or "").lower())
    if half:
        return "DATE", f"abs:{year:04d}-{half}", None  # "the second half of 1989"
    text = match.string
    after = text[match.end() : match.end() + 2]
    before = text[max(0, match.start() - 1) : match.start()]
    range_end = re.match(rf"[-–]{_YEAR}\b", text[match.end() : match.end() + 6])
    if (re.match(r"[.,]\d|%|-\d", after) and not range_end) or before in {"$", "#"}:
        return None  # "1,988", "1988%", "$1988"; a range "1950-1953" is two years
    if re.match(r"\s?[%]", after):
        return None
    if match.group(0)[:1].isdigit() and name_before(text, match.start()):
        return None  # "a venture called Orion 1980": part of a name
    if re.fullmatch(_FOUR_DIGIT_CLOCK, match.group(0)) and _ZONE_CLOCK_AFTER.match(
        text, match.end()
    ):
        return None  # "at 1653 (2153 GMT)": a clock, restated in another zone
    return "DATE", f"abs:{year:04d}", _mod(match)


# a four-digit clock with its zone in brackets, as a 24-hour clock is restated for readers
# abroad ("struck at 1653 (2153 GMT)"); no year is restated as a clock
_ZONE_CLOCK_AFTER = re.compile(rf"\s*\({_FOUR_DIGIT_CLOCK}\s*{ZONE_ONLY}\)")


# a capitalised word inside a sentence, not a month or a word a date follows ("In", "Fiscal")
_NAME_BEFORE = re.compile(
    rf"[a-z,;]\s+(?!(?i:{_MONTH_FULL}|in|since|by|until|through|from|fiscal|year|calendar|"
    r"jan|feb|aug|sept?|oct|nov|dec|spring|summer|fall|autumn|winter|christmas|easter|early|"
    r"mid|late|end|before|after|during|of|and|or|to)\b)[A-Z][a-z]+\s$"
)


# what a `_NAME_BEFORE` match ending at a window's end leaves in the window when it begins
# before it: the end of its blank, name and blank (`$` also passes a final line break)
_NAME_TAIL = re.compile(r"\s*[A-Z]?[a-z]*\s\n?")
_WINDOW = 100


def name_before(text: str, start: int) -> bool:
    """Whether `_NAME_BEFORE` is found in the text before `start`: searched in the last
    `_WINDOW` characters, and in all of them only when a match can have begun earlier."""
    window = text[max(0, start - _WINDOW) : start]
    if _NAME_BEFORE.search(window):
        return True
    if start <= _WINDOW or not _NAME_TAIL.fullmatch(window):
        return False
    return _NAME_BEFORE.search(text[:start]) is not None


_HALVES = {"the first half of": "H1", "the second half of": "H2", "the last half of": "H2"}


def _read_decade(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    digits = match.group("decade")
    if digits.startswith("'"):
        digits = "19" + digits[1:]
    return "DATE", f"abs:{digits[:3]}", _mod(match)


_DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}  # fmt: skip


def _read_decade_word(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    return "DATE", f"abs:19{_DECADE_WORDS[match.group('decade').lower()]}", _mod(match)


def _read_century(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    number = _day(match.group("n"))
    return "DATE", f"abs:{number - 1:02d}", _mod(match)


def _read_quarter(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    quarter = ORDINALS[match.group("q").lower()]
    if quarter > 4:
        return None
    year = _year_of(match) or (int(match.group("year2")) if match.group("year2") else None)
    if year is not None:
        return "DATE", f"abs:{year:04d}-Q{quarter}", None
    relative = (match.group("ryear") or "").lower()
    adjective = (match.group("adj") or "").lower()
    if relative:
        direction = {"last": "y-1", "this": "y0", "next": "y1"}[relative]
    elif adjective in {"year-ago", "year-earlier", "year-before"}:
        direction = "y-1"
    else:
        direction = "tense"
    return "DATE", f"q:{quarter}:{direction}", None


def _read_this_quarter(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    word = " ".join((match.group("which") or "").lower().split())
    step = {"last": "-1", "previous": "-1", "next": "+1", "coming": "+1"}.get(word, "+0")
    if match.group(0).lower().startswith("the") and word in {"latest", "", "most recent"}:
        return "DATE", "rq:latest", None  # the quarter the report is about
    return "DATE", f"rel:Q:{step}", None


def _read_relative_unit(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    which = " ".join(match.group("which").lower().split())
    unit = match.group("unit").lower()
    step = _DIRECTION[which]
    letter = UNITS[unit]
    mod = _mod(match)
    if match.group("edge") and match.group("edge").lower() in {"earlier", "later"}:
        mod = "START" if match.group("edge").lower() == "earlier" else "END"
    if letter in {"DE", "CE"} and which in {"the past", "the last"}:
        # "over the past decade", "the past century": the years up to now
        return "DURATION", "dur:P10Y" if letter == "DE" else "dur:P100Y", mod
    if isinstance(step, str):  # anaphoric
        return "DATE", f"ana:{letter}:{int(step[3:]):+d}", mod
    return "DATE", f"rel:{letter}:{step:+d}", mod


# "today's world", "today's youth", "the people of tomorrow": the present or the future age
_PRESENT_DAY = re.compile(
    r"'s\s+(?:world|youth|society|generation|children|kids|young|economy|standards)\b|"
    r"(?<=of tomorrow)(?!'s|\s+(?:morning|afternoon|evening|night))",
    re.IGNORECASE,
)


def _read_day_word(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    word = match.group("word").lower()
    step = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
    if _PRESENT_DAY.match(match.string, match.end()):
        return None  # "today's world", "the people of tomorrow": no day is meant
    part = match.group("part")
    edge = (match.group("edge") or "").lower()
    mod = {"early": "START", "earlier": "START", "late": "END", "later": "END"}.get(edge)
    if word == "tonight":
        return "TIME", f"rel:D:{step:+d}|TNI", mod
    if part:
        return "TIME", f"rel:D:{step:+d}|T{PARTS_OF_DAY[part.lower()]}", mod
    return "DATE", f"rel:D:{step:+d}", mod


def _read_part_of_day(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    which = (match.groupdict().get("which") or "").lower()
    part = PARTS_OF_DAY[match.group("part").lower()]
    step = -1 if which in {"last", "yesterday"} else 1 if which == "tomorrow" else 0
    mod = "MID" if (match.groupdict().get("edge") or "").lower().startswith("mid") else None
    if which == "last" and part != "NI":
        return None  # "last morning" is not a phrase news uses
    return "TIME", f"rel:D:{step:+d}|T{part}", mod


def _read_weekday(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    day = WEEKDAYS[match.group("weekday").lower()]
    which = " ".join((match.group("which") or "").lower().split())
    direction = {
        "last": "last", "this past": "last", "the previous": "before", "next": "next",
        "this coming": "next", "the following": "after", "this": "this",
    }.get(which, "tense")  # fmt: skip
    edge = (match.group("edge") or "").lower()
    mod = {"early": "START", "earlier": "START", "late": "END", "later": "END"}.get(edge)
    part = match.group("part")
    if part:
        return "TIME", f"wd:{day}:{direction}|T{PARTS_OF_DAY[part.lower()]}", mod
    shared = _SHARED_PLURAL.match(match.string, match.end())
    if shared and not which:  # "on Monday and Tuesday nights": both days are sets
        parts = shared.group("parts")
        suffix = f"T{PARTS_OF_DAY[parts.lower()[:-1]]}" if parts else ""
        return "SET", f"set:XXXX-WXX-{day}{suffix}", None
    return "DATE", f"wd:{day}:{direction}", mod


_SHARED_PLURAL = re.compile(
    rf"\s+(?:and|or)\s+{_WEEKDAY}(?:s|\s+(?P<parts>mornings|afternoons|evenings|nights))\b",
    re.IGNORECASE,
)


# "fall" with an "of" that names no time is the noun of falling, not autumn: "the fall of
# Saddam Hussein", "the fall of the Berlin Wall"; so is "fall" with an "in" before a bare
# common noun, the thing that fell: "the fall in inequality", "the fall in prices". "The fall
# of 2003" and "the fall of last year" are autumns (a year, or a year named relatively), and
# so may be "the fall in Iowa" or "the fall in the polls" (a place, or a noun phrase: left)
_FALL_OF_SOMETHING = re.compile(
    r"\s+(?:of\s+(?!(?:(?:this|last|next|that|the\s+same|the\s+following|the\s+previous)"
    r"\s+year\b|'?\d))|in\s+(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|my|"
    r"your)\b)(?-i:[a-z]))",
    re.IGNORECASE,
)


def _read_season(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    which = " ".join((match.group("which") or "").lower().split())
    season = SEASONS[match.group("season").lower()]
    year = _year_of(match)
    if year is not None:
        return "DATE", f"abs:{year:04d}-{season}", _mod(match)
    if not which and not match.group("edge"):
        return None
    following = match.string[match.end() : match.end() + 2].lstrip()
    if match.group("season")[0].isupper() and following[:1].isupper():
        return None  # "the Winter Olympics", "Summer Games": a name
    if match.group("season").lower() == "fall" and _FALL_OF_SOMETHING.match(
        match.string, match.end()
    ):
        return None  # "the fall of Baghdad", "the fall in prices": a collapse, a drop
    direction = {"last": "last", "this past": "last", "the past": "last", "next": "next",
                 "this coming": "next", "the coming": "next"}  # fmt: skip
    return "DATE", f"sea:{season}:{direction.get(which, 'tense')}", _mod(match)


def _read_ago(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    count = number_value(match.group("n"))
    unit = match.group("unit").lower().rstrip("s")
    unit = "century" if unit == "centurie" else unit
    if unit not in UNITS or unit in TIME_UNITS:
        return None
    direction = match.group("dir").lower()
    if direction in {"earlier", "later"} and unit in {"day", "week", "month"}:
        return None  # "three days later": TimeML's DURATION "three days", "later" a signal
    if count is None:
        return "DATE", "ref:PAST_REF", _mod(match)
    sign = 1 if direction in {"later", "from now", "hence"} else -1
    letter = "W" if unit == "weekend" else UNITS[unit]
    anchor = "ana" if direction in {"earlier", "later"} else "rel"
    if unit == "year" and count == 1:
        anchor = "ana"  # "a year ago" after "the third quarter": that quarter, a year back
    return "DATE", f"{anchor}:{letter}:{sign * int(count):+d}", _mod(match)


_SHARE_OF = re.compile(r" of (?:the|its|their|his|her|our|all|these|those|\$)\b", re.I)
_TIME_AFTER_OF = re.compile(r" of (?:an? |the )?(?:century|hour|year|day)", re.I)


def _is_fraction(match: re.Match[str]) -> bool:
    """ "a quarter of the market" is a fourth, "a quarter of a century" a time."""
    following = match.string[match.end() : match.end() + 20]
    return (
        match.group("n").lower() in {"a", "an", "one"}
        and _SHARE_OF.match(following) is not None
        and not _TIME_AFTER_OF.match(following)
    )


def _read_duration(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    unit = match.group("unit").lower().rstrip("s")
    unit = "century" if unit == "centurie" else unit
    if unit not in UNITS or unit == "weekend":
        return None
    count = number_value(match.group("n"))
    if match.group(0).lower().endswith("-old"):
        return None  # an age: "a 44-year-old protester"
    if match.group("unit")[0].isupper() and not match.group("unit").isupper():
        return None  # a name: "60 Minutes"
    following = match.string[match.end() : match.end() + 12].lower()
    if unit == "quarter" and match.group(0).lower().endswith("s") and "-" in match.group(0):
        return None  # "three-quarters": a fraction
    if unit == "quarter" and _is_fraction(match):
        return None  # "more than a quarter of the market": a fraction
    if following.startswith((" old", " of age")) and unit == "year":
        return None  # an age: "52 years old"
    if unit == "second" and match.group("n").lower() in {"a", "an"}:
        return None  # "a second betrayal": the ordinal
    if match.group("n").lower() in {"a", "an"} and _RATE_BEFORE.search(
        match.string[max(0, match.start() - 30) : match.start()]
    ):
        return None  # "$5 a year", "four flights a week": a rate, not a duration
    letter = UNITS[unit]
    if unit == "decade":
        count, letter = (None if count is None else count * 10), "Y"
    if unit == "century":
        count, letter = (None if count is None else count * 100), "Y"
    groups = match.groupdict()
    if count is not None and groups.get("half0"):
        count /= 2  # "half a year"
    if count is not None and (groups.get("half1") or groups.get("half2")):
        count += 0.5  # "two and a half years", "a minute and a half"
    return "DURATION", f"dur:{_duration(count, letter, unit in TIME_UNITS)}", _mod(match)


# a fraction of a unit written in the next smaller one: P2.5Y is P2Y6M, PT1.5M is PT1M30S
_SMALLER = {"Y": ("M", 12), "W": ("D", 7), "D": ("TH", 24), "TH": ("M", 60), "TM": ("S", 60)}


def _duration(count: float | None, letter: str, clock: bool) -> str:
    """A TimeML duration: "P3Y", "P2Y6M", "PT1M30S", "PXM"; a fraction that does not come
    out whole in the next smaller unit stays a decimal ("P1.5M")."""
    prefix = "PT" if clock else "P"
    if count is None:
        return f"{prefix}X{letter}"
    whole, fraction = int(count), count - int(count)
    if not fraction:
        return f"{prefix}{whole}{letter}"
    smaller, size = _SMALLER.get(("T" if clock else "") + letter, ("", 0))
    part = fraction * size
    if not size or abs(part - round(part)) > 1e-9:
        return f"{prefix}{count:g}{letter}"
    head = f"{whole}{letter}" if whole else ""
    if smaller.startswith("T") and not clock:  # P1DT12H
        return f"P{head}T{round(part)}{smaller[1:]}"
    return f"{prefix}{head}{round(part)}{smaller}"


def _read_unit_long(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    """ "a day-long meeting", "a week-long visit": one of the unit."""
    unit = match.group("unit").lower()
    return "DURATION", f"dur:{_duration(1, UNITS[unit], unit in TIME_UNITS)}", None


_RATE_BEFORE = re.compile(
    rf"(?:[\d%]|\b(?:{NUMBER_WORD}|twice|times|once)\b)\s*(?:[\w-]+\s+)?$", re.IGNORECASE
)


def _read_vague_duration(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    unit = (match.group("unit") or match.groupdict()["unit2"]).lower().rstrip("s")
    unit = "century" if unit == "centurie" else unit
    if unit not in UNITS or unit == "weekend":
        return None
    letter = UNITS[unit]
    prefix = "PT" if unit in TIME_UNITS else "P"
    if unit in {"decade", "century"}:
        letter = "DE" if unit == "decade" else "CE"
    return "DURATION", f"dur:{prefix}X{letter}", _mod(match)


def _read_a_while(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    """ "for a while": a duration of no stated length or unit."""
    return "DURATION", "dur:PXX", None


_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "recently": "PAST_REF",
    "more recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "then current": "PAST_REF", "then-current": "PAST_REF",  # the present of a past time
"the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
    # an unnamed day or period still to come: "at a later date", "in future years"
    "a later date": "FUTURE_REF", "a future date": "FUTURE_REF", "future years": "FUTURE_REF",
    "future quarters": "FUTURE_REF", "future months": "FUTURE_REF",
}  # fmt: skip


def _read_holiday(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    name = " ".join(match.group("holiday").split())
    if not name[0].isupper():
        return None  # "christmas" in lower case is not how news names the day
    which = (match.group("which") or "").lower()
    direction = which if which in {"last", "next", "this"} else "tense"
    week = {"week": "W", "weekend": "WE"}.get((match.group("week") or "").lower())
    if week:  # "Easter week", "Thanksgiving weekend": the week or weekend the day is in
        return "DATE", f"holw:{name.lower()}:{week}:{direction}", None
    return "DATE", f"hol:{name.lower()}:{direction}", None


_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|shall|should)\s+$", re.I)


def _read_one_day(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    """ "Islam will one day be …": after a modal, "one day" is some time to come."""
    before = match.string[max(0, match.start() - 10) : match.start()]
    return ("DATE", "ref:FUTURE_REF", None) if _MODAL_BEFORE.search(before) else None


# "the future" is a time in a time adverbial ("in the future", "well into the future"), an
# abstract noun elsewhere ("the future of our peoples", "the future looks bleak")
_FUTURE_AS_TIME = re.compile(r"\b(?:in|into|for|about|until|till)\s+$", re.IGNORECASE)


def _read_ref(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    word = " ".join(match.group("ref").lower().split())
    before = match.string[max(0, match.start() - 8) : match.start()]
    if word == "the future" and not _FUTURE_AS_TIME.search(before):
        return None
    return "DATE", f"ref:{_REFS[word]}", None


_SET_UNITS = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "quarter": "P1Q",
              "hour": "PT1H", "night": "XXXX-XX-XXTNI", "morning": "XXXX-XX-XXTMO",
              "evening": "XXXX-XX-XXTEV", "weekend": "XXXX-WXX-WE"}  # fmt: skip
_SET_WORDS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
              "yearly": "P1Y", "hourly": "PT1H", "nightly": "XXXX-XX-XXTNI",
              "quarterly": "P1Q"}  # fmt: skip


# a frequency word before a noun is mostly an adjective of amounts or accounts ("average daily
# volume", "a quarterly dividend", "daily flights") or a newspaper ("the party daily Granma"),
# but a possessor's daily or weekly doings ("his daily life", "in his weekly radio address")
# and "on a daily basis" name the recurrence itself
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|their|its|our|my|your)\s+$", re.IGNORECASE)
_A_BEFORE = re.compile(r"\ba\s+$", re.IGNORECASE)
_BASIS_AFTER = re.compile(r"\s+basis\b", re.IGNORECASE)
_COMMON_NOUN_AFTER = re.compile(r"\s+[a-z]")
_RECURRENCE_ADJECTIVES = frozenset({"daily", "weekly", "monthly", "nightly"})


def _names_recurrence(match: re.Match[str]) -> bool:
    """Whether a frequency word before a noun names the recurrence ("his daily life")."""
    if match.group("word").lower() not in _RECURRENCE_ADJECTIVES:
        return False
    before = match.string[max(0, match.start() - 8) : match.start()]
    after = match.string[match.end() : match.end() + 12]
    if _POSSESSIVE_BEFORE.search(before):
        return bool(_COMMON_NOUN_AFTER.match(after))
    return bool(_A_BEFORE.search(before) and _BASIS_AFTER.match(after))


def _read_set(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    groups = match.groupdict()
    if groups.get("word"):
        following = match.string[match.end() : match.end() + 20].lstrip()
        if following[:1].isalpha() and not _names_recurrence(match):
            return None
        return "SET", f"set:{_SET_WORDS[groups['word'].lower()]}", None
    what = groups["what"].lower()
    if what in WEEKDAYS:
        return "SET", f"set:XXXX-WXX-{WEEKDAYS[what]}", None
    if what.rstrip(".") in MONTHS:
        return "SET", f"set:XXXX-{_month(what):02d}", None
    return "SET", f"set:{_SET_UNITS[what]}", None


def _read_seasons(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    """ "for the past three summers": a season coming back year after year, a set."""
    season = match.group("season").lower().removesuffix("s")
    return "SET", f"set:XXXX-{SEASONS[season]}", None


def _read_weekday_plural(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    day = WEEKDAYS[match.group("weekday").lower()]
    part = match.group("part") or match.group("parts")
    suffix = f"T{PARTS_OF_DAY[part.lower()]}" if part else ""
    return "SET", f"set:XXXX-WXX-{day}{suffix}", None


def _read_clock(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    """A clock time: "5 p.m.", or on a 24-hour clock where no half of the day is written."""
    hour = int(match.group("h"))
    minute = int(match.group("mi") or 0)
    half = (match.groupdict().get("ap") or "").lower().replace(".", "")
    if not half:
        return "TIME", f"ana:D:+0|T{hour:02d}:{minute:02d}", _mod(match)
    if not (1 <= hour <= 12 and minute < 60):
        return None
    if half == "pm" and hour != 12:
        hour += 12
    if half == "am" and hour == 12:
        hour = 0
    return "TIME", f"ana:D:+0|T{hour:02d}:{minute:02d}", _mod(match)


def _read_stamp(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    """A clock on a line of its own stamps an entry of the report's day."""
    return "TIME", report_day_clock(int(match.group("h")), int(match.group("mi"))), None


def report_day_clock(hour: int, minute: int) -> str:
    """The spec of a live page's entry clock: that time of the report's day."""
    return f"rel:D:+0|T{hour:02d}:{minute:02d}"


def _read_noon(match: re.Match[str]) -> tuple[TimexType, str, str | None] | None:
    return "TIME", f"rel:D:+0|{PARTS_OF_DAY[match.group('word').lower()]}", _mod(match)


# -- rules ------------------------------------------------------------------------------

# a zone closing a clock time, in brackets or not: part of the TIMEX3, not of its value
_ZONE_AFTER = rf"(?:\s*\({ZONE}\)|\s*{ZONE}|\s+local\s+time)"
# a year named from the report's after a day and month: "on 25 June last year" is that day
# of the year before the report's, as "June last year" is that month of it; "that year" and
# "the same year" point back to the year the text last named ("He toured in 2009. He died
# on 25 June that year"), and "of" may join them ("in June of that year")
_RELATIVE_YEAR = r"\s+(?:of\s+)?(?P<ryear>last|this|next|that|the\s+same)\s+year"
# the direction of a month or day the words `_RELATIVE_YEAR` name place in a year
_RELATIVE_YEAR_DIRECTION = {
    "last": "y-1",
    "this": "y0",
    "next": "y1",
    "that": THAT_YEAR,
    "the same": THAT_YEAR,
}


def _relative_year_direction(words: str) -> str:
    """The direction `_RELATIVE_YEAR`'s words give ("last" -> "y-1")."""
    return _RELATIVE_YEAR_DIRECTION[" ".join(words.lower().split())]


_WHICH_UNIT = (
    r"(?P<which>last|this|next|the\s+past|the\s+last|the\s+previous|the\s+coming|"
    r"the\s+current|the\s+following|the\s+next|this\s+past|this\s+coming|the\s+same|that|"
    r"current|past|previous|coming)"
)
RULES: list[tuple[str, Reader]] = [
    (
        rf"(?:(?P<dir>last|this|next)\s+|{_WEEKDAY},?\s+)?(?P<month>{_MONTH})\s+(?P<day>{_DAY})"
        rf"(?:,?\s+(?P<year>{_YEAR})|{_RELATIVE_YEAR})?",
        _read_month_day,
    ),
    (
        r"(?:(?<=\band )|(?<=\bto )|(?<=\bor ))(?P<day>[0-3]?\d(?:st|nd|rd|th)?)(?![\d,.]\d)",
        _read_second_day,
    ),
    (
        # "Monday 7 to Friday 11 September", "on Saturday 10 and Sunday 11 April": British
        # writing names the month once, after the last day; the first day shares it
        rf"{_WEEKDAY},?\s+(?P<day>[0-3]?\d(?:st|nd|rd|th)?)(?=\s*(?:and|to|or|-|–)\s*"
        rf"(?:{_WEEKDAY},?\s+)?{_DAY}\s+(?:of\s+)?(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR}))?"
        r"(?!\w))",
        _read_month_day,
    ),
    (
        rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?P<day>{_DAY})\s+(?:of\s+)?(?P<month>{_MONTH})"
        rf"(?:,?\s+(?P<year>{_YEAR})|{_RELATIVE_YEAR})?",
        _read_month_day,
    ),
    (
        rf"{_EDGE_RE}(?P<month>{_MONTH})(?:\s+of)?,?\s+(?P<year>{_YEAR}|{_SPELLED_YEAR})",
        _read_month_year,
    ),
    (
        rf"{_EDGE_RE}(?:(?P<dir>last|this|next)\s+)?(?P<month>{_MONTH_FULL}|jan\.|feb\.|aug\.|"
        rf"sept\.|oct\.|nov\.|dec\.)(?:{_RELATIVE_YEAR})?",
        _read_month,
    ),
    (
        # "the first two quarters of 1990" is its first half (a quantifier before it too:
        # "at least the first two quarters of 1990" is no duration)
        rf"{_QUANT}the\s+(?P<which>first|last)\s+two\s+quarters\s+of\s+(?P<year>{_YEAR})",
        _read_two_quarters,
    ),
    (r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})", _read_iso),
    (r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{2}|\d{4})", _read_slash),
    (
        rf"{_EDGE_RE}(?:(?:the\s+)?fiscal(?:\s+year)?\s+|the\s+year\s+)?(?P<year>{_YEAR}|"
        rf"{_SPELLED_YEAR})",
        _read_year,
    ),
    (rf"(?:the\s+)?{_EDGE_RE}(?P<decade>1[5-9]\d0|20\d0|'\d0)'?s", _read_decade),
    (
        rf"(?:the\s+)?{_EDGE_RE}(?P<decade>{_alternatives(_DECADE_WORDS)})",
        _read_decade_word,
    ),
    (rf"(?:the\s+)?{_EDGE_RE}(?P<n>{_ORDINAL}|\d{{1,2}}(?:st|nd|rd|th))[- ]century", _read_century),
    (
        r"(?:(?:the|this|that|a|its)\s+)?(?:(?P<adj>latest|current|year-ago|year-earlier|"
        r"year-before|same|flat|weak|strong|fiscal|recent|previous)\s+)?"
        rf"(?:(?P<year>{_YEAR})\s+|(?P<ryear>this|last|next)\s+year's\s+)?(?:fiscal[- ])?"
        r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter"
        rf"(?:\s+of\s+(?P<year2>{_YEAR}))?",
        _read_quarter,
    ),
    (
        r"(?:the|this|last|next)\s+(?:(?P<which>latest|current|last|previous|next|coming|same|"
        r"most\s+recent)\s+)?(?:quarter|(?<=latest )period|(?<=recent )period)",
        _read_this_quarter,
    ),
    (
        r"(?:the\s+)?(?:comparable\s+|corresponding\s+|same\s+)?(?:year-ago|year-earlier|"
        r"year-before|year-previous)(?:\s+(?:period|quarter))?|the\s+(?:(?:comparable|"
        r"corresponding|same)\s+)?(?:period|quarter)\s+(?:last\s+year|a\s+year\s+(?:ago|"
        r"earlier))|last\s+year's\s+(?:period|quarter)",
        lambda match: ("DATE", "yago:-1", None),
    ),
    (
        rf"the\s+(?P<year>{_YEAR})\s+(?:period|quarter)",
        lambda match: ("DATE", f"pq:{match.group('year')}", None),
    ),
    (
        r"(?:the\s+)?(?:(?:current|latest|full|entire|whole|same)\s+)?(?:fiscal\s+)?year"
        r"(?=\s+(?:ended|ending|ends|to\s+(?:date|[A-Z])))",
        lambda match: ("DURATION", "dur:P1Y", None),
    ),
    # "In 1962, the year Vatican Council II began": an appositive restates the year before it
    (r"(?<=\d{4}, )the\s+year\b(?!['’])", lambda match: ("DATE", "ana:Y:+0", None)),
    (
        r"the\s+(?:(?:current|full|entire|whole)\s+)?(?:fiscal\s+)?year",
        lambda match: ("DATE", "rel:Y:+0", None),
    ),
    (
        # "sales in the latest fiscal year": the last year completed, as "the latest quarter"
        # is the last quarter completed (HeidelTime writes it so too)
        r"the\s+(?:latest|most\s+recent)\s+(?:fiscal\s+)?year",
        lambda match: ("DATE", "rel:Y:-1", None),
    ),
    (r"(?:around\s+)?year-end", lambda match: ("DATE", "yend:tense", None)),
    # "by year end", "by year's end": the end of the year, as "by the end of the year"
    (r"(?:around\s+)?year\s+end|year's\s+end", lambda match: ("DATE", "ana:Y:+0", "END")),
    (r"(?<=later in )the day|(?<=earlier in )the day", lambda match: ("DATE", "ana:D:+0", None)),
    (
        # "today is the eighth day of Desert Shield": the day spoken of, counted in an event
        rf"the\s+(?:{_ORDINAL}|\d{{1,2}}(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?day"
        rf"(?=\s+of\s)(?!\s+of\s+(?:(?:the|this|that|next|last)\s+)?(?:week|month|year|quarter|"
        rf"{_MONTH_FULL}|{_YEAR}))",
        lambda match: ("DATE", "ana:D:+0", None),
    ),
    (
        # "by the end of the year": the year spoken of (the last date's, else the report's)
        r"(?P<edge>the (?:beginning|start|end|middle) of)\s+the\s+"
        r"(?P<unit>week|month|year|quarter|decade|century)",
        lambda match: ("DATE", f"ana:{UNITS[match.group('unit').lower()]}:+0", _mod(match)),
    ),
    (
        rf"(?:(?P<edge>early|late|earlier|later|the (?:beginning|start|end|middle) of)\s+)?"
        rf"{_WHICH_UNIT}\s+(?P<unit>day|week|month|year|quarter|decade|century|weekend)",
        _read_relative_unit,
    ),
    (r"the\s+weekend", lambda match: ("DATE", "rwe:tense", None)),
    (r"Super\s+Tuesday\s+(?:[2-9]|II|III|IV)\b", _read_numbered_super_tuesday),
    (
        rf"(?:(?P<which>last|this|next)\s+)?(?P<holiday>{_alternatives(HOLIDAYS)})"
        r"(?:\s+(?P<week>week|weekend))?",
        _read_holiday,
    ),
    (
        r"(?:(?P<edge>early|late|earlier|later)\s+)?(?P<word>today|yesterday|tomorrow|"
        r"tonight)(?:\s+(?P<part>morning|afternoon|evening|night))?",
        _read_day_word,
    ),
    (
        r"(?:(?P<edge>mid-?\s?|late\s+|early\s+)?(?P<which>this|last|yesterday|tomorrow)\s+)"
        r"(?P<part>morning|afternoon|evening|night)",
        _read_part_of_day,
    ),
    (r"(?P<edge>mid-?\s?)(?P<part>morning|afternoon)", _read_part_of_day),
    (r"(?P<part>overnight)", _read_part_of_day),
    (
        r"(?:(?P<edge>early|late|earlier|later)\s+)?(?:(?P<which>last|next|this|this\s+past|"
        rf"this\s+coming|the\s+previous|the\s+following)\s+)?(?P<weekday>{_WEEKDAY})"
        r"(?:\s+(?P<part>morning|afternoon|evening|night))?",
        _read_weekday,
    ),
    (
        rf"(?:(?P<which>last|this|next|the|(?:this|the)\s+(?:past|coming))\s+)?{_EDGE_RE}"
        rf"(?P<season>spring|summer|fall|autumn|winter)(?:\s+of\s+(?P<year>{_YEAR}|"
        rf"{_SPELLED_YEAR}))?",
        _read_season,
    ),
    (r"one\s+day", _read_one_day),  # before the durations: the same extent
    (
        rf"{_QUANT}(?P<n>{NUMBER})\s+(?P<unit>{_UNIT})\s+(?:or\s+so\s+)?"
        r"(?P<dir>ago|earlier|later|from\s+now|hence)",
        _read_ago,
    ),
    (
        # "the year-earlier nine months": nine months, a year back (a stretch, as "the first
        # nine months" is)
        rf"{_QUANT}(?:(?:the|each of the|the first|the last|the past|the next|the previous|"
        rf"the coming|the final|the remaining|the full|(?:the\s+)?(?:year-earlier|year-ago))"
        rf"\s+)?(?P<half0>half\s+)?(?P<n>{NUMBER})"
        rf"(?P<half1>\s+and\s+a\s+half)?(?:\s(?:more|additional|extra|full|straight|"
        rf"consecutive|trading|business))?\s(?P<unit>{_UNIT})(?P<half2>\s+and\s+a\s+half)?",
        _read_duration,
    ),
    (rf"(?P<n>{NUMBER})-(?P<unit>{_UNIT})(?:-old|-long)?", _read_duration),
    (r"(?P<unit>hour|day|week|month|year)-long", _read_unit_long),
    (
        r"(?:(?:the\s+)?(?:past|last|next|coming|recent|first)\s+(?:few\s+|several\s+)?"
        r"|(?:the\s+)?(?:few|several)\s+)(?P<unit>seconds|minutes|hours|days|weeks|months|"
        r"quarters|years|decades|centuries)",
        _read_vague_duration,
    ),
    (
        # a bare plural after "for", "within", "in": "for weeks", "within weeks or months",
        # "the first time in years"; "over the years"
        r"(?:(?<=\bfor )|(?<=\bwithin )|(?<=\bin ))(?P<unit>hours|days|weeks|months|years|"
        r"decades|centuries)(?:\s+or\s+(?:days|weeks|months|years|decades))?"
        r"|(?<=\bover )the\s+(?P<unit2>years|decades|centuries)(?!\s+\d)",
        _read_vague_duration,
    ),
    # "for a while", "for quite a while": a stretch of no stated length
    (r"(?<=\bfor )(?:quite\s+)?a\s+while", _read_a_while),
    (
        # "the weeks ahead", "the years to come": a stretch still to come, like "the coming
        # weeks"
        r"the\s+(?P<unit>days|weeks|months|years|decades)\s+(?:ahead|to\s+come)",
        _read_vague_duration,
    ),
    (rf"(?P<ref>{_alternatives(_REFS)})", _read_ref),
    (
        rf"(?:every|each)\s+(?:other\s+|single\s+)?(?P<what>day|week|month|year|quarter|hour|"
        rf"night|morning|evening|weekend|{_WEEKDAY}|{_MONTH_FULL})",
        _read_set,
    ),
    (rf"(?P<word>{_alternatives(_SET_WORDS)})", _read_set),
    (
        rf"the\s+(?:past|last|next|coming)\s+(?:{NUMBER}\s+)?"
        r"(?P<season>summers|winters|springs|autumns|falls)",
        _read_seasons,
    ),
    (
        rf"(?P<weekday>{_WEEKDAY})(?:s(?:\s+(?P<part>morning|night|evening)s)?|"
        r"\s+(?P<parts>morning|night|evening)s)",
        _read_weekday_plural,
    ),
    (
        # "10:35 a.m.", "10.30am BST" (British writing), "9am ET", "3 p.m. (2000 GMT)"
        rf"{_QUANT}(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d{{2}}))?\s*(?P<ap>[ap]\.?m\.?){_ZONE_AFTER}?",
        _read_clock,
    ),
    (
        # a 24-hour clock is a time where a zone follows: "14:00 GMT", "22.16 BST"
        rf"{_QUANT}(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)\s*(?:hrs?\s+)?{_ZONE_AFTER}",
        _read_clock,
    ),
    (
        # four digits alone ("0300 UTC") may be a year ("2000 ET"): only before a word
        # written for nothing but a zone, before "local time" (said of no year), or before
        # the same moment in another zone, in brackets ("at 1653 (2153 GMT)": no year is
        # restated as a clock)
        rf"{_QUANT}(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?:hrs?)?(?:\s*\({ZONE_ONLY}\)|\s*{ZONE_ONLY}"
        rf"|\s+local\s+time|(?={_ZONE_CLOCK_AFTER.pattern}))",
        _read_clock,
    ),
    (rf"{_QUANT}(?P<word>noon|midnight|midday){_ZONE_AFTER}?", _read_noon),
    # a clock alone on its line: a live page's entry stamp ("14:26", as `ingest.live` writes it)
    (r"(?<![^\n])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?=[ \t]*(?:\n|$))", _read_stamp),
]

# the word edges close the whole pattern, every alternative of it
_SCANNERS = Scanners([re.compile(f"{_B}(?:{pattern}){_E}", re.IGNORECASE) for pattern, _ in RULES])
_READERS = [reader for _, reader in RULES]


# no expression runs over a paragraph's end ("14:04\n\nJan Egeland": a stamp, then a name)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def find_readings(text: str) -> list[Reading]:
    """Every time expression of the text, read: overlapping matches keep the longest."""
    found: list[Reading] = []
    for rule, match in _SCANNERS.matches(text):  # rule by rule, as each one's `finditer`
        read = _READERS[rule](match)
        if read is not None and not _BLANK_LINE.search(match.group(0)):
            found.append(Reading(_start(match), match.end(), *read))
    kept = [r for r in _longest(found) if not _is_name(r, text)]
    combined = _combine(_without_restatements(kept, text), text)
    return _in_update_stamps(_with_entry_clocks(combined, text), text)


def _with_entry_clocks(readings: list[Reading], text: str) -> list[Reading]:
    """A live page's entry clocks ("… says. 2045 The BBC's …") are times of the report's
    day, not years; what else was read on their digits goes."""
    clocks = entry_clocks(text)
    if not clocks:
        return readings
    kept = [r for r in readings if not any(r.start < c.end and c.start < r.end for c in clocks)]
    times = [
        Reading(c.start, c.end, "TIME", report_day_clock(c.hour, c.minute), None) for c in clocks
    ]
    return sorted(kept + times, key=lambda r: r.start)


# a live page's update stamp: "(Update 4:51 a.m. Thursday in Cairo, 9:51 p.m. ET Wednesday)",
# "(Updated 7:40 p.m. (0240 in Egypt))", "(Updated at 2:14 p.m.)"
_UPDATE_STAMP = re.compile(
    r"\(\s*Updated?\b(?:\s+at)?\s+(?=\d)[^()\n]{0,80}(?:\([^()\n]{0,30}\)[^()\n]{0,40})?\)",
    re.IGNORECASE,
)
_DAY_CLOCK = re.compile(r"ana:D:\+0(?=\|T\d)")
_WEEKDAY_BY_TENSE = re.compile(r"wd:(\d):tense")


def _in_update_stamps(readings: list[Reading], text: str) -> list[Reading]:
    """The times of a live page's update stamps ("(Update 4:51 a.m. Thursday in Cairo, 9:51
    p.m. ET Wednesday) CNN's Ivan Watson reports …") say when an entry was written, and a
    live page is written from the day it was published on: a stamp's clock is a time of that
    day (``rel:D:+0``), not of the last date the entry before it named ("Tuesday's protests",
    days earlier), and a stamp's weekday is the first such day on or after it (``wd:N:from``),
    whatever the tense of the words around it. Each reading in a stamp keeps where the stamp
    starts (`Reading.stamp`): the entry after it is told from the stamp's day
    (`resolve.resolve_records`). A stamp holds nothing but the entry's clocks and days: four
    digits in it restate the clock in another zone ("(2039 in Egypt)"), no year."""
    stamps = [match.span() for match in _UPDATE_STAMP.finditer(text)]
    if not stamps:
        return readings
    out = []
    for reading in readings:
        stamp = next((a for a, b in stamps if a <= reading.start and reading.end <= b), None)
        if stamp is not None:
            if "|T" not in reading.spec and not reading.spec.startswith("wd:"):
                continue
            spec = _WEEKDAY_BY_TENSE.sub(r"wd:\1:from", _DAY_CLOCK.sub("rel:D:+0", reading.spec))
            reading = replace(reading, spec=spec, stamp=stamp)
        out.append(reading)
    return out


_IN_BRACKETS = re.compile(r"\s*\(\s*$")


def _without_restatements(readings: list[Reading], text: str) -> list[Reading]:
    """A clock time in brackets right after a clock time gives the same moment in another
    zone ("at 10 a.m. (0900 GMT)"): no expression of its own."""
    out: list[Reading] = []
    for reading in readings:
        if (
            out
            and "|T" in reading.spec
            and "|T" in out[-1].spec
            and _IN_BRACKETS.fullmatch(text[out[-1].end : reading.start])
        ):
            continue
        out.append(reading)
    return out


_NOT_OURS = re.compile(r"(?:its|their|his|her)\s+|(?:an?|the|that|this)\s+(?=.*\w-quarter$)", re.I)


def _start(match: re.Match[str]) -> int:
    """Where an expression starts: a possessive ("its fourth quarter") is not part of it,
    nor is the article of the noun a hyphenated quarter describes ("a third-quarter loss")."""
    head = _NOT_OURS.match(match.group(0))
    return match.start() + head.end() if head else match.start()


_NAMED_KINDS = ("rel:", "ref:", "dur:", "ana:", "rq:", "rwe:")


def _is_name(reading: Reading, text: str) -> bool:
    """A relative expression written as a title inside a sentence is a name (ABC's "This
    Week", "VOA Today"); one joined to a word by a hyphen is a compound ("quarter-to-quarter")."""
    if re.match(r"-[A-Za-z]", text[reading.end : reading.end + 2]):
        return True
    if not reading.spec.startswith(_NAMED_KINDS):
        return False
    words = re.findall(r"[A-Za-z]+", text[reading.start : reading.end])
    words = [word for word in words if word not in ZONES_AFTER_CLOCK]  # "22.16 BST"
    if not words or not all(word[0].isupper() for word in words):
        return False
    before = text[max(0, reading.start - 40) : reading.start].rstrip(" \"“'‘`(")
    if not before or before[-1] in ".!?:\n":
        return False  # a sentence (or a quote) starts here
    previous = re.findall(r"[A-Za-z]+", before)[-1:]
    return len(words) > 1 or bool(previous and previous[0][0].isupper())


def _longest(readings: list[Reading]) -> list[Reading]:
    """Keep the longest of overlapping readings (the earlier rule on a tie)."""
    order = sorted(enumerate(readings), key=lambda p: (-(p[1].end - p[1].start), p[0]))
    kept: list[Reading] = []
    taken: list[tuple[int, int]] = []
    for _, reading in order:
        if any(reading.start < end and start < reading.end for start, end in taken):
            continue
        kept.append(reading)
        taken.append((reading.start, reading.end))
    return sorted(kept, key=lambda r: r.start)


# what may stand between a clock and its day: a comma, "on", "at", after the clock restated
# in another zone in brackets ("at 1653 (2153 GMT) on Tuesday", the restatement dropped)
_JOINERS = re.compile(
    r"^(?:\s*\(\s*\d{1,2}[:.]?\d{2}\s*(?:[ap]\.?m\.?\s*)?[A-Z]{2,5}\s*\))?"
    r"(?:\s*,?\s*|\s+on\s+|\s+at\s+)$",
    re.IGNORECASE,
)


def _combine(readings: list[Reading], text: str) -> list[Reading]:
    """Join a clock time or part of day with the day beside it ("5 p.m. EST, Nov. 6",
    "10 p.m. Wednesday", "Friday at 5 p.m.", "mid-afternoon yesterday")."""
    out: list[Reading] = []
    for reading in readings:
        gap = text[out[-1].end : reading.start] if out else ""
        if out and _JOINERS.match(gap) and not _BLANK_LINE.search(gap):
            joined = _join(out[-1], reading)
            if joined is not None:
                out[-1] = joined
                continue
        out.append(reading)
    return out


def _join(first: Reading, second: Reading) -> Reading | None:
    clock, day = (first, second) if "|" in first.spec else (second, first)
    if "|" not in clock.spec or "|" in day.spec or day.type != "DATE":
        return None
    if not clock.spec.startswith(("rel:D:+0|", "ana:D:+0|")) or day.spec.startswith(
        ("ref:", "rel:W", "rel:M")
    ):
        return None
    if day.spec.startswith(("rel:Y", "rel:Q", "mon:", "q:", "sea:")):
        return None
    time = clock.spec.split("|", 1)[1]
    return Reading(first.start, second.end, "TIME", f"{day.spec}|{time}", clock.mod or day.mod)
