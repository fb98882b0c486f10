"""The words of time expressions: numbers, months, weekdays, units, seasons, parts of day."""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6,
    "sat": 6, "sunday": 7, "sun": 7,
}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
    "overnight": "NI", "midday": "MI", "noon": "T12:00", "midnight": "T24:00",
}  # fmt: skip
# TimeML duration letters of each unit, and its calendar granularity
UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "weekend": "WE",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
}  # fmt: skip
TIME_UNITS = frozenset({"second", "minute", "hour"})
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
    "ninth": 9, "9th": 9, "tenth": 10, "10th": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
_ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
# Holidays news dates things by: (month, day) for fixed ones, else how to find the day
# (dateutil.easter for Easter). US holidays as US news uses them.
HOLIDAYS = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14),
    "independence day": (7, 4), "halloween": (10, 31), "veterans day": (11, 11),
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
    "boxing day": (12, 26), "thanksgiving": "4th thursday 11",
    "thanksgiving day": "4th thursday 11", "memorial day": "last monday 5",
    "labor day": "1st monday 9", "martin luther king day": "3rd monday 1",
    "election day": "election", "easter": "easter", "easter sunday": "easter",
    "good friday": "easter-2", "easter monday": "easter+1", "super tuesday": "super tuesday",
}  # fmt: skip
# Stuff whose amount news measures in units of time: recorded material by its running time
# ("75 hours of video", "100 hours of raw footage") and money by the time it takes to earn
# it ("six months of base pay"). "N hours of <one of these>" is a quantity, not an interval.
MEASURED_IN_TIME = frozenset({
    "footage", "video", "videos", "recording", "recordings", "tape", "tapes", "audio",
    "pay", "salary", "salaries", "wage", "wages", "rent",
})  # fmt: skip
VAGUE_COUNTS = frozenset({"few", "a few", "several", "some", "many", "couple of", "a couple of"})

_ones = "|".join(sorted(_ONES, key=len, reverse=True))
_tens = "|".join(_TENS)
NUMBER_WORD = rf"(?:(?:{_tens})(?:[- ](?:{_ones}))?|{_ones}|a|an|one)(?:[- ]hundred)?"
NUMBER = rf"(?:\d+(?:[.,]\d+)?(?: 1/2)?|{NUMBER_WORD}|a couple of|couple of|a few|several|few)"


def number_value(text: str) -> float | None:
    """The value of a count ("three", "twenty-four", "12", "2 1/2", "a"); None when vague
    ("several", "a few")."""
    text = text.lower().strip()
    if text in {"a couple of", "couple of"}:
        return 2
    if text in VAGUE_COUNTS:
        return None
    if text in {"a", "an"}:
        return 1
    half = text.endswith(" 1/2")
    if half:
        text = text[:-4]
    if re.fullmatch(r"\d+(?:,\d{3})*(?:\.\d+)?", text):
        return float(text.replace(",", "")) + (0.5 if half else 0)
    total = 0
    for word in re.split(r"[- ]", text):
        if word in _ONES:
            total += _ONES[word]
        elif word in _TENS:
            total += _TENS[word]
        elif word == "hundred":
            total = max(total, 1) * 100
        elif word in {"a", "an"}:
            total += 1
        else:
            return None
    return total


def spelled_year(text: str) -> int | None:
    """A year written in words: "nineteen ninety-seven" -> 1997, "two thousand" -> 2000."""
    words = text.lower().replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = number_value(" ".join(words[2:]).removeprefix("and ")) if words[2:] else 0
        return None if rest is None else 2000 + int(rest)
    if len(words) >= 2 and words[0] in _ONES and _ONES[words[0]] >= 10:
        rest = number_value(" ".join(words[1:]))
        if rest is not None and rest < 100:
            return _ONES[words[0]] * 100 + int(rest)
    return None
