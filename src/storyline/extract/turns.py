"""Broadcast and interview transcripts: the turns "NAME: …" of a page, read once per Doc.

A transcript writes each turn as its speaker's label, a colon and the words spoken:
"SESAY: They say they do …", "HALA GORANI, CNN ANCHOR: …", "JAMJOOM (on camera): …",
"RUKHSANA BATOOL, FIRST GRADER MOM (TRANSLATED): …", in a newspaper's printed interview
"Paxman: … Blair: I think …", in a question-and-answer interview "Q: … A: …". The label is
the speaker's surname or full name, in capitals, with a title after a comma when the speaker
is first introduced; a parenthesis after it says how the words were delivered. "I" and "we"
in a turn are its speaker (and the speaker's side), never the reporter who wrote the page.

A label opens a sentence: at the start of the text, of a line, or after a sentence's stop
(CNN's pages flatten a transcript into one paragraph). A surname label ("AZUZ") takes the
full name of the label that introduced it ("CARL AZUZ, CNN STUDENT NEWS ANCHOR"). A page is
read as a transcript only by its turns: at least `MIN_TURNS` of them, one speaker coming back
(a conversation: the same speaker at least twice, "FAREED ZAKARIA, HOST" and "ZAKARIA" being
one). Labels in capitals are a transcript's convention; a label in ordinary capitalisation
("Blair:") counts only where at least two speakers each come back `MIN_TITLE_CASE_REPEATS`
times, since a list of headlines ("Obama: 'Egypt will never be the same' Woolsey: …") also
opens sentences with "Name:", each name once, and is no conversation. A heading in capitals
("CORRECTION:", "UPDATE:") names no one and opens no turn.

Both the actors component (a turn's "I" is a mention of the label's person) and the quotes
component (a turn is its speaker's direct quote) read the turns from ``Doc._.turns``
(`doc_turns`), which reads the text once and keeps plain records in ``Doc._.turn_records``
(they survive ``n_process``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import astuple, dataclass

from spacy.tokens import Doc

from storyline.nlp.text import doc_text

# A label in capitals: one to four words of capitals (apostrophes, hyphens, initials), a
# title after a comma, a parenthesis ("(on camera)", "(TRANSLATED)"), then the colon; or the
# "Q" and "A" of a question-and-answer interview.
_UPPER_LABEL = re.compile(
    r"(?:^|(?<=[.?!\"'”’)\]]\s)|(?<=\n))"
    r"(?P<name>[A-Z][A-Z'’.\-]*[A-Z.](?: [A-Z][A-Z'’.\-]*[A-Z.]){0,3}|Q|A)"
    r"(?:, (?P<title>[A-Z][A-Z0-9'’.&/\- ]{1,60}?(?:, [A-Z][A-Z0-9'’.&/\- ]{1,40}?)*))?"
    r"(?: \((?P<how>[A-Za-z][A-Za-z \-]{1,30})\))?:\s"
)
# A label in ordinary capitalisation: one or two capitalised words, then the colon.
_TITLE_LABEL = re.compile(
    r"(?:^|(?<=[.?!\"'”’)\]]\s)|(?<=\n))(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?):\s"
)
MIN_TURNS = 3
MIN_TITLE_CASE_REPEATS = 3
# The labels of a question-and-answer interview: "Q" asks (the interviewer, often unnamed),
# "A" answers (the interviewee the report names at its top).
INTERVIEW_LABELS = frozenset({"Q", "A"})
# Words in capitals that open a sentence before a colon without naming anyone.
NOT_SPEAKERS = frozenset({
    "NOTE", "UPDATE", "UPDATED", "BREAKING", "CORRECTION", "EDITOR'S NOTE", "WARNING",
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


def _turns_of(doc: Doc) -> list[Turn]:
    """``Doc._.turns``: the records read once (`transcript_turns` of the Doc's text)."""
    if doc._.turn_records is None:
        doc._.turn_records = [list(astuple(t)) for t in transcript_turns(doc_text(doc))]
    return [Turn(*record) for record in doc._.turn_records]


def register_turn_extensions() -> None:
    """Add the `_.turn_records` and `_.turns` attributes of a Doc (once)."""
    if not Doc.has_extension("turn_records"):
        Doc.set_extension("turn_records", default=None)
    if not Doc.has_extension("turns"):
        Doc.set_extension("turns", getter=_turns_of)


def doc_turns(doc: Doc) -> list[Turn]:
    """The turns of a Doc's transcript (``Doc._.turns``), none where it is no transcript."""
    register_turn_extensions()
    return doc._.turns


def segment_records(turns: list[Turn], start: int, end: int) -> list[list[int | str]]:
    """The records (``Doc._.turn_records``) of a page's turns for its segment ``start:end``:
    the turns whose labels open inside it, in the segment's offsets, their words cut at its
    end. A segment read alone may hold too few labels to count as a transcript, or a surname
    label whose full name is introduced in an earlier segment; the page's turns keep both."""
    return [
        [t.name_start - start, t.name_end - start, t.name, t.start - start, min(t.end, end) - start]
        for t in turns
        if start <= t.name_start < end
    ]


def with_turns(doc: Doc, records: list[list[int | str]]) -> Doc:
    """The Doc, its turns set to these records (read from the page it is a segment of)."""
    register_turn_extensions()
    doc._.turn_records = records
    return doc
