"""What a headline says someone said: the statement an editor put on top of a report.

A report's title is not part of the text the NLP pass reads (offsets point into the text), so
its statement is found here, by the conventions headlines write statements in, with offsets
into the title:

- "Name: statement" — the colon stands for "said" ("Kasich: ‘We Are Going …’", "Trump: My
  immigration plans aren't set in stone");
- "Name does something: I …" or "…: ‘quote’" — a first-person or wholly quoted statement
  after a clause whose subject is the speaker ("Carly Fiorina Endorses Ted Cruz: I Am
  ‘Horrified’ By Donald Trump"), unless the clause is passive ("Mocked By Trump: ‘…’");
- "Name says/tells/… statement" — a speech verb in the headline's present tense.

A headline also opens with labels that are not speakers: the kind of item ("The Latest",
"Breaking", "Update", "Exclusive", "Analysis"), an interjection ("Look", "Wow", "Watch"), or a
column's name set in capitals ("HUFFPOLLSTER"). Such a label is dropped and the rest read
again. The speaker must name one of the report's own persons or organisations
(`resolve_speaker`): a headline names the report's main figures as the text does, by surname
("Kasich" for the text's "John Kasich") or by a famous given name ("Hillary"); a phrase before
a colon that names none of them is a label or a topic ("Poll:", "Bombshell:"), not a speaker.
The statement is direct when the whole of it stands in quotation marks (the content is then
the words inside them, as for quotes in the text), indirect otherwise.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from storyline.extract.names import HONORIFICS, TITLES
from storyline.extract.quotes.model import Span
from storyline.extract.roles import RoleLexicon, normalize_word

if TYPE_CHECKING:
    from storyline.store.database import Database

# Item kinds, interjections and section names that open a headline without being its speaker.
LABELS = frozenset({
    "the latest", "latest", "breaking", "breaking news", "look", "wow", "watch", "exclusive",
    "update", "updated", "updates", "analysis", "opinion", "editorial", "commentary", "video",
    "photos", "live", "fact check", "explainer", "news", "new", "just in", "developing",
    "bombshell", "must see", "report", "poll", "review", "interview", "q&a",
})  # fmt: skip
# Speech verbs a headline puts after its speaker, present tense (headlines' past) or past.
SPEECH_VERBS = frozenset({
    "says", "said", "tells", "told", "declares", "declared", "vows", "vowed", "warns",
    "warned", "insists", "insisted", "claims", "claimed", "admits", "admitted", "promises",
    "promised", "argues", "argued", "asserts", "denies", "denied", "predicts", "predicted",
})  # fmt: skip
# Speech verbs whose addressee comes before what is said: "tells workers that …".
ADDRESSED = frozenset({"tells", "told", "warns", "warned", "promises", "promised"})
# Words that open a first-person statement: "X …: I Am ‘Horrified’".
FIRST_PERSON = frozenset({"i", "i'm", "i’m", "i've", "i’ve", "i'll", "i’ll", "my", "me"})
# Words before a title that are not part of the name either: "Former Sen. Jim Webb".
_BEFORE_TITLES = frozenset({"former", "ex", "then"})
SPEAKER_TYPES = frozenset({"PERSON", "ORGANISATION", "GOVERNMENT"})
OPENING = "‘“'\""
CLOSING = {"‘": "’", "“": "”", "'": "'", '"': '"'}

_NAME_WORD = r"(?:[A-Z][\w.’'-]*|[A-Z]\.)"
_NAME = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}")
_COLON = re.compile(r":\s+")


@dataclass(frozen=True, slots=True)
class HeadlineStatement:
    """A statement found in a headline: offsets into the headline, the speaker as written."""

    content: Span
    kind: str  # direct or indirect
    speaker: Span
    cue: Span | None = None  # the speech verb, when one says so ("says")


@dataclass(frozen=True, slots=True)
class SpeakerCandidate:
    """One of the report's actors, as the speaker of its headline may name it."""

    idx: int
    type: str
    names: tuple[str, ...]  # the texts the report names it by (its name and title mentions)
    mentions: int


