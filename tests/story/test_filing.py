"""Filing stored reports into stories: online, stable ids, duplicates count once."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from storyline.ingest.run import ingest
from storyline.link.stories.features import LEAD_CHARS
from storyline.store.database import Database
from tests.corpus import report_text

pytestmark = pytest.mark.model

OTHER_STORY = (
    "Flooding in Bangladesh\n\nMonsoon floods swept through northern Bangladesh on Tuesday, "
    "leaving thousands of villagers homeless as rivers burst their banks near Sylhet.\n\n"
    "Rescue teams used boats to reach stranded families, the disaster ministry said."
)


def assignments(db: Database) -> dict[int, tuple[int, int]]:
    rows = db.conn.execute("SELECT article_id, story_id, topic_id FROM article_stories")
    return {a: (s, t) for a, s, t in rows.fetchall()}


def test_reports_are_filed_online_with_stable_ids(tmp_path: Path, nlp: Language) -> None:
    db = Database(tmp_path / "s.db")
    first = tmp_path / "first"
    first.mkdir()
    (first / "a.txt").write_text(report_text(0), encoding="utf-8")
    (first / "b.txt").write_text(OTHER_STORY, encoding="utf-8")
    report = ingest([str(first)], db, nlp)
    assert report.stories is not None and report.stories.new_stories == 2
    before = assignments(db)
    assert len(set(before.values())) == 2  # talks in Tokyo and floods in Bangladesh

    later = tmp_path / "later"
    later.mkdir()
    (later / "c.txt").write_text(report_text(10), encoding="utf-8")  # Tokyo talks again
    (later / "d.txt").write_text(report_text(0), encoding="utf-8")  # a copy of a.txt
    report = ingest([str(later)], db, nlp)
    after = assignments(db)
    ids = {Path(a["path"]).name: a["id"] for a in db.articles()}
    assert {k: after[k] for k in before} == before  # nothing filed earlier moved
    assert after[ids["c.txt"]] == before[ids["a.txt"]]  # new Tokyo report, Tokyo story
    assert db.article(ids["d.txt"])["duplicate_of"] == ids["a.txt"]
    assert after[ids["d.txt"]] == before[ids["a.txt"]]  # a duplicate follows its original
    assert report.stories is not None and report.stories.duplicates == 1
    assert report.stories.filed == [ids["c.txt"]]  # the duplicate is not clustered
    assert len(db.stories()) == 2

    again = ingest([str(first), str(later)], db, nlp)  # re-ingesting changes nothing
    assert again.unchanged == 4 and assignments(db) == after
    texts = dict(db.conn.execute("SELECT id, text FROM articles").fetchall())
    # a restored report's lead words are read from the same start of the text as when filed
    for row in db.filed_articles(LEAD_CHARS):
        assert row["lead"] == texts[row["article_id"]][:LEAD_CHARS]
    db.close()


def test_topic_merges_reach_the_store_following_chains(tmp_path: Path) -> None:
    db = Database(tmp_path / "s.db")
    db.conn.execute("INSERT INTO topics VALUES (1, 'one'), (3, 'three'), (5, 'five')")
    db.conn.execute("INSERT INTO stories VALUES (1, 1, 'a'), (2, 3, 'b'), (3, 5, 'c')")
    db.conn.execute(
        "INSERT INTO article_stories (article_id, story_id, topic_id) VALUES "
        "(1, 1, 1), (2, 2, 3), (3, 3, 5)"
    )
    db.merge_topics({5: 3, 3: 1})
    rows = db.conn.execute("SELECT DISTINCT topic_id FROM article_stories").fetchall()
    assert rows == [(1,)]
    assert db.conn.execute("SELECT id FROM topics").fetchall() == [(1,)]
    assert db.conn.execute("SELECT DISTINCT topic_id FROM stories").fetchall() == [(1,)]
    db.close()
