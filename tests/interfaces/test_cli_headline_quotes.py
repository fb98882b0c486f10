"""What a report's headline says someone said reaches `storyline quotes` and the export, with
offsets into the headline, the speaker the report's own actor (an invented report)."""

import json

import pytest

from tests.interfaces.cli_run import ingest_records, run

pytestmark = pytest.mark.usefixtures("wide_console")

TITLE = "Delgado: ‘We Will Rebuild The Pier Before Winter’"
TEXT = (
    "Mayor Maria Delgado visited the harbour of Ostend on Monday after the storm. The pier "
    "lost two of its piles, and the ferry to the island stopped. Delgado met the harbour "
    "workers and the island's families, who had waited for news since the weekend."
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("store") / "s.db")
    return ingest_records(db, {"title": TITLE, "text": TEXT, "published": "2024-11-04"})


def test_the_headlines_statement_is_the_speakers_quote(store: str) -> None:
    result = run("quotes", "--actor", "Delgado", "--db", store)
    assert result.exit_code == 0, result.output
    assert "We Will Rebuild The Pier Before Winter" in result.output
    assert "Maria Delgado" in result.output and "1:title" in result.output


def test_the_export_says_the_quote_points_into_the_title(store: str) -> None:
    exported = json.loads(run("export", "--db", store).output)
    [said] = [q for q in exported["quotes"] if q["field"] == "title"]
    assert (
        TITLE[said["start"] : said["end"]]
        == said["text"]
        == "We Will Rebuild The Pier Before Winter"
    )
    assert said["kind"] == "direct" and said["direct"]
    [delgado] = [e for e in exported["entities"] if e["name"] == "Maria Delgado"]
    assert said["speaker_entity_id"] == delgado["id"]
    assert all(q["field"] == "text" for q in exported["quotes"] if q is not said)
