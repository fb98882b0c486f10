"""A short timeline of a story or topic: its most reported days, each told by a sentence or two.

From the items of a timeline (`storyline.story.timeline.build_timeline`), the days they speak
of are ranked by how many reports have a sentence dated that day (then by how many sentences,
then earliest first), and the `k_dates` first are kept, in date order (date-wise timeline
summarization). Each kept day is told by its most central sentences: the sentence whose words
are closest (cosine) to the centroid of the words of all the day's sentences, then the next
closest that does not repeat one already chosen (news reports repeat each other). Only items
dated by a calendar day count: a week, a month, an undated statement or a relative day of an
undated report that no other report places are not summarized.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from spacy.lang.en.stop_words import STOP_WORDS

from storyline.extract.times.calendar import granularity
from storyline.story.timeline import TimelineItem, is_relative

REPEAT_COSINE = 0.5  # a second sentence this close to one already chosen repeats it
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class SummaryDay:
    """One day of a summary: its sentences, and how many reports and sentences spoke of it."""

    day: date
    items: list[TimelineItem]
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


def cosine(a: Counter[str], b: Counter[str]) -> float:
    dot = sum(count * b[word] for word, count in a.items())
    norm = math.sqrt(sum(c * c for c in a.values())) * math.sqrt(sum(c * c for c in b.values()))
    return dot / norm if norm else 0.0


def central_items(items: Sequence[TimelineItem], count: int) -> list[TimelineItem]:
    """The `count` items closest to the centroid of all of them, none repeating another."""
    vectors = [words(item.text) for item in items]
    centroid: Counter[str] = Counter()
    for vector in vectors:
        norm = math.sqrt(sum(c * c for c in vector.values())) or 1.0
        centroid.update({word: c / norm for word, c in vector.items()})
    ranked = sorted(range(len(items)), key=lambda i: -cosine(vectors[i], centroid))
    chosen: list[int] = []
    for i in ranked:
        if len(chosen) == count:
            break
        if all(cosine(vectors[i], vectors[j]) <= REPEAT_COSINE for j in chosen):
            chosen.append(i)
    return [items[i] for i in chosen]


def summarize_timeline(
    items: Sequence[TimelineItem], k_dates: int, sentences_per_date: int = 1
) -> list[SummaryDay]:
    """The `k_dates` most reported days of a timeline, in date order, each with its
    `sentences_per_date` most central sentences (module docstring)."""
    by_day: dict[date, list[TimelineItem]] = defaultdict(list)
    for item in items:
        day = item_day(item)
        if day is not None:
            by_day[day].append(item)
    ranked = sorted(
        by_day,
        key=lambda d: (-len({i.article_id for i in by_day[d]}), -len(by_day[d]), d),
    )
    return [
        SummaryDay(
            day,
            central_items(by_day[day], sentences_per_date),
            reports=len({i.article_id for i in by_day[day]}),
            sentences=len(by_day[day]),
        )
        for day in sorted(ranked[:k_dates])
    ]
