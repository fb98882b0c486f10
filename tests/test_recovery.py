"""An ingest killed mid-way (kill -9) leaves only whole articles; a re-run finishes exactly."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.corpus import write_good_reports

N_REPORTS = 400


def ingest_command(folder: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "storyline.cli", "ingest", str(folder), "--db", str(db), "-q"]


def stored_counts(db: Path) -> tuple[int, int, int]:
    conn = duckdb.connect(str(db), read_only=True)
    try:
        row = conn.execute(
            "SELECT count(*), count(DISTINCT source_key), "
            "(SELECT count(*) FROM articles a WHERE NOT EXISTS "
            " (SELECT 1 FROM sentences s WHERE s.article_id = a.id)) FROM articles"
        ).fetchone()
    finally:
        conn.close()
    assert row is not None
    return int(row[0]), int(row[1]), int(row[2])


@pytest.mark.slow
def test_killed_ingest_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    folder, db = tmp_path / "in", tmp_path / "s.db"
    write_good_reports(folder, N_REPORTS)
    wal = Path(str(db) + ".wal")
    proc = subprocess.Popen(ingest_command(folder, db), stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    # wait until articles are being committed, then kill without warning
    while not (wal.exists() and wal.stat().st_size > 200_000) and time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail("ingest ended before it could be killed: make the corpus larger")
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    stored, keys, without_sentences = stored_counts(db)
    assert 0 < stored < N_REPORTS, "the kill must land mid-way"
    assert keys == stored and without_sentences == 0  # no half-written article

    finish = subprocess.run(ingest_command(folder, db), capture_output=True, text=True)
    assert finish.returncode == 0, finish.stderr
    assert f"{N_REPORTS - stored} stored" in finish.stderr
    assert f"{stored} unchanged" in finish.stderr
    assert stored_counts(db) == (N_REPORTS, N_REPORTS, 0)
