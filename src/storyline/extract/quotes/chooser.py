"""A small learned chooser between the (cue, speaker) pairs the rules offer a quoted passage.

The rules of `storyline.extract.quotes.direct` try, in a fixed order, the cue verb a
passage hangs on, the reported speech around it, a name before a colon, a signature, the
nearest cue verb of its sentence, the verb it hangs on, the previous quote's speaker and the
last cue of the sentence before; the first that answers decides. Where several answer with
different speakers, a linear model over features of the text and parse (which rules offer
the pair, the path between passage and cue, distances, the cue's class, the speaker's kind
and place, and whether the rules' pick is a cue the passage hangs on directly, said by its
subject) scores each pair, and the best one speaks. Its weights are readable data
(``data/quote_chooser.json``), trained by ``scripts/train_quote_chooser.py`` on PolNeAR
train; without that file, or with no weights in it, the rules decide.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from storyline.extract.quotes.cues import CueLexicon
from storyline.extract.quotes.marks import Marked
from storyline.extract.quotes.model import Quote, Span
from storyline.extract.quotes.speech import SUBJECTS

MODEL_FILE = "quote_chooser.json"
PRONOUNS = frozenset("he she they it we i you him her them us me who".split())


@dataclass(slots=True)
class Candidate:
    """A quote one or more rules give a passage (`rules`: their names, in rule order)."""

    quote: Quote
    rules: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[Span | None, Span | None]:
        return self.quote.cue, self.quote.speaker


def gather(offers: Sequence[tuple[str, Quote | None]]) -> list[Candidate]:
    """The distinct (cue, speaker) pairs of the rules' offers, each with the rules that
    offer it, in the order first offered."""
    out: dict[tuple[Span | None, Span | None], Candidate] = {}
    for rule, quote in offers:
        if quote is None or quote.kind != "direct":
            continue
        key = (quote.cue, quote.speaker)
        out.setdefault(key, Candidate(quote)).rules.append(rule)
    return list(out.values())


def _bucket(value: int, edges: Sequence[int] = (0, 1, 2, 4, 8, 16, 32)) -> str:
    """The first edge `value` is at most, or '>' the last."""
    return next((str(e) for e in edges if value <= e), f">{edges[-1]}")


def _token_at(doc: Doc, span: Span | None) -> Token | None:
    if span is None:
        return None
    found = doc.char_span(span.start, span.end, alignment_mode="expand")
    return found.root if found is not None and len(found) else None


def features(
    doc: Doc,
    passage: Marked,
    candidate: Candidate,
    chosen: Quote,
    previous: Quote | None,
    cues: CueLexicon,
) -> list[str]:
    """Binary features of one candidate pair for a passage (`chosen`: the rules' pick)."""
    quote = candidate.quote
    out = [f"rule={r}" for r in candidate.rules]
    out.append(f"first_rule={candidate.rules[0]}")
    picked = (quote.cue, quote.speaker) == (chosen.cue, chosen.speaker)
    if picked:
        out.append("rules_pick")
    span = doc.char_span(passage.outer_start, passage.outer_end, alignment_mode="expand")
    if span is None or not len(span):
        return out
    if _firm_pick(doc, chosen, span):
        out.append("firm_pick" if picked else "against_firm_pick")
    if span.start == 0 or "\n" in doc[span.start - 1].text + doc[span.start - 1].whitespace_:
        out.append("opens_paragraph")
    cue = _token_at(doc, quote.cue)
    if cue is not None:
        out += _cue_features(cue, span, cues)
    speaker = _token_at(doc, quote.speaker)
    if speaker is None:
        out.append("no_speaker")
        return out
    out += _speaker_features(speaker, cue, span)
    if previous is not None and previous.speaker is not None:
        same = (
            quote.speaker_actor is not None and quote.speaker_actor == previous.speaker_actor
        ) or previous.speaker.text.lower() == speaker.text.lower()
        out.append("previous_speaker" if same else "other_speaker")
    return out


def _cue_features(cue: Token, span: SpacySpan, cues: CueLexicon) -> list[str]:
    """The cue's class, place and path to the passage."""
    start, end = span.start, span.end
    kind = cues.of(cue)
    out = [
        f"cue_kind={kind.kind if kind else cue.pos_}",
        f"cue_dep={cue.dep_}",
        f"cue_lemma={cue.lemma_.lower()}",
    ]
    out += _place("cue", cue.i, start, end)
    sent_gap = cue.sent.start - _sent_start(span)
    out.append(f"cue_sent={max(-2, min(2, sent_gap)) if sent_gap else 0}")
    depth = _path_length(cue, span)
    out.append(f"cue_path={_bucket(depth, (1, 2, 3, 5)) if depth is not None else 'none'}")
    return out


def _firm_pick(doc: Doc, chosen: Quote, span: SpacySpan) -> bool:
    """Is the rules' pick a cue the passage hangs on directly, said by its subject?"""
    cue, speaker = _token_at(doc, chosen.cue), _token_at(doc, chosen.speaker)
    return (
        cue is not None
        and speaker is not None
        and speaker.head.i == cue.i
        and speaker.dep_ in SUBJECTS
        and _path_length(cue, span) == 1
    )


def _place(prefix: str, i: int, start: int, end: int) -> list[str]:
    """Where token `i` lies against the passage [start, end): inside, or on which side and
    how far."""
    if start <= i < end:
        return [f"{prefix}_inside"]
    side = "before" if i < start else "after"
    gap = start - i if side == "before" else i - end + 1
    return [f"{prefix}_side={side}", f"{prefix}_gap={_bucket(gap)}"]


def _sent_start(span: SpacySpan) -> int:
    """Where the sentence a passage opens in starts."""
    return span[0].sent.start


def _path_length(cue: Token, span: SpacySpan) -> int | None:
    """How many arcs up from the passage's words the cue lies, if it is above them."""
    best: int | None = None
    for token in span:
        for steps, ancestor in enumerate(token.ancestors, start=1):
            if ancestor.i == cue.i:
                best = steps if best is None else min(best, steps)
                break
    return best


def _speaker_features(speaker: Token, cue: Token | None, span: SpacySpan) -> list[str]:
    """The speaker's kind (name, pronoun, noun, entity type) and its tie to the cue."""
    start, end = span.start, span.end
    lower = speaker.lower_
    kind = "pron" if lower in PRONOUNS else speaker.pos_
    out = [f"spk_kind={kind}", f"spk_ent={speaker.ent_type_ or 'none'}", f"spk_dep={speaker.dep_}"]
    if cue is not None and speaker.head.i == cue.i and speaker.dep_ in SUBJECTS:
        out.append("spk_subject_of_cue")
    out += _place("spk", speaker.i, start, end)
    if speaker.sent.start != _sent_start(span):
        out.append("spk_other_sentence")
    return out


@dataclass(frozen=True, slots=True)
class QuoteChooser:
    """A bias and feature weights (a logistic model of 'this pair speaks the passage')."""

    bias: float
    weights: dict[str, float]

    def score(self, feats: Sequence[str]) -> float:
        """The probability the pair is right, by the model."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-z))

    def pick(
        self,
        doc: Doc,
        passage: Marked,
        chosen: Quote,
        offers: Sequence[tuple[str, Quote | None]],
        previous: Quote | None,
        cues: CueLexicon,
    ) -> Quote:
        """The best-scored candidate; the rules' pick on a tie or with one candidate."""
        candidates = gather([*offers, ("pick", chosen)])
        if len(candidates) < 2:
            return chosen
        feats = [features(doc, passage, c, chosen, previous, cues) for c in candidates]
        scored = [(self.score(f), c.quote) for f, c in zip(feats, candidates, strict=True)]
        rules = next(s for s, q in scored if (q.cue, q.speaker) == (chosen.cue, chosen.speaker))
        best, best_score = chosen, rules
        for score, quote in scored:
            if score > best_score + 1e-9:
                best, best_score = quote, score
        return best


def load_chooser(name: str = MODEL_FILE) -> QuoteChooser | None:
    """The chooser in ``storyline/data/<name>``; None (the rules decide) without it, or
    when it holds no weights (the training script found no gain over the rules)."""
    path = resources.files("storyline.data").joinpath(name)
    if not path.is_file():
        return None
    return chooser_from(json.loads(path.read_text(encoding="utf-8")))


def chooser_from(model: dict[str, Any]) -> QuoteChooser | None:
    """The chooser of a model file's fields; None when it holds no weights."""
    weights = {str(f): float(w) for f, w in model["weights"].items()}
    return QuoteChooser(float(model["bias"]), weights) if weights else None


@cache
def packaged_chooser() -> QuoteChooser | None:
    """The chooser shipped with storyline, read once."""
    return load_chooser()
