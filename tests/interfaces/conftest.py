"""What the CLI tests of this folder share: a wide console, so that a table's cells stay on
one line."""

import pytest

from storyline import cli


@pytest.fixture
def wide_console(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tables as wide as a terminal, so that a sentence stays on one line."""
    monkeypatch.setattr(cli.console, "width", 250)
