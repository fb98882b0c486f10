"""`storyline bench times`: TIMEX3 extraction and normalization on TimeML (TempEval-3 Task A).

Every `.tml` under `--data` is read (a document id seen twice is kept once: TBAQ-cleaned's
`testpipeline/` repeats a TimeBank file) and grouped by its first subfolder (TimeBank,
AQUAINT), each group scored apart and all together with `time_scorer`. The storyline tagger
gets each text and the date part of its DCT. With `--peers`, dateparser and HeidelTime run on
the same documents and are scored the same way. `--out` writes storyline's TIMEX3s into copies
of the input files (one folder per group), for the official TempEval-3 scorer. The figures
that count as "not trained on" are those of `HELD_OUT` (printed as its own table, and under
"held_out" in the JSON).

A MEANTIME folder (CAT XML, `meantime_times`) is read in place of TimeML: one corpus per
MEANTIME corpus, none of it looked at while the rules were written, so all of it is "not
trained on".
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from storyline.errors import StorylineError
from storyline.evaluation.meantime_times import is_meantime, read_meantime_times
from storyline.evaluation.tables import metrics_table
from storyline.evaluation.time_peers import PEERS, Item, PeerRun, dct_date, heideltime_files
from storyline.evaluation.time_scorer import TimeScore, TimexLike, merge_scores, score_document
from storyline.evaluation.timeml import TimeMLDocument, read_timeml
from storyline.evaluation.timeml_writer import write_timeml

Tagger = Callable[[Sequence[Item]], Sequence[Sequence[TimexLike]]]
PeerRunner = Callable[[Sequence[Item]], PeerRun]


class TimesBenchError(StorylineError):
    """No TimeML file under the data folder, or no storyline time tagger to run."""


@dataclass(frozen=True, slots=True)
class Corpus:
    """The documents of one subfolder of the data (or of the data folder itself)."""

    name: str
    folder: Path
    documents: list[TimeMLDocument]


@dataclass(frozen=True, slots=True)
class SystemRun:
    """One system's expressions per document of a corpus, and the seconds it took."""

    expressions: list[Sequence[TimexLike]]
    seconds: float


def read_corpora(data: Path) -> tuple[list[Corpus], int]:
    """The corpora under `data`, grouped by first subfolder; and how many duplicates were left.

    A folder of MEANTIME CAT XML (no `.tml` in it) gives one corpus per MEANTIME corpus."""
    groups: dict[str, list[TimeMLDocument]] = {}
    seen: set[str] = set()
    duplicates = 0
    if not any(data.rglob("*.tml")) and is_meantime(data):
        return [
            Corpus(f"MEANTIME {name}", data, documents)
            for name, documents in read_meantime_times(data).items()
        ], 0
    for path in sorted(data.rglob("*.tml")):
        document = read_timeml(path)
        if document.doc_id in seen:
            duplicates += 1
            continue
        seen.add(document.doc_id)
        parts = path.relative_to(data).parts
        groups.setdefault(parts[0] if len(parts) > 1 else "", []).append(document)
    if not groups:
        raise TimesBenchError(f"no .tml file (nor MEANTIME CAT XML) under {data}")
    corpora = [
        Corpus(name or data.name, data / name, documents) for name, documents in groups.items()
    ]
    return corpora, duplicates


def items_of(documents: Sequence[TimeMLDocument]) -> list[Item]:
    """What a tagger gets: each text and the YYYY-MM-DD part of its DCT (None without one)."""
    return [(document.text, dct_date(document.dct)) for document in documents]


def storyline_tagger(processes: int) -> Tagger:
    """storyline's time tagger on the spaCy pipeline (loaded here, before any timing)."""
    try:
        from storyline.extract.times.api import tag_texts
    except ImportError as error:
        raise TimesBenchError(f"storyline's time tagger is not available ({error})") from error
    from storyline.nlp.pipeline import load_nlp

    nlp = load_nlp()
    return lambda items: tag_texts(nlp, items, processes=processes)


