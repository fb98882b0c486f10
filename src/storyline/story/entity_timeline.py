"""An entity's timeline across reports: the events it takes part in, dated and ordered.

`entity_timeline(docs, entity, events)` reads spaCy Docs made by storyline's pipeline
(`storyline.nlp.pipeline.load_nlp`, with ``doc._.dct`` set to each report's publication
date) and returns the events that concern the entity, each with the date it happened
on and an ordinal: events of one ordinal are simultaneous, a lower ordinal comes first, 0 is
an event left unordered (no date found). It uses only the library's own output:

* the entity: the reports' actors and things are linked across the reports
  (`storyline.link.entities.link_actors`, one group); the entity is every linked entity
  with a member named as `entity` is (its name or key, lower-cased, or their plural), or,
  when none is, named as the longest run of the words of `entity` that names one, the last
  run on a tie (the head of an English name comes last: "Apple Corps" of "Beatles Apple
  Corps");
* an event concerns the entity when its sentence holds a mention of it (the task's own
  baseline reads sentences so; a stricter reading, a mention in the event word's subtree
  in our parse or as its argument, found fewer of the gold's events on the development
  timelines: F1 13.8 against 20.5 with the same dates, see docs/benchmarks.md); but a verb
  of saying (`speech_cues.tsv`: "said", "admitted") is the speaker's event, so it concerns
  the entity only when its own clause names it ("Apple Corps claims that …") or it describes
  a mention of it ("the recently announced iPhone 4"), not when only what is said names it
  ("Jobs said that all iPhone 4 buyers would …");
* its date: the calendar date (a day, month or year; `storyline_times`) its own clause speaks
  of, inherited from the clause above only through clauses with no tense of their own, never
  a date of another finite clause; else, for a past tense, the day the report's narrative last
  set (none inside what a verb of saying reports), else the report's publication date
  (``doc._.dct``), unless a modal or a frequency says it is no single event
  (`storyline.story.clause_dates`); none (ordinal 0) when there is no date;
* the order: by the date's first day, a less precise date first (2006-01 before 2006-01-01);
  events of one date share an ordinal.

Without `events` (the task's Track A), the events are the reports' verbs (not auxiliaries)
that have a mention of the entity in their own clause (in the subtree of a dependent other
than an embedded clause: ccomp, xcomp, advcl, relcl, conj, parataxis), as a found verb needs
more than a sentence naming the entity (on the development timelines F1 3.9 against 1.9 for
the sentence's verbs and 3.0 for the verb's whole subtree).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from storyline.extract.component import actors_and_things
from storyline.extract.quotes.cues import CueLexicon
from storyline.extract.times.calendar import anchor_of_value, granularity
from storyline.link.corpus import parsed_actor_ref
from storyline.link.entities import ActorRef, link_actors
from storyline.story.clause_dates import DATE_UNITS, event_date, narrative_days, word_at

EMBEDDED_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "conj", "parataxis"})
MODIFIERS = frozenset({"amod", "acl", "relcl"})  # a verb describing the noun it hangs on


@dataclass(frozen=True, slots=True)
class EventSpan:
    """An event mention: the index of its Doc in `docs` and its character span."""

    doc: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class EntityEvent:
    """An event on an entity's timeline: where it is, its date (a TimeML value, None when
    not found) and its ordinal (0: not ordered)."""

    doc: int
    start: int
    end: int
    text: str
    date: str | None
    ordinal: int


def _words(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", name.lower()))


def _names(ref: ActorRef) -> set[tuple[str, ...]]:
    return {_words(ref.name), _words(" ".join(ref.key))}


def _named(refs: Sequence[ActorRef], words: tuple[str, ...]) -> set[int]:
    """Positions in `refs` of the actors named by `words` or their plural."""
    plural = (*words[:-1], words[-1] + "s") if words else words
    return {i for i, ref in enumerate(refs) if _names(ref) & {words, plural}}


def target_actors(refs: Sequence[ActorRef], entity: str) -> set[int]:
    """The actors named as `entity` is, else by its longest (last) run of words naming one."""
    words = _words(entity)
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size, -1, -1):
            found = _named(refs, words[start : start + size])
            if found:
                return found
    return set()


def entity_tokens(docs: Sequence[Doc], entity: str) -> dict[int, set[int]]:
    """Doc index -> the token indices covered by mentions of the entity (see the module
    docstring for how the entity is found)."""
    actors = [actors_and_things(doc) for doc in docs]  # decoded once: a getter builds them
    refs = [
        parsed_actor_ref(position, idx, actor, doc.text)
        for position, doc in enumerate(docs)
        for idx, actor in enumerate(actors[position])
    ]
    chosen = target_actors(refs, entity)
    members = {
        (refs[m].article_id, refs[m].idx)
        for linked in link_actors(refs)
        if chosen.intersection(linked.members)
        for m in linked.members
    }
    tokens: dict[int, set[int]] = {position: set() for position in range(len(docs))}
    for position, idx in members:
        doc = docs[position]
        for mention in actors[position][idx].mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            tokens[position].update(token.i for token in span or ())
    return tokens


def date_key(value: str) -> tuple[str, int]:
    """Sort key of a date: its first day, then its precision (year, month, day)."""
    first = anchor_of_value(value)
    return (first.isoformat() if first else value, DATE_UNITS.index(granularity(value) or "D"))


def order(dated: Iterable[tuple[EventSpan, str, str | None]]) -> list[EntityEvent]:
    """Ordinals for (event, text, date) triples: one per distinct date, in date order; 0
    for the undated."""
    dated = list(dated)
    dates = sorted({d for _, _, d in dated if d}, key=date_key)
    rank = {d: n for n, d in enumerate(dates, start=1)}
    return [
        EntityEvent(e.doc, e.start, e.end, text, d, rank[d] if d else 0) for e, text, d in dated
    ]


def verbs(docs: Sequence[Doc]) -> list[EventSpan]:
    """Every verb of the docs that is no auxiliary, as an event (Track A)."""
    return [
        EventSpan(position, token.idx, token.idx + len(token))
        for position, doc in enumerate(docs)
        for token in doc
        if token.pos_ == "VERB"
    ]


def in_own_clause(word: Token, tokens: set[int]) -> bool:
    """Whether one of `tokens` is in the word's clause, not in a clause embedded in it."""
    return any(
        token.i in tokens
        for child in word.children
        if child.dep_ not in EMBEDDED_CLAUSES
        for token in child.subtree
    )


