"""`storyline bench developments`: what each report of a story adds, against ECB+ events.

Each ECB+ sub-topic (the `ecb`, then the `ecbplus` documents of a topic) is one story, its
reports in file-number order (ECB+ has no dates). All documents of the split are written as
JSONL (the rebuilt text, a sentence per line) and go through the real ingest path into a
store of their own; each sub-topic's stored reports, in that order, are then read as
`storyline story` reads a story (`load_material`, `StoryMaterial.reports`) and given to
`find_developments`. A gold sentence is flagged when a `new` development overlaps it (gold
and scoring: `developments_scorer`); a scored sentence outside the lead window
(`lead_sentences`) cannot be flagged and is counted apart (`outside_window`); the same
metrics over the sentences inside the window alone (`in_window`, every system) tell what the
window costs from what the novelty test does. Each system gets NEW's and OLD's precision,
recall and F1, their macro F1 (flagging everything gets no OLD F1) and the share flagged.

Gold sentences are found in the stored text by their words (ingest cleans the text). A
headline line that ingest keeps as the report's title is outside the window (a title is no
lead sentence); any other line not found counts as not flagged (`unaligned`). `store`
keeps the store (a second run over it skips the NLP of stored reports). A document stored
as a duplicate of another is no report of the story: it is left out of gold and system
alike (`duplicates`).

Split (by topic): development = odd topics (errors may be read), held out = even topics,
scored once with `--held-out`. Peers (`--peers`): every sentence new; TF-IDF novelty
(`developments_peers`).
"""

from __future__ import annotations

import json
import re
import tempfile
import time
from collections.abc import Sequence
from itertools import groupby
from pathlib import Path
from typing import Any

from rich.console import Console

from storyline.errors import StorylineError
from storyline.evaluation.developments_peers import (
    TFIDF_THRESHOLD,
    all_new,
    best_threshold,
    flag_below,
    tfidf_max_cosines,
)
from storyline.evaluation.developments_scorer import (
    Key,
    NewScore,
    gold_labels,
    overlapping,
    score_new,
)
from storyline.evaluation.ecbplus import EventDocument, ecbplus_topics, read_ecbplus_events
from storyline.evaluation.tables import metrics_table
from storyline.store.database import Database
from storyline.story.developments import find_developments, lead_sentences
from storyline.story.material import load_material

ROWS = (
    ("NEW precision", "new_precision"),
    ("NEW recall", "new_recall"),
    ("NEW F1", "new_f1"),
    ("OLD precision", "old_precision"),
    ("OLD recall", "old_recall"),
    ("OLD F1", "old_f1"),
    ("macro F1", "macro_f1"),
    ("flagged", "flagged"),
)
BREAKS = ("new_f1", "old_f1", "macro_f1")


class DevelopmentsBenchError(StorylineError):
    """The developments bench cannot run on what it was given."""


def stories(docs: Sequence[EventDocument]) -> list[list[EventDocument]]:
    """The documents grouped by sub-topic, each in file-number order."""
    ordered = sorted(docs, key=lambda d: (d.topic, d.subtopic != "ecb", d.number))
    return [list(g) for _, g in groupby(ordered, key=lambda d: (d.topic, d.subtopic))]


def locate_lines(lines: Sequence[str], text: str) -> list[tuple[int, int] | None]:
    """Each line's span in `text`, searched in order by its words (any spacing between)."""
    spans: list[tuple[int, int] | None] = []
    cursor = 0
    for line in lines:
        words = line.split()
        if not words:
            spans.append(None)
            continue
        pattern = re.compile(r"\s+".join(map(re.escape, words)))
        match = pattern.search(text, cursor) or pattern.search(text)
        spans.append((match.start(), match.end()) if match else None)
        if match:
            cursor = match.end()
    return spans


