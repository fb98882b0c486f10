"""A news convention across quotes: "he said" after a named speaker is that speaker.

"“…,” Trump said. He added, “…”", "Gates told the AP that … He called the actions
lawful": a report names a speaker, then goes on with "he" or "she". The actors component
resolves each pronoun on its own (the nearest fitting person), which in a sequence of
statements is often someone the speaker talked about ("Trump"'s "Agent", the senator a
spokesman spoke of). Here a he/she speaker of a cue in the sentence of a named person's cue
or the next one is that person, unless its gender differs or its own sentence names another
person before the pronoun.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from storyline.extract.actor_model import Actor
from storyline.extract.actors.state import PRONOUN_GENDER
from storyline.extract.quotes.cues import CueLexicon
from storyline.extract.quotes.model import Quote


@dataclass(frozen=True, slots=True)
class _Named:
    """The last named person who spoke, and the sentence of their cue."""

    actor: int
    sentence: int


def follow_named_speakers(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """The quotes, with each he/she speaker that goes on from a named speaker (see the
    module docstring) given that speaker's actor."""
    if not doc.has_extension("actor_records") or not doc._.actor_records:
        return quotes
    actors = doc._.actors
    starts = [sent.start_char for sent in doc.sents]
    out = list(quotes)
    last: _Named | None = None
    for i in sorted(range(len(quotes)), key=lambda n: _cue_start(quotes[n])):
        quote = quotes[i]
        if quote.speaker is None or quote.cue is None:
            continue
        sentence = bisect.bisect_right(starts, quote.cue.start)
        pronoun = quote.speaker.text.lower()
        if pronoun in {"he", "she"}:
            if (
                last is not None
                and quote.speaker_actor != last.actor
                and sentence - last.sentence <= 1
                and gender(actors[last.actor]) in {None, PRONOUN_GENDER[pronoun]}
                and not _other_person_before(actors, last.actor, starts, quote)
            ):
                out[i] = replace(quote, speaker_actor=last.actor)
            continue
        if _named_person(doc, actors, quote):
            last = _Named(quote.speaker_actor, sentence)  # type: ignore[arg-type]
    return out


def gender(actor: Actor) -> str | None:
    """An actor's gender as its pronoun mentions tell it, when they agree."""
    found = {
        PRONOUN_GENDER[m.text.lower()]
        for m in actor.mentions
        if m.kind == "pronoun" and m.text.lower() in PRONOUN_GENDER
    }
    return found.pop() if len(found) == 1 else None


def _cue_start(quote: Quote) -> int:
    return quote.cue.start if quote.cue is not None else quote.content.start


def _named_person(doc: Doc, actors: list[Actor], quote: Quote) -> bool:
    """Is the speaker a person named by a proper noun ("Trump said"; not "a reporter") who
    says something through a verb of saying (not the one who asks: "Asked by Matt Lauer
    …, she said")?"""
    if quote.speaker_actor is None or quote.speaker is None or quote.cue is None:
        return False
    if actors[quote.speaker_actor].type != "PERSON":
        return False
    cue = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    if cue is None or (said := CueLexicon.load().of(cue[0])) is None or said.kind == "thought":
        return False  # "adding that Clinton showed the “conduct …”": Clinton says nothing
    if said.lemma == "ask":
        return False
    words = doc.char_span(quote.speaker.start, quote.speaker.end, alignment_mode="expand")
    return words is not None and words[-1].pos_ == "PROPN"


def _other_person_before(
    actors: list[Actor], speaker: int, starts: list[int], quote: Quote
) -> bool:
    """Does the pronoun's sentence name another person before it ("Ben Jealous told The
    Huffington Post before he spoke")?"""
    assert quote.speaker is not None
    start = starts[bisect.bisect_right(starts, quote.speaker.start) - 1]
    return any(
        mention.kind != "pronoun" and start <= mention.start < quote.speaker.start
        for n, actor in enumerate(actors)
        if n != speaker and actor.type == "PERSON"
        for mention in actor.mentions
    )
