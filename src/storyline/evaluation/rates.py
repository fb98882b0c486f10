"""The two rates every scorer here reports: a share with an empty whole read as 0, and F1."""

from __future__ import annotations


def ratio(part: float, whole: float) -> float:
    """`part / whole`, or 0.0 when `whole` is 0 (nothing predicted, nothing in the gold)."""
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall, or 0.0 when both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0
