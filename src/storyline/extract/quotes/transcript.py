"""Broadcast and interview transcripts: a turn "NAME: …" is the named speaker's words.

The turns are read by `storyline.extract.turns` (``Doc._.turns``, shared with the actors
component, which makes a turn's "I" a mention of the label's person). Here each turn that
states something becomes a direct quote of its speaker, and a quote whose speaker is a turn's
"I" or "we" is given the turn's speaker (`turn_speakers`). The turns of a question-and-answer
interview ("Q: … A: …") are left to the actors component: "A" names no one by itself, and
its "I" is the interviewee the actors component finds at the report's top.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from storyline.extract.names import HONORIFICS, TITLES
from storyline.extract.quotes.model import Quote, Span
from storyline.extract.quotes.speakers import actor_named_by
from storyline.extract.turns import INTERVIEW_LABELS, Turn, doc_turns, turn_at

# The first-person subjects a turn's speaker says their words through: "I think …".
FIRST_PERSON = frozenset({"i", "we"})


def turn_speakers(quotes: list[Quote], doc: Doc, text: str) -> list[Quote]:
    """The quotes whose speaker is a turn's "I" or "we" ("WOOLSEY: I don't think we do"),
    given the turn's speaker: its actor, the one the label names (a surname label is the
    report's one person of that surname, as for `actor_named_by`); where the report names
    no such actor, the label itself is the speaker phrase, so the reader sees who spoke, and
    an actor the pronoun was bound to is dropped (it is someone the turn's speaker talked
    about: "COOPER: … I think …" is not the Wolf Blitzer named before). "We" keeps an
    actor of its own (the party or country the speaker speaks for)."""
    turns = [t for t in doc_turns(doc) if t.name not in INTERVIEW_LABELS]
    if not turns:
        return quotes
    quotes = [_in_turn(q, turns, doc, text) for q in quotes]
    said = [(t, q) for t in turns if (q := turn_quote(t, doc, text)) is not None]
    told = [t for t, _ in said]
    return [q for q in quotes if not _told_by_turn(q, told)] + [q for _, q in said]


def turn_quote(turn: Turn, doc: Doc, text: str) -> Quote | None:
    """A turn as its speaker's direct quote: a transcript records the words spoken, so the
    label is the speaker and its colon the cue ("said"), as for a headline's "Name:
    statement". A turn that ends in a question mark asks the guest something and states
    nothing ("SESAY: What happens now?"), so it is no quote; nor is an empty turn."""
    start, end = turn.start, turn.end
    while end > start and text[end - 1].isspace():
        end -= 1
    words = text[start:end].rstrip("\"'”’) ")
    if not words or words.endswith("?"):
        return None
    content = Span(start, end, text[start:end])
    colon = text.index(":", turn.name_end)
    return Quote(
        content=content,
        kind="direct",
        cue=Span(colon, colon + 1, ":"),
        speaker=label_span(turn, text),
        speaker_actor=label_actor(doc, turn.name),
        parts=(content,),
    )


def _told_by_turn(quote: Quote, turns: list[Turn]) -> bool:
    """A quote its turn tells: its speaker is the turn's "I" or "we", or the label itself
    (the turn's words are one quote of theirs, not also pieces of it, as quoted words
    inside reported speech are part of it: `finder.told_once`)."""
    speaker = quote.speaker
    if speaker is None:
        return False
    turn = turn_at(turns, speaker.start)
    if turn is None:
        return any(t.name_start == speaker.start for t in turns)
    return speaker.text.lower() in FIRST_PERSON


def _in_turn(quote: Quote, turns: list[Turn], doc: Doc, text: str) -> Quote:
    speaker = quote.speaker
    if speaker is None or speaker.text.lower() not in FIRST_PERSON:
        return quote
    turn = turn_at(turns, speaker.start)
    if turn is None or (speaker.text.lower() == "we" and quote.speaker_actor is not None):
        return quote
    actor = label_actor(doc, turn.name)
    if actor is not None:
        return replace(quote, speaker_actor=actor)
    return replace(quote, speaker=label_span(turn, text), speaker_actor=None)


def label_span(turn: Turn, text: str) -> Span:
    """The turn's label ("SESAY") as a quote's speaker span."""
    return Span(turn.name_start, turn.name_end, text[turn.name_start : turn.name_end])


def label_actor(doc: Doc, name: str) -> int | None:
    """The actor a label names: the actor whose key is the label's name (honorifics and
    "Dr." left out: "DR. SANJAY GUPTA" is Sanjay Gupta), else the one actor of the label's
    last word, its surname ("PRESIDENT BUSH": George Bush)."""
    if not doc.has_extension("actors"):
        return None
    words = tuple(
        w for w in (w.strip(".").lower() for w in name.split()) if w not in HONORIFICS | TITLES
    )
    if not words:
        return None
    whole = [n for n, actor in enumerate(doc._.actors) if actor.key == words]
    if len(whole) == 1:
        return whole[0]
    return actor_named_by(doc, words[-1])
