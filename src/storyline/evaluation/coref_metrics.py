"""Coreference scores MUC, B³, CEAF-e and their CoNLL average, over clusters of mention ids.

The definitions follow the reference CoNLL scorer v8.01 (Pradhan et al. 2014, "Scoring
Coreference Partitions of Predicted Mentions: A Reference Implementation"), including how
mentions found on one side only (missing or spurious mentions) are counted:

- MUC (Vilain et al. 1995): recall is the sum over key clusters K of |K| - |p(K)| over the sum
  of |K| - 1, where p(K) splits K by the response clusters and every mention of K that no
  response cluster holds is a part of its own; precision is the same with the sides swapped.
- B³ (Bagga & Baldwin 1998): recall averages |K ∩ R| / |K| over the key mentions, where R is
  the response cluster holding the mention (0 when none does); precision likewise over the
  response mentions.
- CEAF-e (Luo 2005): the one-to-one alignment of key and response clusters that maximizes the
  sum of phi4(K, R) = 2|K ∩ R| / (|K| + |R|); recall divides that sum by the number of key
  clusters, precision by the number of response clusters.

A mention id is any hashable value; the same id on both sides is the same mention.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

Cluster = frozenset[Hashable]
Clusters = Iterable[Iterable[Hashable]]


@dataclass(frozen=True)
class Score:
    """Recall, precision and F1 of one metric; each is 0.0 where its denominator is 0."""

    recall: float
    precision: float
    f1: float


def _score(r_num: float, r_den: float, p_num: float, p_den: float) -> Score:
    recall = r_num / r_den if r_den else 0.0
    precision = p_num / p_den if p_den else 0.0
    f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
    return Score(recall, precision, f1)


def _clusters(clusters: Clusters) -> list[Cluster]:
    """Frozen, non-empty clusters; ValueError when a mention is in two clusters."""
    out: list[Cluster] = []
    seen: set[Hashable] = set()
    for cluster in clusters:
        frozen = frozenset(cluster)
        for mention in frozen:
            if mention in seen:
                raise ValueError(f"mention {mention!r} is in more than one cluster")
            seen.add(mention)
        if frozen:
            out.append(frozen)
    return out


def _owner(clusters: list[Cluster]) -> dict[Hashable, int]:
    return {mention: i for i, cluster in enumerate(clusters) for mention in cluster}


def _muc_side(clusters: list[Cluster], other: list[Cluster]) -> tuple[int, int]:
    owner = _owner(other)
    # a mention the other side lacks is a part of its own: (m,) never equals a cluster index
    num = sum(len(c) - len({owner.get(m, (m,)) for m in c}) for c in clusters)
    return num, sum(len(c) - 1 for c in clusters)


def muc(key: Clusters, response: Clusters) -> Score:
    """MUC link-based score (Vilain et al. 1995)."""
    k, r = _clusters(key), _clusters(response)
    return _score(*_muc_side(k, r), *_muc_side(r, k))


def _b3_side(clusters: list[Cluster], other: list[Cluster]) -> tuple[float, int]:
    owner = _owner(other)
    num = 0.0
    for c in clusters:
        overlaps = Counter(owner[m] for m in c if m in owner)
        num += sum(n * n for n in overlaps.values()) / len(c)
    return num, sum(len(c) for c in clusters)


def b_cubed(key: Clusters, response: Clusters) -> Score:
    """B³ mention-based score (Bagga & Baldwin 1998)."""
    k, r = _clusters(key), _clusters(response)
    return _score(*_b3_side(k, r), *_b3_side(r, k))


def _max_assignment(weights: list[list[float]]) -> float:
    """Largest total weight of a one-to-one row-column matching (Kuhn-Munkres, O(n²m))."""
    if len(weights) > len(weights[0]):
        weights = [list(col) for col in zip(*weights, strict=True)]
    n, m = len(weights), len(weights[0])
    # 1-based potentials u (rows), v (columns); match[j] is the row matched to column j
    u, v, match, way = [0.0] * (n + 1), [0.0] * (m + 1), [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        match[0], j0 = i, 0
        min_slack, used = [float("inf")] * (m + 1), [False] * (m + 1)
        while match[j0]:
            used[j0], i0, delta, j1 = True, match[j0], float("inf"), 0
            for j in range(1, m + 1):
                if not used[j]:
                    slack = -weights[i0 - 1][j - 1] - u[i0] - v[j]
                    if slack < min_slack[j]:
                        min_slack[j], way[j] = slack, j0
                    if min_slack[j] < delta:
                        delta, j1 = min_slack[j], j
            for j in range(m + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    min_slack[j] -= delta
            j0 = j1
        while j0:  # augment along the alternating path
            match[j0], j0 = match[way[j0]], way[j0]
    return sum(weights[match[j] - 1][j - 1] for j in range(1, m + 1) if match[j])


def _ceaf_e_similarity(k: list[Cluster], r: list[Cluster]) -> float:
    """Total phi4 of the best alignment, solved apart on each group of overlapping clusters."""
    owner = _owner(r)
    overlap: Counter[tuple[int, int]] = Counter(
        (i, owner[m]) for i, c in enumerate(k) for m in c if m in owner
    )
    parent = list(range(len(k) + len(r)))  # key i is node i, response j is node len(k) + j

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in overlap:
        parent[find(i)] = find(len(k) + j)
    groups: dict[int, tuple[set[int], set[int]]] = {}
    for i, j in overlap:
        rows, cols = groups.setdefault(find(i), (set(), set()))
        rows.add(i)
        cols.add(j)
    return sum(
        _max_assignment([[2 * overlap[i, j] / (len(k[i]) + len(r[j])) for j in cols] for i in rows])
        for rows, cols in groups.values()
    )


def ceaf_e(key: Clusters, response: Clusters) -> Score:
    """Entity-based CEAF with the phi4 similarity (Luo 2005)."""
    k, r = _clusters(key), _clusters(response)
    similarity = _ceaf_e_similarity(k, r)
    return _score(similarity, len(k), similarity, len(r))


def conll(key: Clusters, response: Clusters) -> dict[str, Score | float]:
    """MUC, B³ and CEAF-e, and `conll_f1`, the mean of their three F1."""
    k, r = _clusters(key), _clusters(response)
    scores: dict[str, Score | float] = {
        "muc": muc(k, r),
        "b3": b_cubed(k, r),
        "ceafe": ceaf_e(k, r),
    }
    scores["conll_f1"] = sum(s.f1 for s in scores.values() if isinstance(s, Score)) / 3
    return scores


def drop_singletons(clusters: Clusters) -> list[Cluster]:
    """The clusters of two or more mentions."""
    return [c for c in map(frozenset, clusters) if len(c) > 1]


def evaluate(
    key: Clusters, response: Clusters, *, singletons: bool = True
) -> dict[str, Score | float]:
    """`conll` scores; with `singletons=False` one-mention clusters leave both sides first."""
    k, r = _clusters(key), _clusters(response)
    if not singletons:
        k, r = drop_singletons(k), drop_singletons(r)
    return conll(k, r)
