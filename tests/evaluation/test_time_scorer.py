"""TempEval-3 Task A scoring on hand-made spans, with hand-computed figures."""

from __future__ import annotations

import pytest

from storyline.evaluation.time_scorer import (
    TimeScore,
    merge_scores,
    relaxed_pairs,
    score_document,
)
from storyline.evaluation.timeml import GoldTimex
from storyline.extract.times.model import TimeExpression


def gold(start: int, end: int, type_: str = "DATE", value: str = "1998-08-07") -> GoldTimex:
    return GoldTimex(start, end, "x" * (end - start), type_, value)


def system(start: int, end: int, type_: str = "DATE", value: str = "1998-08-07") -> TimeExpression:
    return TimeExpression(start, end, "x" * (end - start), type_, value)  # type: ignore[arg-type]


def test_exact_match_scores_one_everywhere() -> None:
    score = score_document([gold(0, 6)], [system(0, 6)])
    assert (score.strict, score.relaxed, score.type_correct, score.value_correct) == (1, 1, 1, 1)
    assert score.strict_f1 == score.relaxed_f1 == score.value_f1 == score.type_f1 == 1.0
    assert score.type_accuracy == score.value_accuracy == 1.0


def test_partial_overlap_is_relaxed_but_not_strict() -> None:
    # gold "last Friday" 10–21, system "Friday" 15–21
    score = score_document([gold(10, 21)], [system(15, 21)])
    assert score.strict == 0 and score.relaxed == 1
    assert score.strict_f1 == 0.0 and score.relaxed_f1 == 1.0 and score.value_f1 == 1.0


def test_one_system_span_over_two_golds_matches_only_the_larger_overlap() -> None:
    # system 5–18 overlaps gold 0–10 by 5 characters and gold 14–20 by 4
    golds = [gold(0, 10), gold(14, 20, value="1998-08-08")]
    assert relaxed_pairs(golds, [system(5, 18)]) == [(0, 0)]
    score = score_document(golds, [system(5, 18)])
    assert (score.gold, score.system, score.relaxed) == (2, 1, 1)
    assert score.relaxed_precision == 1.0 and score.relaxed_recall == 0.5
    assert score.relaxed_f1 == pytest.approx(2 / 3)


def test_two_system_spans_over_one_gold_count_once() -> None:
    score = score_document([gold(0, 10)], [system(0, 3), system(2, 10)])
    assert relaxed_pairs([gold(0, 10)], [system(0, 3), system(2, 10)]) == [(0, 1)]
    assert score.relaxed == 1 and score.relaxed_precision == 0.5 and score.relaxed_recall == 1.0


def test_equal_overlaps_go_to_the_earlier_gold() -> None:
    assert relaxed_pairs([gold(0, 4), gold(6, 10)], [system(2, 8)]) == [(0, 0)]


def test_wrong_value_counts_against_value_only() -> None:
    score = score_document([gold(0, 6)], [system(0, 6, value="1998-08-08")])
    assert score.type_accuracy == 1.0 and score.type_f1 == 1.0
    assert score.value_accuracy == 0.0 and score.value_f1 == 0.0
    assert score.relaxed_f1 == 1.0


def test_wrong_type_counts_against_type_only() -> None:
    score = score_document([gold(0, 4, "DURATION", "P1W")], [system(0, 4, "DATE", "P1W")])
    assert score.type_accuracy == 0.0 and score.type_f1 == 0.0
    assert score.value_accuracy == 1.0 and score.value_f1 == 1.0


def test_values_are_compared_after_strip() -> None:
    assert score_document([gold(0, 4, value=" P1W ")], [system(0, 4, value="P1W")]).value_correct


def test_empty_system_and_empty_gold_give_zeros() -> None:
    nothing_found = score_document([gold(0, 4), gold(5, 9)], [])
    assert (nothing_found.gold, nothing_found.system, nothing_found.relaxed) == (2, 0, 0)
    assert nothing_found.relaxed_precision == 0.0 and nothing_found.relaxed_f1 == 0.0
    nothing_there = score_document([], [system(0, 4)])
    assert (nothing_there.gold, nothing_there.system) == (0, 1)
    assert nothing_there.strict_f1 == nothing_there.relaxed_f1 == nothing_there.value_f1 == 0.0
    assert score_document([], []).metrics()["relaxed_f1"] == 0.0


def test_merged_counts_give_micro_averages() -> None:
    first = score_document([gold(0, 6), gold(10, 20)], [system(0, 6), system(12, 20)])
    second = score_document(
        [gold(0, 6), gold(10, 14)],
        [system(0, 6, value="1998"), system(10, 14, "DURATION"), system(30, 34)],
    )
    total = merge_scores([first, second])
    assert total == first + second
    assert (total.documents, total.gold, total.system) == (2, 4, 5)
    assert (total.strict, total.relaxed, total.type_correct, total.value_correct) == (3, 4, 3, 3)
    # relaxed P = 4/5, R = 4/4; value P = 3/5, R = 3/4
    assert total.relaxed_f1 == pytest.approx(2 * 0.8 * 1.0 / 1.8)
    assert total.value_f1 == pytest.approx(2 * 0.6 * 0.75 / 1.35)
    assert total.value_f1 == pytest.approx(total.relaxed_f1 * total.value_accuracy)
    assert total.type_f1 == pytest.approx(total.relaxed_f1 * total.type_accuracy)
    assert total.strict_precision == pytest.approx(3 / 5) and total.strict_recall == 0.75
    assert merge_scores([]) == TimeScore()


def test_metrics_is_a_flat_rounded_dict() -> None:
    metrics = score_document([gold(0, 6), gold(8, 9), gold(10, 12)], [system(0, 6)]).metrics()
    assert metrics["relaxed_recall"] == 0.3333 and metrics["gold"] == 3
    assert {"strict_f1", "relaxed_f1", "type_accuracy", "value_f1", "documents"} <= set(metrics)
