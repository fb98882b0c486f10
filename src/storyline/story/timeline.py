"""A story's timeline: its dated sentences and its statements, by the date they speak of.

An item is a sentence of one of the story's reports that names a calendar day, week or month
(its first such date, the most precise kind first: "the Washington Post quoted Pence on
Monday" is the Monday), or that holds a statement (a direct or reported quote). Items are
ordered by the date they speak of, not the publication date; a statement that names no date
is placed at its report's date, after the items dated that day, in report and text order.
A statement is dated as its saying is: a date inside what is said (the quote's words, or the
clause reported: "Pence said the talks would be held on Friday") is a date of another clause,
not of the saying, and does not date it (`storyline.story.clause_dates` reads a parsed
sentence so; the store keeps no parse, and the said clause is the quote's span).

A report with no publication date has relative dates only ("Thursday", XXXX-WXX-4). Such a
sentence keeps its relative value, and is placed on the day of the story it falls on when
`storyline.link.times.link_times` finds exactly one ("Thursday" and another report's
"Thursday, Dec. 11, 2008"); nothing is invented for its report. Otherwise it is placed as an
undated statement is: at its report's date where the report has one (read from its text),
else after every dated item, in report and text order. No sentence that names a day, even a
relative one, is left out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from storyline.extract.times.calendar import anchor_of_value, granularity, parse_anchor
from storyline.link.times import link_time_rows, time_key

PRECISION = {"D": 0, "W": 1, "M": 2}  # the units a timeline item may be dated by
STATEMENT_KINDS = frozenset({"direct", "indirect"})


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """One sentence on a story's timeline. `date` is the TimeML value it speaks of (None for
    an undated statement); `kind` is "statement" or "dated" (on an actor's timeline,
    `storyline.story.actor_timeline`, also "mention")."""

    story_id: int
    date: str | None
    article_id: int
    start: int
    end: int
    text: str
    kind: str
    speaker: str | None = None
    speaker_entity_id: int | None = None
    placed_at: date | None = None  # the day it is ordered by (its report's for no `date`)
    inferred: bool = False  # placed by the story's day a relative `date` falls on

    def to_record(self) -> dict[str, Any]:
        return {
            "story_id": self.story_id,
            "date": self.date,
            "article_id": self.article_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
        }


def sentence_date(values: Sequence[str]) -> str | None:
    """The value a sentence is dated by: its first day, else week, else month; else its
    first relative value that names something ("Monday", XXXX-WXX-1, of an undated report;
    not "today", XXXX-XX-XX, of which nothing is known)."""
    dated = [v for v in values if PRECISION.get(granularity(v) or "") is not None]
    if not dated:
        return next((v for v in values if is_relative(v)), None)
    return min(enumerate(dated), key=lambda p: (PRECISION[granularity(p[1]) or ""], p[0]))[1]


def is_relative(value: str) -> bool:
    """A date with its year (or more) unknown but something of it known: XXXX-WXX-4."""
    key = time_key(value, "DATE")
    return key is not None and "X" in key


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a sentence goes on a timeline: `date`, the value it speaks of (None: none);
    `day`, the day it is ordered by (its report's date where it names none, None where that
    is unknown too); `placed`, whether `day` is a day it speaks of; `inferred`, whether that
    day is the story's day a relative `date` falls on."""

    date: str | None
    day: date | None
    placed: bool
    inferred: bool

    def key(self, report_rank: int, start: int) -> tuple[date, bool, int, int]:
        """The timeline's order: by day (none last), the items dated that day before those
        placed at their report's date, then by report (`report_rank`) and text order."""
        return (self.day or date.max, not self.placed, report_rank, start)


