"""What the story clusterer knows of one report: its date, an embedding of its title and lead,
the actors and places its lead names, and the words it uses.

Only the lead counts (the title and the first `LEAD_CHARS` characters of the text): news puts
what a report is about first, and the tail of a report brings in background actors that would
tie unrelated stories together. `report_features` is the one path of `storyline ingest`
(actors and dates read back from the store) and of the benchmark (the start of the text run
through the NLP pipeline): the headline counts in the embedding and the words, and its actors
(`headlines.headline_actors`, the headline parsed on its own and stored apart from the body's
actor mentions) count beside the body's; dates are the body's only. A text that opens with its
own headline (a title kept as the body's first line, as most scraped or exported articles are)
is not given it again: the headline counts once in the lead and its actors once in the cues.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

LEAD_CHARS = 1500  # the title and this much text are embedded and searched for actors
# a lead's days this near its publication date are the news it reports or previews (this
# week's vote, last night's debate); farther ones are background (the last election)
EVENT_WINDOW = 7
TITLE_CHARS = 120  # a report's title as its story shows it
NAMED_KINDS = frozenset({"name", "title"})  # mention kinds that name an actor
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[a-z][a-z0-9]+(?:-[a-z0-9]+)*")
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class LeadActor:
    """An actor as the clusterer sees it: type, key words, country, and where it is named."""

    type: str
    key: tuple[str, ...]
    country: str | None
    named_at: tuple[int, ...]  # character offsets of the mentions that name it
    ambiguous: bool = False
    names: tuple[str, ...] = ()  # the text of each of those mentions, as `named_at` (if read)
    name: str = ""  # the actor's own name, without the role words a mention puts before it


@dataclass(frozen=True, slots=True)
class ArticleFeatures:
    """One report, ready to cluster. `vector` is unit length; `cues` weight actor keys."""

    key: str
    title: str
    published: date | None
    vector: np.ndarray
    cues: dict[str, float]
    headline: bool = True  # False: `title` is the text's first words
    dated_by_text: bool = False  # `published` is the latest date the lead names, not the report's
    terms: frozenset[str] = frozenset()  # the lead's words (`lead_terms`)
    event_days: frozenset[date] = frozenset()  # days its lead names near publication
    looked_back: frozenset[date] = frozenset()  # of those, named only in an "After …," phrase
    listing: bool = False  # a programme listing (`ingest.page_kind`), no report of a matter


def lead_body(text: str, chars: int = LEAD_CHARS) -> str:
    """The first `chars` characters of a text, cut at a space when the text goes on: the part
    whose actors and dates count. `text[: chars + 1]` gives the same as the whole text."""
    body = text[:chars]
    if len(text) > chars and " " in body:
        body = body.rsplit(" ", 1)[0]
    return body


def opens_with_title(title: str, text: str) -> bool:
    """Whether the text's first words are the title's ("Evangelical Iowans flock to Cruz;" then
    the deck and the body, under the title "Evangelical Iowans flock to Cruz; Diligent …"):
    punctuation, case and line breaks aside."""
    words = _TOKEN.findall(title.lower())
    start = _TOKEN.findall(text[: 2 * len(title) + 16].lower())
    return bool(words) and start[: len(words)] == words


def lead_text(title: str, text: str, chars: int = LEAD_CHARS) -> str:
    """The title and the first `chars` characters of the text (cut at a space), as one line;
    the text alone when it opens with the title."""
    body = lead_body(text, chars)
    lead = (
        f"{title.strip()}. {body}" if title.strip() and not opens_with_title(title, body) else body
    )
    return _SPACE.sub(" ", lead).strip()


def lead_terms(lead: str) -> frozenset[str]:
    """The words of a lead, lower-cased, of three characters or more and not stop words
    ("the", "which"): "swine", "flu", "h1n1", "port-au-prince". Read from the text alone, so
    the store and the benchmark see the same."""
    return frozenset(
        word for word in _WORD.findall(lead.lower()) if len(word) > 2 and word not in STOP_WORDS
    )


def cue_of(actor: LeadActor) -> list[str]:
    """The keys an actor adds: `c:` its country, `p:` a person's surname, `o:` an
    organisation's name, `l:` a place's name. Unnamed and ambiguous actors add none."""
    if actor.ambiguous or not actor.key:
        return []
    cues = [f"c:{actor.country}"] if actor.country else []
    if actor.type == "PERSON":
        cues.append(f"p:{actor.key[-1]}")
    elif actor.type == "ORGANISATION":
        cues.append("o:" + " ".join(actor.key))
    elif actor.type == "LOCATION":
        cues.append("l:" + " ".join(actor.key))
    return cues


def lead_cues(
    actors: Iterable[LeadActor],
    lead_chars: int = LEAD_CHARS,
    headline: Iterable[LeadActor] = (),
) -> dict[str, float]:
    """Actor keys of the lead, weighted 1 + log(times named in the lead): the body's `actors`
    where named before `lead_chars`, and every naming of the `headline`'s actors (their
    offsets point into the headline, so each is counted once, apart from the body's)."""
    counts: dict[str, int] = {}
    for found, limit in ((actors, lead_chars), (headline, None)):
        for actor in found:
            named = sum(1 for offset in actor.named_at if limit is None or offset < limit)
            if not named:
                continue
            for cue in cue_of(actor):
                counts[cue] = counts.get(cue, 0) + named
    return {cue: 1.0 + math.log(n) for cue, n in counts.items()}


