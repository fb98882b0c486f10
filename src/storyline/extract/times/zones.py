"""Time-zone abbreviations: the end of a clock time ("10.30am BST", "14:00 GMT"), and never a
name of an actor or a thing, though the recogniser often tags them ORG.

TimeML keeps the zone inside the TIMEX3 ("4 a.m. EDT Thursday", "5 p.m. EST, Nov. 6" in
TimeBank and AQUAINT) and leaves it out of the value ("2000-04-06T04:00"); so do we.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

# Written only for a time zone: standing alone ("All times BST") still no actor.
ZONES_ALONE = frozenset(
    "UTC GMT BST CEST EEST EDT CDT MDT PDT PST AKST AKDT HST AEST AEDT ACST ACDT AWST NZST NZDT "
    "HKT SGT JST".split()
)
# Also other words in capitals ("EST" Estonia, "CT" a scan, "ET", "IST"): a zone only after
# a clock time.
ZONES_AFTER_CLOCK = ZONES_ALONE | frozenset(
    "EST CST MST ET CT MT PT WET WEST CET EET IST MSK KST".split()
)
# A zone written after a clock time, case kept ("9am ET", not "9am et"); "GMT+1", "UTC-5".
ZONE = (
    r"(?-i:(?:GMT|UTC)[+-]\d{1,2}(?::?\d\d)?|"
    + "|".join(sorted(ZONES_AFTER_CLOCK, key=len, reverse=True))
    + r")(?!\w)"
)
# A zone written for nothing else ("0300 UTC", "1337EDT"), case kept
ZONE_ONLY = r"(?-i:" + "|".join(sorted(ZONES_ALONE, key=len, reverse=True)) + r")(?!\w)"
# A token that ends a clock time: "10.30am", "14:00", "0300", "a.m.", "pm"; not "10" alone
_CLOCK_TOKEN = re.compile(
    r"(?:\d{1,2}(?:[:.][0-5]\d)?)?[ap]\.?m\.?|(?:[01]?\d|2[0-3])[:.]?[0-5]\d", re.IGNORECASE
)


def names_a_time_zone(span: Span) -> bool:
    """Is the entity a time zone: an abbreviation written only for one (`ZONES_ALONE`), or
    one of `ZONES_AFTER_CLOCK` right after a clock time ("9am ET", "3 p.m. EST")?"""
    text = span.text.strip("()")
    if text in ZONES_ALONE:
        return True
    if text not in ZONES_AFTER_CLOCK or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    before = span.doc[span.start - 2] if before.text == "(" and span.start > 1 else before
    return _CLOCK_TOKEN.fullmatch(before.text) is not None