class Placer:
    """Places the sentences of one story's reports (`articles`: id, report_date) by their
    `times` (article_id, sentence_idx, type, value, start, end), what the `quotes`
    (article_id, sentence_idx, kind, start, end) say left out for a statement: the rules of
    the module docstring."""

    def __init__(
        self,
        story_id: int,
        articles: Sequence[dict[str, Any]],
        times: Sequence[dict[str, Any]],
        quotes: Sequence[dict[str, Any]] = (),
    ) -> None:
        self.times: dict[tuple[int, int], list[dict[str, Any]]] = {}
        for t in times:
            if t["type"] in ("DATE", "TIME"):
                self.times.setdefault((t["article_id"], t["sentence_idx"]), []).append(t)
        self.said = said_spans(quotes)
        self.story_days = _story_days(story_id, articles, times)
        self.report_date = {a["id"]: a["report_date"] for a in articles}

    def place(self, article_id: int, idx: int, statement: bool = False) -> Placement:
        """The placement of sentence `idx` of report `article_id`; for a `statement`, the
        dates inside what its quotes say are left out (module docstring)."""
        key = (article_id, idx)
        said = self.said.get(key, []) if statement else []
        when = sentence_date([t["value"] for t in self.times.get(key, []) if not _inside(t, said)])
        days = [(v, day) for t, v, day in self.story_days.get(key, []) if not _inside(t, said)]
        if (when is None or is_relative(when)) and days:
            when, day = days[0]
            return Placement(when, day, placed=True, inferred=True)
        if when is not None and not is_relative(when):
            return Placement(when, anchor_of_value(when[:10]), placed=True, inferred=False)
        # at its report's date, if any, after that day's dated items
        return Placement(when, self.report_date[article_id], placed=False, inferred=False)


def build_timeline(
    story_id: int,
    articles: Sequence[dict[str, Any]],
    sentences: Sequence[dict[str, Any]],
    times: Sequence[dict[str, Any]],
    quotes: Sequence[dict[str, Any]],
) -> list[TimelineItem]:
    """The timeline of one story from its reports (`articles`: id, text, report_date, in
    report order) and their `sentences` (article_id, idx, start, end), `times`
    (article_id, sentence_idx, type, value, start, end) and `quotes` (article_id,
    sentence_idx, kind, start, end, speaker_name, speaker_text, speaker_entity_id)."""
    placer = Placer(story_id, articles, times, quotes)
    speakers: dict[tuple[int, int], dict[str, Any]] = {}
    for q in quotes:
        if q["kind"] in STATEMENT_KINDS:
            speakers.setdefault((q["article_id"], q["sentence_idx"]), q)
    text_of = {a["id"]: a["text"] for a in articles}
    order = {a["id"]: n for n, a in enumerate(articles)}
    keyed = []
    for s in sentences:
        quote = speakers.get((s["article_id"], s["idx"]))
        place = placer.place(s["article_id"], s["idx"], statement=quote is not None)
        if place.date is None and quote is None:
            continue
        item = TimelineItem(
            story_id=story_id,
            date=place.date,
            article_id=s["article_id"],
            start=s["start"],
            end=s["end"],
            text=text_of[s["article_id"]][s["start"] : s["end"]],
            kind="statement" if quote else "dated",
            speaker=(quote["speaker_name"] or quote["speaker_text"]) if quote else None,
            speaker_entity_id=quote["speaker_entity_id"] if quote else None,
            placed_at=place.day,
            inferred=place.inferred,
        )
        keyed.append((place.key(order[s["article_id"]], s["start"]), item))
    return [item for _, item in sorted(keyed, key=lambda pair: pair[0])]


def said_spans(quotes: Sequence[dict[str, Any]]) -> dict[tuple[int, int], list[tuple[int, int]]]:
    """(article_id, sentence_idx) -> the spans of what the statements starting there say."""
    spans: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for q in quotes:
        if q["kind"] in STATEMENT_KINDS and q.get("start") is not None:
            key = (q["article_id"], q["sentence_idx"])
            spans.setdefault(key, []).append((q["start"], q["end"]))
    return spans


def _inside(time: dict[str, Any], spans: Sequence[tuple[int, int]]) -> bool:
    start = time.get("start")
    return start is not None and any(a <= start and time["end"] <= b for a, b in spans)


def _story_days(
    story_id: int, articles: Sequence[dict[str, Any]], times: Sequence[dict[str, Any]]
) -> dict[tuple[int, int], list[tuple[dict[str, Any], str, date]]]:
    """For sentences of undated reports: the relative values that fall on one day of the
    story, each with its time and that day, in text order, by (article_id, sentence_idx)."""
    undated = {a["id"] for a in articles if a["report_date"] is None}
    if not undated:
        return {}
    numbers = link_time_rows(times, lambda _: story_id, undated)
    day_of = {
        number: day
        for number, t in zip(numbers, times, strict=True)
        if number is not None and (day := parse_anchor(t["value"])) is not None
    }
    found: dict[tuple[int, int], list[tuple[dict[str, Any], str, date]]] = {}
    for number, t in zip(numbers, times, strict=True):
        if t["article_id"] in undated and "X" in t["value"] and number in day_of:
            key = (t["article_id"], t["sentence_idx"])
            found.setdefault(key, []).append((t, t["value"], day_of[number]))
    return found
