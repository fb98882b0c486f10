"""Run a storyline command as a user would, for the CLI tests of this folder."""

import json
from typing import Any

from click.testing import CliRunner, Result

from storyline.cli import main


def run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin)


def ingest_records(db: str, *records: dict[str, Any]) -> str:
    """Pipe these JSONL records into the store `db` with `storyline ingest -`, as a user pipes
    a dump; the store's path back, for a test's fixture."""
    lines = "".join(json.dumps(record) + "\n" for record in records)
    result = run("ingest", "-", "--db", db, "-q", stdin=lines)
    assert result.exit_code == 0, result.output
    return db
