"""What a user of the reading commands sees: clear messages for wrong ids, empty stores and
one-report stories; quotes by actor name or id; times by story; dates a reader can read."""

import json
from pathlib import Path

import pytest

from storyline.store.database import Database
from tests.interfaces.cli_run import ingest_records, run

pytestmark = pytest.mark.usefixtures("wide_console")

DATED = (
    "Pence in Tokyo\n\nMike Pence arrived in Tokyo on Wednesday. He told reporters on Monday "
    "that he cannot rule out meeting North Korean officials. “We will stand by Japan,” Pence "
    "said."
)
UNDATED = (
    "Floods in Lima\n\nHeavy rain flooded the centre of Lima on Thursday. The mayor said the "
    "river would be dredged."
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store of a dated report and an undated one, on two matters."""
    db = str(tmp_path_factory.mktemp("store") / "s.db")
    return ingest_records(db, {"text": DATED, "published": "2018-02-07"}, {"text": UNDATED})


def story_of(db: str, title: str) -> int:
    exported = json.loads(run("export", "--db", db).output)
    [story] = [s for s in exported["stories"] if s["title"].startswith(title)]
    return int(story["id"])


def test_reading_and_exporting_a_missing_store_fail_without_creating_it(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    for command in (["story", "1"], ["export"], ["quotes"], ["stories"]):
        result = run(*command, "--db", str(missing))
        assert result.exit_code == 1, command
        assert f"no database at {missing}" in result.output, command
        assert not missing.exists(), command


def test_an_empty_store_says_there_is_nothing_yet(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    Database(db).close()
    assert "No stories yet: `storyline ingest PATH`" in run("stories", "--db", str(db)).output
    assert "No stories yet" in run("stories", "--topics", "--db", str(db)).output
    assert "No quotes in all articles" in run("quotes", "--db", str(db)).output
    assert "No times in all articles" in run("times", "--db", str(db)).output
    assert "┏" not in run("quotes", "--db", str(db)).output  # a line, not an empty table
    unknown = run("story", "1", "--db", str(db))
    assert unknown.exit_code == 1 and "no story with id 1" in unknown.output


def test_quotes_by_actor_name_or_id_and_clear_messages_for_unknown_ones(store: str) -> None:
    exported = json.loads(run("export", "--db", store).output)
    [pence] = [e for e in exported["entities"] if e["name"] == "Mike Pence"]
    by_id = run("quotes", "--actor", str(pence["id"]), "--db", store)
    assert by_id.exit_code == 0
    assert "We will stand by Japan" in by_id.output and "dredged" not in by_id.output
    assert f"quotes by actor {pence['id']}" in by_id.output
    nobody = run("quotes", "--actor", "Nobody", "--db", store)
    assert nobody.exit_code == 0
    assert "No quotes by “Nobody” in all articles: `storyline actors` lists" in nobody.output
    unknown = run("quotes", "--actor", "99999", "--db", store)
    assert unknown.exit_code == 1 and "no actor with id 99999" in unknown.output
    assert "Traceback" not in unknown.output


def test_every_quote_points_to_its_report_and_sentence(store: str) -> None:
    shown = run("quotes", "--actor", "Pence", "--db", store).output
    assert "at: report id:sentence number" in shown
    [row] = [line for line in shown.splitlines() if "We will stand by Japan" in line]
    cells = [cell.strip() for cell in row.split("│") if cell.strip()]
    assert cells[-1] == "1:3"  # report 1, its third sentence


def test_times_of_one_story_read_as_days(store: str) -> None:
    story = story_of(store, "Pence in Tokyo")
    shown = run("times", "--story", str(story), "--db", store).output
    assert f"times of story {story}" in shown
    assert "2018-02-05" in shown and "Mon 5 Feb 2018" in shown  # the value and how it reads
    assert "Lima" not in shown and "XXXX-WXX-4" not in shown  # the other story's Thursday
    missing = run("times", "--story", "99", "--db", store)
    assert missing.exit_code == 1 and "no story with id 99" in missing.output


def test_an_undated_report_keeps_its_weekday_unknown_in_every_view(store: str) -> None:
    times = run("times", "--article", "2", "--db", store).output
    assert "XXXX-WXX-4" in times and "a Thursday (date unknown)" in times and "DCT" in times
    story = run("story", str(story_of(store, "Floods in Lima")), "--db", store).output
    assert "undated · 1 report" in story and "(from text)" not in story
    assert "Developments: none yet — the story has one report" in story
    assert "Traceback" not in story


def test_an_unknown_topic_is_an_error(store: str) -> None:
    result = run("stories", "--topic", "99", "--db", store)
    assert result.exit_code == 1 and "no topic with id 99" in result.output


def test_a_table_cut_at_its_limit_says_so(store: str) -> None:
    cut = run("times", "-n", "1", "--db", store).output
    assert "times of all articles (the first 1 shown: -n N shows more)" in cut
    whole = run("times", "--db", store).output
    assert "shown" not in whole


def test_the_story_view_points_each_timeline_item_to_its_sentence(store: str) -> None:
    story = run("story", str(story_of(store, "Pence in Tokyo")), "--db", store).output
    [row] = [line for line in story.splitlines() if "told reporters on Monday" in line]
    assert "Mon 5 Feb 2018" in row and "│ 1:2 " in row


def test_an_export_to_a_missing_folder_or_an_unwritable_file_is_a_clear_error(
    store: str, tmp_path: Path
) -> None:
    missing = run("export", "--db", store, "-o", str(tmp_path / "no" / "corpus.json"))
    assert missing.exit_code == 1 and "cannot write" in missing.output
    assert f"no folder {tmp_path / 'no'}" in missing.output
    folder = tmp_path / "a-folder"
    folder.mkdir()
    unwritable = run("export", "--db", store, "-o", str(folder))
    assert unwritable.exit_code != 0 and "Traceback" not in unwritable.output
    written = run("export", "--db", store, "-o", str(tmp_path / "corpus.json"))
    assert written.exit_code == 0
    assert json.loads((tmp_path / "corpus.json").read_text())["articles"]
