"""Gold "new" sentences of a story's reports from ECB+ event coreference, and their scoring.

A story is one ECB+ sub-topic (the `ecb` or the `ecbplus` documents of a topic: one
seminal event each), its reports in a fixed order (ECB+ has no dates: by file number).
Every validated sentence (`ECBplus_coreference_sentences.csv`) of a report after the first
that holds at least one event mention (`ACTION_*`, `NEG_*`) is scored:

- NEW when one of its event mentions belongs to a chain that no earlier report of the
  sub-topic mentions (in its validated sentences). A chain is the cross-document instance;
  a mention in no cross-document chain (a within-document chain, or a singleton) is new by
  definition: nothing earlier is annotated as the same event.
- OLD when every one of its event mentions was mentioned in an earlier report.

Sentences with no event mention, and every sentence of the first report, are not scored.
The system's answer for a scored sentence is whether a `new` development overlaps it; a
sentence outside what the system compares (its lead window) counts as not flagged, and is
counted apart. Precision, recall and F1 of NEW (micro, over all scored sentences) reward
flagging everything where most sentences are NEW (every sentence new: recall 100%), so the
same of OLD (the sentences not flagged) are given too, and the macro F1 of the two classes:
a system that flags all (or none) scores at most half of one class's F1 there, and it is on
the scale of the F1 already reported (balanced accuracy would also give such a system 50%,
but it does not say how clean the flags are). `flagged` is the share of scored sentences
flagged new.

Not taken: only the chains of the sub-topic's seminal event. Every report of a sub-topic
tells that event, so nearly every sentence would be OLD, and a reader asks what else a report
says. The cost of the definition taken: the cross-document round of ECB+ focused on the
seminal events, so an event told earlier but not linked is a singleton, counted NEW (a bias
towards NEW; the every-sentence-new peer's precision shows the share).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from storyline.evaluation import rates
from storyline.evaluation.ecbplus import EventDocument

Key = tuple[str, int]  # (doc_id, line)


def gold_labels(story: Sequence[EventDocument]) -> dict[Key, bool]:
    """NEW (True) or OLD (False) for each scored sentence of `story[1:]` (module doc)."""
    seen: set[str] = set()
    labels: dict[Key, bool] = {}
    for i, doc in enumerate(story):
        if i:
            for line, chains in doc.events.items():
                if chains:
                    labels[(doc.doc_id, line)] = not chains <= seen
        for chains in doc.events.values():
            seen |= chains
    return labels


@dataclass(frozen=True, slots=True)
class NewScore:
    """Counts and P/R/F1 of NEW, of OLD (not flagged) and their macro F1, over scored
    sentences."""

    tp: int
    fp: int
    fn: int
    sentences: int

    @property
    def precision(self) -> float:
        return rates.ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return rates.ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return rates.f1(self.precision, self.recall)

    @property
    def tn(self) -> int:
        """OLD sentences not flagged."""
        return self.sentences - self.tp - self.fp - self.fn

    @property
    def old_precision(self) -> float:
        return rates.ratio(self.tn, self.tn + self.fn)

    @property
    def old_recall(self) -> float:
        return rates.ratio(self.tn, self.tn + self.fp)

    @property
    def old_f1(self) -> float:
        return rates.f1(self.old_precision, self.old_recall)

    @property
    def macro_f1(self) -> float:
        """The mean of the F1 of NEW and of OLD."""
        return (self.f1 + self.old_f1) / 2

    @property
    def flagged(self) -> float:
        """The share of scored sentences flagged new."""
        return rates.ratio(self.tp + self.fp, self.sentences)


def score_new(gold: Mapping[Key, bool], flagged: Iterable[Key]) -> NewScore:
    """Score the flagged sentences against `gold`; flags on unscored sentences are ignored."""
    flags = {key for key in flagged if key in gold}
    tp = sum(1 for key in flags if gold[key])
    fp = len(flags) - tp
    fn = sum(1 for key, new in gold.items() if new and key not in flags)
    return NewScore(tp, fp, fn, len(gold))


def overlapping(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether any of `spans` shares a character with [start, end)."""
    return any(s < end and start < e for s, e in spans)