def score_run(documents: Sequence[TimeMLDocument], run: SystemRun) -> dict[str, Any]:
    """Scores of one system on one corpus (or all together), with its speed."""
    score: TimeScore = merge_scores(
        score_document(document.timexes, found)
        for document, found in zip(documents, run.expressions, strict=True)
    )
    count = len(documents)
    return {
        **score.metrics(),
        "seconds": round(run.seconds, 2),
        "docs_per_s": round(count / run.seconds, 2) if run.seconds else 0.0,
        "seconds_per_doc": round(run.seconds / count, 3) if count else 0.0,
    }


def merge_runs(runs: Sequence[SystemRun]) -> SystemRun:
    return SystemRun(
        [found for run in runs for found in run.expressions], sum(run.seconds for run in runs)
    )


ROWS = (
    ("strict precision", "strict_precision"),
    ("strict recall", "strict_recall"),
    ("strict F1", "strict_f1"),
    ("relaxed precision", "relaxed_precision"),
    ("relaxed recall", "relaxed_recall"),
    ("relaxed F1", "relaxed_f1"),
    ("type accuracy", "type_accuracy"),
    ("value accuracy", "value_accuracy"),
    ("value F1", "value_f1"),
)


def scores_table(title: str, systems: Mapping[str, dict[str, Any]]) -> Table:
    """One column per system, one row per metric (percentages), then the speed."""
    table = metrics_table(title, systems, ROWS, breaks={"strict_f1", "relaxed_f1"})
    table.add_section()
    table.add_row("documents/s", *(f"{scores['docs_per_s']:.1f}" for scores in systems.values()))
    return table


def write_runs(
    corpora: Sequence[Corpus], runs: Sequence[SystemRun], data: Path, out: Path
) -> dict[str, Any]:
    """Write storyline's TIMEX3s into copies of the input files under `out`."""
    files = written = skipped = 0
    for corpus, run in zip(corpora, runs, strict=True):
        folder = out / corpus.folder.relative_to(data)
        for document, found in zip(corpus.documents, run.expressions, strict=True):
            result = write_timeml(document, found, folder)
            files += 1
            written += result.written
            skipped += result.skipped
    return {"folder": str(out), "files": files, "timexes": written, "skipped": skipped}


def peer_runs(
    name: str, runner: PeerRunner, corpora: Sequence[Corpus], console: Console
) -> tuple[list[SystemRun], PeerRun]:
    """Run one peer on every document at once; split its output back by corpus."""
    documents = [document for corpus in corpora for document in corpus.documents]
    console.print(f"Running {name} on {len(documents)} documents…")
    run = runner(items_of(documents))
    runs = []
    first = 0
    for corpus in corpora:
        last = first + len(corpus.documents)
        runs.append(SystemRun(run.expressions[first:last], sum(run.seconds[first:last])))
        first = last
    return runs, run


def tag_corpora(tag: Tagger, corpora: Sequence[Corpus]) -> list[SystemRun]:
    """storyline's tagger on each corpus in turn, timed."""
    runs = []
    for corpus in corpora:
        started = time.perf_counter()
        expressions = list(tag(items_of(corpus.documents)))
        runs.append(SystemRun(expressions, time.perf_counter() - started))
    return runs


# The documents storyline's time rules were never looked at while they were written: every
# second AQUAINT document, in path order (the rules were developed on TimeBank and on the
# other AQUAINT documents). Figures on these are the ones "not trained on".
HELD_OUT = {"AQUAINT": slice(1, None, 2)}
HELD_OUT_NAME = "AQUAINT held out"


def held_out(corpora: Sequence[Corpus], runs: Sequence[SystemRun]) -> tuple[Corpus, SystemRun]:
    """The held-out documents and a run's expressions for them (its time prorated)."""
    for corpus, run in zip(corpora, runs, strict=True):
        if corpus.name in HELD_OUT:
            part = HELD_OUT[corpus.name]
            documents = corpus.documents[part]
            share = len(documents) / len(corpus.documents)
            sub = SystemRun(run.expressions[part], run.seconds * share)
            return Corpus(HELD_OUT_NAME, corpus.folder, documents), sub
    raise LookupError("no held-out corpus in the data")


