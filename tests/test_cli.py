import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from pytest import MonkeyPatch

from storyline import cli
from storyline.cli import main, typed_command
from storyline.store.database import Database
from tests.corpus import write_bad_corpus, write_good_reports


def run(*args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)


def test_every_command_has_help_with_an_example() -> None:
    for command in (
        "ingest", "list", "show", "actors", "times", "quotes", "timeline", "stories", "story",
        "rejects", "export", "demo",
    ):  # fmt: skip
        result = run(command, "--help")
        assert result.exit_code == 0, command
        assert "Example" in result.output, command
    assert "ingest" in run("bench", "--help").output
    assert "Example" in run("bench", "stories", "--help").output


def test_ingest_list_show_export(tmp_path: Path) -> None:
    write_good_reports(tmp_path / "in", 2)
    db = str(tmp_path / "s.db")
    result = run("ingest", str(tmp_path / "in"), "--db", db, "-q")
    assert result.exit_code == 0
    listing = run("list", "--db", db)
    assert "Talks in Tokyo, part 0" in listing.output
    shown = run("show", "1", "--db", db)
    assert "Tokyo" in shown.output and "[#" in shown.output  # actor mentions carry entity ids
    exported = json.loads(run("export", "--format", "json", "--db", db).output)
    assert set(exported) >= {"articles", "mentions", "entities"}
    [abe] = [e for e in exported["entities"] if e["name"] == "Shinzo Abe"]
    assert shown.output.count(f"[#{abe['id']}]") >= 2  # the titled name and "Abe"
    assert {m["article_id"] for m in abe["mentions"]} == {1, 2}
    assert set(abe) == {"id", "name", "type", "code", "country", "roles", "mentions"}
    assert set(abe["mentions"][0]) == {"article_id", "start", "end", "text", "kind"}
    assert set(exported["articles"][0]) == {
        "id", "path", "title", "published", "source", "language", "page_kind", "text",
        "duplicate_of",
    }  # fmt: skip
    assert {a["page_kind"] for a in exported["articles"]} == {"news"}
    assert set(exported["mentions"][0]) == {"article_id", "start", "end", "text", "label"}


def test_actors_lists_entities_of_the_corpus_or_one_article(tmp_path: Path) -> None:
    write_good_reports(tmp_path / "in", 2)
    db = str(tmp_path / "s.db")
    run("ingest", str(tmp_path / "in"), "--db", db, "-q")
    everything = run("actors", "--db", db, "--type", "PERSON")
    assert "Shinzo" in everything.output and "JPNGOV" in everything.output
    assert "COUNTRY" not in everything.output
    one = run("actors", "--db", db, "--article", "1")
    assert "actors of article 1" in one.output
    missing = CliRunner().invoke(main, ["actors", "--article", "99", "--db", db])
    assert missing.exit_code == 1 and "no article with id 99" in missing.output


def test_actors_lists_things_only_with_the_option_and_the_export_types_them(
    tmp_path: Path,
) -> None:
    write_good_reports(tmp_path / "in", 2)
    db = str(tmp_path / "s.db")
    run("ingest", str(tmp_path / "in"), "--db", db, "-q")
    actors = run("actors", "--db", db)
    things = run("actors", "--db", db, "--things")
    assert "Shinzo" in actors.output and "THING" not in actors.output
    assert "things of all articles" in things.output
    assert "THING" in things.output and "Shinzo" not in things.output
    assert "THING" not in run("show", "1", "--db", db).output  # its legend lists actors
    exported = json.loads(run("export", "--format", "json", "--db", db).output)
    [talks] = [e for e in exported["entities"] if e["type"] == "THING" and e["name"] == "talk"]
    assert {m["article_id"] for m in talks["mentions"]} == {1, 2}  # "Talks in ..." of both


