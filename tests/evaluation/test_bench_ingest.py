"""`storyline bench ingest` end to end on a tiny Timeline17-shaped folder the test writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import main
from tests.corpus import report_text


@pytest.mark.slow
def test_bench_ingest_prints_a_table_then_one_json_line(tmp_path: Path) -> None:
    topic = tmp_path / "talks_wire"
    topic.mkdir()
    articles = [
        {"uid": str(i), "dct": f"2018-02-0{i % 9 + 1}", "dates": [], "text": report_text(i)}
        for i in range(6)
    ]
    (topic / "articles.json").write_text(json.dumps(articles), encoding="utf-8")
    result = CliRunner().invoke(
        main, ["bench", "ingest", "--data", str(tmp_path), "--sizes", "3,6", "-p", "1"]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    figures = json.loads(lines[-1])
    for key in ("articles_per_s", "spacy_articles_per_s", "ratio", "peak_rss_mb_0.003k"):
        assert figures[key] is not None and figures[key] > 0, key
    assert figures["articles"] == {"3": 3, "6": 6}
    assert "ratio" in result.output.lower()
