"""`storyline bench actors`: entity coreference on ECB+ and MEANTIME, NER on CoNLL-2003.

ECB+ is required (`--data`); MEANTIME and CoNLL-2003 are scored when found (given, or
beside ECB+ in a `shared/data` layout) and skipped with a message otherwise.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from storyline.evaluation.cat_xml import GoldDocument
from storyline.evaluation.conll2003 import ner_scores, read_conll2003
from storyline.evaluation.coref_stories import file_stories
from storyline.evaluation.ecbplus import read_ecbplus
from storyline.evaluation.entity_coref import (
    SYSTEMS,
    alignment_rate,
    f1_summary,
    parse,
    score_corpus,
)
from storyline.evaluation.meantime import read_meantime
from storyline.nlp.pipeline import load_nlp

SCOPES = (
    ("cross", "cross-document"),
    ("cross_no_singletons", "cross-document, no singletons"),
    ("within", "within-document"),
    ("within_no_singletons", "within-document, no singletons"),
)


def data_root(ecbplus: Path) -> Path | None:
    """The `data` folder holding `ecbplus/`, when ECB+ sits in the shared layout."""
    for parent in [ecbplus, *ecbplus.parents][:3]:
        if parent.name == "ecbplus":
            return parent.parent
    return None


def coref_table(title: str, scores: dict[str, dict[str, Any]]) -> Table:
    table = Table(title=title)
    table.add_column("system")
    table.add_column("scope")
    for metric in ("MUC F1", "B³ F1", "CEAF-e F1", "CoNLL F1"):
        table.add_column(metric, justify="right")
    for scope, label in SCOPES:
        for system in SYSTEMS:
            f1 = f1_summary(scores[system][scope])
            table.add_row(
                system,
                label,
                *(f"{100 * f1[m]:.1f}" for m in ("muc", "b3", "ceafe", "conll_f1")),
                style="bold" if system == "storyline" else None,
            )
        table.add_section()
    return table


def score_gold(
    name: str,
    documents: list[GoldDocument],
    processes: int,
    console: Console,
) -> dict[str, Any]:
    """Parse, align, link and score one gold corpus; print its table; return its figures."""
    nlp = load_nlp()
    started = time.perf_counter()
    parsed = parse(nlp, documents, processes)
    stories, topics = file_stories(parsed)
    scores = score_corpus(parsed, stories, topics)
    seconds = time.perf_counter() - started
    mentions = sum(len(d.mentions) for d in documents)
    aligned = alignment_rate(parsed)
    last_resort = scores["last resort"]["mentions"]
    console.print(
        coref_table(
            f"{name}: {len(documents)} documents, {mentions:,} gold mentions, "
            f"{100 * aligned:.1f}% aligned with an actor mention, "
            f"{last_resort:,} on the last resort (no actor, thing or date), "
            f"{len(set(stories.values()))} stories ({seconds:.0f} s)",
            scores,
        )
    )
    return {
        "documents": len(documents),
        "mentions": mentions,
        "aligned": round(aligned, 4),
        "last_resort": last_resort,
        "stories": len(set(stories.values())),
        "seconds": round(seconds, 1),
        **{
            system.replace(" ", "_"): {
                scope: f1_summary(scores[system][scope]) for scope, _ in SCOPES
            }
            for system in SYSTEMS
        },
    }


def score_ner(path: Path, console: Console) -> dict[str, Any]:
    documents = read_conll2003(path)
    scores = ner_scores(load_nlp(), documents)
    table = Table(title=f"CoNLL-2003 {path.name}: NER of en_core_web_sm, exact spans")
    for column in ("type", "precision", "recall", "F1", "gold"):
        table.add_column(column, justify="right")
    rows = [("all", scores), *scores["per_type"].items()]
    for kind, s in rows:
        table.add_row(
            kind, *(f"{100 * s[m]:.1f}" for m in ("precision", "recall", "f1")), str(s["gold"])
        )
    console.print(table)
    return {
        "precision": round(scores["precision"], 4),
        "recall": round(scores["recall"], 4),
        "f1": round(scores["f1"], 4),
        "documents": scores["documents"],
    }


def run_bench_actors(
    data: Path,
    sentences: Path | None = None,
    meantime: Path | None = None,
    conll: Path | None = None,
    processes: int = 2,
    console: Console | None = None,
    *,
    topics: list[int] | None = None,
    skip: tuple[str, ...] = (),
) -> dict[str, Any]:
    """Run the actors benchmark; print tables; return the metrics (see module docstring).

    `topics` limits ECB+ to some topics; `skip` may name "meantime" and "conll".
    """
    console = console or Console(stderr=True)
    root = data_root(data)
    if meantime is None and root is not None and (root / "meantime").is_dir():
        meantime = root / "meantime"
    if conll is None and root is not None and (root / "conll2003" / "valid.txt").is_file():
        conll = root / "conll2003" / "valid.txt"
    meantime = None if "meantime" in skip else meantime
    conll = None if "conll" in skip else conll

    documents = read_ecbplus(data, sentences, topics)
    topics = sorted({int(d.group) for d in documents})
    console.print(f"ECB+: {len(documents)} documents, topics {topics[0]}–{topics[-1]} in {data}")
    ecb = score_gold("ECB+ entity coreference (gold topics)", documents, processes, console)
    result: dict[str, Any] = {
        "conll_f1": ecb["storyline"]["cross_no_singletons"]["conll_f1"],
        "baseline_conll_f1": ecb["baseline"]["cross_no_singletons"]["conll_f1"],
        "articles": len(documents),
        "ecbplus": ecb,
    }
    if meantime is not None:
        meantime_docs = read_meantime(meantime)
        result["meantime"] = score_gold(
            "MEANTIME corpus_apple entity coreference", meantime_docs, processes, console
        )
    elif "meantime" not in skip:
        console.print("[yellow]MEANTIME not found: give --meantime DIR to score it[/yellow]")
    if conll is not None:
        result["conll2003_ner"] = score_ner(conll, console)
    elif "conll" not in skip:
        console.print("[yellow]CoNLL-2003 not found: give --conll FILE to score NER[/yellow]")
    gain = 100 * (result["conll_f1"] - result["baseline_conll_f1"])
    console.print(
        f"ECB+ cross-document CoNLL F1 without singletons: storyline "
        f"{100 * result['conll_f1']:.1f}, baseline {100 * result['baseline_conll_f1']:.1f} "
        f"({gain:+.1f})"
    )
    return result
