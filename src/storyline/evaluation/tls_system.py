"""storyline's side of the timeline-summarization bench: a topic's timeline as an ingest gives it.

A Timeline17 folder's reports are written as storyline JSONL (text, publication date, source)
and ingested by the real ingest path (`storyline.ingest.run.ingest`: cleaning, duplicate
detection, the NLP pipeline, the store, story filing) into a DuckDB file of their own. The
topic's timeline is then `build_timeline` over every stored report of the folder, whatever
stories the clusterer filed them into (the folder is one topic), read from the store as
`storyline story` reads one story (`StoryMaterial`).

`db_dir` keeps each folder's store: a second run ingests again into it, which finds every
report unchanged and skips its NLP (the cost of the bench).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from spacy.language import Language

from storyline.evaluation.timeline17 import T17Record, write_jsonl
from storyline.store.database import Database
from storyline.story.material import StoryMaterial, load_material
from storyline.story.order import ReportOrder
from storyline.story.timeline import TimelineItem

TOPIC_ID = 0  # the one "story" a folder's timeline is built as


def ingest_folder(
    records: Sequence[T17Record], db_path: Path, nlp: Language, processes: int
) -> None:
    """Ingest one folder's records into the store at `db_path` (the real ingest path)."""
    from storyline.ingest.run import IngestOptions, ingest

    jsonl = db_path.with_suffix(".jsonl")
    write_jsonl(records, jsonl)
    with Database(db_path) as db:
        ingest([str(jsonl)], db, nlp, IngestOptions(processes=processes))


def topic_material(db: Database) -> StoryMaterial:
    """Every stored report (duplicates left out) as one story, in story order."""
    reports = [r for story in db.stories() for r in db.story_reports(story["id"])]
    return load_material(db, TOPIC_ID, ReportOrder(reports).story_order())


def topic_timeline(db_path: Path) -> tuple[list[TimelineItem], dict[int, date | None]]:
    """The timeline of every report stored at `db_path`, and the report date of each report
    it read (by article id)."""
    with Database(db_path, read_only=True) as db:
        material = topic_material(db)
    return material.timeline(), {a["id"]: a["report_date"] for a in material.articles}
