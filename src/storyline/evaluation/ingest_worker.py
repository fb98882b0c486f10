"""One measured run of `storyline bench ingest`, in a process of its own.

The benchmark starts this module as a subprocess so that the memory it samples belongs to one
run alone. Two modes; each prints one JSON line (the last line of stdout):

    python -m storyline.evaluation.ingest_worker ingest JSONL DB [--processes N]
        the real ingest path into a fresh DB; seconds as measured inside `ingest`.
    python -m storyline.evaluation.ingest_worker spacy DB [--processes N]
        the plain spaCy model over the texts stored in DB (non-duplicates, in id order).

Model loading is outside the seconds reported. `--profile FILE` writes cProfile stats of the
timed part (main process only).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from storyline.ingest.run import IngestOptions

# bare spaCy runs with the batch size the ingest path uses, so the two compare like for like
BATCH_SIZE = IngestOptions().batch_size


@contextmanager
def _profiled(path: str | None) -> Iterator[None]:
    if path is None:
        yield
        return
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        yield
    finally:
        profiler.disable()
        profiler.dump_stats(path)


def run_ingest(jsonl: str, db_path: str, processes: int, profile: str | None) -> dict[str, Any]:
    from storyline.ingest.run import ingest
    from storyline.nlp.pipeline import load_nlp
    from storyline.store.database import Database

    started = time.perf_counter()
    nlp = load_nlp()
    load_seconds = time.perf_counter() - started
    with Database(db_path) as db, _profiled(profile):
        report = ingest([jsonl], db, nlp, IngestOptions(processes=processes))
    return {
        "total": report.total,
        "accepted": report.accepted,
        "duplicates": report.duplicates,
        "unchanged": report.unchanged,
        "rejected": report.rejected,
        "words": report.words,
        "seconds": report.seconds,
        "load_seconds": load_seconds,
    }


def stored_texts(db_path: str) -> tuple[list[str], int]:
    """Texts of the originals (non-duplicates) stored in `db_path`, in id order, and their words."""
    from storyline.store.database import Database

    with Database(db_path, read_only=True) as db:
        rows = db.conn.execute(
            "SELECT text, n_words FROM articles WHERE duplicate_of IS NULL ORDER BY id"
        ).fetchall()
    return [row[0] for row in rows], sum(int(row[1]) for row in rows)


def run_spacy(db_path: str, processes: int, profile: str | None) -> dict[str, Any]:
    import spacy

    from storyline.nlp.pipeline import MODEL

    texts, words = stored_texts(db_path)
    started = time.perf_counter()
    nlp = spacy.load(MODEL)
    load_seconds = time.perf_counter() - started
    with _profiled(profile):
        started = time.perf_counter()
        docs = list(nlp.pipe(texts, n_process=processes, batch_size=BATCH_SIZE))
        seconds = time.perf_counter() - started
    return {
        "articles": len(docs),
        "words": words,
        "tokens": sum(len(doc) for doc in docs),
        "seconds": seconds,
        "load_seconds": load_seconds,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m storyline.evaluation.ingest_worker")
    modes = parser.add_subparsers(dest="mode", required=True)
    ingest_mode = modes.add_parser("ingest", help="the real ingest path")
    ingest_mode.add_argument("jsonl")
    ingest_mode.add_argument("db")
    spacy_mode = modes.add_parser("spacy", help="bare spaCy over the texts a run stored")
    spacy_mode.add_argument("db")
    for mode in (ingest_mode, spacy_mode):
        mode.add_argument("--processes", type=int, default=1)
        mode.add_argument("--profile", default=None, help="write cProfile stats here")
    args = parser.parse_args(argv)
    if args.mode == "ingest":
        result = run_ingest(args.jsonl, args.db, args.processes, args.profile)
    else:
        result = run_spacy(args.db, args.processes, args.profile)
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
