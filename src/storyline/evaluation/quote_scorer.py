"""Score quotes and reported speech against PolNeAR-style gold attributions.

Spans are compared through the words they cover: the text's tokens are its runs of word
characters (`\\w+`, by character offsets; punctuation, quotation marks and spaces are not
tokens), and a span covers the tokens it overlaps. Two spans *overlap* when they cover at
least one common token.

Which predictions count: every quote of kind "direct" or "indirect". Quotes of kind "term"
(quotation marks around a term, with no speaker) claim no attribution and are left out.
A prediction's content is its `parts` when it has them (a quote split by its cue), else its
`content` span.

Quoted attributions: a gold attribution is *quoted* when its content holds a quotation: one
of its spans contains a double quotation mark (`"` `“` `”` `„` `‟` `«` `»`), two straight
apostrophes (`''`, the New York Times's quotation mark) or a left single quotation mark (`‘`;
the right one, `’`, is also the apostrophe and does not count); or when the content is
enclosed by them: an opening mark right before its first character and a closing one right
after its last (after one optional `, . ; : ! ?`). On them:

- `direct_recall`: share found, i.e. overlapped by a prediction's content (any kind but term);
- `direct_speaker_accuracy`: share with the right speaker, over the found ones that have a
  gold source (the speaker is judged against the best-matching prediction, see below);
- `direct_end_to_end`: found and right speaker, over all quoted ones that have a gold source.

All attributions with a content (direct and indirect alike):

- `content_precision`, `content_recall`, `content_f1`: token overlap, micro over the corpus.
  Precision: tokens covered by some prediction's content that are also covered by some gold
  content, over all tokens covered by a prediction's content; recall the other way round.
  Tokens are counted once per document however many spans cover them.
- `source_accuracy`: over gold attributions that have a source and are matched, the share
  whose matched prediction has the right speaker.
- `cue_accuracy`: over matched gold attributions that have a cue, the share whose matched
  prediction's cue overlaps it.

What a user can look up, whatever the gold says:

- `speaker_actor_rate`: over all predictions (found quotes, terms left out), the share whose
  speaker is an actor of the document (`speaker_actor`, an index into `mentions`), i.e. that
  `storyline quotes --actor NAME` lists under someone; a quote with no speaker, or a speaker
  resolved to no actor, counts against it (`predicted_speakers` and `predicted_actors` are
  the counts).

A gold attribution is *matched* to the prediction whose content shares the most tokens with
its content (the first one on a tie); a prediction may match several gold attributions. The
speaker is *right* when the predicted speaker span overlaps the gold source, or when the
prediction names an actor (`speaker_actor`) and one of that actor's mentions in the document
overlaps the gold source. Gold attributions without a content are not scored (counted).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from typing import Any

from storyline.evaluation.polnear import Attribution, Offsets
from storyline.evaluation.rates import f1 as harmonic_mean
from storyline.evaluation.rates import ratio
from storyline.extract.quotes.model import Quote

TOKEN_RE = re.compile(r"\w+")
QUOTE_MARK_RE = re.compile(r"[\"“”„‟«»‘]|''")
OPENING_RE = re.compile(r"(?:[\"“„‟«‘]|'')$")
CLOSING_RE = re.compile(r"[,.;:!?]?(?:[\"”»’]|'')")
Mentions = Sequence[Sequence[tuple[int, int]]]


@dataclass(frozen=True, slots=True)
class Predicted:
    """A predicted attribution in the scorer's terms: offsets of content, cue and speaker,
    and the speaker's actor index (None when the system names no actor)."""

    content: Offsets
    cue: Offsets = ()
    speaker: Offsets = ()
    actor: int | None = None


def predicted(quote: Quote) -> Predicted | None:
    """What the scorer reads of a quote; None for a term (no attribution claimed)."""
    if quote.kind == "term":
        return None
    parts = quote.parts or (quote.content,)
    return Predicted(
        tuple((part.start, part.end) for part in parts),
        ((quote.cue.start, quote.cue.end),) if quote.cue else (),
        ((quote.speaker.start, quote.speaker.end),) if quote.speaker else (),
        quote.speaker_actor,
    )


def is_quoted(text: str, content: Offsets) -> bool:
    """Whether a content holds a quotation (see the module docstring)."""
    if not content:
        return False
    if any(QUOTE_MARK_RE.search(text[start:end]) for start, end in content):
        return True
    first, last = content[0][0], content[-1][1]
    return bool(OPENING_RE.search(text[max(0, first - 2) : first])) and bool(
        CLOSING_RE.match(text, last)
    )


class Tokens:
    """The word tokens of a text, to find which ones spans cover."""

    def __init__(self, text: str) -> None:
        matches = list(TOKEN_RE.finditer(text))
        self.starts = [match.start() for match in matches]
        self.ends = [match.end() for match in matches]

    def covered(self, spans: Iterable[tuple[int, int]]) -> set[int]:
        """Indexes of the tokens that overlap any of the spans."""
        found: set[int] = set()
        for start, end in spans:
            found.update(range(bisect_right(self.ends, start), bisect_left(self.starts, end)))
        return found


