"""The times chooser: families, text features, linear choices, readings, training examples.

Every sentence is invented; publication date Wednesday 2018-02-07 (ISO week 6, 2018-Q1).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from storyline.evaluation.time_chooser import Example, candidate_values, examples_of, fit_family
from storyline.evaluation.timeml import GoldTimex
from storyline.extract.times.chooser import (
    LABELS,
    RULE,
    Chooser,
    apply_choice,
    family_of,
    features,
    load_chooser,
    packaged_chooser,
)
from storyline.extract.times.component import time_records
from storyline.extract.times.resolve import resolve_records
from tests.scripts import load_script

WEDNESDAY = "2018-02-07"
REPO = Path(__file__).resolve().parents[2]


def record(text: str, spec: str, kind: str = "DATE", **extra: str) -> dict[str, object]:
    return {"start": 0, "end": len(text), "text": text, "type": kind, "spec": spec, **extra}


@pytest.mark.parametrize(
    ("text", "spec", "kind", "family"),
    [
        ("last year", "rel:Y:-1", "DATE", "yearback"),
        ("a year ago", "ana:Y:-1", "DATE", "yearback"),
        ("the year-ago quarter", "yago:-1", "DATE", "yearback"),
        ("last week", "rel:W:-1", "DATE", "week"),
        ("Friday night", "wd:5:tense|TNI", "TIME", "partday"),
        ("Friday", "wd:5:tense", "DATE", None),
        ("at 10 p.m.", "ana:D:+0|T22:00", "TIME", None),
        ("recent years", "dur:PXY", "DURATION", "vague"),
        ("three years", "dur:P3Y", "DURATION", None),
        ("the quarter", "rq:latest", "DATE", "quarter"),
        ("now", "ref:PRESENT_REF", "DATE", "fuzzy"),
        ("a few years ago", "ref:PAST_REF", "DATE", None),
        ("1998", "abs:1998", "DATE", None),
    ],
)
def test_families(text: str, spec: str, kind: str, family: str | None) -> None:
    assert family_of(record(text, spec, kind)) == family


def test_features_read_the_expression_its_sentence_and_document(nlp: Language) -> None:
    text = "NEW YORK (AP) -- Net income rose to $5 million, or 10 cents a share, from last year."
    doc = nlp(text)
    start = text.index("last year")
    feats = features(doc, start, start + len("last year"), "past")
    for expected in ("tense=past", "w=last", "w=year", "prev=from", "next=.", "sent:income",
                     "sent:million", "doc:dateline", "doc:per_share"):  # fmt: skip
        assert expected in feats
    assert "doc:quarter" not in feats and "quarter_before" not in feats


def test_features_see_quarters_named_before_and_no_dateline_in_running_text(
    nlp: Language,
) -> None:
    text = "Earnings fell in the third quarter. They were higher a year ago."
    doc = nlp(text)
    start = text.index("a year ago")
    feats = features(doc, start, start + len("a year ago"), None)
    assert {"doc:quarter", "quarter_before", "tense=None"} <= set(feats)
    assert "doc:dateline" not in feats


def test_the_highest_scoring_label_wins_and_ties_go_to_the_first() -> None:
    chooser = Chooser(
        {
            "week": {
                "labels": [RULE, "wxx"],
                "bias": {RULE: 0.0, "wxx": 0.5},
                "weights": {RULE: {"doc:quarter": 1.0}},
            }
        }  # fmt: skip
    )
    assert chooser.choose("week", ["w=last"]) == "wxx"
    assert chooser.choose("week", ["doc:quarter"]) == RULE
    assert chooser.choose("week", ["doc:quarter", "w=last"]) == RULE
    tie = Chooser({"vague": {"labels": [RULE, "ref"], "bias": {}, "weights": {}}})
    assert tie.choose("vague", ["w=recent"]) == RULE
    assert chooser.choose("partday", ["w=night"]) == RULE  # a family the model lacks


def test_without_the_model_file_every_family_keeps_the_rule(nlp: Language) -> None:
    empty = load_chooser("no_such_model.json")
    assert empty.families == {}
    doc = nlp("Protesters marched on Friday night.")
    found = resolve_records(time_records(doc, empty), WEDNESDAY)
    assert [(t.text, t.type, t.value) for t in found] == [("Friday night", "TIME", "2018-02-02TNI")]


def test_the_packaged_model_is_readable_and_deterministic(nlp: Language) -> None:
    chooser = packaged_chooser()
    assert chooser.families, "storyline/data/time_chooser.json is shipped"
    for family, model in chooser.families.items():
        assert set(model["labels"]) <= set(LABELS[family])
    doc = nlp("Protesters marched on Friday night and again on Saturday night.")
    first = time_records(doc, chooser)
    assert first == time_records(nlp(doc.text), chooser)
    assert all(r["choice"] in LABELS["partday"] for r in first)


def test_a_choice_reaches_the_resolved_value(nlp: Language) -> None:
    bare = Chooser({"partday": {"labels": [RULE, "bare"], "bias": {"bare": 1.0}, "weights": {}}})
    doc = nlp("Protesters marched on Friday night.")
    found = resolve_records(time_records(doc, bare), WEDNESDAY)
    assert [(t.text, t.type, t.value) for t in found] == [("Friday night", "DATE", "2018-02-02")]


def test_a_dropped_fuzzy_word_is_left_out(nlp: Language) -> None:
    drop = Chooser({"fuzzy": {"labels": [RULE, "drop"], "bias": {"drop": 1.0}, "weights": {}}})
    doc = nlp("Prices are now higher than on Monday.")
    assert [r["text"] for r in time_records(doc, drop)] == ["Monday"]


@pytest.mark.parametrize(
    ("rec", "value", "previous", "expected"),
    [
        (record("Friday night", "wd:5:tense|TNI", "TIME", choice="bare"), "2018-02-02TNI", None,
         ("DATE", "2018-02-02")),
        (record("last week", "rel:W:-1", choice="wxx"), "2018-W05", None, ("DATE", "2018-WXX")),
        (record("the quarter", "rq:latest", choice="qx"), "2017-Q4", None, ("DATE", "2017-QX")),
        (record("recent years", "dur:PXY", "DURATION", choice="ref"), "PXY", None,
         ("DATE", "PAST_REF")),
        (record("coming months", "dur:PXM", "DURATION", choice="ref"), "PXM", None,
         ("DATE", "FUTURE_REF")),
        (record("last year", "rel:Y:-1", choice="year"), "2017", None, ("DATE", "2017")),
        (record("last year", "rel:Y:-1", choice="quarter"), "2017", None, ("DATE", "2016-Q4")),
        (record("a year ago", "ana:Y:-1", choice="quarter"), "2017-Q3", "2018-09-30",
         ("DATE", "2017-Q3")),
        (record("a year ago", "ana:Y:-1", choice="month"), "2017", None, ("DATE", "2017-02")),
        (record("a year ago", "ana:Y:-1", choice="day"), "2017", None, ("DATE", "2017-02-07")),
        (record("a year ago", "ana:Y:-1", choice=RULE), "2017", None, ("DATE", "2017")),
    ],
)  # fmt: skip
def test_apply_choice(
    rec: dict[str, object], value: str, previous: str | None, expected: tuple[str, str]
) -> None:
    assert apply_choice(rec, value, date(2018, 2, 7), previous) == expected


def test_candidate_values_try_every_label(nlp: Language) -> None:
    doc = nlp("Sales rose last week.")
    records = time_records(doc, Chooser({}))
    assert candidate_values(records, 0, WEDNESDAY) == {RULE: "2018-W05", "wxx": "2018-WXX"}


def test_examples_take_the_first_label_that_reads_the_gold(nlp: Language) -> None:
    text = "Sales rose last week, and prices are now higher."
    doc = nlp(text)
    start = text.index("last week")
    gold = [GoldTimex(start, start + 9, "last week", "DATE", "2018-WXX")]
    examples = examples_of(doc, WEDNESDAY, gold)
    assert [(e.family, e.label) for e in examples] == [("week", "wxx"), ("fuzzy", "drop")]
    assert "w=week" in examples[0].features


def test_fit_family_writes_readable_weights() -> None:
    linear_model = pytest.importorskip("sklearn.linear_model")
    model = linear_model.LogisticRegression(C=1.0)
    model.fit([[1, 0], [1, 0], [0, 1], [0, 1]], ["bare", "bare", RULE, RULE])
    fitted = fit_family(model, ["w=night", "w=evening"])
    assert fitted["labels"] == ["bare", RULE]
    assert fitted["bias"]["bare"] == 0.0
    weights = fitted["weights"][RULE]
    assert weights["w=evening"] > 0 > weights["w=night"]
    chooser = Chooser({"partday": fitted})
    assert chooser.choose("partday", ["w=night"]) == "bare"
    assert chooser.choose("partday", ["w=evening"]) == RULE


def training_script() -> Any:
    """scripts/train_time_chooser.py as a module."""
    return load_script("train_time_chooser")


def test_the_training_script_skips_without_data(capsys: pytest.CaptureFixture[str]) -> None:
    assert training_script().main(["--data", str(REPO / "no-such-data")]) == 0
    assert "skipped" in capsys.readouterr().err


def test_aquaint_documents_weigh_more_than_timebank_ones() -> None:
    script = training_script()
    assert script.document_weights(["TimeBank", "AQUAINT", "TimeBank"], 3.0) == [1.0, 3.0, 1.0]
    assert script.document_weights(["AQUAINT"], 1.0) == [1.0]


def test_a_weighted_example_counts_as_that_many_copies() -> None:
    pytest.importorskip("sklearn.linear_model")
    script = training_script()
    examples = [
        Example("partday", ["w=night", "prev=on"], "bare"),
        Example("partday", ["w=evening", "prev=on"], RULE),
        Example("partday", ["w=evening"], RULE),
    ]
    weighted = script.train(examples, [2.0, 1.0, 1.0])["partday"]
    copied = script.train([examples[0], *examples])["partday"]
    assert weighted["labels"] == copied["labels"] == ["bare", RULE]
    # a feature of one example of weight 2 is seen twice: it is kept, as for two copies
    assert set(weighted["weights"][RULE]) == set(copied["weights"][RULE]) >= {"w=night"}
    for feature, weight in copied["weights"][RULE].items():
        assert weighted["weights"][RULE][feature] == pytest.approx(weight, abs=2e-3)
    assert "w=night" not in script.train(examples)["partday"]["weights"][RULE]


def test_the_shipped_chooser_has_the_training_script_settings() -> None:
    script = training_script()
    shipped = json.loads((REPO / "src/storyline/data/time_chooser.json").read_text("utf-8"))
    assert shipped["aquaint_weight"] == script.AQUAINT_WEIGHT
    assert (shipped["C"], shipped["min_count"]) == (script.C, script.MIN_COUNT)
