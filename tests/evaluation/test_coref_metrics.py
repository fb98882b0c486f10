"""Coreference metrics against published worked examples, each value derived by hand.

Sources: Pradhan et al. 2014 (the reference CoNLL scorer paper, section 3 example), the
reference scorer's test cases (conll/reference-coreference-scorers, test/TestCases.README:
TC-A..N, whose TC-D/E come from Bagga & Baldwin 1998 and TC-F..L from Vilain et al. 1995).
Clusters are written as strings: "a bc def" is {a}, {b, c}, {d, e, f}.
"""

from __future__ import annotations

import itertools
import random

import pytest

from storyline.evaluation.coref_metrics import (
    Score,
    b_cubed,
    ceaf_e,
    conll,
    drop_singletons,
    evaluate,
    muc,
)


def _c(text: str) -> list[set[str]]:
    return [set(cluster) for cluster in text.split()]


def _rp(score: Score) -> tuple[float, float]:
    return score.recall, score.precision


def _f(recall: float, precision: float) -> float:
    return 2 * recall * precision / (recall + precision) if recall + precision else 0.0


def test_pradhan_2014_example() -> None:
    key, response = _c("abc defg"), _c("ab cd fghi")
    # MUC recall: abc splits into {ab}{c} -> 3-2; defg into {d}{e, missing}{fg} -> 4-3; /(2+3)
    # MUC precision: ab -> 2-1; cd -> {c}{d} 2-2; fghi -> {fg}{h}{i} 4-3; /(1+1+3)
    assert _rp(muc(key, response)) == pytest.approx((2 / 5, 2 / 5))
    # B³ recall: (2²/3 + 1²/3 + 1²/4 + 2²/4) / 7 = (35/12) / 7 = 5/12
    # B³ precision: (2²/2 + 1²/2 + 1²/2 + 2²/4 + h, i: 0) / 8 = 4/8
    assert _rp(b_cubed(key, response)) == pytest.approx((5 / 12, 1 / 2))
    # phi4: abc~ab 4/5, abc~cd 2/5, defg~cd 2/6, defg~fghi 4/8; best 4/5 + 1/2 = 13/10
    ceaf = ceaf_e(key, response)
    assert _rp(ceaf) == pytest.approx((13 / 20, 13 / 30))
    assert ceaf.f1 == pytest.approx(2 * 1.3 / 5)  # 2 * sum / (|K| + |R|) = 0.52
    scores = conll(key, response)
    assert scores["muc"] == muc(key, response)
    assert scores["b3"] == b_cubed(key, response)
    assert scores["ceafe"] == ceaf
    assert scores["conll_f1"] == pytest.approx((0.4 + 5 / 11 + 0.52) / 3)


# TC-A key {a} {bc} {def}; (MUC R, P), (B³ R, P), (CEAF-e R, P) or None where not derived
TC_A = "a bc def"


