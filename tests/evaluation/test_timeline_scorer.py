"""Temporal awareness of entity timelines on small hand-made timelines."""

from __future__ import annotations

import pytest

from storyline.evaluation.timeline_scorer import (
    Closure,
    Counts,
    Entry,
    count,
    micro_average,
    relations,
)

GOLD = [
    Entry(1, "2010-06-07", ("d-1-unveiled",)),
    Entry(2, "2010-06-08", ("d-2-has", "e-3-has")),
    Entry(3, "2010-06-24", ("d-4-release",)),
]


def test_identical_timelines_score_one() -> None:
    assert count(GOLD, GOLD).scores() == {"precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_relations_of_a_timeline() -> None:
    found = relations(GOLD)
    assert ("d-1-unveiled", "BEFORE", "d-2-has") in found
    assert ("d-1-unveiled", "BEFORE", "e-3-has") in found
    assert ("d-2-has", "SIMULTANEOUS", "e-3-has") in found  # one line: coreferent mentions
    assert ("d-1-unveiled", "SIMULTANEOUS", "date:2010-06-07") in found
    # only successive ordinals are generated; closure finds the rest
    assert ("d-1-unveiled", "BEFORE", "d-4-release") not in found


def test_no_date_and_ordinal_zero_give_no_relation() -> None:
    assert relations([Entry(0, "XXXX-XX-XX", ("a",)), Entry(1, "2010-06-07", ("b",))]) == {
        ("b", "SIMULTANEOUS", "date:2010-06-07")
    }
    assert relations([Entry(0, "2010-06-07", ("a",))]) == {("a", "SIMULTANEOUS", "date:2010-06-07")}


def test_one_swapped_pair_loses_its_relations() -> None:
    swapped = [
        Entry(1, "2010-06-07", ("d-1-unveiled",)),
        Entry(3, "2010-06-08", ("d-2-has", "e-3-has")),
        Entry(2, "2010-06-24", ("d-4-release",)),
    ]
    counts = count(GOLD, swapped)
    # 4 date links and has = has on each side; the gold has 2 + 2 BEFORE pairs, the
    # system 1 + 2 (unveiled < release < has, has)
    assert counts.gold == 9 and counts.system == 8
    # the system's "release before has" (x2) contradicts the gold; its "unveiled before
    # release" is right by the gold's closure
    assert counts.precision_hits == 6
    # the gold's "has before release" (x2) is missing; "unveiled before has" (x2) follows
    # from the system's unveiled < release < has
    assert counts.recall_hits == 7
    assert counts.scores()["f1"] == pytest.approx(2 * (6 / 8) * (7 / 9) / (6 / 8 + 7 / 9))


def test_a_missing_event_costs_recall_only() -> None:
    missing = [entry for entry in GOLD if entry.ordinal != 3]
    scores = count(GOLD, missing).scores()
    assert scores["precision"] == 1.0
    assert scores["recall"] == pytest.approx(6 / 9)


def test_closure_finds_relations_not_given() -> None:
    closure = Closure(relations(GOLD))
    assert closure.holds(("d-1-unveiled", "BEFORE", "d-4-release"))
    assert closure.holds(("e-3-has", "BEFORE", "d-4-release"))
    assert not closure.holds(("d-4-release", "BEFORE", "d-1-unveiled"))
    # a system that links the first and last only is right by the gold's closure
    sparse = [Entry(1, "XXXX-XX-XX", ("d-1-unveiled",)), Entry(2, "XXXX-XX-XX", ("d-4-release",))]
    counts = count(GOLD, sparse)
    assert counts.precision_hits == counts.system == 1


def test_micro_average_weighs_timelines_by_relations() -> None:
    small = [Entry(1, "XXXX-XX-XX", ("a",)), Entry(2, "XXXX-XX-XX", ("b",))]
    wrong = [Entry(2, "XXXX-XX-XX", ("a",)), Entry(1, "XXXX-XX-XX", ("b",))]
    scores = micro_average([(GOLD, GOLD), (small, wrong)])
    assert scores["precision"] == pytest.approx(9 / 10)
    assert scores["recall"] == pytest.approx(9 / 10)
    assert Counts().scores()["f1"] == 0.0
