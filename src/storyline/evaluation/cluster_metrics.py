"""Scores of a flat clustering against gold: B³ precision/recall/F1, ARI and NMI.

Both clusterings are label sequences over the same items, in the same order.

- B³ (Bagga & Baldwin, 1998): per item, precision = |own cluster ∩ own gold class| / |own
  cluster| and recall = the same over |own gold class|; both are averaged over items and F1 is
  the harmonic mean of the two averages.
- ARI: the Hubert-Arabie adjusted Rand index over the contingency table; 1.0 when the expected
  index equals its maximum (e.g. both clusterings all-in-one, or both all singletons).
- NMI: mutual information over the *arithmetic mean* of the two entropies (natural log; the
  base cancels), scikit-learn's default; 1.0 when both clusterings have one cluster (or none),
  0.0 when either has zero entropy and the other does not.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from storyline.evaluation import rates


@dataclass(frozen=True, slots=True)
class ClusterScore:
    """All scores of one clustering against gold, and the sizes involved."""

    bcubed_precision: float
    bcubed_recall: float
    bcubed_f1: float
    ari: float
    nmi: float
    items: int
    clusters: int
    gold_clusters: int

    def metrics(self, prefix: str = "") -> dict[str, float | int]:
        """The scores as a flat dict (rounded to 4 places), keys prefixed by `prefix`."""
        return {
            f"{prefix}bcubed_precision": round(self.bcubed_precision, 4),
            f"{prefix}bcubed_recall": round(self.bcubed_recall, 4),
            f"{prefix}bcubed_f1": round(self.bcubed_f1, 4),
            f"{prefix}ari": round(self.ari, 4),
            f"{prefix}nmi": round(self.nmi, 4),
        }


def _check(gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> None:
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predicted ones")


def bcubed(gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> tuple[float, float, float]:
    """B³ (precision, recall, F1), averaged over items; (0, 0, 0) on no items."""
    return bcubed_of(gold, predicted, range(len(gold)))


def bcubed_of(
    gold: Sequence[Hashable], predicted: Sequence[Hashable], items: Sequence[int]
) -> tuple[float, float, float]:
    """B³ (precision, recall, F1) averaged over `items` (indices) only, each item's clusters
    taken whole: an item put with items outside `items` loses precision, and nothing else of
    those items is scored (ECB+'s odd topics as development data, even ones held out)."""
    _check(gold, predicted)
    if not items:
        return 0.0, 0.0, 0.0
    cells = Counter(zip(gold, predicted, strict=True))
    gold_sizes, predicted_sizes = Counter(gold), Counter(predicted)
    chosen = Counter((gold[i], predicted[i]) for i in items)
    # every item of a (gold, predicted) cell has the same per-item scores: weight by how many
    precision = sum(k * cells[g, p] / predicted_sizes[p] for (g, p), k in chosen.items())
    recall = sum(k * cells[g, p] / gold_sizes[g] for (g, p), k in chosen.items())
    precision, recall = precision / len(items), recall / len(items)
    return precision, recall, rates.f1(precision, recall)


def _pairs(n: int) -> float:
    return n * (n - 1) / 2


def adjusted_rand_index(gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> float:
    """Hubert-Arabie ARI; 1.0 when the index has no room above chance (degenerate cases)."""
    _check(gold, predicted)
    index = sum(_pairs(n) for n in Counter(zip(gold, predicted, strict=True)).values())
    gold_pairs = sum(_pairs(n) for n in Counter(gold).values())
    predicted_pairs = sum(_pairs(n) for n in Counter(predicted).values())
    total = _pairs(len(gold))
    expected = gold_pairs * predicted_pairs / total if total else 0.0
    maximum = (gold_pairs + predicted_pairs) / 2
    if maximum == expected:
        return 1.0
    return (index - expected) / (maximum - expected)


def _entropy(counts: Sequence[int], n: int) -> float:
    return -sum(c / n * math.log(c / n) for c in counts if c)


def normalized_mutual_info(gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> float:
    """NMI = MI / mean(H(gold), H(predicted)) (arithmetic mean)."""
    _check(gold, predicted)
    n = len(gold)
    gold_sizes = Counter(gold)
    predicted_sizes = Counter(predicted)
    if len(gold_sizes) == len(predicted_sizes) <= 1:
        return 1.0
    mutual = sum(
        c / n * math.log(c * n / (gold_sizes[g] * predicted_sizes[p]))
        for (g, p), c in Counter(zip(gold, predicted, strict=True)).items()
    )
    mean = _entropy(list(gold_sizes.values()), n) + _entropy(list(predicted_sizes.values()), n)
    mean /= 2
    if mean <= 0 or mutual <= 0:
        return 0.0
    return min(1.0, mutual / mean)


def score_clustering(gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> ClusterScore:
    """Every score of `predicted` against `gold` (label sequences in one item order)."""
    precision, recall, f1 = bcubed(gold, predicted)
    return ClusterScore(
        bcubed_precision=precision,
        bcubed_recall=recall,
        bcubed_f1=f1,
        ari=adjusted_rand_index(gold, predicted),
        nmi=normalized_mutual_info(gold, predicted),
        items=len(gold),
        clusters=len(set(predicted)),
        gold_clusters=len(set(gold)),
    )
