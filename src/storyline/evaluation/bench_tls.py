"""`storyline bench tls`: a topic's timeline summarized, against journalists' (Timeline17).

Each Timeline17 folder (one topic from one source) holds its news reports and one or more
reference timelines written by journalists (`*.timeline.json`: days and their sentences). The
reports go through the real ingest path into a store of their own (`tls_system`), the topic's
timeline is built from the store (`build_timeline`), and `storyline.story.summary` keeps as many
days as the reference has (the reference's length is given, as in the TLS literature) with
`sentences_per_date` sentences each (2 by default: better than 1 on every ROUGE measure of the
development half). `tls_scorer` scores it: date-selection F1 and ROUGE-1/2 F
(concat, agreement, alignment), averaged over the reference timelines (macro, as published).

The peer is the publication-date baseline, on the same scorer: the days on which most reports
were published (earliest first among equals), each told by the first sentence of its first
report (of its first two reports, when storyline tells two sentences a day).

Split (by folder): development, whose errors may be read, and held out, scored only with
`--held-out` (once, at the end). Finan_washingtonpost has no reports in the copy and is skipped;
the SyrianCrisis and LibyaWar folders are kept apart by the data's owner and are in neither.
"""

from __future__ import annotations

import json
import re
import tempfile
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from rich.console import Console

from storyline.errors import StorylineError
from storyline.evaluation.tables import metrics_table
from storyline.evaluation.timeline17 import ARTICLES_FILE, T17Record, detokenize, load_records
from storyline.evaluation.tls_scorer import Score, Timeline, score_timeline
from storyline.evaluation.tls_system import ingest_folder, topic_timeline
from storyline.story.summary import summarize_timeline

DEV = ("H1N1_bbc", "H1N1_guardian", "H1N1_reuters", "MJ_bbc", "haiti_bbc")
HELD_OUT = (
    "bpoil_bbc", "bpoil_foxnews", "bpoil_guardian", "bpoil_reuters", "bpoil_washingtonpost",
    "EgyptianProtest_cnn", "IraqWar_guardian",
)  # fmt: skip
TIMELINE_SUFFIX = ".timeline.json"
PEER = "publication-date"
METRICS = (
    ("date F1", "date_f1"),
    ("ROUGE-1 concat", "rouge1_concat"),
    ("ROUGE-2 concat", "rouge2_concat"),
    ("ROUGE-1 agreement", "rouge1_agreement"),
    ("ROUGE-2 agreement", "rouge2_agreement"),
    ("ROUGE-1 alignment", "rouge1_alignment"),
    ("ROUGE-2 alignment", "rouge2_alignment"),
)
_SENTENCE_END = re.compile(r"[.!?][\"']?(?=\s+[\"'A-Z])")


class TlsBenchError(StorylineError):
    """The data folder holds none of the split's Timeline17 folders."""


@dataclass(frozen=True, slots=True)
class Reference:
    """One journalist's timeline of a folder."""

    folder: str
    name: str
    timeline: dict[date, list[str]]


def read_reference(path: Path, folder: str) -> Reference:
    """A `*.timeline.json` file: its days and their (detokenized) sentences."""
    timeline: dict[date, list[str]] = {}
    for entry in json.loads(path.read_text(encoding="utf-8")):
        day = date.fromisoformat(entry["date"][:10])
        timeline.setdefault(day, []).append(detokenize(entry["text"]))
    return Reference(folder, path.name.removesuffix(TIMELINE_SUFFIX), timeline)


def references(folder: Path) -> list[Reference]:
    return [read_reference(p, folder.name) for p in sorted(folder.glob(f"*{TIMELINE_SUFFIX}"))]


def first_sentence(text: str) -> str:
    """The text up to its first sentence end (the peer's naive splitter)."""
    text = text.strip()
    end = _SENTENCE_END.search(text)
    return text[: end.end()] if end else text


