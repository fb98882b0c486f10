"""A "they" that speaks for two persons named together reaches `storyline quotes` with their
names, `quotes --actor` of either person, and the export's `speaker_group_entity_ids` (an
invented report)."""

import json

import pytest

from tests.interfaces.cli_run import ingest_records, run

pytestmark = pytest.mark.usefixtures("wide_console")

TEXT = (
    "Executors Tom Baker and Ann Fielding have been dealing with the farm's accounts since "
    'the farmer died in March. "Since that date, the assets have continued to grow," they '
    "said. The farm lies on the coast near Ostend."
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("store") / "s.db")
    record = {"title": "The farm's estate", "text": TEXT, "published": "2024-11-04"}
    return ingest_records(db, record)


def test_quotes_shows_the_pronoun_with_the_persons_it_stands_for(store: str) -> None:
    result = run("quotes", "--db", store)
    assert result.exit_code == 0, result.output
    assert "they (Tom Baker and Ann Fielding)" in result.output


def test_either_person_finds_the_quote_of_the_pair(store: str) -> None:
    result = run("quotes", "--actor", "Fielding", "--db", store)
    assert result.exit_code == 0, result.output
    assert "the assets have continued to grow" in result.output


def test_the_export_lists_both_persons_and_no_single_speaker(store: str) -> None:
    exported = json.loads(run("export", "--db", store).output)
    [said] = [q for q in exported["quotes"] if "assets" in q["text"]]
    ids = {e["name"]: e["id"] for e in exported["entities"]}
    assert said["speaker_entity_id"] is None and said["speaker_text"] == "they"
    assert said["speaker_group_entity_ids"] == [ids["Tom Baker"], ids["Ann Fielding"]]
    assert all(q["speaker_group_entity_ids"] == [] for q in exported["quotes"] if q is not said)


def test_either_persons_timeline_holds_the_pairs_statement(store: str) -> None:
    result = run("timeline", "--actor", "Fielding", "--db", store)
    assert result.exit_code == 0, result.output
    assert "the assets have continued to grow" in result.output
    assert "statement" in result.output
