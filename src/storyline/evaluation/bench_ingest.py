"""`storyline bench ingest`: throughput of the whole ingest path against bare spaCy, and memory.

For each corpus size N, the first N Timeline17 articles (in date order) are written as JSONL and
ingested into a fresh DuckDB file by the real ingest path, in a subprocess of its own
(`storyline.evaluation.ingest_worker`), while this process samples the resident memory of that
subprocess and all its children (spaCy's worker processes) and keeps the peak of the sum (of RSS,
and of PSS, which counts the pages the processes share once).
For the smallest size, bare spaCy (the plain model, no storyline components) is timed over
exactly the texts that run stored; the ratio of the two throughputs is the cost of everything
storyline adds (reading, cleaning, duplicate detection, its pipeline component, the store).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil
from rich.console import Console
from rich.table import Table

from storyline.errors import StorylineError
from storyline.evaluation.ingest_worker import BATCH_SIZE
from storyline.evaluation.timeline17 import load_records, write_jsonl
from storyline.nlp.pipeline import MODEL

WORKER = "storyline.evaluation.ingest_worker"
SAMPLE_SECONDS = 0.05
PSS_SECONDS = 1.0
MB = 1024 * 1024


class BenchError(StorylineError):
    """A benchmark subprocess failed."""


@dataclass(frozen=True, slots=True)
class Measured:
    """What a worker printed, and the peak resident memory of its process tree."""

    result: dict[str, Any]
    peak_rss: int
    peak_main_rss: int  # the worker process alone, without its children
    peak_pss: int  # proportional set size of the tree (shared pages counted once), sampled 1/s
    wall_seconds: float


def _memory(process: psutil.Process, with_pss: bool) -> tuple[int, int]:
    """(RSS, PSS) of one process in bytes, PSS 0 unless asked; (0, 0) when it ended meanwhile.

    PSS counts pages shared with other processes (the model pages forked children share with
    their parent) in proportion, so PSS sums to what the tree really holds; RSS sums overcount.
    PSS costs a walk of the page tables (~10 ms per GB), RSS nothing.
    """
    try:
        if with_pss:
            info = process.memory_full_info()
            return int(info.rss), int(getattr(info, "pss", info.rss))
        return int(process.memory_info().rss), 0
    except (psutil.NoSuchProcess, psutil.ZombieProcess, psutil.AccessDenied):
        return 0, 0


def tree_memory(process: psutil.Process, with_pss: bool = False) -> tuple[int, int, int]:
    """(RSS of the process and all its descendants, RSS of the process alone, PSS of all, 0
    unless asked), in bytes; zeros once it is gone."""
    try:
        children = process.children(recursive=True)
    except (psutil.NoSuchProcess, psutil.ZombieProcess):
        return 0, 0, 0
    own_rss, own_pss = _memory(process, with_pss)
    rss, pss = own_rss, own_pss
    for child in children:
        child_rss, child_pss = _memory(child, with_pss)
        rss, pss = rss + child_rss, pss + child_pss
    return rss, own_rss, pss


def run_measured(
    args: list[str], interval: float = SAMPLE_SECONDS, pss_interval: float = PSS_SECONDS
) -> Measured:
    """Run the worker with `args`, sampling its tree's RSS every `interval` seconds (and its
    PSS, dearer to read, every `pss_interval` seconds)."""
    command = [sys.executable, "-m", WORKER, *args]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(command, stdout=out, stderr=err)
        peak = peak_main = peak_pss = 0
        pss_at = 0.0
        try:
            process = psutil.Process(proc.pid)
            while proc.poll() is None:
                now = time.perf_counter()
                with_pss = now - pss_at >= pss_interval
                if with_pss:
                    pss_at = now
                rss, own, pss = tree_memory(process, with_pss)
                peak, peak_main, peak_pss = max(peak, rss), max(peak_main, own), max(peak_pss, pss)
                time.sleep(interval)
        except psutil.NoSuchProcess:
            pass
        except BaseException:
            proc.kill()
            proc.wait()
            raise
        returncode = proc.wait()
        wall = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    lines = [line for line in stdout.splitlines() if line.strip()]
    if returncode != 0 or not lines:
        tail = "\n".join(stderr.strip().splitlines()[-15:])
        raise BenchError(f"`{' '.join(command)}` failed (exit {returncode}):\n{tail}")
    try:
        result = json.loads(lines[-1])
    except json.JSONDecodeError as exc:
        raise BenchError(f"`{' '.join(command)}` printed no JSON result: {lines[-1]!r}") from exc
    return Measured(result, peak, peak_main, peak_pss, wall)


def size_label(size: int) -> str:
    """1000 -> '1k', 4000 -> '4k', 2500 -> '2.5k'."""
    return f"{size / 1000:g}k"


def _rate(count: float, seconds: float) -> float:
    return count / seconds if seconds > 0 else 0.0


def run_bench_ingest(
    data: Path,
    sizes: list[int],
    processes: int = 2,
    console: Console | None = None,
    *,
    workdir: Path | None = None,
) -> dict[str, Any]:
    """Run the ingest benchmark on a Timeline17 folder; print a table; return the metrics.

    `workdir` keeps the JSONL and DuckDB files there instead of in a temporary folder.
    """
    console = console or Console(stderr=True)
    if not sizes or any(size <= 0 for size in sizes):
        raise BenchError(f"sizes must be positive article counts, not {sizes}")
    if processes < 1:
        raise BenchError(f"processes must be 1 or more, not {processes}")
    records = load_records(data)
    console.print(f"Timeline17: {len(records):,} articles in {data}")
    smallest = min(sizes)
    runs: list[dict[str, Any]] = []
    spacy: Measured | None = None
    with tempfile.TemporaryDirectory(prefix="storyline-bench-") as tmp:
        folder = Path(workdir) if workdir is not None else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for size in sizes:
            chosen = records[:size]
            if len(chosen) < size:
                console.print(
                    f"[yellow]size {size:,}: the data has only {len(chosen):,} articles; "
                    f"running with all of them[/yellow]"
                )
            jsonl = folder / f"t17_{size}.jsonl"
            db = folder / f"t17_{size}.duckdb"
            db.unlink(missing_ok=True)
            write_jsonl(chosen, jsonl)
            console.print(f"size {size:,}: ingesting {len(chosen):,} articles ...")
            measured = run_measured(["ingest", str(jsonl), str(db), "--processes", str(processes)])
            runs.append({"size": size, "input": len(chosen), "db": db, "measured": measured})
            if size == smallest and spacy is None:
                console.print(f"size {size:,}: bare spaCy over the stored texts ...")
                spacy = run_measured(["spacy", str(db), "--processes", str(processes)])
    assert spacy is not None
    return _summarize(data, runs, spacy, smallest, processes, console)


def _summarize(
    data: Path,
    runs: list[dict[str, Any]],
    spacy: Measured,
    smallest: int,
    processes: int,
    console: Console,
) -> dict[str, Any]:
    table = Table(title=f"storyline ingest, Timeline17, {processes} NLP processes")
    names = ("size", "read", "stored", "dups", "seconds", "art/s", "words/s", "RSS MB", "PSS MB")
    for name in names:
        table.add_column(name, justify="right")
    result: dict[str, Any] = {}
    per_size: dict[str, dict[str, Any]] = {}
    for run in runs:
        r, size = run["measured"].result, run["size"]
        seconds = float(r["seconds"])
        articles_per_s = _rate(r["accepted"], seconds)
        words_per_s = _rate(r["words"], seconds)
        rss_mb = run["measured"].peak_rss / MB
        table.add_row(
            f"{size:,}",
            f"{run['input']:,}",
            f"{r['accepted']:,}",
            f"{r['duplicates']:,}",
            f"{seconds:.1f}",
            f"{articles_per_s:.1f}",
            f"{words_per_s:,.0f}",
            f"{rss_mb:,.0f}",
            f"{run['measured'].peak_pss / MB:,.0f}",
        )
        per_size[str(size)] = {
            "read": run["input"],
            "stored": r["accepted"],
            "duplicates": r["duplicates"],
            "rejected": r["rejected"],
            "words": r["words"],
            "seconds": round(seconds, 2),
            "articles_per_s": round(articles_per_s, 2),
            "words_per_s": round(words_per_s),
            "peak_rss_mb": round(rss_mb, 1),
            "peak_rss_mb_main_process": round(run["measured"].peak_main_rss / MB, 1),
            "peak_pss_mb": round(run["measured"].peak_pss / MB, 1),
            "model_load_seconds": round(float(r["load_seconds"]), 2),
        }
        result[f"peak_rss_mb_{size_label(size)}"] = round(rss_mb, 1)
        result[f"peak_pss_mb_{size_label(size)}"] = round(run["measured"].peak_pss / MB, 1)
    console.print(table)
    console.print(
        "read: articles given; stored: articles kept (NLP run) - art/s and words/s count these; "
        "dups: duplicates found; seconds: inside `ingest`, model load excluded; "
        "RSS MB: peak resident memory of the worker process and its spaCy children together "
        "(pages they share counted in each); PSS MB: the same with shared pages counted once "
        f"(sampled every {PSS_SECONDS:g} s)"
    )
    for run in runs:
        if run["measured"].result["rejected"]:
            console.print(
                f"[yellow]size {run['size']:,}: {run['measured'].result['rejected']:,} "
                f"articles rejected[/yellow]"
            )

    base = per_size[str(smallest)]
    first = next(run["measured"].result for run in runs if run["size"] == smallest)
    articles_per_s = _rate(first["accepted"], float(first["seconds"]))
    s = spacy.result
    spacy_seconds = float(s["seconds"])
    spacy_articles_per_s = _rate(s["articles"], spacy_seconds)
    spacy_words_per_s = _rate(s["words"], spacy_seconds)
    ratio = articles_per_s / spacy_articles_per_s if spacy_articles_per_s else 0.0
    console.print(
        f"bare spaCy ({MODEL}, n_process={processes}, batch_size={BATCH_SIZE}) on the "
        f"{s['articles']:,} texts stored at size {smallest:,}: {spacy_seconds:.1f} s, "
        f"{spacy_articles_per_s:.1f} articles/s, {spacy_words_per_s:,.0f} words/s, "
        f"peak RSS {spacy.peak_rss / MB:,.0f} MB, PSS {spacy.peak_pss / MB:,.0f} MB "
        "(it keeps every Doc)"
    )
    console.print(
        f"ingest / bare spaCy throughput ratio (same texts): [bold]{ratio:.3f}[/bold] "
        f"({articles_per_s:.1f} vs {spacy_articles_per_s:.1f} articles/s)"
    )
    return {
        "benchmark": "ingest",
        "dataset": "timeline17",
        "articles_per_s": base["articles_per_s"],
        "words_per_s": base["words_per_s"],
        "spacy_articles_per_s": round(spacy_articles_per_s, 2),
        "spacy_words_per_s": round(spacy_words_per_s),
        "ratio": round(ratio, 3),
        **result,
        "spacy_peak_rss_mb": round(spacy.peak_rss / MB, 1),
        "spacy_peak_rss_mb_main_process": round(spacy.peak_main_rss / MB, 1),
        "spacy_peak_pss_mb": round(spacy.peak_pss / MB, 1),
        "articles": {size: entry["read"] for size, entry in per_size.items()},
        "runs": per_size,
        "processes": processes,
        "batch_size": BATCH_SIZE,
        "model": MODEL,
        "machine": f"{platform.platform()}, {os.cpu_count()} CPUs",
        "python": platform.python_version(),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
