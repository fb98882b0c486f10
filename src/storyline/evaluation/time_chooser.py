"""Training examples for the times chooser (`extract/times/chooser.py`) from gold TimeML.

For each expression of a family, every label is tried in turn (the whole text resolved
again, since a value may anchor the next one) and the first label whose value equals the
gold value of the overlapping gold TIMEX3 is the example's label; a fuzzy word is kept
(``rule``) when a gold TIMEX3 overlaps it and dropped otherwise. Expressions no label
reads right give no example. `fit_family` turns a fitted scikit-learn logistic regression
into the readable weights the chooser reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from storyline.evaluation.timeml import GoldTimex
from storyline.extract.times.chooser import DROP, LABELS, RULE, Chooser, family_of, features
from storyline.extract.times.component import time_records
from storyline.extract.times.resolve import resolve_records

RULES_ONLY = Chooser({})


@dataclass(frozen=True, slots=True)
class Example:
    """One expression of a family: its features and the label that reads it as the gold."""

    family: str
    features: list[str]
    label: str


def _overlapping(start: int, end: int, gold: Sequence[GoldTimex]) -> GoldTimex | None:
    best, overlap = None, 0
    for timex in gold:
        shared = min(end, timex.end) - max(start, timex.start)
        if shared > overlap:
            best, overlap = timex, shared
    return best


def candidate_values(records: list[dict[str, Any]], index: int, dct: str | None) -> dict[str, str]:
    """The value of record `index` under each label of its family."""
    family = family_of(records[index])
    assert family is not None
    values = {}
    for label in LABELS[family]:
        trial = [dict(record) for record in records]
        trial[index]["choice"] = label
        resolved = resolve_records(trial, dct)
        values[label] = resolved[index].value
    return values


def examples_of(doc: Doc, dct: str | None, gold: Sequence[GoldTimex]) -> list[Example]:
    """The training examples of one parsed document against its gold TIMEX3s."""
    records = time_records(doc, RULES_ONLY)
    out = []
    for index, record in enumerate(records):
        family = family_of(record)
        if family is None:
            continue
        feats = features(doc, record["start"], record["end"], record["tense"])
        timex = _overlapping(record["start"], record["end"], gold)
        if family == "fuzzy":
            out.append(Example(family, feats, RULE if timex is not None else DROP))
            continue
        if timex is None:
            continue
        values = candidate_values(records, index, dct)
        label = next((lab for lab, value in values.items() if value == timex.value), None)
        if label is not None:
            out.append(Example(family, feats, label))
    return out


def fit_family(model: Any, vocabulary: Sequence[str], digits: int = 4) -> dict[str, Any]:
    """Readable weights of a fitted logistic regression over binary features: a bias and a
    weight per feature for each label (for two labels the first has none, as in sklearn)."""
    labels = [str(label) for label in model.classes_]
    rows = model.coef_
    biases = model.intercept_
    if len(labels) == 2:  # one row of weights, for the second label
        rows, biases = [[0.0] * len(vocabulary), rows[0]], [0.0, biases[0]]
    weights = {
        label: {
            feature: round(float(weight), digits)
            for feature, weight in zip(vocabulary, row, strict=True)
            if round(float(weight), digits)
        }
        for label, row in zip(labels, rows, strict=True)
    }
    return {
        "labels": labels,
        "bias": {label: round(float(b), digits) for label, b in zip(labels, biases, strict=True)},
        "weights": {label: dict(sorted(w.items())) for label, w in weights.items() if w},
    }
