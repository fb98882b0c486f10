"""`storyline bench timeline`: entity timelines on SemEval-2015 Task 4 trial data.

The 30 Apple Wikinews reports of the trial data go through storyline's pipeline with their
creation times as publication dates; for each of the six gold timelines,
`storyline.story.entity_timeline.entity_timeline` places the given event mentions (Track B:
the event markables only, never the gold's entity mentions, links or timelines) that concern
the target entity. `timeline_scorer` scores it against the gold (temporal awareness,
micro-averaged). Track A (the library finds the events: verbs with the entity in their
clause) is scored too, its events named by the gold token they start at. The peer (Track B),
in the task organisers' baseline style, takes the events of the sentences that name the
entity (the longest, last run of the entity's words found in the reports), dates each by its
report's creation time and orders them by that date, then report and text order.

Split: beatles_apple_corps, ipod and iphone_4 are for development (their errors may be
read); steve_jobs, iphone_3g and itunes_store are held out and scored only with
`--held-out`. The 30 reports are also the bundled demo's texts, which earlier sessions read
when writing actor rules: the actors are not independent of them (the timeline code is).
Published results are on the evaluation corpora, not this trial data: best Track A F1 7.85,
best Track B F1 25.36 (Minard et al. 2015; GPLSIUA): quoted, never comparable.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from spacy.tokens import Doc

from storyline.evaluation.semeval_timeline import (
    GoldTimeline,
    TimelineDocument,
    read_trial,
)
from storyline.evaluation.tables import metrics_table, percent
from storyline.evaluation.timeline_scorer import NO_DATE, Counts, Entry, count
from storyline.story.entity_timeline import EventSpan, entity_timeline

DEV = ("beatles_apple_corps", "ipod", "iphone_4")
HELD_OUT = ("steve_jobs", "iphone_3g", "itunes_store")
TRACK_A = "storyline track A"
PUBLISHED = {"track A (eval corpora)": 0.0785, "track B (eval corpora)": 0.2536}
System = Callable[[GoldTimeline], list[Entry]]


def parse(documents: Sequence[TimelineDocument], processes: int) -> list[Doc]:
    """The reports through storyline's pipeline, each with its creation time as its date."""
    from storyline.nlp.pipeline import load_nlp

    nlp = load_nlp()
    docs = list(nlp.pipe((d.text for d in documents), n_process=processes, batch_size=16))
    for doc, document in zip(docs, documents, strict=True):
        doc._.dct = document.dct
    return docs


def event_spans(documents: Sequence[TimelineDocument]) -> dict[EventSpan, str]:
    """Every event markable as an `EventSpan`, with its gold mention id."""
    return {
        EventSpan(position, event.start, event.end): event.mention
        for position, document in enumerate(documents)
        for event in document.events
    }


def storyline_system(docs: Sequence[Doc], events: dict[EventSpan, str]) -> System:
    """Track B: the library's timeline of the given event markables."""

    def run(timeline: GoldTimeline) -> list[Entry]:
        placed = entity_timeline(docs, timeline.entity, list(events))
        return [
            Entry(e.ordinal, e.date or NO_DATE, (events[EventSpan(e.doc, e.start, e.end)],))
            for e in placed
        ]

    return run


def storyline_track_a(docs: Sequence[Doc], documents: Sequence[TimelineDocument]) -> System:
    """Track A: the library's timeline of the events it finds (verbs), each named by the
    gold's token that starts where it starts."""
    names = [{token.start: token.mention for token in d.tokens} for d in documents]

    def run(timeline: GoldTimeline) -> list[Entry]:
        placed = entity_timeline(docs, timeline.entity)
        return [
            Entry(e.ordinal, e.date or NO_DATE, (names[e.doc][e.start],))
            for e in placed
            if e.start in names[e.doc]
        ]

    return run


def _name_pattern(documents: Sequence[TimelineDocument], entity: str) -> re.Pattern[str] | None:
    """The longest (last on a tie) run of the entity's words some report contains."""
    words = re.findall(r"\w+", entity)
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size, -1, -1):
            run = r"\s+".join(re.escape(w) for w in words[start : start + size])
            pattern = re.compile(rf"\b{run}\b", re.IGNORECASE)
            if any(pattern.search(d.text) for d in documents):
                return pattern
    return None


