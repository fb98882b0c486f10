from pathlib import Path

from click.testing import CliRunner

from storyline.cli import bundled_examples, main


def test_bundled_examples_carry_attribution() -> None:
    folder = bundled_examples()
    assert len(list(folder.glob("*.txt"))) == 30
    assert "CC BY 2.5" in (folder / "ATTRIBUTION.md").read_text(encoding="utf-8")


def test_demo_ingests_and_prints_what_it_found(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    result = CliRunner().invoke(main, ["demo", "--db", str(db)], catch_exceptions=False)
    assert result.exit_code == 0
    assert "30 stored" in result.output
    assert "Most mentioned actors" in result.output and "[#" in result.output
    assert "Apple" in result.output
    # 30 reports over six years make more stories than the demo lists, and it says so
    assert "(the first 15: `storyline stories` lists more)" in result.output
    again = CliRunner().invoke(main, ["demo", "--db", str(db)], catch_exceptions=False)
    assert "30 unchanged" in again.output
