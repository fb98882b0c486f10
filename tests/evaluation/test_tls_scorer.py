"""The TLS scorer on hand-made timelines: date F1, ROUGE concat, agreement and alignment."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.evaluation.tls_scorer import (
    date_f1,
    date_weight,
    ngrams,
    rouge_agreement,
    rouge_alignment,
    rouge_concat,
    score_timeline,
    tokens,
)

D1, D2, D3 = date(2010, 1, 1), date(2010, 1, 2), date(2010, 1, 3)


def test_tokens_are_lower_case_words_without_stop_words() -> None:
    assert tokens("The Oil spill, in 2010, GROWS.") == ["oil", "spill", "2010", "grows"]


def test_ngrams_do_not_cross_sentences() -> None:
    assert ngrams(["oil spill", "grows fast"], 2) == {("oil", "spill"): 1, ("grows", "fast"): 1}


def test_date_f1() -> None:
    score = date_f1([D1, D2], [D2, D3, date(2010, 1, 4)])
    assert (score.precision, score.recall) == (0.5, pytest.approx(1 / 3))
    assert score.f1 == pytest.approx(0.4)
    assert date_f1([], [D1]).f1 == 0.0


def test_concat_pools_every_day() -> None:
    predicted = {D1: ["oil spill grows"], D3: ["rig burns"]}
    reference = {D2: ["rig burns", "oil leaks"]}
    score = rouge_concat(predicted, reference, 1)
    # matched: oil, rig, burns (3) of 5 predicted and 4 reference words
    assert (score.precision, score.recall) == (pytest.approx(3 / 5), pytest.approx(3 / 4))
    assert rouge_concat(predicted, reference, 2).precision == pytest.approx(1 / 3)


def test_clipped_counts() -> None:
    score = rouge_concat({D1: ["oil oil oil"]}, {D1: ["oil"]}, 1)
    assert (score.precision, score.recall) == (pytest.approx(1 / 3), 1.0)


def test_agreement_matches_only_the_same_day() -> None:
    predicted = {D1: ["oil spill grows"], D3: ["rig burns"]}
    reference = {D1: ["oil leaks"], D2: ["rig burns"]}
    score = rouge_agreement(predicted, reference, 1)
    assert (score.precision, score.recall) == (pytest.approx(1 / 5), pytest.approx(1 / 4))


def test_alignment_weights_a_near_day() -> None:
    assert date_weight(D1, D3) == pytest.approx(1 / 3)
    predicted = {D3: ["rig burns"]}
    reference = {D2: ["rig burns"], date(2010, 3, 1): ["oil leaks"]}
    score = rouge_alignment(predicted, reference, 1)
    # D3 goes to D2 (one day apart, same words): both words match at weight 1/2
    assert score.precision == pytest.approx(0.5)
    # recall: D2 and March 1st both go to D3; only D2's words match, at 1/2
    assert score.recall == pytest.approx((0.5 * 2) / 4)


def test_alignment_prefers_the_day_with_the_same_words() -> None:
    predicted = {D2: ["oil leaks"]}
    reference = {D1: ["rig burns"], D3: ["oil leaks"]}  # both one day away
    assert rouge_alignment(predicted, reference, 1).precision == pytest.approx(0.5)


def test_perfect_timeline_scores_one() -> None:
    timeline = {D1: ["oil spill grows"], D2: ["rig burns down"]}
    scores = score_timeline(timeline, timeline)
    assert all(score.f1 == pytest.approx(1.0) for score in scores.values())