def _ingest(docs: Sequence[EventDocument], db_path: Path, processes: int) -> None:
    from storyline.ingest.run import IngestOptions, ingest
    from storyline.nlp.pipeline import load_nlp

    jsonl = db_path.with_suffix(".jsonl")
    with open(jsonl, "w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps({"text": doc.text, "source": f"ecbplus-{doc.topic}"}) + "\n")
    with Database(db_path) as db:
        ingest([str(jsonl)], db, load_nlp(), IngestOptions(processes=processes))


def _system(
    docs: Sequence[EventDocument], processes: int, console: Console, store: Path | None
) -> tuple[set[Key], set[Key], set[str], int]:
    """Run ingest and `find_developments` per sub-topic: the (doc, line) keys flagged new,
    those inside the lead window, the doc ids stored as duplicates, and the lines not found."""
    from storyline.link.stories.embed import Embedder

    flagged: set[Key] = set()
    in_window: set[Key] = set()
    duplicates: set[str] = set()
    unaligned = 0
    embedder = Embedder()
    with tempfile.TemporaryDirectory(prefix="storyline-developments-") as scratch:
        db_path = store or Path(scratch) / "ecbplus.duckdb"
        console.print(f"ingesting {len(docs):,} documents…")
        _ingest(docs, db_path, processes)
        jsonl = str(db_path.with_suffix(".jsonl").resolve())
        with Database(db_path, read_only=True) as db:
            # this run's lines only: a store kept from another run may hold other files
            by_line = {a["line"]: a["id"] for a in db.articles() if a["path"] == jsonl}
            article_of = {doc.doc_id: db.article(by_line[n]) for n, doc in enumerate(docs, 1)}
            foreign = [
                doc_id
                for doc_id, article in article_of.items()
                if article["duplicate_of"] is not None
                and article["duplicate_of"] not in by_line.values()
            ]
            if foreign:
                raise DevelopmentsBenchError(
                    f"{db_path}: {len(foreign)} reports (first {foreign[0]}) are stored as"
                    " duplicates of reports another file put there; give a new --store"
                )
            for story_id, story in enumerate(stories(docs)):
                kept = [d for d in story if article_of[d.doc_id]["duplicate_of"] is None]
                duplicates |= {d.doc_id for d in story} - {d.doc_id for d in kept}
                articles = [article_of[d.doc_id] for d in kept]
                reports = load_material(db, story_id, articles).reports()
                found = find_developments(story_id, reports, embedder.embed, 1)
                for doc, article, report in zip(kept, articles, reports, strict=True):
                    new = [
                        (d.start, d.end)
                        for d in found
                        if d.article_id == article["id"] and d.kind == "new"
                    ]
                    lead = [(p.start, p.end) for p in lead_sentences(report.sentences)]
                    texts = [doc.text[s:e] for s, e in doc.sentences]
                    for line, span in enumerate(locate_lines(texts, article["text"])):
                        if span is None:  # the title is no lead sentence: outside the window
                            title = " ".join((article["title"] or "").split())
                            unaligned += line in doc.events and title != " ".join(
                                texts[line].split()
                            )
                            continue
                        if overlapping(new, *span):
                            flagged.add((doc.doc_id, line))
                        if overlapping(lead, *span):
                            in_window.add((doc.doc_id, line))
    return flagged, in_window, duplicates, unaligned


def _metrics(score: NewScore) -> dict[str, Any]:
    return {
        "new_precision": round(score.precision, 4),
        "new_recall": round(score.recall, 4),
        "new_f1": round(score.f1, 4),
        "old_precision": round(score.old_precision, 4),
        "old_recall": round(score.old_recall, 4),
        "old_f1": round(score.old_f1, 4),
        "macro_f1": round(score.macro_f1, 4),
        "flagged": round(score.flagged, 4),
        "sentences": score.sentences,
    }


def split_topics(data: Path, held_out: bool, topics: Sequence[int] | None) -> list[int]:
    """The topics of the split (odd: development; even: held out), or those asked for."""
    available = ecbplus_topics(data)
    if topics is not None:
        return list(topics)
    wanted = [t for t in available if t % 2 == (0 if held_out else 1)]
    if not wanted:
        raise DevelopmentsBenchError(f"{data}: no topic of the split")
    return wanted


def run_bench_developments(
    data: Path,
    *,
    topics: Sequence[int] | None = None,
    held_out: bool = False,
    peers: bool = False,
    processes: int = 1,
    store: Path | None = None,
    console: Console | None = None,
) -> dict[str, Any]:
    """Score `new` developments on one split (module docstring); return the metrics."""
    console = console or Console()
    chosen = split_topics(data, held_out, topics)
    docs = read_ecbplus_events(data, chosen)
    started = time.perf_counter()
    flagged, in_window, duplicates, unaligned = _system(docs, processes, console, store)
    seconds = time.perf_counter() - started
    gold: dict[Key, bool] = {}
    kept_stories = []
    for story in stories(docs):
        kept = [d for d in story if d.doc_id not in duplicates]
        kept_stories.append(kept)
        gold |= gold_labels(kept)
    ours = score_new(gold, flagged)
    systems = {"storyline": _metrics(ours)}
    result: dict[str, Any] = {
        "split": "held_out" if held_out else ("topics" if topics else "development"),
        "topics": chosen,
        **_metrics(ours),
        "outside_window": sum(1 for key in gold if key not in in_window),
        "unaligned": unaligned,
        "duplicates": len(duplicates),
        "stories": len(kept_stories),
        "reports": sum(len(s) for s in kept_stories),
        "seconds": round(seconds, 1),
        "docs_per_s": round(len(docs) / seconds, 2) if seconds else None,
    }
    if peers:
        cosines: dict[Key, float] = {}
        for story in kept_stories:
            keys = {k for k in gold if k[0] in {d.doc_id for d in story}}
            cosines |= tfidf_max_cosines(story, keys)
        threshold = TFIDF_THRESHOLD if held_out else best_threshold(gold, cosines)
        systems["all-new"] = _metrics(all_new(gold))
        systems["tf-idf"] = _metrics(score_new(gold, flag_below(cosines, threshold)))
        result["peers"] = {
            **{name: systems[name] for name in ("all-new", "tf-idf")},
            "tfidf_threshold": threshold,
        }
    console.print(
        metrics_table(
            f"New developments, ECB+ {result['split']} ({ours.sentences} sentences)",
            systems,
            ROWS,
            BREAKS,
        )
    )
    inside = {key: new for key, new in gold.items() if key in in_window}
    within = {"storyline": _metrics(score_new(inside, flagged))}
    if peers:
        within["all-new"] = _metrics(all_new(inside))
        within["tf-idf"] = _metrics(score_new(inside, flag_below(cosines, threshold)))
    result["in_window"] = within
    console.print(
        metrics_table(
            f"Inside the lead window ({len(inside)} sentences)",
            within,
            ROWS,
            BREAKS,
        )
    )
    return result
