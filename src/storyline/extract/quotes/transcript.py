"""Broadcast and interview transcripts: a turn "NAME: …" is the named speaker's words.

A transcript writes each turn as its speaker's label, a colon and the words spoken:
"SESAY: They say they do …", "HALA GORANI, CNN ANCHOR: …", "JAMJOOM (on camera): …",
"RUKHSANA BATOOL, FIRST GRADER MOM (TRANSLATED): …", or in a newspaper's printed interview
"Paxman: … Blair: I think …". The label is the speaker's surname or full name, in capitals,
with a title after a comma when the speaker is first introduced; a parenthesis after it says
how the words were delivered. "I" and "we" in a turn are its speaker (and the speaker's
side), never the reporter who wrote the page.

A surname label ("AZUZ") takes the full name of the label that introduced it ("CARL AZUZ,
CNN STUDENT NEWS ANCHOR"). A page is read as a transcript only by its turns: labels that open
a sentence (at the start of the text or after a sentence's stop), at least `MIN_TURNS` of
them, one speaker coming back (a conversation: the same speaker at least twice, "FAREED
ZAKARIA, HOST" and "ZAKARIA" being one). Labels in capitals are a transcript's convention; a
label in ordinary capitalisation ("Blair:") counts only where at least two speakers each come
back `MIN_TITLE_CASE_REPEATS` times, since a list of headlines ("Obama: 'Egypt will never be
the same' Woolsey: …") also opens sentences with "Name:", each name once, and is no
conversation.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from storyline.extract.names import HONORIFICS, TITLES
from storyline.extract.quotes.model import Quote, Span
from storyline.extract.quotes.speakers import actor_named_by

# A label in capitals: one to four words of capitals (apostrophes, hyphens, initials), a
# title after a comma, a parenthesis ("(on camera)", "(TRANSLATED)"), then the colon.
_UPPER_LABEL = re.compile(
    r"(?:^|(?<=[.?!\"'”’)\]]\s)|(?<=\n))"
    r"(?P<name>[A-Z][A-Z'’.\-]*[A-Z.](?: [A-Z][A-Z'’.\-]*[A-Z.]){0,3})"
    r"(?:, (?P<title>[A-Z][A-Z0-9'’.&/\- ]{1,60}?(?:, [A-Z][A-Z0-9'’.&/\- ]{1,40}?)*))?"
    r"(?: \((?P<how>[A-Za-z][A-Za-z \-]{1,30})\))?:\s"
)
# A label in ordinary capitalisation: one or two capitalised words, then the colon.
_TITLE_LABEL = re.compile(
    r"(?:^|(?<=[.?!\"'”’)\]]\s)|(?<=\n))(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?):\s"
)
MIN_TURNS = 3
# The first-person subjects a turn's speaker says their words through: "I think …".
FIRST_PERSON = frozenset({"i", "we"})
MIN_TITLE_CASE_REPEATS = 3
# Words in capitals that open a sentence before a colon without naming anyone.
NOT_SPEAKERS = frozenset({
    "NOTE", "UPDATE", "UPDATED", "BREAKING", "CORRECTION", "EDITOR'S NOTE", "WARNING", "Q", "A",
    "CNN", "PHOTOS", "VIDEO", "WATCH", "READ", "MORE", "SOURCE", "SOURCES", "TRANSCRIPT",
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Turn:
    """One turn: the label's name (`name_start`, `name_end`; `name` with a surname label's
    full name where the transcript introduced it), and the words spoken (`start`, `end`)."""

    name_start: int
    name_end: int
    name: str
    start: int
    end: int


def transcript_turns(text: str) -> list[Turn]:
    """The turns of a transcript page, in order; none where the page is no transcript."""
    upper = _labelled(text, _UPPER_LABEL, 2)
    title = _labelled(text, _TITLE_LABEL, MIN_TITLE_CASE_REPEATS, speakers=2)
    return upper if len(upper) >= len(title) else title


def _labelled(text: str, label: re.Pattern[str], repeats: int, speakers: int = 1) -> list[Turn]:
    """The turns opened by `label`, when at least `speakers` speakers come back `repeats`
    times and there are `MIN_TURNS` turns or more; otherwise none."""
    found = [
        m
        for m in label.finditer(text)
        if m.group("name") not in NOT_SPEAKERS and not _a_figure(text, m.end())
    ]
    full = _full_names([m.group("name") for m in found])
    counts = Counter(full.get(m.group("name"), m.group("name")) for m in found)
    if len(found) < MIN_TURNS or sum(n >= repeats for n in counts.values()) < speakers:
        return []
    ends = [m.start() for m in found[1:]] + [len(text)]
    return [
        Turn(m.start("name"), m.end("name"), full.get(m.group("name"), m.group("name")),
             m.end(), end)
        for m, end in zip(found, ends, strict=True)
    ]  # fmt: skip


def _a_figure(text: str, start: int) -> bool:
    """Words that open with a figure are a table's or a tally's entry ("Hillary Clinton:
    1,769. Bernie Sanders: 1,501."), not a turn of speech."""
    return start < len(text) and (text[start].isdigit() or text[start] in "$£€")


def _full_names(names: list[str]) -> dict[str, str]:
    """A one-word label's full name: the one label of several words that holds it, as
    surname ("AZUZ": "CARL AZUZ") or as given name in a panel's first names ("Efe": "Efe
    Olokpa")."""
    full: dict[str, str] = {}
    for name in set(names):
        if " " in name:
            continue
        longer = {n for n in names if " " in n and name in n.split()}
        if len(longer) == 1:
            full[name] = longer.pop()
    return full


def turn_at(turns: list[Turn], position: int) -> Turn | None:
    """The turn whose words hold this character position."""
    return next((t for t in turns if t.start <= position < t.end), None)


def turn_speakers(quotes: list[Quote], doc: Doc, text: str) -> list[Quote]:
    """The quotes whose speaker is a turn's "I" or "we" ("WOOLSEY: I don't think we do"),
    given the turn's speaker: its actor, the one the label names (a surname label is the
    report's one person of that surname, as for `actor_named_by`); where the report names
    no such actor, the label itself is the speaker phrase, so the reader sees who spoke, and
    an actor the pronoun was bound to is dropped (it is someone the turn's speaker talked
    about: "COOPER: … I think …" is not the Wolf Blitzer named before). "We" keeps an
    actor of its own (the party or country the speaker speaks for)."""
    turns = transcript_turns(text)
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
        speaker=Span(turn.name_start, turn.name_end, text[turn.name_start : turn.name_end]),
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
    label = Span(turn.name_start, turn.name_end, text[turn.name_start : turn.name_end])
    return replace(quote, speaker=label, speaker_actor=None)


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
