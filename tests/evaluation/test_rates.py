"""The shared rates of the scorers: a share with an empty whole, and F1."""

from __future__ import annotations

from storyline.evaluation.rates import f1, ratio


def test_ratio_reads_an_empty_whole_as_zero() -> None:
    assert ratio(3, 4) == 0.75
    assert ratio(0, 0) == 0.0


def test_f1_is_the_harmonic_mean_and_zero_when_both_are_zero() -> None:
    assert f1(0.5, 1.0) == 2 * 0.5 * 1.0 / 1.5
    assert f1(0.0, 0.0) == 0.0
