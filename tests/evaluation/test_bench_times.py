"""`storyline bench times` with a fake tagger on tiny TimeML files, and on TBAQ when present."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from storyline.cli import main
from storyline.evaluation import bench_times
from storyline.evaluation.bench_times import read_corpora, run_bench_times
from storyline.evaluation.time_peers import Item, PeerRun
from storyline.evaluation.timeml import read_timeml
from storyline.extract.times.model import TimeExpression

TBAQ = Path(__file__).resolve().parents[2].parent / "shared/data/tempeval3/TBAQ-cleaned"
DAYS = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>{doc_id}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>
{body}
</TEXT>
</TimeML>
"""


def write(folder: Path, doc_id: str, body: str, dct: str = "1998-08-10") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{doc_id}.tml").write_text(TIMEML.format(doc_id=doc_id, dct=dct, body=body))


def timex(words: str, value: str, type_: str = "DATE") -> str:
    return f'<TIMEX3 tid="t1" type="{type_}" value="{value}">{words}</TIMEX3>'


@pytest.fixture
def data(tmp_path: Path) -> Path:
    root = tmp_path / "tml"
    write(root / "TimeBank", "tb1", f"They <EVENT eid='e1'>met</EVENT> on {timex('Friday', 'F')}.")
    write(root / "TimeBank", "tb2", f"It lasted {timex('two days', 'P2D', 'DURATION')}.")
    write(
        root / "AQUAINT",
        "aq1",
        f"On {timex('Monday', 'M')} and {timex('last Sunday', 'S')}.",
        "1998-02-06T22:19:00",
    )
    copy = (root / "AQUAINT" / "aq1.tml").read_text()  # a repeated document id is left out
    (root / "AQUAINT" / "aq1-copy.tml").write_text(copy)
    return root


def day_tagger(items: Sequence[Item]) -> list[list[TimeExpression]]:
    """Weekday names, each valued "F", "M", "S"…; the DCT must be a plain date."""
    for _, dct in items:
        assert dct is None or len(dct) == 10
    return [
        [
            TimeExpression(m.start(), m.end(), m.group(), "DATE", m.group()[0])
            for m in DAYS.finditer(t)
        ]
        for t, _ in items
    ]


def test_corpora_are_grouped_by_subfolder(data: Path) -> None:
    corpora, duplicates = read_corpora(data)
    assert [(c.name, len(c.documents)) for c in corpora] == [("AQUAINT", 1), ("TimeBank", 2)]
    assert duplicates == 1


def test_bench_scores_each_corpus_and_all(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_bench_times(data, out=out, console=Console(quiet=True), tagger=day_tagger)
    assert {"strict_f1", "relaxed_f1", "value_f1", "type_accuracy", "docs_per_s"} <= set(result)
    # gold: Friday, two days, Monday, last Sunday; found: Friday, Monday, Sunday (all valued right)
    assert (result["gold"], result["system"], result["strict"], result["relaxed"]) == (4, 3, 2, 3)
    assert result["relaxed_f1"] == pytest.approx(round(2 * 1.0 * 0.75 / 1.75, 4))
    assert result["value_f1"] == result["relaxed_f1"] and result["type_accuracy"] == 1.0
    timebank, aquaint = result["corpora"]["TimeBank"], result["corpora"]["AQUAINT"]
    assert (timebank["gold"], timebank["relaxed"], aquaint["gold"], aquaint["strict"]) == (
        2,
        1,
        2,
        1,
    )
    assert "peers" not in result
    assert result["out"] == {"folder": str(out), "files": 3, "timexes": 3, "skipped": 0}
    back = read_timeml(out / "AQUAINT" / "aq1.tml")
    assert [(t.text, t.value) for t in back.timexes] == [("Monday", "M"), ("Sunday", "S")]
    json.dumps(result)


def test_bench_runs_peers_on_the_same_documents(data: Path) -> None:
    seen: list[int] = []

    def fake_peer(items: Sequence[Item]) -> PeerRun:
        seen.append(len(items))
        return PeerRun("fake", day_tagger(items), [0.5] * len(items), unlocated=2)

    result = run_bench_times(
        data,
        peers=True,
        console=Console(quiet=True),
        tagger=lambda items: [[] for _ in items],
        peer_runners={"fake": fake_peer},
    )
    assert seen == [3] and result["relaxed_f1"] == 0.0
    fake = result["peers"]["fake"]
    assert fake["relaxed"] == 3 and fake["unlocated"] == 2 and fake["docs_per_s"] == 2.0
    assert fake["corpora"]["AQUAINT"]["relaxed"] == 2 and fake["seconds_per_doc"] == 0.5


def test_cli_prints_tables_then_one_json_line(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bench_times, "storyline_tagger", lambda processes: day_tagger)
    result = CliRunner().invoke(main, ["bench", "times", "--data", str(data), "-p", "1"])
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.output.strip().splitlines()[-1])
    assert metrics["relaxed"] == 3 and set(metrics["corpora"]) == {"AQUAINT", "TimeBank"}
    assert "value F1" in result.output and "TimeBank: 2 documents" in result.output


def test_cli_names_a_folder_without_timeml(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["bench", "times", "--data", str(tmp_path)])
    assert result.exit_code == 1 and "no .tml file" in result.output


@pytest.mark.shared
def test_bench_on_tbaq_with_a_fake_tagger() -> None:
    if not TBAQ.is_dir():
        pytest.skip(f"../shared is absent: no TempEval-3 data at {TBAQ}")
    result = run_bench_times(TBAQ, console=Console(quiet=True), tagger=day_tagger)
    assert result["documents"] == 256 and result["gold"] == 1822
    assert result["corpora"]["TimeBank"]["documents"] == 183
    assert result["corpora"]["AQUAINT"]["documents"] == 73
    assert 0.0 < result["strict_precision"] <= 1.0 and result["value_f1"] == 0.0


def test_held_out_documents_are_every_second_aquaint_one(data: Path) -> None:
    write(data / "AQUAINT", "aq2", f"Not on {timex('Tuesday', 'T')} but {timex('Friday', 'x')}.")
    result = run_bench_times(data, tagger=day_tagger, console=Console(file=None, quiet=True))
    held = result["held_out"]
    assert (held["documents"], held["gold"]) == (1, 2)  # aq2 only: the second in path order
    assert held["relaxed_f1"] == 1.0 and held["value_accuracy"] == 0.5