def is_statement(word: Token) -> bool:
    """Whether the word is a verb of saying, writing or thought (`speech_cues.tsv`)."""
    return word.pos_ == "VERB" and CueLexicon.load().of(word) is not None


def of_entity(word: Token, tokens: set[int]) -> bool:
    """Whether the entity takes part in a statement: a mention in its own clause, or the noun
    it describes ("the recently announced iPhone 4"), not only in what is said."""
    return in_own_clause(word, tokens) or (word.dep_ in MODIFIERS and word.head.i in tokens)


def entity_timeline(
    docs: Sequence[Doc], entity: str, events: Sequence[EventSpan] | None = None
) -> list[EntityEvent]:
    """The events (given, or the verbs) that concern `entity`, dated and ordered (module
    docstring)."""
    tokens = entity_tokens(docs, entity)
    days: dict[int, dict[int, str | None]] = {}  # each report's narrative days, read once
    chosen = []
    for event in verbs(docs) if events is None else events:
        doc = docs[event.doc]
        word = word_at(doc, event.start, event.end)
        if word is None:
            continue
        mine = tokens[event.doc]
        if events is None and not in_own_clause(word, mine):
            continue
        if is_statement(word) and not of_entity(word, mine):
            continue  # a saying whose content alone names the entity is the speaker's event
        if not any(token.i in mine for token in word.sent):
            continue
        if event.doc not in days:
            days[event.doc] = narrative_days(doc)
        date = event_date(doc, word, days[event.doc])
        chosen.append((event, doc.text[event.start : event.end], date))
    return order(chosen)