@pytest.mark.parametrize(
    ("response", "muc_rp", "b3_rp", "ceafe_rp"),
    [
        # TC-A-1 perfect
        pytest.param("a bc def", (1, 1), (1, 1), (1, 1), id="A1"),
        # TC-A-2 missing mentions. MUC R: bc -> 2-2, def -> {de}{f} 3-2, /3; P: de 1/1.
        # B³ R: (1 + 0 + 2²/3) / 6 = 7/18; P: (1 + 2²/2) / 3. CEAF: 1 + 4/5 = 1.8, /3 and /2
        pytest.param("a de", (1 / 3, 1), (7 / 18, 1), (0.6, 0.9), id="A2"),
        # TC-A-3 false alarms. MUC P: bcx -> 3-2, defy -> 4-2, a and z 0; /(2+3).
        # B³ P: (1 + 2²/3 + 3²/4 + 0) / 9 = 55/108. CEAF: 1 + 4/5 + 6/7
        pytest.param(
            "a bcx defy z",
            (1, 3 / 5),
            (1, 55 / 108),
            ((1 + 4 / 5 + 6 / 7) / 3, (1 + 4 / 5 + 6 / 7) / 4),
            id="A3",
        ),
        # TC-A-4 both. MUC R: bc 1, def -> {d}{e}{f} 0; P: bcx 1, dy 0; /(2+1).
        # B³ R: (1 + 2²/2 + 1/3) / 6 = 5/9; P: (1 + 2²/3 + 1/2 + 0) / 7 = 17/42.
        # CEAF: 1 + 4/5 + 2/5 = 2.2
        pytest.param("a bcx dy z", (1 / 3, 1 / 3), (5 / 9, 17 / 42), (2.2 / 3, 2.2 / 4), id="A4"),
        # TC-A-5 overlapping mention B (a distinct id). MUC P: bcxB -> 4-3, dy 0; /(3+1).
        # B³ P: (1 + 2²/4 + 1/2 + 0) / 8 = 5/16. CEAF: 1 + 4/6 + 2/5
        pytest.param(
            "a bcxB dy z",
            (1 / 3, 1 / 4),
            (5 / 9, 5 / 16),
            ((1 + 2 / 3 + 2 / 5) / 3, (1 + 2 / 3 + 2 / 5) / 4),
            id="A5",
        ),
        # TC-A-6 B in an unaligned cluster. MUC P: bcx 1, dy 0, Bz 0; /(2+1+1).
        # B³ P: (1 + 4/3 + 1/2 + 0) / 8 = 17/48. CEAF as A4
        pytest.param("a bcx dy Bz", (1 / 3, 1 / 4), (5 / 9, 17 / 48), (2.2 / 3, 2.2 / 4), id="A6"),
        # TC-A-7 a mention repeated in its cluster counts once: same as A4
        pytest.param("a bcxb dy z", (1 / 3, 1 / 3), (5 / 9, 17 / 42), (2.2 / 3, 2.2 / 4), id="A7"),
        # TC-A-10 only singletons. MUC R 0/3, P 0/0. B³ R: (1 + 2·1/2 + 3·1/3) / 6; P: 6/6.
        # CEAF: each key cluster takes one of its singletons: 1 + 2/3 + 2/4 = 13/6, /3 and /6
        pytest.param("a b c d e f", (0, 0), (1 / 2, 1), (13 / 18, 13 / 36), id="A10"),
        # TC-A-11 all in one. MUC P: abcdef -> {a}{bc}{def} 6-3, /5.
        # B³ P: (1 + 2² + 3²) / 6 / 6 = 7/18. CEAF: best single pair def~abcdef 6/9
        pytest.param("abcdef", (1, 3 / 5), (1, 7 / 18), (2 / 9, 2 / 3), id="A11"),
        # TC-A-12 system singletons. B³ R: (1 + 1/2 + 1/3 + 1/3) / 6 = 13/36; P: a c d e / 7
        pytest.param("a x y c d e z", (0, 0), (13 / 36, 4 / 7), None, id="A12"),
        # TC-A-13 system mentions all in one. MUC R: def -> {de}{f} 1, /3;
        # P: axycdez -> {a}{x}{y}{c}{de}{z} 7-6, /6.
        # B³ R: (1 + 1/2 + 2²/3) / 6 = 17/36; P: (1 + 1 + 2²) / 7 / 7 = 6/49
        pytest.param("axycdez", (1 / 3, 1 / 6), (17 / 36, 6 / 49), None, id="A13"),
    ],
)
def test_reference_scorer_tc_a(
    response: str,
    muc_rp: tuple[float, float],
    b3_rp: tuple[float, float],
    ceafe_rp: tuple[float, float] | None,
) -> None:
    key, resp = _c(TC_A), _c(response)
    assert _rp(muc(key, resp)) == pytest.approx(muc_rp)
    b3 = b_cubed(key, resp)
    assert _rp(b3) == pytest.approx(b3_rp)
    assert b3.f1 == pytest.approx(_f(*b3_rp))
    if ceafe_rp is not None:
        assert _rp(ceaf_e(key, resp)) == pytest.approx(ceafe_rp)


