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


def ingest_command(folder: Path, db: Path, *extra: str) -> list[str]:
    cli = [sys.executable, "-m", "storyline.cli", "ingest", str(folder), "--db", str(db), "-q"]
    return [*cli, *extra]


def wait_for_commits(proc: subprocess.Popen[bytes], wal: Path) -> None:
    """Return once articles are being committed (the write-ahead log has grown)."""
    deadline = time.monotonic() + 120
    while not (wal.exists() and wal.stat().st_size > 200_000) and time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail("ingest ended before it could be stopped: make the corpus larger")
        time.sleep(0.05)


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
    wait_for_commits(proc, wal)
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


def no_process_left_in_group(pgid: int, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


@pytest.mark.slow
def test_ctrl_c_with_workers_stops_cleanly(tmp_path: Path) -> None:
    """Ctrl-C (SIGINT to the whole process group) with two NLP workers: no tracebacks, no
    stray workers, exit status 130, only whole articles, and a re-run finishes."""
    folder, db = tmp_path / "in", tmp_path / "s.db"
    write_good_reports(folder, 3 * N_REPORTS)
    command = ingest_command(folder, db, "--processes", "2")
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, start_new_session=True)
    wait_for_commits(proc, Path(str(db) + ".wal"))
    os.killpg(proc.pid, signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    message = stderr.decode()
    assert proc.returncode == 130, message
    assert "interrupted" in message and "Traceback" not in message
    assert no_process_left_in_group(proc.pid)
    stored, keys, without_sentences = stored_counts(db)
    assert 0 < stored < 3 * N_REPORTS and keys == stored and without_sentences == 0
    finish = subprocess.run(command, capture_output=True, text=True)
    assert finish.returncode == 0, finish.stderr
    assert stored_counts(db) == (3 * N_REPORTS, 3 * N_REPORTS, 0)
