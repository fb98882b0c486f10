"""A source's page furniture: the opening lines a report shares word for word with many
earlier reports of its source, which the story's reading of the lead skips.

A scraped page often opens with what its site puts on every page before the news: a ticker
headline ("2 men charged in death of Chicago teen who performed in inauguration event."), an
edition prompt ("You've selected the U.S. Edition. Would you like to make this your default
edition? YES | NO"), a programme's blurb. A lead is written for its report; a sentence that
opens report after report of one source, each going on to a different sentence, belongs to
the page, not to any of them. Read as the lead, it makes the clusterer group the pages by
their template rather than by their matter, and names their stories by it ("2 men charged in
death of Chicago teen …" over the Egyptian revolution's live pages). So the clusterer reads a
report (its embedding, words, actors, days and name) from where its own text starts, in the
store (`corpus.file_stories`) and on the bench (`story_system.prepare_items`) alike.

A date line is never furniture: a line that gives a calendar day or a clock time and little
else ("Published: July 29, 2004", "Updated 1234 GMT (2034 HKT) February 1, 2011", "December
23, 2012") dates the page, and pages of one day or of one data set share it word for word;
skipped, an undated page would lose the day its lead gives it (`features.lead_day`).

`Furniture` reads reports one by one, online, in the order they are filed: for each it
gives where the report's own text starts (after the longest run of opening sentences that at
least `FURNITURE_REPORTS` earlier reports of the same source opened with, each going on
differently, or at the first date line in that run), then remembers how the report opened. Reports
that share an opening and go on alike are one report told again (a duplicate, a rolling
update of one story): their lede is theirs and is kept. Reports without a source name share
no furniture.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from storyline.extract.times.grammar import find_readings

FURNITURE_CHARS = 500  # furniture ends within this many characters of a text's start
# earlier reports of a source that must open with a line, each going on to a different
# sentence, for the line to be the source's furniture
FURNITURE_REPORTS = 2
FURNITURE_WORDS = 3  # a line of furniture is a headline or a prompt, not a word ("U.S.")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+|\n")
_SPACE = re.compile(r"\s+")
# a time expression's spec that fixes a day of a month ("abs:2004-07-29", "md:2:1:tense") or
# a clock time ("…|T12:34"): what a date line gives; a weekday or "this week" dates nothing
_DAY_OR_CLOCK = re.compile(r"\d{4}-\d\d-\d\d|\bmd:|\|T\d")
# words a date line holds besides its date and clock ("Page last updated at … UK",
# "Published:", "Updated … GMT"): more, and the line says something (a caption "May 1: Birds
# fly past oil booms …", a promo "Watch AC360 at 8 & 10 p.m. ET") and is no date line
DATE_LINE_WORDS = 5
_WORD = re.compile(r"[^\W\d_]+")


def _date_line_starts(text: str) -> list[int]:
    """Where each date line among the opening sentences of `text` starts: a sentence or line
    that gives a calendar day or a clock time and little else (`DATE_LINE_WORDS`)."""
    window = text[:FURNITURE_CHARS]
    dates = [
        reading
        for reading in find_readings(window)
        if reading.type == "TIME" or _DAY_OR_CLOCK.search(reading.spec)
    ]
    starts, start = [], 0
    for end in [m.end() for m in _SENTENCE_END.finditer(window)] + [len(window)]:
        inside = [r for r in dates if start <= r.start and r.end <= end]
        if inside:
            words = len(_WORD.findall(window[start:end]))
            dated = sum(len(_WORD.findall(window[r.start : r.end])) for r in inside)
            if words - dated <= DATE_LINE_WORDS:
                starts.append(start)
        start = end
    return starts


def _openings(text: str) -> list[tuple[int, str, str]]:
    """Each run of whole opening sentences of `text` that ends within `FURNITURE_CHARS`, as
    (where it ends, its words with white space collapsed, the sentence that follows it)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, FURNITURE_CHARS + 1)]
    ends = [end for end in ends if text[:end].strip()]
    openings = []
    for end, after in zip(ends, [*ends[1:], None], strict=False):
        rest = text[end:after] if after is not None else text[end : end + FURNITURE_CHARS]
        openings.append((end, _SPACE.sub(" ", text[:end]).strip(), _SPACE.sub(" ", rest).strip()))
    return openings


class Furniture:
    """The openings of the reports read so far, by source, and the sentences each went on
    with: enough to tell a source's furniture from a report's lede."""

    def __init__(self, reports: int = FURNITURE_REPORTS) -> None:
        self.reports = reports
        # by (source, hash of an opening): hashes of the sentences it went on with, no more
        # than `reports` of them (all that is asked); hashes keep a large corpus's state small
        self._went_on: dict[tuple[str, int], set[int]] = {}

    def lead_start(self, source: str | None, text: str) -> int:
        """Where the lead of the next report of `source` starts in its `text`: after its
        longest opening that `reports` earlier reports of the source opened with, each going
        on to a different sentence, or at the first date line in it (0 when none did, when
        nothing would be left, or when a date line opens the text); then the report's own
        openings are remembered."""
        if not source:
            return 0
        start = 0
        for end, opening, rest in _openings(text):
            went_on = self._went_on.setdefault((source, hash(opening)), set())
            if len(went_on) >= self.reports:
                if len(opening.split()) >= FURNITURE_WORDS and text[end:].strip():
                    start = end
            else:
                went_on.add(hash(rest))
        if start:  # the furniture ends where a date line starts (read only for such texts)
            start = min([start, *(at for at in _date_line_starts(text) if at < start)])
        return start if len(text[:start].split()) >= FURNITURE_WORDS else 0


def lead_starts(reports: Iterable[tuple[str | None, str]]) -> list[int]:
    """`Furniture.lead_start` of each (source, text), read in the order given."""
    furniture = Furniture()
    return [furniture.lead_start(source, text) for source, text in reports]
