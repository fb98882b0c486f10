"""Score TIMEX3 extraction and normalization with TempEval-3 Task A definitions.

Per document, gold and system expressions are compared by character extent:

- strict match: identical extent (each extent counted at most once on each side);
- relaxed match: overlapping extents, one-to-one, chosen greedily by largest overlap;
- type and value accuracy: share of relaxed pairs whose type / value agree (values compared as
  strings after `strip()`); type and value F1 are relaxed F1 × accuracy, i.e. P = correct /
  system, R = correct / gold, as TempEval-3 reports them.

Counts add up over documents (micro-averaging); every ratio is 0.0 when its denominator is 0.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from storyline.evaluation.rates import f1, ratio


class TimexLike(Protocol):
    """Anything with a character extent, a TimeML type and a value."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def type(self) -> str: ...

    @property
    def value(self) -> str: ...


@dataclass(frozen=True, slots=True)
class TimeScore:
    """Counts of one document or a whole corpus, and the metrics they give."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_correct: int = 0
    value_correct: int = 0
    documents: int = 0

    def __add__(self, other: TimeScore) -> TimeScore:
        return TimeScore(
            self.gold + other.gold,
            self.system + other.system,
            self.strict + other.strict,
            self.relaxed + other.relaxed,
            self.type_correct + other.type_correct,
            self.value_correct + other.value_correct,
            self.documents + other.documents,
        )

    @property
    def strict_precision(self) -> float:
        return ratio(self.strict, self.system)

    @property
    def strict_recall(self) -> float:
        return ratio(self.strict, self.gold)

    @property
    def strict_f1(self) -> float:
        return f1(self.strict_precision, self.strict_recall)

    @property
    def relaxed_precision(self) -> float:
        return ratio(self.relaxed, self.system)

    @property
    def relaxed_recall(self) -> float:
        return ratio(self.relaxed, self.gold)

    @property
    def relaxed_f1(self) -> float:
        return f1(self.relaxed_precision, self.relaxed_recall)

    @property
    def type_accuracy(self) -> float:
        return ratio(self.type_correct, self.relaxed)

    @property
    def value_accuracy(self) -> float:
        return ratio(self.value_correct, self.relaxed)

    @property
    def type_f1(self) -> float:
        return f1(ratio(self.type_correct, self.system), ratio(self.type_correct, self.gold))

    @property
    def value_f1(self) -> float:
        return f1(ratio(self.value_correct, self.system), ratio(self.value_correct, self.gold))

    def metrics(self, digits: int = 4) -> dict[str, float | int]:
        """The counts and every metric, rounded, as a flat JSON-ready dict."""
        names = (
            "strict_precision",
            "strict_recall",
            "strict_f1",
            "relaxed_precision",
            "relaxed_recall",
            "relaxed_f1",
            "type_accuracy",
            "value_accuracy",
            "type_f1",
            "value_f1",
        )
        counts = (
            "documents",
            "gold",
            "system",
            "strict",
            "relaxed",
            "type_correct",
            "value_correct",
        )
        return {
            **{name: getattr(self, name) for name in counts},
            **{name: round(getattr(self, name), digits) for name in names},
        }


def relaxed_pairs(gold: Sequence[TimexLike], system: Sequence[TimexLike]) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs of overlapping extents, largest overlap first.

    Ties go to the pair whose lengths differ least, then to the earlier gold and system span.
    """
    candidates = []
    for g, gold_span in enumerate(gold):
        for s, system_span in enumerate(system):
            overlap = min(gold_span.end, system_span.end) - max(gold_span.start, system_span.start)
            if overlap > 0:
                gap = abs((gold_span.end - gold_span.start) - (system_span.end - system_span.start))
                candidates.append((-overlap, gap, g, s))
    pairs: list[tuple[int, int]] = []
    used_gold: set[int] = set()
    used_system: set[int] = set()
    for _, _, g, s in sorted(candidates):
        if g not in used_gold and s not in used_system:
            used_gold.add(g)
            used_system.add(s)
            pairs.append((g, s))
    return sorted(pairs)


def score_document(gold: Sequence[TimexLike], system: Sequence[TimexLike]) -> TimeScore:
    """Compare one document's gold and system expressions."""
    gold_extents = Counter((t.start, t.end) for t in gold)
    system_extents = Counter((t.start, t.end) for t in system)
    strict = sum((gold_extents & system_extents).values())
    pairs = relaxed_pairs(gold, system)
    type_correct = sum(gold[g].type.strip() == system[s].type.strip() for g, s in pairs)
    value_correct = sum(gold[g].value.strip() == system[s].value.strip() for g, s in pairs)
    return TimeScore(
        gold=len(gold),
        system=len(system),
        strict=strict,
        relaxed=len(pairs),
        type_correct=type_correct,
        value_correct=value_correct,
        documents=1,
    )


def merge_scores(scores: Iterable[TimeScore]) -> TimeScore:
    """The sum of per-document counts (micro-averaged metrics follow from it)."""
    total = TimeScore()
    for score in scores:
        total = total + score
    return total
