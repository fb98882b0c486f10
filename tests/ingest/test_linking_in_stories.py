"""The ingest links actors after filing reports into stories, and within them."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from storyline.ingest import run as run_module
from storyline.ingest.run import IngestOptions, ingest
from storyline.link.corpus import link_corpus
from storyline.store.database import Database
from tests.corpus import write_good_reports


def test_linking_sees_every_report_filed_and_a_second_ingest_keeps_the_entities(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    filed_when_linking = []

    def recording(db: Database) -> object:
        filed_when_linking.append(set(db.story_ids()))
        return link_corpus(db)

    monkeypatch.setattr(run_module, "link_corpus", recording)
    write_good_reports(tmp_path / "in", 3)
    with Database(tmp_path / "s.db") as db:
        ingest([str(tmp_path / "in")], db, nlp, IngestOptions())
        entities = (db.entities(), db.entity_mentions())
        ingest([str(tmp_path / "in")], db, nlp, IngestOptions())
        assert (db.entities(), db.entity_mentions()) == entities
        articles = {row["id"] for row in db.articles()}
    assert filed_when_linking == [articles, articles]
