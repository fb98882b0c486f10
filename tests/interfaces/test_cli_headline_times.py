"""The times a report's headline names are stored at ingest, anchored on the report's date,
and reach `storyline times --article` and the export marked as the title's, with offsets into
the headline (an invented report whose text never names the day its headline does)."""

import json

import pytest

from tests.interfaces.cli_run import ingest_records, run

pytestmark = pytest.mark.usefixtures("wide_console")

TITLE = "Four things to watch in tonight's council vote"
TEXT = (
    "The council of Ostend votes on the harbour plan. Mayor Maria Delgado wants the pier "
    "rebuilt before winter, and the opposition wants a study first."
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("store") / "s.db")
    return ingest_records(db, {"title": TITLE, "text": TEXT, "published": "2024-11-04"})


def test_the_headlines_time_is_listed_as_the_titles(store: str) -> None:
    result = run("times", "--article", "1", "--db", store)
    assert result.exit_code == 0, result.output
    assert "tonight" in result.output and "2024-11-04" in result.output
    assert "title" in result.output


def test_the_export_says_the_time_points_into_the_title(store: str) -> None:
    exported = json.loads(run("export", "--db", store).output)
    [tonight] = [t for t in exported["times"] if t["field"] == "title"]
    assert TITLE[tonight["start"] : tonight["end"]] == tonight["text"] == "tonight"
    assert tonight["value"] == "2024-11-04" and tonight["date_id"] is not None
    assert all(t["field"] == "text" for t in exported["times"] if t is not tonight)
