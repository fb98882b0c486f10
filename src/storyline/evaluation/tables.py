"""The benchmarks' comparison tables: one column per system, one row per metric."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from rich.table import Table


def metrics_table(
    title: str,
    systems: Mapping[str, dict[str, Any]],
    rows: Sequence[tuple[str, str]],
    breaks: Collection[str] = (),
) -> Table:
    """A table of the systems' metrics as percentages (storyline's column in bold), with a
    line after each metric key in `breaks`; callers add their own count and speed rows."""
    table = Table(title=title)
    table.add_column("metric")
    for system in systems:
        table.add_column(system, justify="right", style="bold" if system == "storyline" else None)
    for label, key in rows:
        table.add_row(label, *(percent(scores[key]) for scores in systems.values()))
        if key in breaks:
            table.add_section()
    return table


def percent(value: float | None) -> str:
    """A share as a percentage with one decimal; a dash for none."""
    return "–" if value is None else f"{100 * value:.1f}"
