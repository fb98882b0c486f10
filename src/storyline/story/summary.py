"""A short timeline of a story or topic: its days that later reports look back on, each told
by a sentence or two.

From the items of a timeline (`storyline.story.timeline.build_timeline`), the days they speak
of are ranked by how many reports written after that day still have a sentence dated it (what
is remembered mattered), then by how many reports have one at all, then by how many sentences,
earliest first; the `k_dates` first are kept, in date order (date-wise timeline summarization).
Each kept day is told by sentences of the reports written that day or later where there are any
(a report's sentence about a day still to come is a forecast), its most central ones: those
whose words are closest (cosine) to what the day's reports share plus to what all the timeline's
reports share (on topic, not a passing mention), none repeating one already chosen (news reports
repeat each other). What reports share is the centroid of each report's own centroid of its
sentences (dated that day, or dated at all): one vote per report, so that one report telling the
day in many sentences (a retrospective, a live page, a page of readers' comments) does not
outvote the others.
Only items dated by a calendar day count: a week, a month, an undated statement or a relative
day of an undated report that no other report places are not summarized.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from spacy.lang.en.stop_words import STOP_WORDS

from storyline.extract.times.calendar import granularity
from storyline.story.timeline import TimelineItem, is_relative

REPEAT_COSINE = 0.5  # a second sentence this close to one already chosen repeats it
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class SummaryDay:
    """One day of a summary: its sentences, how many reports written later, and how many
    reports and sentences in all, spoke of it."""

    day: date
    items: list[TimelineItem]
    later_reports: int
    reports: int
    sentences: int


def item_day(item: TimelineItem) -> date | None:
    """The calendar day an item speaks of, or None (no date, a week or month, a relative
    day no report places)."""
    if item.date is None or item.placed_at is None:
        return None
    if item.inferred or (not is_relative(item.date) and granularity(item.date) == "D"):
        return item.placed_at
    return None


def words(text: str) -> Counter[str]:
    """A sentence's content words, counted (lower-cased, stop words left out)."""
    return Counter(w for w in _WORD.findall(text.lower()) if w not in STOP_WORDS)


def norm(vector: Counter[str]) -> float:
    return math.sqrt(sum(c * c for c in vector.values()))


def cosine(a: Counter[str], b: Counter[str], b_norm: float | None = None) -> float:
    """The cosine of two word vectors (`b_norm`: the length of `b`, if known)."""
    dot = sum(count * b[word] for word, count in a.items())
    lengths = norm(a) * (norm(b) if b_norm is None else b_norm)
    return dot / lengths if lengths else 0.0


def centroid(vectors: Sequence[Counter[str]]) -> Counter[str]:
    """The sum of the vectors, each of length one."""
    total: Counter[str] = Counter()
    for vector in vectors:
        length = norm(vector) or 1.0
        total.update({word: c / length for word, c in vector.items()})
    return total


def shared(items: Sequence[TimelineItem], vectors: Sequence[Counter[str]]) -> Counter[str]:
    """What the items' reports share: the centroid of each report's centroid (one vote per
    report, however many of the items it holds)."""
    by_report: dict[int, list[Counter[str]]] = defaultdict(list)
    for item, vector in zip(items, vectors, strict=True):
        by_report[item.article_id].append(vector)
    return centroid([centroid(own) for own in by_report.values()])


def central_items(
    items: Sequence[TimelineItem], count: int, topic: Counter[str] | None = None
) -> list[TimelineItem]:
    """The `count` items closest to what their reports share (plus closeness to the `topic`
    centroid), none repeating another."""
    vectors = [words(item.text) for item in items]
    day = shared(items, vectors)
    topic_norm = norm(topic) if topic else 0.0

    def closeness(i: int) -> float:
        return cosine(vectors[i], day) + (cosine(vectors[i], topic, topic_norm) if topic else 0.0)

    ranked = sorted(range(len(items)), key=lambda i: -closeness(i))
    chosen: list[int] = []
    for i in ranked:
        if len(chosen) == count:
            break
        if all(cosine(vectors[i], vectors[j]) <= REPEAT_COSINE for j in chosen):
            chosen.append(i)
    return [items[i] for i in chosen]


def told_after(
    items: Sequence[TimelineItem], day: date, report_dates: Mapping[int, date | None]
) -> Sequence[TimelineItem]:
    """The items of reports written on `day` or later (what happened, not what was expected:
    "South Carolina, which votes Feb. 27" in January); all of them when no such report is
    known."""
    after = [
        i
        for i in items
        if (written := report_dates.get(i.article_id)) is not None and written >= day
    ]
    return after or items


def summarize_timeline(
    items: Sequence[TimelineItem],
    k_dates: int,
    sentences_per_date: int = 1,
    report_dates: Mapping[int, date | None] | None = None,
) -> list[SummaryDay]:
    """The `k_dates` days of a timeline that most reports look back on, in date order, each
    with its `sentences_per_date` most central sentences (module docstring). `report_dates`
    (article id -> its report date) tells which reports came later; without it, days are
    ranked by all their reports."""
    by_day: dict[date, list[TimelineItem]] = defaultdict(list)
    for item in items:
        day = item_day(item)
        if day is not None:
            by_day[day].append(item)
    dates = report_dates or {}
    reports = {day: {i.article_id for i in found} for day, found in by_day.items()}
    later = {
        day: {a for a in ids if (written := dates.get(a)) is not None and written > day}
        for day, ids in reports.items()
    }
    ranked = sorted(by_day, key=lambda d: (-len(later[d]), -len(reports[d]), -len(by_day[d]), d))
    dated = [i for found in by_day.values() for i in found]
    topic = shared(dated, [words(i.text) for i in dated])
    return [
        SummaryDay(
            day,
            central_items(told_after(by_day[day], day, dates), sentences_per_date, topic),
            later_reports=len(later[day]),
            reports=len(reports[day]),
            sentences=len(by_day[day]),
        )
        for day in sorted(ranked[:k_dates])
    ]