# a clock time ("T20:00") or a part of the day ("tonight", "Tuesday night": "TNI"; "TMO",
# "TAF", "TEV") is of its day
_DAY = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2})(?:T(?:[\d:]+|MO|AF|EV|NI))?)?")
# a sentence that opens by looking back on an event ("After Tuesday's primary, …", "Following
# his wins Tuesday night, …", "A day after the vote, …"), and where a sentence ends
_LOOKING_BACK = re.compile(
    r"(?:(?:a|one|two|three|hours|days|a\s+day|a\s+week|weeks|just|shortly)\s+)?"
    r"(?:after|following|in\s+the\s+wake\s+of)\s",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+|\n")
_OPENING_MARKS = "\"'“‘(—–- "


def _calendar_day(value: str, month_day: int | None = None) -> date | None:
    """The day a TimeML value names ("2016-02-09", a clock time's day); a month
    ("2016-02") as its `month_day`, or None without one; None for any other value."""
    match = _DAY.fullmatch(value)
    if not match or (match[3] is None and month_day is None):
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3] or month_day))
    except ValueError:
        return None


def date_in_text(values: Iterable[tuple[str, str | None]]) -> date | None:
    """The latest absolute calendar day or month a report names, from (TimeML value, anchor)
    pairs: the date of an undated report (a dateline, "on June 7, 2013"). Relative values
    (anchored on a publication date) do not count; a month counts as its 15th."""
    latest = None
    for value, anchor in values:
        day = _calendar_day(value, month_day=15) if anchor is None else None
        if day is not None and (latest is None or day > latest):
            latest = day
    return latest


def lead_day(times: Iterable[tuple[int, str, str | None]], text: str) -> date | None:
    """`date_in_text` of the time expressions (start offset, value, anchor) of a text that
    start in its lead (`lead_body`)."""
    end = len(lead_body(text))
    return date_in_text((value, anchor) for start, value, anchor in times if start < end)


def looks_back(text: str, start: int) -> bool:
    """Whether the time expression at `start` lies in the opening phrase of its sentence that
    looks back on an earlier event: the sentence opens with "After", "Following" or "In the
    wake of" ("A day after", "Hours after"), and no comma stands between that and the
    expression ("After trouncing Clinton in Tuesday's primary, the senator must prepare …").
    Such a phrase sets the scene; the report's news is in the main clause that the comma opens,
    a sequel of the event it names. ("Since October, …" names the start of a state that lasts,
    not an event looked back on.)"""
    opening = 0
    for end in _SENTENCE_END.finditer(text, 0, start):
        opening = end.end()
    phrase = text[opening:start]
    stripped = phrase.lstrip(_OPENING_MARKS)
    return "," not in phrase and bool(_LOOKING_BACK.match(stripped))


def lead_days(
    times: Iterable[tuple[int, str, str | None]], text: str, published: date | None
) -> tuple[frozenset[date], frozenset[date]]:
    """The calendar days the lead (`lead_body`) of a report published on `published` names
    within `EVENT_WINDOW` days of it, from its time expressions (start offset, TimeML value
    resolved against the publication date, anchor): the days of the events it reports or
    previews ("Monday night's caucuses", "Tuesday's primary"); and, of those, the days it
    names only in an opening "After …," phrase (`looks_back`): the earlier event its news
    follows, not its own. None without a publication date: a relative day cannot be placed,
    and an absolute one is what `lead_day` reads."""
    if published is None:
        return frozenset(), frozenset()
    end = len(lead_body(text))
    own: set[date] = set()
    back: set[date] = set()
    for start, value, _anchor in times:
        day = _calendar_day(value) if start < end else None
        if day is not None and abs((day - published).days) <= EVENT_WINDOW:
            (back if looks_back(text, start) else own).add(day)
    return frozenset(own | back), frozenset(back - own)


def report_title(title: str, text: str) -> str:
    """The headline, or else the first line of the text, shortened to `TITLE_CHARS`."""
    line = (title or text).strip().split("\n", 1)[0]
    return line if len(line) <= TITLE_CHARS else line[: TITLE_CHARS - 1].rstrip() + "…"


def report_features(
    key: str,
    title: str,
    text: str,
    vector: np.ndarray,
    actors: Iterable[LeadActor],
    published: date | None,
    text_day: date | None = None,
    headline_actors: Iterable[LeadActor] = (),
    times: Iterable[tuple[int, str, str | None]] = (),
    listing: bool = False,
) -> ArticleFeatures:
    """One report as the clusterer reads it, for the store and the benchmark alike.

    `text` is the report's body (its start, `text[: LEAD_CHARS + 1]`, is enough), `vector` the
    embedding of `lead_text(title, text)`, `actors` those found in the body with their offsets
    there, `headline_actors` those found in the title with offsets into it (left out when the
    text opens with the title: the body's own mentions name them), `text_day` the date the lead
    names (`lead_day`), which stands in when `published` is None, `times` the text's time
    expressions (start, value resolved against `published`, anchor) for `lead_days`;
    `listing` whether the page is a programme listing (`ingest.page_kind`)."""
    if opens_with_title(title, text):
        headline_actors = ()
    days, back = lead_days(times, text, published)
    return ArticleFeatures(
        key=key,
        title=report_title(title, text),
        headline=bool(title.strip()),
        published=published or text_day,
        dated_by_text=published is None and text_day is not None,
        vector=vector,
        cues=lead_cues(actors, lead_chars=len(lead_body(text)), headline=headline_actors),
        terms=lead_terms(lead_text(title, text)),
        event_days=days,
        looked_back=back,
        listing=listing,
    )