def _words(text: str) -> list[str]:
    """Lower-cased words of a name without the honorifics and titles in front ("Mr.", "Dr.",
    "Sen.", "Former Secretary of State": the role lexicon's forms before a name) and without
    possessive endings."""
    written = [w.strip(",") for w in text.replace("’", "'").split()]
    start, roles = 0, RoleLexicon.load()
    while start < len(written) - 1:
        word = normalize_word(written[start])
        title = roles.match_at(written, start, before_name=True)
        if word in HONORIFICS or word in TITLES or word in _BEFORE_TITLES:
            start += 1
        elif title is not None and start + title.length < len(written):
            start += title.length
        else:
            break
    words = [w.lower() for w in written[start:]]
    return [w[:-2] if w.endswith("'s") else w for w in words]


def _names_actor(phrase: list[str], names: Sequence[str]) -> bool:
    """Does a speaker phrase name an actor the report names by `names`? The same words, its
    surname (the last word of a fuller name), or its given name (the first word of a name of
    two or more words: "Hillary", "Bernie" for famous persons)."""
    for name in names:
        words = _words(name)
        if not words or not phrase:
            continue
        if phrase == words or (
            len(phrase) == 1 and len(words) > 1 and phrase[0] in (words[-1], words[0])
        ):
            return True
        if len(phrase) < len(words) and words[-len(phrase) :] == phrase:
            return True
    return False


def resolve_speaker(phrase: str, actors: Sequence[SpeakerCandidate]) -> int | None:
    """The report's actor (a person or organisation) a headline's speaker phrase names; of
    several, the most mentioned (a headline names the report's main figure); None when it
    names none of them."""
    words = _words(phrase)
    found = [a for a in actors if a.type in SPEAKER_TYPES and _names_actor(words, a.names)]
    if not found:
        return None
    return max(found, key=lambda a: (a.mentions, -a.idx)).idx


def _statement_span(title: str, start: int, end: int) -> tuple[Span, str]:
    """The content between `start` and `end` of the title, and its kind: direct (inside the
    marks) when the whole of it is quoted, else indirect (the whole, marks kept)."""
    while end > start and title[end - 1] in " .":
        end -= 1
    piece = title[start:end]
    if len(piece) > 2 and piece[0] in OPENING and piece[-1] == CLOSING[piece[0]]:
        inner = piece[1:-1]
        marks = re.sub(r"(?<=\w)[’'](?=\w)", "", inner)  # an apostrophe is no mark: "I’m"
        if piece[0] not in marks and CLOSING[piece[0]] not in marks:
            return Span(start + 1, end - 1, inner), "direct"
    return Span(start, end, piece), "indirect"


def _after_labels(title: str) -> int:
    """Where the headline starts once its opening labels are dropped ("The Latest: …")."""
    start = 0
    while match := _COLON.search(title, start):
        label = title[start : match.start()].strip()
        if label.lower() not in LABELS and not (label.isupper() and len(label) > 1):
            break
        start = match.end()
    return start


def headline_statement(
    title: str, actors: Sequence[SpeakerCandidate]
) -> tuple[HeadlineStatement, int] | None:
    """The statement `title` attributes to one of the report's `actors`, and that actor's
    index; None when it attributes none (module docstring)."""
    start = _after_labels(title)
    colon = _COLON.search(title, start)
    if colon is not None:
        head = title[start : colon.start()]
        said = _statement_span(title, colon.end(), len(title))
        name = _NAME.fullmatch(head)
        if name is not None and (actor := resolve_speaker(head, actors)) is not None:
            speaker = Span(start, colon.start(), head)
            return HeadlineStatement(said[0], said[1], speaker), actor
        if _subject_speaks(title[colon.end() :], said[1], head):
            lead = _leading_speaker(head, actors)
            if lead is not None:
                speaker = Span(start, start + len(lead[0]), lead[0])
                return HeadlineStatement(said[0], said[1], speaker), lead[1]
    return _says(title, start, actors)


