"""A source's page furniture: the opening lines a report shares word for word with many
earlier reports of its source, which an untitled report is not named by.

A scraped page often opens with what its site puts on every page before the news: a ticker
headline ("2 men charged in death of Chicago teen who performed in inauguration event."), an
edition prompt ("You've selected the U.S. Edition. Would you like to make this your default
edition? YES | NO"), a programme's blurb. A lead is written for its report; a sentence that
opens report after report of one source, each going on to a different sentence, belongs to
the page, not to any of them, and a story named by it ("2 men charged in death of Chicago
teen …" over the Egyptian revolution's live pages) tells the reader nothing.

Only the name is read after the furniture (`corpus.file_stories`). The clusterer still embeds
and reads the whole lead: read without the furniture, the pages of other matters that a
source's template had joined to its main topic stand alone, right by their matter, but the
Timeline17 bench files such pages (a CNN page on a Canadian lottery, on US snowstorms) under
the topic of the folder they were collected in, and scored the change 0.34 lower
(`docs/benchmarks.md`, twenty-ninth session).

`Furniture` reads reports one by one, online, in the order they are filed: for each it
gives where the report's own text starts (after the longest run of opening sentences that at least
`FURNITURE_REPORTS` earlier reports of the same source opened with, each going on
differently), then remembers how the report opened. Reports that share an opening and go on
alike are one report told again (a duplicate, a rolling update of one story): their lede is
theirs and is kept. Reports without a source name share no furniture.
"""

from __future__ import annotations

import re

FURNITURE_CHARS = 500  # furniture ends within this many characters of a text's start
# earlier reports of a source that must open with a line, each going on to a different
# sentence, for the line to be the source's furniture
FURNITURE_REPORTS = 2
FURNITURE_WORDS = 3  # a line of furniture is a headline or a prompt, not a word ("U.S.")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+|\n")
_SPACE = re.compile(r"\s+")


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
        on to a different sentence (0 when none did, or when nothing would be left); then
        the report's own openings are remembered."""
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
        return start
