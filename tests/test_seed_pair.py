"""End to end on the canonical seed pair (../shared/examples/seed-pair)."""

from pathlib import Path

import pytest
from spacy.language import Language

from storyline.ingest.run import ingest
from storyline.store.database import Database


@pytest.fixture(scope="module")
def stored(seed_pair: Path, nlp: Language, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    db = Database(tmp_path_factory.mktemp("seed") / "s.db")
    report = ingest([str(seed_pair)], db, nlp)
    by_name = {Path(a["path"]).name: a for a in db.export_articles()}
    yield report, by_name, db
    db.close()


def test_both_stored_with_sidecar_dates(stored) -> None:  # type: ignore[no-untyped-def]
    report, by_name, _ = stored
    assert report.accepted == 2 and report.rejected == 0  # README.md is skipped, not rejected
    assert by_name["pence-tokyo-visit.txt"]["published"] == "2018-02-07"
    assert by_name["japan-stance-after-pence-remark.txt"]["published"] == "2018-02-13"
    assert all(a["language"] == "en" for a in by_name.values())


def test_second_title_and_no_furniture(stored) -> None:  # type: ignore[no-untyped-def]
    _, by_name, _ = stored
    second = by_name["japan-stance-after-pence-remark.txt"]
    assert second["title"] == (
        "Japan confident U.S. stance on N. Korea unchanged after Pence remark"
    )
    assert second["text"].startswith("TOKYO — Senior Japanese officials")
    for article in by_name.values():
        text = article["text"]
        assert "print PRINT" not in text and "•" not in text
        for menu_item in ("Ambassador", "Ukraine", "COVID-19", "Trending Japan"):
            assert menu_item not in text
    assert second["text"].endswith("distracted by its “smile diplomacy.”")


def test_first_has_no_invented_title_and_its_headings_stand_alone(stored) -> None:  # type: ignore[no-untyped-def]
    _, by_name, db = stored
    first = by_name["pence-tokyo-visit.txt"]
    assert first["title"] is None  # it opens with a paragraph, not a headline
    text = first["text"]
    headings = [
        text[b["start_char"] : b["end_char"]]
        for b in db.spans("blocks", first["id"])
        if b["kind"] == "heading"
    ]
    assert headings == ["Insights from the South Korea Visit", "Japan’s Stance against North Korea"]
    sentences = [text[s["start_char"] : s["end_char"]] for s in db.spans("sentences", first["id"])]
    for heading in headings:
        assert heading in sentences  # a sentence of its own, not glued to the next
    kinds = {
        text[s["start_char"] : s["end_char"]]: s["kind"] for s in db.spans("sentences", first["id"])
    }
    assert kinds["Insights from the South Korea Visit"] == "heading"


def test_mentions_found(stored) -> None:  # type: ignore[no-untyped-def]
    _, _, db = stored
    names = {m["text"] for m in db.export_mentions()}
    assert {"Mike Pence", "Shinzo Abe", "Tokyo"} <= names