def test_reference_scorer_published_f1() -> None:
    """F1 values the README states: TC-A-2 B³ 14/25, TC-A-3 B³ 110/163 and CEAF-e 0.75918."""
    assert b_cubed(_c(TC_A), _c("a de")).f1 == pytest.approx(14 / 25)
    assert b_cubed(_c(TC_A), _c("a bcx defy z")).f1 == pytest.approx(110 / 163)
    assert ceaf_e(_c(TC_A), _c("a bcx defy z")).f1 == pytest.approx(0.75918, abs=1e-5)
    assert ceaf_e(_c(TC_A), _c("a bcx dy z")).f1 == pytest.approx(4.4 / 7)


@pytest.mark.parametrize(
    ("key", "response", "muc_rp", "b3_rp"),
    [
        # TC-D-1 (Bagga & Baldwin): B³ P (5²/5 + (2² + 5²)/7) / 12 = 16/21; MUC P 9/(4+6)
        pytest.param("12345 67 89ABC", "12345 6789ABC", (1, 9 / 10), (1, 16 / 21), id="D1"),
        # TC-E-1: B³ P ((5² + 5²)/10 + 2) / 12 = 7/12; MUC P 9/(9+1)
        pytest.param("12345 67 89ABC", "1234589ABC 67", (1, 9 / 10), (1, 7 / 12), id="E1"),
    ],
)
def test_bagga_baldwin(
    key: str, response: str, muc_rp: tuple[float, float], b3_rp: tuple[float, float]
) -> None:
    assert _rp(muc(_c(key), _c(response))) == pytest.approx(muc_rp)
    assert _rp(b_cubed(_c(key), _c(response))) == pytest.approx(b3_rp)


@pytest.mark.parametrize(
    ("key", "response", "rp"),
    [
        pytest.param("ABCD", "AB CD", (2 / 3, 1), id="F1"),  # R: 4-2 of 3; P: 1+1 of 2
        pytest.param("AB CD", "ABCD", (1, 2 / 3), id="G1"),
        pytest.param("ABCD", "ABCD", (1, 1), id="H1"),
        pytest.param("ABC", "AC", (1 / 2, 1), id="J1"),  # R: {AC}{B} 3-2 of 2
        # R: {BC}{DE}{GH}{J} 7-4 of 6; P: {A}{BC}, {DE}{F}, {GH}{I} 1 each of 2+2+2
        pytest.param("BCDEGHJ", "ABC DEF GHI", (1 / 2, 1 / 2), id="K1"),
        pytest.param("ABC DEFG", "AB CD FGH", (2 / 5, 2 / 4), id="L1"),  # Pradhan less i
    ],
)
def test_vilain_muc(key: str, response: str, rp: tuple[float, float]) -> None:
    assert _rp(muc(_c(key), _c(response))) == pytest.approx(rp)


def test_all_coreferent_key_against_singletons() -> None:
    # TC-M-2: MUC 0 (P is 0/0). B³ R: 6 · (1/6) / 6, P: 6/6.
    # CEAF: the one key cluster takes one singleton: 2/7, over 1 key and 6 response clusters
    key, response = _c("abcdef"), _c("a b c d e f")
    assert muc(key, response) == Score(0.0, 0.0, 0.0)
    assert _rp(b_cubed(key, response)) == pytest.approx((1 / 6, 1))
    assert _rp(ceaf_e(key, response)) == pytest.approx((2 / 7, 2 / 42))


def test_singleton_key_matched_exactly() -> None:
    # TC-N-1: MUC has no links to score and is 0; B³ and CEAF-e are perfect
    scores = conll(_c("a b c d e f"), _c("a b c d e f"))
    assert scores["muc"] == Score(0.0, 0.0, 0.0)
    assert scores["b3"] == Score(1.0, 1.0, 1.0)
    assert scores["ceafe"] == Score(1.0, 1.0, 1.0)
    assert scores["conll_f1"] == pytest.approx(2 / 3)


def test_singleton_key_half_matched() -> None:
    # TC-N-4: a b c found, x y z spurious, d e f missing: B³ and CEAF-e 3/6 both ways
    key, response = _c("a b c d e f"), _c("a b c x y z")
    assert _rp(b_cubed(key, response)) == pytest.approx((1 / 2, 1 / 2))
    assert _rp(ceaf_e(key, response)) == pytest.approx((1 / 2, 1 / 2))


