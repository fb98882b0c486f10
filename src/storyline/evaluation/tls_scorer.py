"""Timeline-summarization scores: date-selection F1 and the ROUGE variants of TLS.

A timeline is a mapping of days to their sentences. The measures are those of Martschat &
Markert (2017, "Improving ROUGE for timeline summarization"), as the `tilse` toolkit computes
them against one reference timeline, written here with storyline's own n-gram counting:

- concat: ROUGE-N of all sentences pooled against all reference sentences pooled;
- agreement: only the n-grams of a day both timelines have are matched (summed over days,
  divided by all predicted resp. reference n-grams);
- alignment ("align+ m:1"): each predicted day is matched to the reference day of least cost
  (for precision) and each reference day to the predicted day of least cost (for recall),
  cost = (1 - 1/(days apart + 1)) x (1 - a ROUGE-1 F of the two days' texts); a matched
  pair's overlap is weighted by 1/(days apart + 1).

ROUGE tokens are lower-cased runs of letters and digits, without the English stop words of
spaCy's list and without stemming (tilse runs ROUGE-1.5.5 with the Porter stemmer and its
own stop-word list: figures are close to, not equal to, published ones).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from spacy.lang.en.stop_words import STOP_WORDS

from storyline.evaluation import rates

Timeline = Mapping[date, Sequence[str]]
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class Score:
    """Precision, recall and F1 of one measure."""

    precision: float
    recall: float

    @property
    def f1(self) -> float:
        return rates.f1(self.precision, self.recall)


def tokens(text: str) -> list[str]:
    """The words ROUGE counts: lower-cased, stop words left out."""
    return [w for w in _WORD.findall(text.lower()) if w not in STOP_WORDS]


def ngrams(sentences: Iterable[str], n: int) -> Counter[tuple[str, ...]]:
    """The n-grams of some sentences (none across a sentence boundary), counted."""
    counts: Counter[tuple[str, ...]] = Counter()
    for sentence in sentences:
        words = tokens(sentence)
        counts.update(tuple(words[i : i + n]) for i in range(len(words) - n + 1))
    return counts


def overlap(a: Counter[tuple[str, ...]], b: Counter[tuple[str, ...]]) -> int:
    """Matched n-grams, each counted as often as the rarer side has it."""
    return sum((a & b).values())


def date_f1(predicted: Iterable[date], reference: Iterable[date]) -> Score:
    """How well the predicted days match the reference days."""
    pred, ref = set(predicted), set(reference)
    hits = len(pred & ref)
    return Score(rates.ratio(hits, len(pred)), rates.ratio(hits, len(ref)))


def rouge_concat(predicted: Timeline, reference: Timeline, n: int) -> Score:
    """ROUGE-N of every sentence pooled."""
    pred = ngrams((s for day in sorted(predicted) for s in predicted[day]), n)
    ref = ngrams((s for day in sorted(reference) for s in reference[day]), n)
    hits = overlap(pred, ref)
    return Score(rates.ratio(hits, pred.total()), rates.ratio(hits, ref.total()))


def rouge_agreement(predicted: Timeline, reference: Timeline, n: int) -> Score:
    """ROUGE-N where only the sentences of one same day match."""
    pred = {day: ngrams(sents, n) for day, sents in predicted.items()}
    ref = {day: ngrams(sents, n) for day, sents in reference.items()}
    hits = sum(overlap(pred[day], ref[day]) for day in pred.keys() & ref.keys())
    return Score(
        rates.ratio(hits, sum(c.total() for c in pred.values())),
        rates.ratio(hits, sum(c.total() for c in ref.values())),
    )


def date_weight(a: date, b: date) -> float:
    """1 for the same day, 1/2 a day apart, 1/3 two days apart, …"""
    return 1 / (abs(a.toordinal() - b.toordinal()) + 1)


def _cost(pred_day: date, pred: Sequence[str], ref_day: date, ref: Sequence[str]) -> float:
    """Alignment cost of two days: far apart and unlike in words costs most."""
    content = rouge_concat({pred_day: pred}, {ref_day: ref}, 1).f1
    return (1 - date_weight(pred_day, ref_day)) * (1 - content)


def _aligned_hits(
    source: Timeline,
    target: Timeline,
    n: int,
    cost: Callable[[date, date], float],
) -> tuple[float, int]:
    """Weighted matched n-grams of each `source` day with its least-cost `target` day,
    and all `source` n-grams."""
    hits, total = 0.0, 0
    for day, sents in source.items():
        counts = ngrams(sents, n)
        total += counts.total()
        if not target:
            continue
        match = min(sorted(target), key=lambda other: cost(day, other))
        hits += date_weight(day, match) * overlap(counts, ngrams(target[match], n))
    return hits, total


def rouge_alignment(predicted: Timeline, reference: Timeline, n: int) -> Score:
    """Martschat & Markert's align+ m:1 ROUGE-N."""
    p_hits, p_total = _aligned_hits(
        predicted, reference, n, lambda p, r: _cost(p, predicted[p], r, reference[r])
    )
    r_hits, r_total = _aligned_hits(
        reference, predicted, n, lambda r, p: _cost(p, predicted[p], r, reference[r])
    )
    return Score(rates.ratio(p_hits, p_total), rates.ratio(r_hits, r_total))


def score_timeline(predicted: Timeline, reference: Timeline) -> dict[str, Score]:
    """Every measure of one predicted timeline against one reference."""
    scores = {"date_f1": date_f1(predicted, reference)}
    for n in (1, 2):
        scores[f"rouge{n}_concat"] = rouge_concat(predicted, reference, n)
        scores[f"rouge{n}_agreement"] = rouge_agreement(predicted, reference, n)
        scores[f"rouge{n}_alignment"] = rouge_alignment(predicted, reference, n)
    return scores
