"""Quotes built from found speech: spans, parts around one cue, nested attributions."""

from __future__ import annotations

import re

from spacy.tokens import Token

from storyline.extract.quotes.marks import Marked
from storyline.extract.quotes.model import Quote, Span
from storyline.extract.quotes.speakers import ISSUED, actor_named, speaker_span
from storyline.extract.quotes.speech import Speech

_MARKS = "\"“”‘’'`«»„ ,"


def without_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the quotation marks (and spaces, commas) at its ends."""
    while start < end and text[start] in _MARKS:
        start += 1
    while end > start and text[end - 1] in _MARKS:
        end -= 1
    return start, end


def reported_quotes(speech: Speech, quotes: list[Quote]) -> list[Quote]:
    """The quotes whose cue lies in what reported speech says: it reports someone else
    saying them ("“…,” O'Malley said, according to the Las Vegas Sun")."""
    start, end = speech.content
    return [
        q
        for q in quotes
        if q.cue is not None and start <= q.cue.start < end and q.cue.start != speech.cue.idx
    ]


def text_span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def token_span(token: Token) -> Span:
    return Span(token.idx, token.idx + len(token.text), token.text)


# What someone runs and that speaks for them, named by a word in front: "the Clinton
# campaign said" (Clinton's campaign).
RUN_BY = frozenset({"campaign"})
# Issued things a name in front does not issue: "GOP figures" are people, "Senate filings"
# are filed with the Senate.
NOT_BY_NAME = frozenset({"figure", "filing"})


def owner_actor(speaker: Token, actors: dict[int, int]) -> int | None:
    """The actor of whose statement or campaign a speaker with no actor of its own is:
    its possessor ("Pence's statement implies": Pence), or for what someone issues or
    runs (`ISSUED`, `RUN_BY`), a name in front of it ("the Sanders campaign said", "an
    Associated Press-GfK poll found": Sanders, Associated Press-GfK). A role is not its
    name's place or party ("the Wisconsin Republican said": no actor)."""
    owner = next((c for c in speaker.children if c.dep_ == "poss"), None)
    if owner is not None:
        return actors.get(owner.i)
    lemma = speaker.lemma_.lower()
    if speaker.pos_ != "NOUN" or lemma in NOT_BY_NAME or lemma not in ISSUED | RUN_BY:
        return None
    names = [
        c for c in speaker.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i in actors
    ]
    return actors[names[-1].i] if names else None


def make_quote(
    text: str,
    speech: Speech,
    kind: str,
    actors: dict[int, int],
    passage: Marked | None = None,
) -> Quote:
    start, end = (passage.start, passage.end) if passage else speech.content
    pieces = passage.parts if passage else speech.parts
    cue = token_span(speech.cue)
    if speech.cue_end is not None:
        cue = text_span(text, speech.cue.idx, speech.cue_end)
    speaker = speaker_span(speech.speaker) if speech.speaker is not None else None
    actor = None
    if speech.speaker is not None:
        actor = actors.get(speech.speaker.i)
        if actor is None:
            actor = owner_actor(speech.speaker, actors)
        if actor is None and may_be_a_name(speech.speaker):
            actor = actor_named(speech.speaker.doc, speech.speaker)
    parts = tuple(text_span(text, s, e) for s, e in pieces)
    via = speaker_span(speech.via) if speech.via is not None else None
    return Quote(text_span(text, start, end), kind, cue, speaker, actor, parts, via)  # type: ignore[arg-type]


def may_be_a_name(word: Token) -> bool:
    """A proper noun, a capitalised modal ("Will wrote"), or a capitalised noun inside a
    sentence ("“…?” Trump asked", tagged a common noun): a name the recogniser missed."""
    return (
        word.pos_ == "PROPN"
        or word.tag_ == "MD"
        or (word.pos_ == "NOUN" and word.is_title and not word.is_sent_start)
    )


def with_content(previous: Quote, text: str, passage: Marked) -> Quote:
    """A passage continuing the previous quote's speaker."""
    parts = tuple(text_span(text, s, e) for s, e in passage.parts)
    return Quote(
        text_span(text, passage.start, passage.end),
        "direct",
        previous.cue,
        previous.speaker,
        previous.speaker_actor,
        parts,
        previous.via,
    )


def same_cue(first: Quote, second: Quote, text: str) -> bool:
    """Two passages around one cue (`“…,” he said, “…”`), in one paragraph; a speaker named
    before the first (A source “close to the talks” said the deal was “almost done”) makes
    them two."""
    return (
        first.kind == second.kind == "direct"
        and first.cue is not None
        and first.cue == second.cue
        and first.content.end <= first.cue.start
        and first.cue.end <= second.content.start
        and (first.speaker is None or first.speaker.start >= first.content.end)
        and not re.search(r"[.!?]\W*\s|\n", text[first.cue.end : second.content.start])
    )


def merge_parts(first: Quote, second: Quote, text: str) -> Quote:
    """`“…,” he said, “…”`: one quote in parts."""
    parts = (first.parts or (first.content,)) + (second.parts or (second.content,))
    return Quote(
        text_span(text, first.content.start, second.content.end),
        "direct",
        first.cue,
        first.speaker,
        first.speaker_actor,
        parts,
        first.via,
    )
