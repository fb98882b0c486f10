"""A small learned chooser between the readings the gold's conventions disagree on.

Some expressions have several values TimeML annotators give in different texts: "last year"
in an earnings report is the year or the quarter a year back; "last week" an ISO week or
``1989-WXX``; "Friday night" ``…TNI`` or the bare day; "recent years" ``PXY`` or PAST_REF;
"the quarter" the last one or ``1989-QX``; and fuzzy words ("now", "current", "recently")
are tagged in some sentences and not in others. Each such *family* has a few labels
(``rule`` is what the rules give); a linear model over features of the text only (the
expression's words, its neighbours, the governing verb's tense, cue words of the sentence
and of the document) picks one. Its weights are readable data (``data/time_chooser.json``),
trained by ``scripts/train_time_chooser.py`` on the TempEval-3 development documents; without
that file every family keeps ``rule``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Span

from storyline.extract.times.calendar import anchor_of_value, granularity, shift
from storyline.nlp.text import doc_text

MODEL_FILE = "time_chooser.json"
RULE = "rule"
DROP = "drop"
# the labels of each family, the rule's own first
LABELS: dict[str, tuple[str, ...]] = {
    "yearback": (RULE, "year", "quarter", "month", "day"),
    "week": (RULE, "wxx"),
    "partday": (RULE, "bare"),
    "vague": (RULE, "ref"),
    "quarter": (RULE, "qx"),
    "fuzzy": (RULE, DROP),
}
_FUZZY = frozenset({"now", "right now", "current", "currently", "recently", "the future",
                    "the past", "more recently", "lately", "presently", "at present",
                    "nowadays", "these days"})  # fmt: skip
_PARTS = re.compile(r"\|T?(?:NI|MO|AF|EV|MI)$")
# words of a sentence or a document that tell how its dates are read
SENTENCE_CUES = frozenset({"quarter", "earnings", "share", "profit", "net", "revenue", "sales",
                           "income", "loss", "fiscal", "period", "compare", "from", "month",
                           "week", "year", "rise", "fall", "percent", "cent", "million",
                           "say", "will"})  # fmt: skip
_DATELINE = re.compile(r"^\s*[A-Z][A-Za-z .'-]{1,30}(?:,[^\n]{0,40})?\s*(?:\([A-Za-z ]+\)|_|--)")
_FUTURE_WORDS = re.compile(r"\b(?:coming|next|future|ahead|upcoming)\b", re.I)


def family_of(record: dict[str, Any]) -> str | None:
    """The family of a time record whose reading the chooser decides, if any."""
    spec: str = record["spec"]
    text = " ".join(record["text"].lower().split())
    if spec in {"ana:Y:-1", "rel:Y:-1", "yago:-1"}:
        return "yearback"
    if spec.startswith(("rel:W:", "ana:W:")):
        return "week"
    if spec.startswith(("wd:", "rel:D:")) and _PARTS.search(spec):
        return "partday"
    if record["type"] == "DURATION" and re.fullmatch(r"dur:PX[A-Z]+", spec):
        return "vague"
    if spec == "rq:latest":
        return "quarter"
    if spec.startswith("ref:") and text in _FUZZY:
        return "fuzzy"
    return None


def features(doc: Doc, start: int, end: int, tense: str | None) -> list[str]:
    """Text-only features of the expression at characters [start, end) of a parsed Doc."""
    span = doc.char_span(start, end, alignment_mode="expand")
    out = [f"tense={tense}"]
    if span is None or not len(span):
        return out
    out += [f"w={t.lower_}" for t in span if t.is_alpha]
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    out.append(f"prev={before.lower_ if before is not None else '<s>'}")
    out.append(f"next={after.lower_ if after is not None else '</s>'}")
    root = span.root
    out.append(f"dep={root.dep_}")
    out.append(f"head={root.head.lemma_.lower()}")
    sent: Span = span.sent if doc.has_annotation("SENT_START") else doc[:]
    lemmas = {t.lemma_.lower() for t in sent}
    out += [f"sent:{cue}" for cue in sorted(SENTENCE_CUES & lemmas)]
    out += _document_features(doc_text(doc))
    if 0 <= doc_text(doc).lower().find("quarter") < start:
        out.append("quarter_before")
    return out


@lru_cache(maxsize=8)
def _document_features(text: str) -> tuple[str, ...]:
    """Features of the whole text (a dateline, quarters, per-share figures), read once."""
    lower = text.lower()
    out: list[str] = []
    if _DATELINE.match(text):
        out.append("doc:dateline")
    if "quarter" in lower:
        out.append("doc:quarter")
    if "fiscal" in lower:
        out.append("doc:fiscal")
    if re.search(r"\b(?:a|per) share\b", lower):
        out.append("doc:per_share")
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Chooser:
    """Per family: its labels, a bias and feature weights per label (a linear model)."""

    families: dict[str, dict[str, Any]]

    def choose(self, family: str, feats: list[str]) -> str:
        """The label with the highest score; ``rule`` for a family the model lacks."""
        model = self.families.get(family)
        if model is None:
            return RULE
        best, best_score = RULE, float("-inf")
        for label in model["labels"]:
            weights = model["weights"].get(label, {})
            score = model["bias"].get(label, 0.0) + sum(weights.get(f, 0.0) for f in feats)
            if score > best_score:
                best, best_score = label, score
        return best


def load_chooser(name: str = MODEL_FILE) -> Chooser:
    """The chooser in ``storyline/data/<name>``; one that always says ``rule`` without it."""
    path = resources.files("storyline.data").joinpath(name)
    if not path.is_file():
        return Chooser({})
    return Chooser(json.loads(path.read_text(encoding="utf-8"))["families"])


@cache
def packaged_chooser() -> Chooser:
    """The chooser shipped with storyline, read once."""
    return load_chooser()


def apply_choice(
    record: dict[str, Any], value: str, dct: date | None, previous: str | None
) -> tuple[str, str]:
    """The (type, value) a record's ``choice`` gives, from the rule's value."""
    choice = record.get("choice") or RULE
    kind = record["type"]
    if choice == RULE:
        return kind, value
    family = family_of(record)
    if family == "partday":
        return "DATE", _PART_SUFFIX.sub("", value)
    if family == "vague":
        words = record["text"]
        return "DATE", "FUTURE_REF" if _FUTURE_WORDS.search(words) else "PAST_REF"
    if family == "week" and re.match(r"\d{4}-W", value):
        return kind, value[:4] + "-WXX"
    if family == "quarter" and re.match(r"\d{4}-Q", value):
        return kind, value[:4] + "-QX"
    if family == "yearback" and dct is not None:
        return kind, _year_back(choice, dct, previous)
    return kind, value


_PART_SUFFIX = re.compile(r"T(?:NI|MO|AF|EV|MI)$")


def _year_back(choice: str, dct: date, previous: str | None) -> str:
    """A year before: the year, the quarter (of the last date named when it was a day, a
    week or a quarter, else the last quarter completed), the month or the day."""
    if choice == "year":
        return shift(dct, "Y", -1)
    if choice == "quarter":
        base = anchor_of_value(previous) if previous else None
        if base is not None and granularity(previous or "") in {"D", "W", "Q"}:
            return shift(base, "Q", -4)
        return shift(dct, "Q", -5)
    if choice == "month":
        return shift(dct, "M", -12)
    return date(dct.year - 1, dct.month, min(dct.day, 28 if dct.month == 2 else 31)).isoformat()
