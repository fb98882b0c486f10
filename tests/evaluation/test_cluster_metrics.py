"""B³, ARI and NMI on hand-made clusterings with hand-computed values."""

from __future__ import annotations

import math

import pytest

from storyline.evaluation.cluster_metrics import (
    adjusted_rand_index,
    bcubed,
    bcubed_of,
    normalized_mutual_info,
    score_clustering,
)

# Manning, Raghavan & Schütze, Introduction to IR, fig. 16.4: 17 items in 3 clusters,
# classes x (8), o (5), d (4)
IR_GOLD = list("xxxxxo" + "xooood" + "xxddd")
IR_PREDICTED = [1] * 6 + [2] * 6 + [3] * 5


def test_identical_clusterings_score_one() -> None:
    gold = ["a", "a", "b", "c", "c", "c"]
    predicted = [7, 7, 3, 1, 1, 1]  # same partition, other labels
    score = score_clustering(gold, predicted)
    assert (score.bcubed_precision, score.bcubed_recall, score.bcubed_f1) == (1.0, 1.0, 1.0)
    assert score.ari == pytest.approx(1.0)
    assert score.nmi == pytest.approx(1.0)
    assert (score.items, score.clusters, score.gold_clusters) == (6, 3, 3)


def test_all_in_one() -> None:
    gold = ["a", "a", "b", "b"]
    predicted = [0, 0, 0, 0]
    # precision: every item shares its cluster of 4 with 2 of its class -> 1/2; recall 1
    assert bcubed(gold, predicted) == pytest.approx((0.5, 1.0, 2 / 3))
    # index 1+1 = 2 pairs, expected 2*6/6 = 2, max (2+6)/2 = 4 -> (2-2)/(4-2)
    assert adjusted_rand_index(gold, predicted) == pytest.approx(0.0)
    assert normalized_mutual_info(gold, predicted) == 0.0


def test_all_singletons() -> None:
    gold = ["a", "a", "a", "b"]
    predicted = [0, 1, 2, 3]
    # precision 1; recall 1/3 for each a, 1 for b -> (1/3*3 + 1)/4 = 1/2
    assert bcubed(gold, predicted) == pytest.approx((1.0, 0.5, 2 / 3))
    # no predicted pair: index 0, expected 0, max 3/2 -> 0
    assert adjusted_rand_index(gold, predicted) == pytest.approx(0.0)
    # MI = H(gold) = -(3/4 ln 3/4 + 1/4 ln 1/4); H(pred) = ln 4
    h_gold = -(0.75 * math.log(0.75) + 0.25 * math.log(0.25))
    expected = h_gold / ((h_gold + math.log(4)) / 2)
    assert normalized_mutual_info(gold, predicted) == pytest.approx(expected)


def test_degenerate_cases() -> None:
    assert score_clustering(["a"] * 3, [1] * 3).ari == 1.0
    assert score_clustering(["a"] * 3, [1] * 3).nmi == 1.0
    assert adjusted_rand_index(["a", "b", "c"], [1, 2, 3]) == 1.0
    assert bcubed([], []) == (0.0, 0.0, 0.0)
    with pytest.raises(ValueError, match="2 gold labels but 1"):
        bcubed(["a", "b"], [1])


def test_textbook_example() -> None:
    precision, recall, f1 = bcubed(IR_GOLD, IR_PREDICTED)
    # precision: (5*5/6 + 1/6) + (1/6 + 4*4/6 + 1/6) + (2*2/5 + 3*3/5) = 44/6 + 13/5
    assert precision == pytest.approx((44 / 6 + 13 / 5) / 17)
    # recall: x: (25 + 1 + 4)/8, o: (1 + 16)/5, d: (1 + 9)/4
    assert recall == pytest.approx((30 / 8 + 17 / 5 + 10 / 4) / 17)
    assert f1 == pytest.approx(2 * precision * recall / (precision + recall))
    # pairs in cells 10+6+1+3 = 20; gold 28+10+6 = 44; predicted 15+15+10 = 40; total 136
    expected = 44 * 40 / 136
    assert adjusted_rand_index(IR_GOLD, IR_PREDICTED) == pytest.approx(
        (20 - expected) / (42 - expected)
    )
    # the book gives NMI = 0.36 (arithmetic-mean normalisation)
    assert normalized_mutual_info(IR_GOLD, IR_PREDICTED) == pytest.approx(0.3646, abs=1e-4)


def test_agrees_with_scikit_learn() -> None:
    metrics = pytest.importorskip("sklearn.metrics")
    cases = [
        (IR_GOLD, IR_PREDICTED),
        (list("aabbccdd"), [1, 1, 1, 2, 2, 3, 3, 3]),
        (list("aaaabbbc"), [5, 6, 5, 6, 5, 6, 5, 7]),
    ]
    for gold, predicted in cases:
        assert adjusted_rand_index(gold, predicted) == pytest.approx(
            metrics.adjusted_rand_score(gold, predicted)
        )
        assert normalized_mutual_info(gold, predicted) == pytest.approx(
            metrics.normalized_mutual_info_score(gold, predicted)
        )


def test_bcubed_of_some_items_takes_their_clusters_whole() -> None:
    gold, predicted = ["a", "a", "b", "b"], ["x", "x", "x", "y"]
    # a's two items share x with one b item: precision 2/3 each; recall 1
    assert bcubed_of(gold, predicted, [0, 1]) == pytest.approx((2 / 3, 1.0, 0.8))
    # b's items: 1/3 and 1 precision, 1/2 recall each
    assert bcubed_of(gold, predicted, [2, 3]) == pytest.approx((2 / 3, 0.5, 4 / 7))
    assert bcubed_of(gold, predicted, range(4)) == pytest.approx(bcubed(gold, predicted))
    assert bcubed_of(gold, predicted, []) == (0.0, 0.0, 0.0)
