"""`storyline bench actors` end to end on one ECB+ topic of ../shared (skipped without it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import main

ECBPLUS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ecbplus" / "ECB+"


def test_bench_actors_prints_a_table_then_one_json_line() -> None:
    if not ECBPLUS.is_dir():
        pytest.skip(f"ECB+ is absent: no folder {ECBPLUS}")
    result = CliRunner().invoke(
        main,
        ["bench", "actors", "--data", str(ECBPLUS), "--topics", "3",
         "--skip", "meantime", "--skip", "conll", "--processes", "1"],
        catch_exceptions=False,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    metrics = json.loads(lines[-1])
    assert {"conll_f1", "baseline_conll_f1", "articles"} <= set(metrics)
    assert 0.0 < metrics["conll_f1"] <= 1.0 and 0.0 < metrics["baseline_conll_f1"] <= 1.0
    assert "CoNLL F1" in result.output and "meantime" not in metrics


def test_bench_actors_names_a_missing_topic() -> None:
    if not ECBPLUS.is_dir():
        pytest.skip(f"ECB+ is absent: no folder {ECBPLUS}")
    result = CliRunner().invoke(main, ["bench", "actors", "--data", str(ECBPLUS), "--topics", "99"])
    assert result.exit_code == 1 and "99" in result.output
