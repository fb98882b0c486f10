"""The date an event speaks of: a calendar date of its own clause, never another clause's.

A time expression belongs to the clause of the nearest verb above its head word in the parse
(`clause_verb`, the times' governing-verb attachment without its step limit: an event noun
may sit far below its verb). An event word (a verb, or an event noun: "lawsuit", "dispute")
is dated by, in turn:

1. a date attached to the event word itself (its head chain reaches the word before any other
   verb: "founded … in 1968", "the 1991 agreement"), or, for an event noun, a date of a
   participle clause hanging on the noun ("demand enjoyed … during the Christmas period");
   else a date of the event's clause ("filed a lawsuit … in 1989" for "lawsuit"); the nearest
   in the parse, then in the text ("Yesterday, at this year's conference, Jobs unveiled": the
   day, not the conference's year);
2. else, while its clause has no tense of its own (a participle, a gerund, an infinitive:
   "hearing loss from iPod use" under "a lawsuit was filed … in January"), a date of the clause
   it hangs on, up to the first finite clause;
3. never a date of another finite clause, nor of a clause below the event's: "Apple Corps
   claims that … an agreement reached … in 1991" does not date "claims" 1991, "announced
   Monday it has settled its dispute" does not date the settled dispute Monday;
4. with none of these, the report's publication date (``doc._.dct``: what a report tells
   without a time is, by default, its news), unless the finite clause reached says the event
   is no single past or present one: a modal ("will use", "could sue") or a frequency ("has
   twice before sued", "often"). Those stay undated (None), as nothing dates them;
5. but a past tense with no date of its own goes on where the report's narrative is: at the
   day the nearest earlier sentence's past main clause is dated by ("Yesterday … Jobs unveiled
   iPhone 4. … The new iPhone was praised by Jobs as …": yesterday, not the report's day);
   a present tense stays at the report's date;
6. a past tense with no date of its own inside what a verb of saying reports ("They said that it
   was Jobs who made the decision") stays undated: it is before the saying, or the saying's
   own time told in the past ("admitted that the percentage of calls dropped … was greater"),
   and neither the narrative's day nor the report's.

On the SemEval-2015 timelines' development half this reading replaced the sentence's first
date as the fallback (see docs/benchmarks.md, Timelines); a past tense with no time left
undated, a present passive read as generic, and a participle describing a noun left undated
("the recently announced iPhone") were measured and not kept.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from storyline.extract.quotes.cues import CueLexicon
from storyline.extract.times.calendar import granularity
from storyline.extract.times.component import publication_date
from storyline.extract.times.model import TimeExpression

DATE_UNITS = ("Y", "M", "D")  # the dates an event is placed by, least precise first
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
NOMINALS = frozenset({"NOUN", "PROPN"})
# adverbs saying an event happened more than once or happens habitually ("three times")
FREQUENCY = frozenset(
    {"twice", "often", "always", "usually", "repeatedly", "frequently", "sometimes",
     "regularly", "times"}
)  # fmt: skip


def calendar_dates(span: Span) -> list[TimeExpression]:
    """The span's time expressions that name a day, month or year."""
    return [t for t in span._.times if t.type == "DATE" and granularity(t.value) in DATE_UNITS]


def clause_verb(token: Token) -> Token | None:
    """The verb heading the token's clause: the nearest VERB or AUX at or above it."""
    while token.pos_ not in {"VERB", "AUX"}:
        if token.head.i == token.i:
            return None
        token = token.head
    return token


def reaches(token: Token, word: Token) -> bool:
    """Whether the head chain from `token` reaches `word` before any other verb."""
    while token.head is not token:
        token = token.head
        if token == word:
            return True
        if token.pos_ in {"VERB", "AUX"}:
            return False
    return False


def is_finite(verb: Token) -> bool:
    """Whether a clause has a tense of its own: a finite verb or auxiliary."""
    return verb.tag_ in FINITE_TAGS or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_TAGS for c in verb.children
    )


