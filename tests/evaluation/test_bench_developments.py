"""`storyline bench developments` end to end on one ECB+ topic of ../shared (skipped without it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import main

ECBPLUS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ecbplus" / "ECB+"


def test_bench_developments_prints_a_table_then_one_json_line() -> None:
    if not ECBPLUS.is_dir():
        pytest.skip(f"ECB+ is absent: no folder {ECBPLUS}")
    result = CliRunner().invoke(
        main,
        ["bench", "developments", "--data", str(ECBPLUS), "--topics", "11", "--peers", "-p", "1"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.output.strip().splitlines()[-1])
    assert {"new_precision", "new_recall", "new_f1", "sentences", "reports", "docs_per_s"} <= set(
        metrics
    )
    assert {"old_f1", "macro_f1", "flagged"} <= set(metrics["in_window"]["tf-idf"])
    assert metrics["peers"]["all-new"]["old_f1"] == 0.0
    assert metrics["peers"]["all-new"]["flagged"] == 1.0
    assert "macro F1" in result.output
    assert metrics["stories"] == 2 and metrics["sentences"] > 0
    assert 0.0 <= metrics["new_f1"] <= 1.0 and metrics["peers"]["all-new"]["new_recall"] == 1.0
    assert "NEW F1" in result.output
    within = metrics["in_window"]
    assert within["storyline"]["sentences"] == metrics["sentences"] - metrics["outside_window"]
    assert within["all-new"]["new_recall"] == 1.0
    assert "Inside the lead window" in result.output


def test_bench_developments_names_a_missing_topic() -> None:
    if not ECBPLUS.is_dir():
        pytest.skip(f"ECB+ is absent: no folder {ECBPLUS}")
    result = CliRunner().invoke(
        main, ["bench", "developments", "--data", str(ECBPLUS), "--topics", "99"]
    )
    assert result.exit_code == 1 and "99" in result.output
