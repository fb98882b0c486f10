"""Quotes built from found speech: spans, parts around one cue, nested attributions."""

from __future__ import annotations

import re

from spacy.tokens import Token

from storyline.extract.quotes.marks import Marked
from storyline.extract.quotes.model import Quote, Span
from storyline.extract.quotes.pairs import speaker_group
from storyline.extract.quotes.speakers import ISSUED, actor_named, can_speak, speaker_span
from storyline.extract.quotes.speech import Speech

# Every quotation mark the finder reads, opening or closing.
QUOTATION_MARKS = "\"“”‘’'`«»„"
_MARKS = QUOTATION_MARKS + " ,"


def without_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the quotation marks (and spaces, commas) at its ends, nor the "that"
    opening what is said ("said that “…”": all of it quoted)."""
    while start < end and text[start] in _MARKS:
        start += 1
    if text[start : start + 5].lower() == "that " and start + 5 < end:
        return without_marks(text, start + 5, end)
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
    name's place or party ("the Wisconsin Republican said": no actor), nor is a person
    named or titled (a proper noun) the one in possession: "the US Southern Command's
    Lt-Gen Ken Keen", "France's Co-operation Minister" speak for the command or the
    country but are not it."""
    owner = next((c for c in speaker.children if c.dep_ == "poss"), None)
    if owner is not None:
        return None if speaker.pos_ == "PROPN" else actors.get(owner.i)
    lemma = speaker.lemma_.lower()
    if speaker.pos_ != "NOUN" or lemma in NOT_BY_NAME or lemma not in ISSUED | RUN_BY:
        return None
    names = [
        c for c in speaker.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i in actors
    ]
    return actors[names[-1].i] if names else None


_BACK = 200  # at most this many words between "the statement" and the statement it names


def owner_named_before(speaker: Token, actors: dict[int, int]) -> int | None:
    """ "The Holocaust Museum issued a statement … the statement urged": a definite
    statement, ad, report or campaign (`ISSUED`, `RUN_BY`) with no owner of its own is the
    last one the report named before, whose owner is its possessor or the name in front
    (`owner_actor`), its issuer ("a statement from X", "issued by X") or the subject of
    the verb it is the object of ("Sanders is releasing a new ad … The ad says")."""
    lemma = speaker.lemma_.lower()
    if speaker.pos_ != "NOUN" or lemma in NOT_BY_NAME or lemma not in ISSUED | RUN_BY:
        return None
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in speaker.children):
        return None
    doc = speaker.doc
    earlier = next(
        (
            t
            for t in reversed(doc[max(0, speaker.i - _BACK) : speaker.i])
            if t.pos_ == "NOUN" and t.lemma_.lower() == lemma
        ),
        None,
    )
    if earlier is None:
        return None
    found = owner_actor(earlier, actors)
    if found is None and (source := _issued_by(earlier)) is not None:
        found = actors.get(source.i, owner_actor(source, actors))
    if found is None and earlier.dep_ == "dobj":
        subject = next((c for c in earlier.head.children if c.dep_ == "nsubj"), None)
        found = actors.get(subject.i) if subject is not None else None
    return found


# Verbs of issuing: "a statement issued by X" is X's, "a letter reviewed by X" is not.
ISSUING = frozenset(
    "issue release send write sign publish post file circulate pay sponsor produce air run "
    "put".split()
)


def _issued_by(noun: Token) -> Token | None:
    """Who issued a statement, ad or report: "a statement from X", "a report by X", "a
    statement issued by X"; not "a letter reviewed by X" nor "postmarked from X"."""
    verbs = [c for c in noun.rights if c.dep_ == "acl" and c.lemma_.lower() in ISSUING]
    for prep in [*noun.rights, *(a for v in verbs for a in v.children)]:
        if prep.dep_ in {"prep", "agent"} and prep.lower_ in {"from", "by"}:
            source = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if source is not None and can_speak(source):
                return source
    return None


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
        if actor is None:
            actor = owner_named_before(speech.speaker, actors)
        if actor is None and may_be_a_name(speech.speaker):
            actor = actor_named(speech.speaker.doc, speech.speaker)
        if actor is None:
            actor = titled_person(speech.speaker, actors)
    group = speaker_group(speech.speaker, actors) if speech.speaker and actor is None else ()
    parts = tuple(text_span(text, s, e) for s, e in pieces)
    via = speaker_span(speech.via, named_before=False) if speech.via is not None else None
    return Quote(text_span(text, start, end), kind, cue, speaker, actor, parts, via, group)  # type: ignore[arg-type]


def titled_person(speaker: Token, actors: dict[int, int]) -> int | None:
    """The person named at the end of a capitalised title written in front of the name,
    which the parser reads as a title "of" that person: "said IOM Chief of Mission Vincent
    Houver" is Vincent Houver, as "Secretary of State John Kerry" is Kerry. Only a run of
    capitalised words (and "of") with no determiner or possessor: "the wife of John Smith"
    is someone else."""
    if speaker.pos_ != "PROPN" or not speaker.is_title:
        return None
    if any(c.dep_ in {"det", "poss"} for c in speaker.children):
        return None
    prep = next((c for c in speaker.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    name = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if name is None or name.pos_ != "PROPN" or name.i not in actors:
        return None
    if not all(w.is_title or w.lower_ == "of" for w in speaker.doc[speaker.i + 1 : name.i + 1]):
        return None
    found = actors[name.i]
    doc = speaker.doc
    return found if doc.has_extension("actors") and doc._.actors[found].type == "PERSON" else None


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
