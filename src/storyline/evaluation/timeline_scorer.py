"""Temporal awareness of entity timelines, as SemEval-2015 Task 4 scores them (our code).

The task (Minard et al. 2015) turns each timeline into temporal relations and scores them
with the temporal awareness of UzZaman & Allen (2011), the TempEval-3 metric, micro-averaged
over the timelines:

* every event mention is a node; its date (not XXXX-XX-XX) is a time node, and the event is
  SIMULTANEOUS with it;
* events of one ordinal are SIMULTANEOUS with each other (the mentions of one line too);
* every event of ordinal n is BEFORE every event of the next ordinal present;
* precision: the system's relations found in the closure of the gold's; recall: the gold's
  relations found in the closure of the system's.

The closure here is that of SIMULTANEOUS (an equivalence) and BEFORE (a strict order over its
classes), the only relations a timeline implies.

Where we deviate or could not check: we did not find the official scorer's text, so this
follows the task paper's description as written above. Ordinal 0 (an event the annotators did
not order) gives no ordering relation; with a date it is still SIMULTANEOUS with that date.
Relations are counted as generated (TempEval-3's script counts the relations as given, not a
reduced graph), so one long run of simultaneous events weighs by its pairs. Relations
between two time nodes are not generated (the events carry them). A contradictory system
timeline cannot arise, as one ordinal per event is a consistent order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations, product

from storyline.evaluation import rates

NO_DATE = "XXXX-XX-XX"
Relation = tuple[str, str, str]  # (a, "BEFORE" | "SIMULTANEOUS", b)


@dataclass(frozen=True, slots=True)
class Entry:
    """One timeline line: ordinal (0 = not ordered), date, mention ids."""

    ordinal: int
    date: str
    mentions: tuple[str, ...]


def relations(entries: Iterable[Entry]) -> set[Relation]:
    """The relations a timeline implies (see the module docstring); SIMULTANEOUS pairs are
    written in sorted order so that each pair is counted once."""
    out: set[Relation] = set()
    by_ordinal: dict[int, list[str]] = defaultdict(list)

    def simultaneous(a: str, b: str) -> None:
        if a != b:
            out.add((min(a, b), "SIMULTANEOUS", max(a, b)))

    for entry in entries:
        for mention in entry.mentions:
            if entry.date and entry.date != NO_DATE:
                simultaneous(mention, f"date:{entry.date}")
            if entry.ordinal > 0:
                by_ordinal[entry.ordinal].append(mention)
    ordinals = sorted(by_ordinal)
    for ordinal in ordinals:
        for a, b in combinations(by_ordinal[ordinal], 2):
            simultaneous(a, b)
    for earlier, later in zip(ordinals, ordinals[1:], strict=False):
        for a, b in product(by_ordinal[earlier], by_ordinal[later]):
            if a != b:
                out.add((a, "BEFORE", b))
    return out


class Closure:
    """What a set of SIMULTANEOUS and BEFORE relations entails."""

    def __init__(self, given: Iterable[Relation]) -> None:
        given = list(given)
        self._parent: dict[str, str] = {}
        for a, kind, b in given:
            if kind == "SIMULTANEOUS":
                self._union(a, b)
        after: dict[str, set[str]] = defaultdict(set)
        for a, kind, b in given:
            if kind == "BEFORE":
                after[self._find(a)].add(self._find(b))
        self._later: dict[str, set[str]] = {}
        for start in list(after):
            seen: set[str] = set()
            stack = list(after[start])
            while stack:
                node = stack.pop()
                if node not in seen:
                    seen.add(node)
                    stack.extend(after.get(node, ()))
            self._later[start] = seen

    def _find(self, node: str) -> str:
        while self._parent.get(node, node) != node:
            node = self._parent[node]
        return node

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)

    def holds(self, relation: Relation) -> bool:
        a, kind, b = relation
        ra, rb = self._find(a), self._find(b)
        if kind == "SIMULTANEOUS":
            return ra == rb
        return rb in self._later.get(ra, set())


@dataclass(frozen=True, slots=True)
class Counts:
    """Matched and total relations for precision and recall."""

    precision_hits: int = 0
    system: int = 0
    recall_hits: int = 0
    gold: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.precision_hits + other.precision_hits,
            self.system + other.system,
            self.recall_hits + other.recall_hits,
            self.gold + other.gold,
        )

    def scores(self) -> dict[str, float]:
        p = rates.ratio(self.precision_hits, self.system)
        r = rates.ratio(self.recall_hits, self.gold)
        return {"precision": p, "recall": r, "f1": rates.f1(p, r)}


def count(gold: Sequence[Entry], system: Sequence[Entry]) -> Counts:
    """Temporal-awareness counts of one system timeline against its gold."""
    gold_rel, system_rel = relations(gold), relations(system)
    gold_closure, system_closure = Closure(gold_rel), Closure(system_rel)
    return Counts(
        sum(gold_closure.holds(r) for r in system_rel),
        len(system_rel),
        sum(system_closure.holds(r) for r in gold_rel),
        len(gold_rel),
    )


def micro_average(pairs: Iterable[tuple[Sequence[Entry], Sequence[Entry]]]) -> dict[str, float]:
    """Micro-averaged precision, recall and F1 over (gold, system) timelines."""
    total = Counts()
    for gold, system in pairs:
        total = total + count(gold, system)
    return total.scores()
