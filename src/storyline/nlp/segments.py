"""Cut long texts into segments for the NLP pass, and join the segments' annotations.

spaCy refuses texts over `nlp.max_length` (1,000,000 characters), and a worker's memory peaks
with the heaviest batch it meets: news archives hold the odd 40,000-word transcript, and a
batch of 16 long segments cost twice what a batch of news articles does. On Timeline17, 5,000
characters (about 900 words) per segment cut the peak at 2.9k articles from 1.8 to 1.3 GB at
the same speed; most news articles are one or two segments. Segments end at a
block boundary where one fits, else after a sentence-final period, so no sentence or entity
mention is cut in practice; `annotations_of` takes each segment's offset.

A segment is read without the text before it, so a paragraph whose first sentence holds a
third-person pronoun ("“…,” he said", "She added …") would lose the person it means: the
cut falls before a paragraph that opens without one, nor with a quotation (whose speaker
may be named in the paragraph before, or carried from it), where such a paragraph lies in
the second half of the segment (`leans_back`).

A transcript ("SESAY: … DAMON: …") is cut before a turn's label, the last that fits: a
turn's words are its speaker's ("I think …" is the label's person), and words cut from their
label open the next segment with no speaker. Only a turn longer than a segment is cut
inside.
"""

from __future__ import annotations

import re

from storyline.extract.times.resolve import resolve_records
from storyline.extract.turns import Turn, transcript_turns
from storyline.ingest.blocks import BlockSpan
from storyline.nlp.annotations import Annotations

MAX_SEGMENT_CHARS = 5_000
# a sentence end: three lower-case letters or digits before the mark, so that abbreviations
# ("U.S.", "Mr.", "Gov.") are not taken for one, and a capital or quote after it
_SENTENCE_END = re.compile(r"(?<=[a-z0-9]{3})[.!?][”\"’)]?\s+(?=[A-Z“\"])")
# third-person personal pronouns: they point back to a person or group named before
_PRONOUN = re.compile(r"\b(?:he|she|they|him|her|hers|his|them|their|theirs)\b", re.IGNORECASE)
_OPENING_CHARS = 400  # how far a paragraph's first sentence is looked at, at most
_OPENING_QUOTE = re.compile(r"[\"“‘']")


def leans_back(text: str, start: int) -> bool:
    """Whether the paragraph starting at `start` opens with a quotation, or with a sentence
    holding a third-person pronoun, which means someone named in the text before it."""
    if _OPENING_QUOTE.match(text, start):
        return True
    limit = min(len(text), start + _OPENING_CHARS)
    end = _SENTENCE_END.search(text, start, limit)
    newline = text.find("\n", start, limit)
    stop = min(p for p in (end.start() if end else limit, newline, limit) if p >= 0)
    return bool(_PRONOUN.search(text, start, stop))


def segment_bounds(
    text: str,
    blocks: list[BlockSpan],
    max_chars: int = MAX_SEGMENT_CHARS,
    turns: list[Turn] | None = None,
) -> list[tuple[int, int]]:
    """(start, end) of consecutive segments covering `text`, each at most `max_chars` long;
    `turns`, the text's transcript turns where the caller has read them already."""
    if len(text) <= max_chars:
        return [(0, len(text))]
    block_starts = [b.start for b in blocks]
    labels = [t.name_start for t in (transcript_turns(text) if turns is None else turns)]
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > max_chars:
        limit = start + max_chars
        turn = max((s for s in labels if start < s <= limit), default=0)
        if turn:
            bounds.append((start, turn))
            start = turn
            continue
        fitting = [s for s in block_starts if start < s <= limit]
        standing = [s for s in fitting if s > start + max_chars // 2 and not leans_back(text, s)]
        cut = max(standing or fitting, default=0)
        if not cut:
            ends = [m.end() for m in _SENTENCE_END.finditer(text, start + max_chars // 2, limit)]
            cut = ends[-1] if ends else limit
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def join(parts: list[Annotations], published: str | None = None) -> Annotations:
    """One article's annotations from those of its segments, in order; its time
    expressions resolved against its publication date (anaphoric ones across segments)."""
    records = [r for part in parts for r in part.time_records]
    quotes = []
    actors_before = 0
    for part in parts:
        quotes.extend(quote.shifted(0, actors_before) for quote in part.quotes)
        actors_before += len(part.actors)
    return Annotations(
        [s for part in parts for s in part.sentences],
        [m for part in parts for m in part.mentions],
        [a for part in parts for a in part.actors],
        records,
        resolve_records(records, published),
        quotes,
    )