def publication_date_peer(
    records: Sequence[T17Record], k_dates: int, sentences_per_date: int = 1
) -> dict[date, list[str]]:
    """The `k_dates` days with most reports published, each with the first sentence of its
    first `sentences_per_date` reports (records in (published, uid) order)."""
    days = Counter(r.published for r in records)
    chosen = sorted(days, key=lambda d: (-days[d], d))[:k_dates]
    firsts: dict[str, list[str]] = {}
    for record in records:
        day = firsts.setdefault(record.published, [])
        if len(day) < sentences_per_date:
            day.append(first_sentence(record.text))
    return {date.fromisoformat(d): firsts[d] for d in sorted(chosen)}


def mean_scores(runs: Sequence[Mapping[str, Score]]) -> dict[str, float]:
    """Macro-averaged F1 of each measure."""
    return {key: sum(run[key].f1 for run in runs) / len(runs) for _, key in METRICS}


def _as_records(timeline: Timeline) -> list[dict[str, Any]]:
    return [{"date": d.isoformat(), "text": s} for d in sorted(timeline) for s in timeline[d]]


def run_bench_tls(
    data: Path,
    *,
    held_out: bool = False,
    sentences_per_date: int = 2,
    processes: int = 1,
    stores: Path | None = None,
    out: Path | None = None,
    console: Console | None = None,
) -> dict[str, Any]:
    """Score one split (development, or held out) and return the metrics (module docstring)."""
    from storyline.nlp.pipeline import load_nlp

    console = console or Console()
    split = "held_out" if held_out else "development"
    folders = [data / name for name in (HELD_OUT if held_out else DEV)]
    present = [f for f in folders if (f / ARTICLES_FILE).is_file()]
    if not present:
        raise TlsBenchError(
            f"none of the {split} folders ({', '.join(f.name for f in folders)})"
            f" holds {ARTICLES_FILE} under {data}"
        )
    started = time.perf_counter()
    ours: list[dict[str, Score]] = []
    peer: list[dict[str, Score]] = []
    per_folder: dict[str, Any] = {}
    written: dict[str, Any] = {}
    nlp = load_nlp()
    with tempfile.TemporaryDirectory(prefix="storyline-tls-") as scratch:
        store_dir = stores or Path(scratch)
        store_dir.mkdir(parents=True, exist_ok=True)
        for folder in present:
            records = load_records(folder)
            console.print(f"{folder.name}: ingesting {len(records):,} reports…")
            db_path = store_dir / f"{folder.name}.duckdb"
            ingest_folder(records, db_path, nlp, processes)
            items, report_dates = topic_timeline(db_path)
            for ref in references(folder):
                k = len(ref.timeline)
                summary = summarize_timeline(items, k, sentences_per_date, report_dates)
                predicted = {d.day: [i.text for i in d.items] for d in summary}
                scores = score_timeline(predicted, ref.timeline)
                baseline = score_timeline(
                    publication_date_peer(records, k, sentences_per_date), ref.timeline
                )
                ours.append(scores)
                peer.append(baseline)
                per_folder[f"{folder.name}/{ref.name}"] = {
                    "reports": len(report_dates),
                    "timeline_items": len(items),
                    "dates": k,
                    **{key: round(s.f1, 4) for key, s in scores.items()},
                }
                written[f"{folder.name}/{ref.name}"] = _as_records(predicted)
    seconds = time.perf_counter() - started
    if out is not None:
        out.write_text(json.dumps(written, indent=1, ensure_ascii=False), encoding="utf-8")
    systems = {"storyline": mean_scores(ours), PEER: mean_scores(peer)}
    console.print(
        metrics_table(
            f"Timeline summaries, Timeline17 {split} (F1, macro over {len(ours)} timelines)",
            systems,
            METRICS,
            breaks=("date_f1",),
        )
    )
    skipped = [f.name for f in folders if f not in present]
    return {
        "split": split,
        "timelines": len(ours),
        "sentences_per_date": sentences_per_date,
        **{key: round(v, 4) for key, v in systems["storyline"].items()},
        "per_timeline": per_folder,
        "peers": {PEER: {key: round(v, 4) for key, v in systems[PEER].items()}},
        "skipped": skipped,
        "seconds": round(seconds, 1),
    }
