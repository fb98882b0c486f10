"""`storyline bench quotes`: who said what, on a PolNeAR split (text/ and attributions/).

storyline's quote extractor gets every article's text and returns its quotes and, per actor,
the character spans of that actor's mentions; `quote_scorer` scores them against the gold
attributions (of the first annotator in sorted order where an article has several). Where
articles have several annotators, the others are scored against the first on the same scorer,
beside storyline on those articles (`quote_agreement`): the metrics' human level. With
`--peers`, textacy's direct quotations run on the same texts (per paragraph) and are scored
the same way. `--out` writes storyline's quotes as JSONL, one article a line.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from storyline.errors import StorylineError
from storyline.evaluation.polnear import PolnearDocument, read_polnear
from storyline.evaluation.quote_agreement import LABELS, agreement
from storyline.evaluation.quote_peers import PEERS, PeerRun, require_textacy, run_textacy
from storyline.evaluation.quote_scorer import Mentions, is_quoted, merge_scores, score_document
from storyline.evaluation.tables import metrics_table
from storyline.extract.quotes.model import Quote, Span

Output = tuple[Sequence[Quote], Mentions]
Tagger = Callable[[Sequence[str]], Sequence[Output]]
PeerRunner = Callable[[Sequence[str]], PeerRun]


class QuotesBenchError(StorylineError):
    """No storyline quote extractor to run."""


@dataclass(frozen=True, slots=True)
class SystemRun:
    """One system's quotes and actor mentions per document, and the seconds it took."""

    quotes: list[Sequence[Quote]]
    mentions: list[Mentions]
    seconds: float


def storyline_tagger(processes: int) -> Tagger:
    """storyline's quote extractor on the spaCy pipeline (loaded here, before any timing)."""
    try:
        from storyline.extract.quotes.api import quote_texts
    except ImportError as error:
        raise QuotesBenchError(f"storyline's quote extractor is not available ({error})") from error
    from storyline.nlp.pipeline import load_nlp

    nlp = load_nlp()
    return lambda texts: quote_texts(nlp, texts, processes=processes)


def corpus_counts(documents: Sequence[PolnearDocument]) -> dict[str, int]:
    """How many articles and gold attributions, quoted ones, ones without a source."""
    attributions = [(d, a) for d in documents for a in d.attributions if a.content]
    quoted = [a for d, a in attributions if is_quoted(d.text, a.content)]
    return {
        "documents": len(documents),
        "multi_annotated": sum(len(d.annotators) > 1 for d in documents),
        "attributions": len(attributions),
        "without_content": sum(not a.content for d in documents for a in d.attributions),
        "without_source": sum(not a.source for _, a in attributions),
        "quoted": len(quoted),
        "quoted_without_source": sum(not a.source for a in quoted),
    }


def score_run(documents: Sequence[PolnearDocument], run: SystemRun) -> dict[str, Any]:
    """Scores of one system on the documents, with its speed."""
    score = merge_scores(
        score_document(document.text, document.attributions, quotes, mentions)
        for document, quotes, mentions in zip(documents, run.quotes, run.mentions, strict=True)
    )
    count = len(documents)
    return {
        **score.metrics(),
        "seconds": round(run.seconds, 2),
        "docs_per_s": round(count / run.seconds, 2) if run.seconds else 0.0,
    }


def tag_documents(tag: Tagger, documents: Sequence[PolnearDocument]) -> SystemRun:
    """storyline's extractor on every text at once, timed."""
    started = time.perf_counter()
    outputs = list(tag([document.text for document in documents]))
    seconds = time.perf_counter() - started
    return SystemRun([q for q, _ in outputs], [m for _, m in outputs], seconds)


def span_record(span: Span | None) -> list[int] | None:
    return [span.start, span.end] if span else None


def quote_record(quote: Quote) -> dict[str, Any]:
    """One quote as JSON: kind, content spans (its parts, or the whole), cue, speaker."""
    parts = quote.parts or (quote.content,)
    return {
        "kind": quote.kind,
        "content": [[part.start, part.end] for part in parts],
        "cue": span_record(quote.cue),
        "speaker": span_record(quote.speaker),
        "speaker_actor": quote.speaker_actor,
    }


def write_predictions(
    documents: Sequence[PolnearDocument], run: SystemRun, out: Path
) -> dict[str, Any]:
    """Write one JSON line per article: its file name and its quotes' character spans."""
    out.parent.mkdir(parents=True, exist_ok=True)
    quotes = 0
    with out.open("w", encoding="utf-8") as stream:
        for document, found in zip(documents, run.quotes, strict=True):
            record = {
                "file": f"{document.name}.txt",
                "attributions": [quote_record(quote) for quote in found],
            }
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            quotes += len(found)
    return {"file": str(out), "documents": len(documents), "quotes": quotes}