def score_system(corpora: Sequence[Corpus], runs: Sequence[SystemRun]) -> dict[str, Any]:
    """A system's scores on all documents together, per corpus under "corpora", and on the
    held-out documents under "held_out" when the data has them."""
    documents = [document for corpus in corpora for document in corpus.documents]
    scores = {
        **score_run(documents, merge_runs(runs)),
        "corpora": {
            corpus.name: score_run(corpus.documents, run)
            for corpus, run in zip(corpora, runs, strict=True)
        },
    }
    if any(corpus.name in HELD_OUT for corpus in corpora):
        corpus, run = held_out(corpora, runs)
        scores["held_out"] = score_run(corpus.documents, run)
    return scores


def print_tables(
    corpora: Sequence[Corpus], results: Mapping[str, dict[str, Any]], console: Console
) -> None:
    """A table per corpus, then one for all documents when there are several corpora."""
    for corpus in corpora:
        rows = {system: result["corpora"][corpus.name] for system, result in results.items()}
        gold = rows["storyline"]["gold"]
        title = f"{corpus.name}: {len(corpus.documents)} documents, {gold:,} gold TIMEX3"
        console.print(scores_table(title, rows))
    if "held_out" in results["storyline"]:
        rows = {system: result["held_out"] for system, result in results.items()}
        first = rows["storyline"]
        title = (
            f"{HELD_OUT_NAME} (every second document, never looked at while writing the "
            f"rules): {first['documents']} documents, {first['gold']:,} gold TIMEX3"
        )
        console.print(scores_table(title, rows))
    if len(corpora) > 1:
        first = results["storyline"]
        title = f"All: {first['documents']} documents, {first['gold']:,} gold TIMEX3"
        console.print(scores_table(title, results))


def run_bench_times(
    data: Path,
    *,
    out: Path | None = None,
    peers: bool = False,
    processes: int = 1,
    console: Console | None = None,
    tagger: Tagger | None = None,
    peer_runners: Mapping[str, PeerRunner] | None = None,
) -> dict[str, Any]:
    """Run the times benchmark; print a table per corpus; return the metrics.

    `tagger` replaces storyline's tagger (default: `tag_texts` on `load_nlp()`); `peer_runners`
    replaces the peers run with `peers` (default: HeidelTime and dateparser).
    """
    console = console or Console(stderr=True)
    corpora, duplicates = read_corpora(data)
    if out is not None and any(corpus.name.startswith("MEANTIME") for corpus in corpora):
        raise TimesBenchError(
            f"--out writes copies of TimeML files; {data} holds MEANTIME's CAT XML, which has none"
        )
    runners = dict(peer_runners if peer_runners is not None else PEERS) if peers else {}
    if runners.get("heideltime") is PEERS["heideltime"]:
        heideltime_files()  # fail now, not after storyline ran, when it is not installed
    console.print(
        f"TimeML: {sum(len(c.documents) for c in corpora)} documents in "
        + ", ".join(f"{c.name} ({len(c.documents)})" for c in corpora)
        + (f"; {duplicates} repeated document id(s) left out" if duplicates else "")
    )
    runs = tag_corpora(tagger or storyline_tagger(processes), corpora)
    results = {"storyline": score_system(corpora, runs)}
    for name, runner in runners.items():
        peer_corpus_runs, peer_run = peer_runs(name, runner, corpora, console)
        results[name] = score_system(corpora, peer_corpus_runs)
        results[name].update(unlocated=peer_run.unlocated, realigned=peer_run.realigned)
    print_tables(corpora, results, console)

    result = results.pop("storyline")
    if out is not None:
        result["out"] = write_runs(corpora, runs, data, out)
        console.print(
            f"Wrote {result['out']['files']} TimeML files to {out} "
            f"({result['out']['skipped']} TIMEX3 left out: overlapping or crossing a tag)"
        )
    if peers:
        result["peers"] = results
    return result
