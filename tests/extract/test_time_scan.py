"""`times.scan`: patterns tried only where a match can begin find what `finditer` finds."""

from __future__ import annotations

import re

import pytest

from storyline.extract.times.grammar import _SCANNERS
from storyline.extract.times.scan import WORD_START, Scanners, opening


def _rule(body: str) -> re.Pattern[str]:
    return re.compile(f"{WORD_START}(?:{body})", re.IGNORECASE)


def _finditer_all(scanners: Scanners, text: str) -> list[tuple[int, tuple[int, int], dict]]:
    return [
        (i, m.span(), m.groupdict())
        for i, pattern in enumerate(scanners.patterns)
        for m in pattern.finditer(text)
    ]


def _scanned(scanners: Scanners, text: str) -> list[tuple[int, tuple[int, int], dict]]:
    return [(i, m.span(), m.groupdict()) for i, m in scanners.matches(text)]


def test_opening_reads_optional_words_lookbehinds_and_classes() -> None:
    first = opening(_rule(r"(?:the\s+)?(?<=\bon )day|\d{4}"))
    assert first is not None
    assert [bool(first.match(chars)) for chars in ("th", "Da", "19", "t ", "dx", "1a")] == [
        True, True, True, False, False, False,
    ]  # fmt: skip


def test_opening_of_a_match_shorter_than_the_opening() -> None:
    first = opening(_rule(r"[ap]"))
    assert first is not None and first.match("a") and first.match("P.")


def test_opening_follows_case_folding() -> None:
    first = opening(_rule("k"))  # under IGNORECASE, "k" matches the Kelvin sign
    assert first is not None and first.match("\u212a")


@pytest.mark.parametrize("body", [r"(?:day)?", r"\d*", r"(?=x)"])
def test_no_opening_for_a_pattern_that_can_match_nothing(body: str) -> None:
    assert opening(_rule(body)) is None


@pytest.mark.parametrize("body", [r".day", r"[^a]x", r"(?-i:a)"])
def test_no_opening_for_what_it_does_not_read(body: str) -> None:
    assert opening(_rule(body)) is None


def test_matches_skip_starts_inside_the_last_match_as_finditer_does() -> None:
    scanners = Scanners([_rule("a a|a")])
    assert _scanned(scanners, "a a a") == [(0, (0, 3), {}), (0, (4, 5), {})]


def test_patterns_without_the_word_start_and_unread_ones_fall_back_to_finditer() -> None:
    scanners = Scanners([re.compile(r"ay"), _rule(r".ay"), _rule("day")])
    assert scanners.openings[0] is None and scanners.openings[1] is None
    text = "Today, a day; say: $day xday"
    assert _scanned(scanners, text) == _finditer_all(scanners, text)


TEXTS = [
    "On Monday, March 5, 2018, the company said third-quarter profit rose 10% from a year "
    "earlier; the year-ago quarter was weak. He will one day return, officials said today.",
    "The summit on April 24 and 25 ended at 5 p.m. EST, Nov. 6. Over the years, every "
    "Tuesday night, his daily life changed; in the 1990s and the '80s, in mid-afternoon.",
    "It rained for weeks or months during the second half of 1989 and the first quarter of "
    "2001 — $1988, 1,988 and 1988% are not years. May I? In May we march; March 3rd.",
    "THE NEXT DAY, last Christmas week, the past decade, 2 1/2 years, 44-year-old man, "
    "nineteen eighty-four, the year 2000, 2018-02-07, 2/7/18, at 10:30 a.m. local time.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_time_grammar_finds_what_finditer_finds(text: str) -> None:
    found = _scanned(_SCANNERS, text)
    assert found == _finditer_all(_SCANNERS, text)
    assert len(found) > 5  # the texts are full of time expressions


def test_every_time_rule_has_an_opening() -> None:
    assert all(first is not None for first in _SCANNERS.openings)