@dataclass(frozen=True, slots=True)
class QuoteScore:
    """Counts behind the quote metrics, for one document or summed over many."""

    documents: int = 0
    attributions: int = 0  # gold ones with a content
    without_content: int = 0  # gold ones left out
    predicted: int = 0  # predictions scored (terms left out)
    predicted_speakers: int = 0  # of them, with a speaker
    predicted_actors: int = 0  # of them, with the speaker's actor
    direct_gold: int = 0
    direct_found: int = 0
    direct_sourced: int = 0
    direct_found_sourced: int = 0
    direct_speaker_right: int = 0
    matched: int = 0
    matched_sourced: int = 0
    source_right: int = 0
    matched_cued: int = 0
    cue_right: int = 0
    predicted_tokens: int = 0
    gold_tokens: int = 0
    common_tokens: int = 0

    def __add__(self, other: QuoteScore) -> QuoteScore:
        return QuoteScore(
            *(getattr(self, f.name) + getattr(other, f.name) for f in fields(QuoteScore))
        )

    def metrics(self) -> dict[str, Any]:
        """Rates (0–1, four decimals), then the counts."""
        precision = ratio(self.common_tokens, self.predicted_tokens)
        recall = ratio(self.common_tokens, self.gold_tokens)
        f1 = harmonic_mean(precision, recall)
        rates = {
            "direct_recall": ratio(self.direct_found, self.direct_gold),
            "direct_speaker_accuracy": ratio(self.direct_speaker_right, self.direct_found_sourced),
            "direct_end_to_end": ratio(self.direct_speaker_right, self.direct_sourced),
            "content_precision": precision,
            "content_recall": recall,
            "content_f1": f1,
            "source_accuracy": ratio(self.source_right, self.matched_sourced),
            "cue_accuracy": ratio(self.cue_right, self.matched_cued),
            "speaker_actor_rate": ratio(self.predicted_actors, self.predicted),
        }
        counts = {f.name: getattr(self, f.name) for f in fields(self)}
        return {**{key: round(value, 4) for key, value in rates.items()}, **counts}


def merge_scores(scores: Iterable[QuoteScore]) -> QuoteScore:
    return sum(scores, QuoteScore())


def speaker_right(
    tokens: Tokens, source: Offsets, prediction: Predicted, mentions: Mentions
) -> bool:
    """Whether the predicted speaker, or a mention of its actor, overlaps the gold source."""
    gold = tokens.covered(source)
    if gold & tokens.covered(prediction.speaker):
        return True
    actor = prediction.actor
    if actor is None or not 0 <= actor < len(mentions):
        return False
    return bool(gold & tokens.covered(mentions[actor]))


def best_match(gold: set[int], contents: Sequence[set[int]]) -> int | None:
    """The index of the prediction content sharing most tokens with `gold` (first on a tie)."""
    best, most = None, 0
    for index, content in enumerate(contents):
        shared = len(gold & content)
        if shared > most:
            best, most = index, shared
    return best


def score_document(
    text: str,
    gold: Sequence[Attribution],
    quotes: Sequence[Quote],
    mentions: Mentions = (),
) -> QuoteScore:
    """Score one document's quotes against its gold attributions.

    `mentions`: per actor index (as in `Quote.speaker_actor`), the character spans of that
    actor's mentions in the text; a speaker is then also right through its actor.
    """
    predictions = [p for p in map(predicted, quotes) if p is not None]
    return score_predictions(text, gold, predictions, mentions)


def score_predictions(
    text: str,
    gold: Sequence[Attribution],
    predictions: Sequence[Predicted],
    mentions: Mentions = (),
) -> QuoteScore:
    """Score one document's predicted attributions (a system's, or another annotator's)
    against its gold attributions; `mentions` as in `score_document`."""
    tokens = Tokens(text)
    contents = [tokens.covered(p.content) for p in predictions]
    scored = [attribution for attribution in gold if attribution.content]
    counts = dict.fromkeys((f.name for f in fields(QuoteScore)), 0)
    counts.update(
        documents=1,
        attributions=len(scored),
        without_content=len(gold) - len(scored),
        predicted=len(predictions),
        predicted_speakers=sum(bool(p.speaker) for p in predictions),
        predicted_actors=sum(
            p.actor is not None and 0 <= p.actor < len(mentions) for p in predictions
        ),
    )
    gold_tokens: set[int] = set()
    for attribution in scored:
        covered = tokens.covered(attribution.content)
        gold_tokens |= covered
        match = best_match(covered, contents)
        quoted = is_quoted(text, attribution.content)
        right = match is not None and speaker_right(
            tokens, attribution.source, predictions[match], mentions
        )
        counts["direct_gold"] += quoted
        counts["direct_sourced"] += quoted and bool(attribution.source)
        if match is None:
            continue
        prediction = predictions[match]
        counts["matched"] += 1
        counts["direct_found"] += quoted
        if attribution.source:
            counts["matched_sourced"] += 1
            counts["source_right"] += right
            counts["direct_found_sourced"] += quoted
            counts["direct_speaker_right"] += quoted and right
        if attribution.cue:
            counts["matched_cued"] += 1
            cue = tokens.covered(attribution.cue)
            counts["cue_right"] += bool(cue & tokens.covered(prediction.cue))
    predicted_tokens = set().union(*contents) if contents else set()
    counts.update(
        predicted_tokens=len(predicted_tokens),
        gold_tokens=len(gold_tokens),
        common_tokens=len(predicted_tokens & gold_tokens),
    )
    return QuoteScore(**counts)