def peer_run(
    name: str, runner: PeerRunner, documents: Sequence[PolnearDocument], console: Console
) -> tuple[SystemRun, PeerRun]:
    console.print(f"Running {name} on {len(documents)} documents…")
    run = runner([document.text for document in documents])
    return SystemRun(run.quotes, [() for _ in documents], sum(run.seconds)), run


ROWS = (
    ("quoted: recall", "direct_recall"),
    ("quoted: speaker accuracy", "direct_speaker_accuracy"),
    ("quoted: end to end", "direct_end_to_end"),
    ("content precision", "content_precision"),
    ("content recall", "content_recall"),
    ("content F1", "content_f1"),
    ("source accuracy", "source_accuracy"),
    ("cue accuracy", "cue_accuracy"),
    ("quotes whose speaker is an actor", "speaker_actor_rate"),
)


def agreement_table(shared: Mapping[str, Any]) -> Table:
    """The annotators against the first one, beside storyline, on the articles they share
    (no speaker-actor row: a person's source names no actor)."""
    systems = {LABELS[key]: shared[key] for key in LABELS}
    table = metrics_table(
        f"Annotators against the first one: {shared['articles']} articles annotated more "
        f"than once, {shared['pairs']} pairs",
        systems,
        ROWS[:-1],
        breaks={"direct_end_to_end", "content_f1"},
    )
    table.add_section()
    table.add_row("quotes scored", *(f"{scores['predicted']:,}" for scores in systems.values()))
    return table


def scores_table(title: str, systems: Mapping[str, dict[str, Any]]) -> Table:
    """One column per system, one row per metric (percentages), then the speed."""
    table = metrics_table(
        title, systems, ROWS, breaks={"direct_end_to_end", "content_f1", "cue_accuracy"}
    )
    table.add_section()
    table.add_row("quotes scored", *(f"{scores['predicted']:,}" for scores in systems.values()))
    table.add_row("documents/s", *(f"{scores['docs_per_s']:.1f}" for scores in systems.values()))
    return table


def run_bench_quotes(
    data: Path,
    *,
    out: Path | None = None,
    peers: bool = False,
    processes: int = 1,
    console: Console | None = None,
    tagger: Tagger | None = None,
    peer_runners: Mapping[str, PeerRunner] | None = None,
) -> dict[str, Any]:
    """Run the quotes benchmark; print a table; return the metrics.

    `tagger` replaces storyline's extractor (default: `quote_texts` on `load_nlp()`);
    `peer_runners` replaces the peers run with `peers` (default: textacy).
    """
    console = console or Console(stderr=True)
    documents = read_polnear(data)
    runners = dict(peer_runners if peer_runners is not None else PEERS) if peers else {}
    if runners.get("textacy") is run_textacy:
        require_textacy()  # fail now, not after storyline ran, when it is not installed
    counts = corpus_counts(documents)
    console.print(
        f"PolNeAR {data.name}: {counts['documents']} articles, {counts['attributions']:,} "
        f"attributions ({counts['quoted']:,} quoted, {counts['without_source']:,} without a "
        f"source); of the {counts['multi_annotated']} annotated several times, the first "
        "annotator in sorted order is read"
    )
    run = tag_documents(tagger or storyline_tagger(processes), documents)
    results = {"storyline": score_run(documents, run)}
    for name, runner in runners.items():
        system_run, raw = peer_run(name, runner, documents, console)
        results[name] = score_run(documents, system_run)
        results[name].update(
            mode=raw.mode, pieces=raw.pieces, refused=raw.refused, refused_texts=raw.refused_texts
        )
        if raw.refused:
            console.print(
                f"{name} refused {raw.refused:,} of {raw.pieces:,} {raw.mode}s (odd number of "
                f"quotation marks), in {raw.refused_texts} of {len(documents)} documents"
            )
    console.print(scores_table(f"PolNeAR {data.name} ({len(documents)} articles)", results))

    result = {**results.pop("storyline"), "corpus": counts}
    shared = agreement(documents, run.quotes, run.mentions)
    if shared is not None:
        console.print(agreement_table(shared))
        result["agreement"] = shared
    if out is not None:
        result["out"] = write_predictions(documents, run, out)
        console.print(f"Wrote {result['out']['quotes']:,} quotes to {out}")
    if peers:
        result["peers"] = results
    return result
