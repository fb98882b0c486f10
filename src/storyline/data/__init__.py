"""Readable data files (lexicons) shipped with the package."""

from __future__ import annotations

from importlib import resources


def data_lines(name: str) -> list[str]:
    """The non-blank lines of a data file, without `#` comment lines, stripped."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def data_table(name: str) -> list[dict[str, str]]:
    """The rows of a tab-separated data file as dicts keyed by its header's column names.

    Missing trailing fields read as empty strings; values are stripped.
    """
    lines = data_lines(name)
    header = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        values = [value.strip() for value in line.split("\t")]
        values += [""] * (len(header) - len(values))
        rows.append(dict(zip(header, values, strict=True)))
    return rows
