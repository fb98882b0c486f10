"""`bench tls`: the reference reader, the publication-date peer, and a run on a slice of T17."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from rich.console import Console

from storyline.evaluation.bench_tls import (
    TlsBenchError,
    first_sentence,
    publication_date_peer,
    read_reference,
    run_bench_tls,
)
from storyline.evaluation.timeline17 import T17Record

TIMELINE17 = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "timeline17"


def quiet() -> Console:
    return Console(stderr=True, quiet=True)


def test_reference_days_gather_their_sentences(tmp_path: Path) -> None:
    path = tmp_path / "bp.txt.timeline.json"
    entries = [
        {"date": "2010-04-20", "text": " The rig -LRB- Deepwater -RRB- explodes . "},
        {"date": "2010-04-20", "text": "Eleven die ."},
        {"date": "2010-07-15", "text": "The well is capped ."},
    ]
    path.write_text(json.dumps(entries), encoding="utf-8")
    reference = read_reference(path, "bpoil_bbc")
    assert reference.name == "bp.txt"
    assert reference.timeline == {
        date(2010, 4, 20): ["The rig (Deepwater) explodes.", "Eleven die."],
        date(2010, 7, 15): ["The well is capped."],
    }


def test_first_sentence() -> None:
    assert first_sentence("Oil leaks. BP says so.") == "Oil leaks."
    assert first_sentence('He said "stop." Then he left.') == 'He said "stop."'
    assert first_sentence("No end here") == "No end here"


def test_peer_takes_the_busiest_days_and_their_first_report() -> None:
    records = [
        T17Record("bp", "1", "2010-04-21", "Rig burns. More."),
        T17Record("bp", "2", "2010-04-21", "Second report."),
        T17Record("bp", "3", "2010-04-22", "Rig sinks."),
        T17Record("bp", "4", "2010-04-30", "Oil ashore."),
        T17Record("bp", "5", "2010-04-30", "Oil on beaches."),
    ]
    assert publication_date_peer(records, 2) == {
        date(2010, 4, 21): ["Rig burns."],
        date(2010, 4, 30): ["Oil ashore."],
    }
    assert publication_date_peer(records, 1, sentences_per_date=2) == {
        date(2010, 4, 21): ["Rig burns.", "Second report."]
    }


def test_no_folder_of_the_split(tmp_path: Path) -> None:
    with pytest.raises(TlsBenchError, match="development"):
        run_bench_tls(tmp_path, console=quiet())


@pytest.mark.shared
def test_bench_on_a_slice_of_one_development_folder(tmp_path: Path) -> None:
    source = TIMELINE17 / "H1N1_guardian"
    if not source.is_dir():
        pytest.skip(f"../shared is absent: no Timeline17 at {TIMELINE17}")
    folder = tmp_path / "data" / "H1N1_guardian"
    folder.mkdir(parents=True)
    articles = json.loads((source / "articles.json").read_text(encoding="utf-8"))[:4]
    (folder / "articles.json").write_text(json.dumps(articles), encoding="utf-8")
    for gold in source.glob("*.timeline.json"):
        (folder / gold.name).write_text(gold.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "summaries.json"
    result = run_bench_tls(tmp_path / "data", stores=tmp_path / "stores", out=out, console=quiet())
    assert result["split"] == "development" and result["timelines"] == 1
    assert set(result["skipped"]) == {"H1N1_bbc", "H1N1_reuters", "MJ_bbc", "haiti_bbc"}
    (timeline,) = result["per_timeline"].values()
    assert timeline["reports"] == 4 and timeline["timeline_items"] > 0
    for key in ("date_f1", "rouge1_concat", "rouge2_agreement", "rouge1_alignment"):
        assert 0.0 <= result[key] <= 1.0
        assert 0.0 <= result["peers"]["publication-date"][key] <= 1.0
    (written,) = json.loads(out.read_text(encoding="utf-8")).values()
    assert 0 < len({entry["date"] for entry in written}) <= timeline["dates"]
    assert (tmp_path / "stores" / "H1N1_guardian.duckdb").is_file()