def word_at(doc: Doc, start: int, end: int) -> Token | None:
    """The head word of the text at these character offsets (None where it is no token)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def own_date(doc: Doc, word: Token, verb: Token | None) -> str | None:
    """A date of the word's own clause (`verb`'s): rule 1 of the module docstring."""
    best: tuple[int, int, int, str] | None = None
    for time in calendar_dates(word.sent):
        root = word_at(doc, time.start, time.end)
        if root is None:
            continue
        home = clause_verb(root)
        if reaches(root, word) or (
            word.pos_ in NOMINALS and home is not None and home.dep_ == "acl" and home.head == word
        ):
            rank = 0
        elif home == verb:
            rank = 1
        else:
            continue
        found = (rank, tree_distance(root, word), abs(root.i - word.i), time.value)
        best = found if best is None or found < best else best
    return best[3] if best else None


def tree_distance(a: Token, b: Token) -> int:
    """The number of dependency arcs between two tokens of one sentence."""
    up = [a, *a.ancestors]
    steps = {token.i: n for n, token in enumerate(up)}
    for n, token in enumerate([b, *b.ancestors]):
        if token.i in steps:
            return n + steps[token.i]
    return len(up) + n + 1


def clause_date(doc: Doc, word: Token) -> tuple[str | None, Token | None]:
    """The date of the word's clause, inherited through clauses with no tense of their own
    (rules 1–3), and the verb of the last clause asked (the finite one, where reached)."""
    verb = clause_verb(word)
    found = own_date(doc, word, verb)
    while found is None and verb is not None and verb.head.i != verb.i and not is_finite(verb):
        word = verb.head
        verb = clause_verb(word)
        found = own_date(doc, word, verb)
    return found, verb


def tells_one_time(verb: Token | None) -> bool:
    """Whether a clause with no date tells of one event a report may date by its own date:
    not under a modal, not said to happen repeatedly (rule 4)."""
    if verb is None:
        return True
    if verb.tag_ == "MD" or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ == "MD" for c in verb.children
    ):
        return False
    return not any(
        c.dep_ in {"advmod", "npadvmod"} and c.lower_ in FREQUENCY for c in verb.children
    )


def is_past(verb: Token) -> bool:
    """Whether a clause is in the past tense ("unveiled", "was praised", "had been")."""
    return verb.tag_ == "VBD" or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children
    )


def is_reported(verb: Token) -> bool:
    """Whether a clause lies in what a verb of saying reports (its clausal complement, at any
    depth: "They said that it was Jobs who made the decision")."""
    cues = CueLexicon.load()
    while verb.head.i != verb.i:
        if verb.dep_ == "ccomp" and cues.of(verb.head) is not None:
            return True
        verb = verb.head
    return False


def narrative_days(doc: Doc) -> dict[int, str | None]:
    """Each sentence's start -> the day the report's narrative last set before it: the day
    dating the past main clause of the nearest earlier sentence that names one (rule 5)."""
    days: dict[int, str | None] = {}
    found = None
    for sentence in doc.sents:
        days[sentence.start] = found
        if is_past(sentence.root):
            day, _ = clause_date(doc, sentence.root)
            found = day if day is not None and granularity(day) == "D" else found
    return days


def event_date(doc: Doc, word: Token, days: dict[int, str | None] | None = None) -> str | None:
    """The date the event at `word` speaks of (module docstring), or None; `days` are the
    doc's `narrative_days` when the caller dates many of its events."""
    found, verb = clause_date(doc, word)
    if found is not None:
        return found
    if not tells_one_time(verb):
        return None
    if verb is not None and is_past(verb):
        if is_reported(verb):
            return None  # told as past by a speaker: before the saying, or its time; not told
        day = (narrative_days(doc) if days is None else days)[word.sent.start]
        return day or publication_date(doc)
    return publication_date(doc)