@pytest.mark.parametrize("text", ["abcdef", "a bc def", "ab cd fghi"])
def test_perfect_match(text: str) -> None:
    scores = evaluate(_c(text), _c(text))
    for name in ("muc", "b3", "ceafe"):
        assert scores[name] == Score(1.0, 1.0, 1.0)
    assert scores["conll_f1"] == 1.0


@pytest.mark.parametrize(
    ("key", "response"), [([], []), ([], _c("ab c")), (_c("ab c"), []), ([set()], [set()])]
)
def test_empty_sides_score_zero(key: list[set[str]], response: list[set[str]]) -> None:
    scores = conll(key, response)
    for name in ("muc", "b3", "ceafe"):
        assert scores[name] == Score(0.0, 0.0, 0.0)
    assert scores["conll_f1"] == 0.0


def test_without_singletons() -> None:
    # TC-A-3 less its singletons: key {bc} {def}, response {bcx} {defy}.
    # MUC is unchanged (singletons carry no links). B³ R: 5/5; P: (2²/3 + 3²/4) / 7 = 43/84.
    # CEAF: 4/5 + 6/7 = 58/35 over 2 and 2
    key, response = _c(TC_A), _c("a bcx defy z")
    scores = evaluate(key, response, singletons=False)
    assert _rp(scores["muc"]) == pytest.approx((1, 3 / 5))
    assert _rp(scores["b3"]) == pytest.approx((1, 43 / 84))
    assert _rp(scores["ceafe"]) == pytest.approx((29 / 35, 29 / 35))
    assert evaluate(key, response) == conll(key, response)


def test_drop_singletons() -> None:
    kept = drop_singletons([["a"], ["b", "c"], ("d", "d"), iter(["e", "f", "g"])])
    assert kept == [frozenset("bc"), frozenset("efg")]


def test_mention_in_two_clusters_is_an_error() -> None:
    with pytest.raises(ValueError, match="'b'"):
        muc(_c("ab bc"), _c("abc"))
    with pytest.raises(ValueError, match="'B'"):
        b_cubed(_c("ab"), _c("aB cB"))  # on the response side too
    with pytest.raises(ValueError, match="'a'"):  # checked before singletons are dropped
        evaluate(_c("a ab"), _c("ab"), singletons=False)


def test_any_hashable_ids_and_iterables() -> None:
    # token spans as ids, clusters as generators: the Pradhan example again
    def spans(text: str) -> list[tuple[tuple[int, int], ...]]:
        return [tuple((ord(ch), ord(ch) + 1) for ch in cluster) for cluster in text.split()]

    key, response = (iter(spans(t)) for t in ("abc defg", "ab cd fghi"))
    assert _rp(conll(key, response)["b3"]) == pytest.approx((5 / 12, 1 / 2))


def _random_clusters(rng: random.Random, mentions: str) -> list[set[str]]:
    chosen = [m for m in mentions if rng.random() < 0.8]
    labels = [rng.randrange(5) for _ in chosen]
    return [{m for m, lab in zip(chosen, labels, strict=True) if lab == c} for c in set(labels)]


def _brute_ceaf_e(key: list[set[str]], response: list[set[str]]) -> float:
    small, large = sorted((key, response), key=len)
    return max(
        (
            sum(2 * len(s & t) / (len(s) + len(t)) for s, t in zip(small, perm, strict=True))
            for perm in itertools.permutations(large, len(small))
        ),
        default=0.0,
    )


def test_ceaf_alignment_is_optimal_and_metrics_are_symmetric() -> None:
    rng = random.Random(7)
    for _ in range(300):
        key, response = _random_clusters(rng, "abcdefghij"), _random_clusters(rng, "abcdefghij")
        best = _brute_ceaf_e(key, response)
        assert _rp(ceaf_e(key, response)) == pytest.approx(
            (best / len(key) if key else 0.0, best / len(response) if response else 0.0)
        )
        for metric in (muc, b_cubed, ceaf_e):
            forward, backward = metric(key, response), metric(response, key)
            assert (forward.recall, forward.precision) == pytest.approx(
                (backward.precision, backward.recall)
            )