def _subject_speaks(statement: str, kind: str, head: str) -> bool:
    """Does a statement after a clause ("Trump Praises Boyle: ‘Very Good Reporter’") give the
    words of that clause's subject? When it speaks in the first person ("…: I Am ‘Horrified’")
    or stands whole in quotation marks, and the clause is not passive (its agent, after "by",
    would be the one who speaks)."""
    first = statement.split(maxsplit=1)
    if " by " in f" {head.lower()} ":
        return False
    return kind == "direct" or bool(first and first[0].lower() in FIRST_PERSON)


def _leading_speaker(head: str, actors: Sequence[SpeakerCandidate]) -> tuple[str, int] | None:
    """The longest run of capitalised words opening `head` that names one of the report's
    actors ("Carly Fiorina" of "Carly Fiorina Endorses Ted Cruz"), and that actor."""
    name = _NAME.match(head)
    words = list(re.finditer(r"\S+", name.group())) if name else []
    for n in range(min(len(words), 4), 0, -1):
        phrase = head[: words[n - 1].end()]
        actor = resolve_speaker(phrase, actors)
        if actor is not None:
            return phrase, actor
    return None


def _says(
    title: str, start: int, actors: Sequence[SpeakerCandidate]
) -> tuple[HeadlineStatement, int] | None:
    """ "Name says statement": a name, then a speech verb, then what was said."""
    name = _NAME.match(title, start)
    if name is None:
        return None
    words = list(re.finditer(r"\S+", title[: name.end()]))
    words = [w for w in words if w.start() >= start]
    for n in range(1, len(words)):  # the verb is capitalised in title case
        if words[n].group().lower() in SPEECH_VERBS:
            phrase, verb_start = title[start : words[n - 1].end()], words[n].start()
            break
    else:
        verb = re.compile(r"\s+(\S+)\s+").match(title, name.end())
        if verb is None or verb.group(1).lower() not in SPEECH_VERBS:
            return None
        phrase, verb_start = name.group(), verb.start(1)
    actor = resolve_speaker(phrase, actors)
    if actor is None:
        return None
    verb_end = title.index(" ", verb_start) if " " in title[verb_start:] else len(title)
    content_start = verb_end + 1
    that = title.lower().find(" that ", verb_end - 1)
    if that == verb_end or (that > 0 and title[verb_start:verb_end].lower() in ADDRESSED):
        content_start = that + len(" that ")  # "tells workers that …": the addressee is not said
    if content_start >= len(title):
        return None
    content, kind = _statement_span(title, content_start, len(title))
    speaker = Span(start, start + len(phrase), phrase)
    cue = Span(verb_start, verb_end, title[verb_start:verb_end])
    return HeadlineStatement(content, kind, speaker, cue), actor


def title_quote_rows(
    article_id: int, title: str, actors: Sequence[SpeakerCandidate]
) -> list[tuple[Any, ...]]:
    """The `title_quotes` rows of one report (none or one): `TITLE_QUOTE_COLUMNS`."""
    found = headline_statement(title, actors)
    if found is None:
        return []
    statement, actor = found
    content, cue, speaker = statement.content, statement.cue, statement.speaker
    return [(
        article_id, 0, statement.kind, content.start, content.end, content.text,
        cue and cue.start, cue and cue.end, cue and cue.text, speaker.start, speaker.end,
        speaker.text, actor,
    )]  # fmt: skip


def store_title_quotes(db: Database, articles: Sequence[dict[str, Any]]) -> int:
    """Find and store the headline statements of `articles` (rows with id and title: the
    reports not filed yet, whose parts were written again); return how many were found."""
    titled = [row for row in articles if (row["title"] or "").strip()]
    actors: dict[int, list[SpeakerCandidate]] = defaultdict(list)
    for row in db.speaker_candidates([row["id"] for row in titled]):
        actors[row["article_id"]].append(
            SpeakerCandidate(row["idx"], row["type"], tuple(row["names"]), row["mentions"])
        )
    rows = [
        r for row in titled for r in title_quote_rows(row["id"], row["title"], actors[row["id"]])
    ]
    db.write_title_quotes([row["id"] for row in titled], rows)
    return len(rows)