def test_times_lists_calendar_values_of_one_article(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    line = json.dumps(
        {
            "text": "Abe met Pence on Monday. They will meet again next week.",
            "published": "2018-02-07",
        }
    )
    run("ingest", "-", "--db", db, "-q", stdin=line + "\n")
    listed = run("times", "--db", db, "--article", "1")
    assert "2018-02-05" in listed.output and "2018-W07" in listed.output
    assert "2 times of article 1" in listed.output
    shown = run("show", "1", "--db", db)
    assert "times of this article" in shown.output and "2018-02-05" in shown.output
    missing = CliRunner().invoke(main, ["times", "--article", "99", "--db", db])
    assert missing.exit_code == 1 and "no article with id 99" in missing.output


def test_quotes_are_listed_by_speaker_and_exported(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    text = (
        "Shinzo Abe met Mike Pence in Tokyo on Wednesday. “We will stand by Japan,” Pence said. "
        "Abe said the alliance was strong. He backed the “maximum pressure” line."
    )
    line = json.dumps({"text": text, "published": "2018-02-07"})
    run("ingest", "-", "--db", db, "-q", stdin=line + "\n")
    listed = run("quotes", "--db", db, "--actor", "pence")
    assert "We will stand by Japan" in listed.output and "alliance" not in listed.output
    everything = run("quotes", "--db", db, "--terms")
    assert "maximum pressure" in everything.output and "term" in everything.output
    exported = json.loads(run("export", "--format", "json", "--db", db).output)["quotes"]
    assert set(exported[0]) == {
        "article_id", "start", "end", "text", "parts", "direct", "kind", "cue",
        "speaker_entity_id", "speaker_group_entity_ids", "speaker_text", "dates", "via", "field",
    }  # fmt: skip
    assert all(q["via"] is None for q in exported)  # each heard by the report itself
    [pence] = [q for q in exported if q["direct"]]
    [abe] = [q for q in exported if q["kind"] == "indirect"]
    entities = {
        e["id"]: e["name"] for e in json.loads(run("export", "--db", db).output)["entities"]
    }
    assert entities[pence["speaker_entity_id"]] == "Mike Pence"
    assert entities[abe["speaker_entity_id"]] == "Shinzo Abe"
    assert text[pence["start"] : pence["end"]] == pence["text"]


def test_a_quote_its_cue_interrupts_is_shown_in_parts_without_the_cue(
    tmp_path: Path, monkeypatch: MonkeyPatch
) -> None:
    monkeypatch.setattr(cli.console, "width", 250)  # a cell's words on one line
    db = str(tmp_path / "s.db")
    text = "The storm hit Bergen on Monday. “We will rebuild,” Mayor Anna Lund said, “every house.”"
    run("ingest", "-", "--db", db, "-q", stdin=json.dumps({"text": text}) + "\n")
    listed = run("quotes", "--db", db).output
    assert "We will rebuild, … every house." in listed
    assert "Lund said" not in listed  # the cue's words are no part of what was said
    [quote] = json.loads(run("export", "--format", "json", "--db", db).output)["quotes"]
    assert text[quote["start"] : quote["end"]] == quote["text"]  # first to last part, as before
    assert [text[p["start"] : p["end"]] for p in quote["parts"]] == [
        "We will rebuild,", "every house."
    ]  # fmt: skip


def test_a_quote_through_a_medium_names_it(tmp_path: Path, monkeypatch: MonkeyPatch) -> None:
    monkeypatch.setattr(cli.console, "width", 250)  # a cell's words on one line
    db = str(tmp_path / "s.db")
    text = (
        "Meanwhile in North Korea, official media quoted leader Kim Jong Un as vowing to "
        "improve ties with South Korea. Kim Jong Un said the talks went well."
    )
    run("ingest", "-", "--db", db, "-q", stdin=json.dumps({"text": text}) + "\n")
    listed = run("quotes", "--db", db).output
    assert "Kim Jong Un (via official media)" in listed
    assert listed.count("(via") == 1  # his own words in the second sentence came directly
    # what came through the medium is a group of its own, after his own words
    assert listed.index("Kim Jong Un ") < listed.index("the talks") < listed.index("(via")
    exported = json.loads(run("export", "--format", "json", "--db", db).output)["quotes"]
    assert sorted((q["text"][:9], q["via"]) for q in exported) == [
        ("the talks", None), ("to improv", "official media")
    ]  # fmt: skip


def test_rejects_give_exit_status_1_and_are_listed(tmp_path: Path) -> None:
    expected = write_bad_corpus(tmp_path / "in")
    db = str(tmp_path / "s.db")
    result = run("ingest", str(tmp_path / "in"), "--db", db, "-q", "--max-bytes", "10000")
    assert result.exit_code == 1
    assert f"{len(expected)} rejected" in result.output
    listing = run("rejects", "--db", db)
    assert "binary" in listing.output and "malformed JSON" in listing.output


def test_jsonl_on_stdin(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    line = json.dumps({"text": "Shinzo Abe met Mike Pence in Tokyo on Wednesday.", "source": "X"})
    result = run("ingest", "-", "--db", db, "-q", stdin=line + "\n")
    assert result.exit_code == 0
    [article] = json.loads(run("export", "--db", db).output)["articles"]
    assert article["path"] == "<stdin>" and article["source"] == "X"


def test_reading_commands_on_a_missing_database_fail_clearly(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["list", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "storyline ingest" in result.output


def test_show_unknown_article(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    write_good_reports(tmp_path / "in", 1)
    run("ingest", str(tmp_path / "in"), "--db", db, "-q")
    result = CliRunner().invoke(main, ["show", "99", "--db", db])
    assert result.exit_code == 1 and "no article with id 99" in result.output


def test_stories_and_one_story(tmp_path: Path) -> None:
    write_good_reports(tmp_path / "in", 2)
    db = str(tmp_path / "s.db")
    run("ingest", str(tmp_path / "in"), "--db", db, "-q")
    listing = run("stories", "--db", db)
    assert "1 story" in listing.output and "Talks in Tokyo" in listing.output
    assert "1 topic" in run("stories", "--topics", "--db", db).output
    story = run("story", "1", "--db", db)
    for part in ("Reports", "Actors", "Timeline", "Quotes by speaker", "Developments"):
        assert part in story.output
    missing = CliRunner().invoke(main, ["story", "99", "--db", db])
    assert missing.exit_code == 1 and "no story with id 99" in missing.output
    actors = run("actors", "--story", "1", "--db", db)
    assert "actors of story 1" in actors.output and "Shinzo" in actors.output
    assert "of story 1" in run("quotes", "--story", "1", "--db", db).output
    missing = CliRunner().invoke(main, ["quotes", "--story", "99", "--db", db])
    assert missing.exit_code == 1 and "no story with id 99" in missing.output
    exported = json.loads(run("export", "--db", db).output)
    [one] = exported["stories"]
    assert set(one) == {"id", "topic_id", "title", "article_ids", "start", "end"}
    assert sorted(one["article_ids"]) == [1, 2]
    assert exported["topics"] == [
        {"id": 1, "title": exported["topics"][0]["title"], "story_ids": [1]}
    ]
    for item in exported["timeline"]:
        assert set(item) == {"story_id", "date", "article_id", "start", "end", "text", "kind"}
    for development in exported["developments"]:
        assert set(development) == {
            "story_id", "article_id", "kind", "text", "start", "end", "earlier_article_id",
            "earlier_start", "earlier_end", "actor_entity_id", "order_known",
        }  # fmt: skip
        assert isinstance(development["order_known"], bool)


def test_story_summary(tmp_path: Path) -> None:
    report = {
        "title": "Summit in Tokyo",
        "published": "2018-02-07",
        "text": "Leaders met in Tokyo on 5 February 2018 for the trade summit. "
        "The summit ended on 6 February 2018 with a joint statement on trade.\n\n"
        "Officials said further talks would follow.",
    }
    (tmp_path / "in.jsonl").write_text(json.dumps(report) + "\n", encoding="utf-8")
    db = str(tmp_path / "s.db")
    run("ingest", str(tmp_path / "in.jsonl"), "--db", db, "-q")
    one_day = run("story", "1", "--summary", "1", "--db", db).output
    assert "Story 1 in 1 day" in one_day and "Mon 5 Feb 2018" in one_day
    assert "Leaders met in Tokyo" in one_day and "Reports" not in one_day
    both = run("story", "1", "--summary", "5", "--db", db).output
    assert "2 days" in both and "Tue 6 Feb 2018" in both
    missing = CliRunner().invoke(main, ["story", "99", "--summary", "3", "--db", db])
    assert missing.exit_code == 1 and "no story with id 99" in missing.output


_HOLD_LOCK = (
    "import sys, time, duckdb\n"
    "conn = duckdb.connect(sys.argv[1])\n"
    "print('locked', flush=True)\n"
    "time.sleep(60)\n"
)  # a process that holds the write lock


def test_a_database_locked_by_another_process_is_said_to_be_in_use(tmp_path: Path) -> None:
    db = tmp_path / "busy.db"
    Database(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK, str(db)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        result = CliRunner().invoke(main, ["list", "--db", str(db)])
    finally:
        holder.kill()
        holder.wait()
    assert result.exit_code == 1
    said = " ".join(result.output.split())
    assert f"is in use by another storyline command (process {holder.pid}: `" in said
    assert "IO Error" not in result.output


@pytest.mark.parametrize(
    ("argv", "typed"),
    [
        (
            ["/venv/bin/python", "/venv/bin/storyline", "timeline", "--actor", "71"],
            "storyline timeline --actor 71",
        ),
        (
            ["python3", "-m", "storyline.cli", "export", "-o", "out file.json"],
            "storyline export -o 'out file.json'",
        ),
        (["python3", "-c", "pass"], "python3 -c pass"),
    ],
)
def test_the_process_holding_a_database_is_named_by_the_command_typed(
    argv: list[str], typed: str
) -> None:
    assert typed_command(argv) == typed


_READ_AND_LIST_MODULES = (
    "import sys\n"
    "from storyline.cli import main\n"
    "db = sys.argv[1]\n"
    "for args in (['stories'], ['story', '1'], ['show', '1'], ['actors'], ['quotes'],\n"
    "             ['timeline', '--actor', 'Shinzo Abe'], ['times'], ['list'], ['export']):\n"
    "    main([*args, '--db', db], standalone_mode=False)\n"
    "heavy = {'spacy', 'thinc', 'torch', 'sentence_transformers', 'transformers', 'datasketch'}\n"
    "print('IMPORTED', sorted(heavy & {name.split('.')[0] for name in sys.modules}))\n"
)  # every reading command of one process, then the heavy packages it imported


def test_reading_commands_import_no_nlp_stack(tmp_path: Path) -> None:
    """spaCy, torch and sentence-transformers take seconds to import: a command that only
    reads the store (a story whose developments were found) imports none of them."""
    write_good_reports(tmp_path / "in", 2)
    db = str(tmp_path / "s.db")
    run("ingest", str(tmp_path / "in"), "--db", db, "-q")
    run("story", "1", "--db", db)  # finds the developments: the next view reads them
    source = str(Path(cli.__file__).resolve().parents[1])  # this checkout's storyline
    result = subprocess.run(
        [sys.executable, "-c", _READ_AND_LIST_MODULES, db],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": source},
        check=True,
    )
    assert "Shinzo" in result.stdout  # the commands did read the store
    assert result.stdout.splitlines()[-1] == "IMPORTED []"
