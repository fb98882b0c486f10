"""Run many word-start patterns over one text, trying each only where a match can begin.

Python's `re` has nothing to search for ahead of a pattern that opens with a lookbehind or a
case-insensitive letter, so `finditer` tries such a pattern at every position of the text; the
time grammar's forty-odd rules all open so. Every rule opens with the same word-start
lookbehind (`WORD_START`), so a text's word starts are found once and grouped by the
characters found there, and each rule is tried only at those its matches can begin with
(`opening`, read from the parsed pattern). `Scanners.matches` yields exactly what the
patterns' own `finditer` yield.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as sre  # the parsed form that `re._parser` builds
from re import _parser as sre_parse
from typing import Any

WORD_START = r"(?<![\w$])"  # a word starts here: no word character or "$" before it
OPENING = 2  # how many characters of a match's opening are read and compared
_ANY_AT_WORD_START = re.compile(WORD_START + ".", re.DOTALL)
_FLAGS_KEPT = re.IGNORECASE | re.ASCII | re.UNICODE
_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
}  # fmt: skip
_ZERO_WIDTH = {sre.ASSERT, sre.ASSERT_NOT, sre.AT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}


class _Unknown(Exception):
    """The pattern holds something `_openings` does not read (then every start is tried)."""


# An opening: the character classes (regex class bodies) of a match's first characters, at
# most `k` of them, and whether the match may end right after them (it is then shorter than k).
_Opening = tuple[tuple[str, ...], bool]


def _concat(first: set[_Opening], then: set[_Opening], k: int) -> set[_Opening]:
    out: set[_Opening] = set()
    for head, ends in first:
        if not ends or len(head) >= k:
            out.add((head[:k], False))
            continue
        for tail, tail_ends in then:
            joined = head + tail
            out.add((joined[:k], tail_ends and len(joined) <= k))
    return out


def _openings(items: Any, k: int) -> set[_Opening]:
    result: set[_Opening] = {((), True)}
    for op, av in items:
        if all(not ends or len(head) >= k for head, ends in result):
            # every opening is read: what follows ("9am (?-i:ET)") cannot change it
            return {(head[:k], False) for head, _ in result}
        result = _concat(result, _item_openings(op, av, k), k)
    return result


def _item_openings(op: Any, av: Any, k: int) -> set[_Opening]:
    if op is sre.LITERAL:
        return {((re.escape(chr(av)),), True)}
    if op is sre.IN:
        return {((_class(av),), True)}
    if op in _ZERO_WIDTH:
        return {((), True)}
    if op is sre.BRANCH:
        return set().union(*(_openings(branch, k) for branch in av[1]))
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, pattern = av
        if add_flags or del_flags:  # a flag changed inside: not read
            raise _Unknown
        return _openings(pattern, k)
    if op is sre.ATOMIC_GROUP:
        return _openings(av, k)
    if op in _REPEATS:
        minimum, maximum, pattern = av
        once = _openings(pattern, k)
        current: set[_Opening] = {((), True)}
        out: set[_Opening] = set()
        # each repetition adds a character or none: past max(minimum, k) nothing is new
        for count in range(min(maximum, max(minimum, k)) + 1):
            if count >= minimum:
                out |= current
            current = _concat(current, once, k)
        if maximum > max(minimum, k):
            out |= current
        return out
    raise _Unknown  # any character, a back reference, a negated literal …


def _class(items: Any) -> str:
    parts: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:  # a negated class or an unusual category
            raise _Unknown
    return "".join(parts)


def opening(pattern: re.Pattern[str], k: int = OPENING) -> re.Pattern[str] | None:
    """A pattern that matches the first `k` characters at every place a match of `pattern`
    can begin (fewer where a match can be shorter), under the same case flags; None when
    `pattern` can match the empty string or holds what this does not read."""
    try:
        openings = _openings(sre_parse.parse(pattern.pattern, pattern.flags), k)
    except _Unknown:
        return None
    if any(not head for head, _ends in openings):
        return None  # an empty match
    alternatives = sorted({"".join(f"[{part}]" for part in head) for head, _ in openings})
    return re.compile("|".join(alternatives), pattern.flags & _FLAGS_KEPT)


class Scanners:
    """Patterns that open with `WORD_START`, run over a text together."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self.patterns = patterns
        self.openings = [
            opening(pattern) if pattern.pattern.startswith(WORD_START) else None
            for pattern in patterns
        ]
        self._opening_at: dict[str, list[int]] = {}  # characters -> the patterns they open

    def _opened_by(self, characters: str) -> list[int]:
        known = self._opening_at.get(characters)
        if known is None:
            known = self._opening_at[characters] = [
                i
                for i, first in enumerate(self.openings)
                if first is not None and first.match(characters) is not None
            ]
        return known

    def matches(self, text: str) -> Iterator[tuple[int, re.Match[str]]]:
        """(i, match) for what ``patterns[i].finditer(text)`` yields, i by i, in order."""
        by_opening: dict[str, list[int]] = {}
        for match in _ANY_AT_WORD_START.finditer(text):
            start = match.start()
            by_opening.setdefault(text[start : start + OPENING], []).append(start)
        starts: list[list[int]] = [[] for _ in self.patterns]
        for characters, positions in by_opening.items():
            for i in self._opened_by(characters):
                starts[i].extend(positions)
        for i, pattern in enumerate(self.patterns):
            if self.openings[i] is None:
                for found in pattern.finditer(text):
                    yield i, found
                continue
            match_at = pattern.match
            end = 0
            for position in sorted(starts[i]):
                if position < end:
                    continue  # inside the last match: `finditer` goes on from its end
                found = match_at(text, position)
                if found is not None:
                    yield i, found
                    end = found.end()  # never empty: `opening` rules out empty matches
