"""Dump every annotation storyline's components give Timeline17 reports, as JSON.

For checking that a speed-up changes no output: run it with one tree's code, then another's,
and compare the two files byte for byte::

    PYTHONPATH=src python scripts/dump_annotations.py /tmp/after.json --cache /tmp/t17.spacy
    cmp /tmp/before.json /tmp/after.json

The spaCy model's own parse (storyline's components left out, the block marker kept) of the
first `--count` reports is cached in `--cache`, built once, so that both runs read the same
parse and only storyline's components run again. Each report's `annotations_of` (what ingest
stores: sentences, mentions, actors and things, time records, quotes) is written, with its
time expressions resolved against its publication date.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path

from spacy.tokens import DocBin

from storyline.evaluation.bench_ingest import load_records
from storyline.nlp.annotations import annotations_of
from storyline.nlp.pipeline import load_nlp

DEFAULT_DATA = Path("../shared/data/timeline17")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the JSON file to write")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="a Timeline17 folder")
    parser.add_argument("--count", type=int, default=150, help="how many reports (first ones)")
    parser.add_argument("--cache", type=Path, required=True, help="the parse, built if missing")
    args = parser.parse_args()

    nlp = load_nlp()
    ours = [n for n in nlp.pipe_names if n.startswith("storyline_") and n != "storyline_blocks"]
    records = load_records(args.data)[: args.count]
    if not args.cache.exists():
        with nlp.select_pipes(disable=ours):
            parsed = list(nlp.pipe((r.text for r in records), batch_size=16))
        DocBin(store_user_data=True, docs=parsed).to_disk(args.cache)
    docs = list(DocBin(store_user_data=True).from_disk(args.cache).get_docs(nlp.vocab))
    if len(docs) != len(records):
        parser.error(f"{args.cache} holds {len(docs)} parses, not {len(records)}")
    out = []
    for record, doc in zip(records, docs, strict=True):
        doc._.dct = record.published
        for name in ours:
            doc = nlp.get_pipe(name)(doc)
        out.append(
            {
                "published": record.published,
                "annotations": dataclasses.asdict(annotations_of(doc, [])),
                "times": [dataclasses.asdict(t) for t in doc._.times],
            }
        )
    with open(args.out, "w", encoding="utf-8") as handle:
        json.dump(out, handle, sort_keys=True, default=str, indent=0)
    counts = {k: sum(len(o["annotations"][k]) for o in out) for k in ("actors", "quotes")}
    print(f"{len(out)} reports, {counts['actors']} actors and things, {counts['quotes']} quotes")


if __name__ == "__main__":
    main()
