"""`storyline timeline --actor`: one actor's sentences and statements across every report, by
the date each speaks of, on a store the test ingests."""

import json

import pytest
from rich.console import Console

from storyline.interfaces.actor_view import marked
from storyline.store.database import Database
from storyline.story.actor_timeline import load_actor_timeline
from tests.interfaces.cli_run import ingest_records, run

pytestmark = pytest.mark.usefixtures("wide_console")

TOKYO = (
    "Pence in Tokyo\n\nMike Pence arrived in Tokyo on Wednesday. He later met Shinzo Abe. "
    "Before the trip, he told reporters on Monday that he cannot rule out meeting North Korean "
    "officials. “We will stand by Japan,” Pence said. Abe said Pence was welcome."
)
LIMA = (
    "Floods in Lima\n\nHeavy rain flooded the centre of Lima on Saturday. The mayor said the "
    "river would be dredged. Mike Pence sent condolences on Sunday."
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Pence in Tokyo (published Wed 7 Feb 2018) and a flood in Lima (Thu 8 Feb) in which he
    sent condolences on Sunday (4 Feb): two stories."""
    db = str(tmp_path_factory.mktemp("store") / "s.db")
    return ingest_records(
        db, {"text": TOKYO, "published": "2018-02-07"}, {"text": LIMA, "published": "2018-02-08"}
    )


def rows(output: str) -> list[tuple[str, str]]:
    """(kind, sentence) of each row of the table."""
    found = []
    for line in output.splitlines():
        cells = [c.strip() for c in line.split("│")[1:-1]]
        if len(cells) == 5:
            found.append((cells[3], cells[4]))
    return found


def story_of(db: str, title: str) -> int:
    exported = json.loads(run("export", "--db", db).output)
    [story] = [s for s in exported["stories"] if s["title"].startswith(title)]
    return int(story["id"])


def test_the_actors_sentences_by_date_across_stories(store: str) -> None:
    result = run("timeline", "--actor", "Pence", "--db", store)
    assert result.exit_code == 0, result.output
    assert "Timeline of Mike Pence" in result.output
    assert rows(result.output) == [
        ("dated", "Mike Pence sent condolences on Sunday."),  # 4 Feb, the later report
        ("statement", "Before the trip, he told reporters on Monday that he cannot rule out "
         "meeting North Korean officials."),  # 5 Feb
        ("dated", "Mike Pence arrived in Tokyo on Wednesday."),  # 7 Feb
        ("mention", "He later met Shinzo Abe."),  # by a pronoun, at its report's date
        ("statement", "“We will stand by Japan,” Pence said."),
        ("mention", "Abe said Pence was welcome."),  # Abe's words, not his
    ]  # fmt: skip
    assert "Sun 4 Feb 2018" in result.output and "(Wed 7 Feb 2018)" in result.output


def test_the_pronoun_is_the_marked_mention(store: str) -> None:
    with Database(store, read_only=True) as db:
        [pence] = [e for e in db.entity_names() if e["name"] == "Mike Pence"]
        items = load_actor_timeline(db, pence["id"])
    [met] = [i for i in items if i.item.text == "He later met Shinzo Abe."]
    line = marked(met)
    assert [line.plain[s.start : s.end] for s in line.spans] == ["He"]
    console = Console(force_terminal=True, color_system="standard", width=200)
    with console.capture() as captured:
        console.print(line)
    assert "\x1b[1;36mHe\x1b[0m later met" in captured.get()


def test_one_story_and_a_story_without_the_actor(store: str) -> None:
    lima, tokyo = story_of(store, "Floods in Lima"), story_of(store, "Pence in Tokyo")
    only = run("timeline", "--actor", "pence", "--story", str(lima), "--db", store)
    assert rows(only.output) == [("dated", "Mike Pence sent condolences on Sunday.")]
    assert f"in story {lima}: 1 sentence" in only.output
    abe = run("timeline", "--actor", "Abe", "--story", str(lima), "--db", store)
    assert "No sentence mentions Shinzo Abe (actor" in abe.output
    assert f") in story {lima}." in abe.output
    assert len(rows(run("timeline", "--actor", "Abe", "--story", str(tokyo), "--db", store).output))
    missing = run("timeline", "--actor", "Pence", "--story", "99", "--db", store)
    assert missing.exit_code == 1 and "no story with id 99" in missing.output


def test_an_unknown_actor_gets_a_clear_message(store: str) -> None:
    unknown = run("timeline", "--actor", "Obama", "--db", store)
    assert unknown.exit_code == 1
    assert "no actor named “Obama”: `storyline actors` lists them" in unknown.output
    close = run("timeline", "--actor", "Pense", "--db", store)
    assert close.exit_code == 1 and "did you mean:" in close.output and "Mike Pence" in close.output
    assert "no actor with id 999" in run("timeline", "--actor", "999", "--db", store).output


def test_the_actor_by_its_id_gives_the_same_timeline(store: str) -> None:
    exported = json.loads(run("export", "--db", store).output)
    [pence] = [e for e in exported["entities"] if e["name"] == "Mike Pence"]
    by_id = run("timeline", "--actor", str(pence["id"]), "--db", store).output
    assert rows(by_id) == rows(run("timeline", "--actor", "Pence", "--db", store).output)
    limited = run("timeline", "--actor", "Pence", "-n", "2", "--db", store).output
    assert len(rows(limited)) == 2 and "(the first 2 shown: -n N shows more)" in limited
