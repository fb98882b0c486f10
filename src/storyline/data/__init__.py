"""Readable data files (lexicons) shipped with the package."""

from __future__ import annotations

from importlib import resources


def data_lines(name: str) -> list[str]:
    """The non-blank lines of a data file, without `#` comment lines, stripped."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