def dct_baseline(documents: Sequence[TimelineDocument]) -> System:
    """The organisers' baseline style: events of sentences naming the entity, each dated by
    its report's creation time, ordered by that date, then report and text order."""

    def run(timeline: GoldTimeline) -> list[Entry]:
        pattern = _name_pattern(documents, timeline.entity)
        if pattern is None:
            return []
        chosen = []
        for position, document in enumerate(documents):
            for event in document.events:
                line_start = document.text.rfind("\n", 0, event.start) + 1
                line_end = document.text.find("\n", event.start)
                line = document.text[line_start : line_end if line_end >= 0 else None]
                if pattern.search(line):
                    chosen.append((document.dct or "", position, event.start, event))
        chosen.sort(key=lambda item: item[:3])
        return [
            Entry(n, dct or NO_DATE, (event.mention,))
            for n, (dct, _, _, event) in enumerate(chosen, start=1)
        ]

    return run


def score(system: System, timelines: Sequence[GoldTimeline]) -> dict[str, Any]:
    """Micro-averaged scores over `timelines`, and each timeline's F1."""
    total, each = Counts(), {}
    for timeline in timelines:
        gold = list(timeline.events)
        counts = count(gold, system(timeline))
        each[timeline.name] = counts.scores()["f1"]
        total = total + counts
    return {**total.scores(), "timelines": each}


def scores_table(title: str, systems: dict[str, dict[str, Any]], names: Sequence[str]) -> Table:
    """The systems' micro-averaged precision, recall and F1, then each timeline's F1."""
    rows = [(key, key) for key in ("precision", "recall", "f1")]
    table = metrics_table(title, systems, rows, breaks={"f1"})
    for name in names:
        table.add_row(f"F1 {name}", *(percent(s["timelines"][name]) for s in systems.values()))
    return table


def run_bench_timeline(
    data: Path, *, held_out: bool = False, processes: int = 1, console: Console | None = None
) -> dict[str, Any]:
    """Run the benchmark; print tables; return the metrics (module docstring)."""
    console = console or Console(stderr=True)
    documents, timelines = read_trial(data)
    by_name = {t.name: t for t in timelines}
    splits = {"dev": [by_name[n] for n in DEV if n in by_name]}
    if held_out:
        splits["held-out"] = [by_name[n] for n in HELD_OUT if n in by_name]
    started = time.perf_counter()
    docs = parse(documents, processes)
    events = event_spans(documents)
    systems = {
        "storyline": storyline_system(docs, events),
        "DCT baseline": dct_baseline(documents),
        TRACK_A: storyline_track_a(docs, documents),
    }
    results = {name: {split: score(system, ts) for split, ts in splits.items()}
               for name, system in systems.items()}  # fmt: skip
    seconds = time.perf_counter() - started
    console.print(
        f"SemEval-2015 Task 4 trial: {len(documents)} reports, "
        f"{sum(len(d.events) for d in documents)} event mentions (Track B), {data}"
    )
    for split, ts in splits.items():
        table = scores_table(
            f"Entity timelines, {split} ({len(ts)} timelines; temporal awareness; Track B "
            "but the last column)",
            {name: results[name][split] for name in systems},
            [t.name for t in ts],
        )
        console.print(table)
    console.print(
        "Published (evaluation corpora, not this trial data): best Track A F1 "
        f"{percent(PUBLISHED['track A (eval corpora)'])}, best Track B F1 "
        f"{percent(PUBLISHED['track B (eval corpora)'])}"
    )
    split = "held-out" if held_out else "dev"
    main = results["storyline"][split]
    result: dict[str, Any] = {
        "timeline_f1": round(main["f1"], 4),
        "precision": round(main["precision"], 4),
        "recall": round(main["recall"], 4),
        "split": split,
    }
    for key, name in (("track_b", "storyline"), ("baseline", "DCT baseline"), ("track_a", TRACK_A)):
        for part in splits:
            result[f"{key}_{part.replace('-', '_')}_f1"] = round(results[name][part]["f1"], 4)
    result["docs_per_s"] = round(len(documents) / seconds, 2) if seconds else 0.0
    return result
