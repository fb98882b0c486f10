"""What the NLP pass keeps of a spaCy Doc: sentences and entity mentions with character offsets."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from storyline.extract.actor_model import Actor
from storyline.extract.quotes.model import Quote
from storyline.extract.times.model import TimeExpression
from storyline.ingest.blocks import BlockSpan
from storyline.nlp.text import doc_text


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    kind: str  # the kind of block it lies in: paragraph, heading, item, byline


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    label: str
    sentence_idx: int


@dataclass(frozen=True, slots=True)
class Annotations:
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)  # the actors, then the things
    time_records: list[dict[str, Any]] = field(default_factory=list)  # read, not resolved
    times: list[TimeExpression] = field(default_factory=list)  # resolved (`segments.join`)
    quotes: list[Quote] = field(default_factory=list)  # speaker_actor indexes `actors`


def trimmed_offsets(span: Span, offset: int = 0) -> tuple[int, int]:
    """Character offsets (plus `offset`) of a span without its surrounding whitespace."""
    text = span.text
    start = offset + span.start_char + (len(text) - len(text.lstrip()))
    return start, start + len(text.strip())


def block_kind_at(blocks: list[BlockSpan], offset: int) -> str:
    """The kind of the block containing `offset` (paragraph when none does)."""
    for block in blocks:
        if block.start <= offset < block.end:
            return block.kind
    return "paragraph"


SENTENCE_END = frozenset(".!?:;\"'”’)]…")


def _runs_on(text: str, previous: Sentence, start: int, offset: int) -> bool:
    """The parser cut a paragraph's sentence where nothing ends it ("… President Moon Jae" |
    "In on Saturday, …": a name's last word read as a preposition): the sentence before ends
    with no closing punctuation and no line break lies between."""
    if previous.kind != "paragraph":
        return False
    between = text[previous.end - offset : start - offset]
    last = text[previous.end - offset - 1] if previous.end - offset > 0 else ""
    return "\n" not in between and last not in SENTENCE_END and previous.end - offset > 0


def annotations_of(
    doc: Doc, blocks: list[BlockSpan], offset: int = 0, sentences_before: int = 0
) -> Annotations:
    """Sentences (whitespace-only ones dropped), named-entity mentions and actors (when the
    `storyline_actors` component ran) of a processed Doc.

    A Doc of one segment of an article starts at character `offset` of the article and after
    `sentences_before` of its sentences: offsets and sentence numbers come out article-wide.
    """
    sentences: list[Sentence] = []
    sentence_of_token: dict[int, int] = {}
    for sent in doc.sents:
        start, end = trimmed_offsets(sent, offset)
        if start == end:
            continue
        if sentences and _runs_on(doc_text(doc), sentences[-1], start, offset):
            sentences[-1] = Sentence(sentences[-1].start, end, sentences[-1].kind)
        else:
            sentences.append(Sentence(start, end, block_kind_at(blocks, start)))
        number = sentences_before + len(sentences) - 1
        sentence_of_token.update(dict.fromkeys(range(sent.start, sent.end), number))
    mentions = [
        Mention(
            *trimmed_offsets(ent, offset),
            text=ent.text.strip(),
            label=ent.label_,
            sentence_idx=sentence_of_token.get(ent.start, sentences_before),
        )
        for ent in doc.ents
        if ent.text.strip()
    ]
    records = doc._.actor_records if doc.has_extension("actor_records") else None
    things = doc._.thing_records if doc.has_extension("thing_records") else None
    actors = [  # things after the actors: a quote's speaker_actor indexes the actors
        Actor.from_record(record).shifted(offset) for record in [*(records or []), *(things or [])]
    ]
    timed = doc._.time_records if doc.has_extension("time_records") else None
    time_records = [
        {**record, "start": record["start"] + offset, "end": record["end"] + offset}
        for record in timed or []
    ]
    quoted = doc._.quote_records if doc.has_extension("quote_records") else None
    quotes = [Quote.from_record(record).shifted(offset, 0) for record in quoted or []]
    return Annotations(sentences, mentions, actors, time_records, quotes=quotes)
