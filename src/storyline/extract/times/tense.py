"""The tense of the verb that governs a time expression: "will meet on Monday" looks ahead,
"met on Monday" looks back."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from storyline.extract.times.calendar import Tense
from storyline.nlp.text import doc_text

_WOULD = frozenset({"would", "'d"})
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "ll"}) | _WOULD
# a present modal speaks of what is possible or needed from now on: "a candidate who can win
# in November", "she must win in November" ("could" and "might" also tell of a past ability)
_MODALS_AHEAD = frozenset({"can", "ca", "may", "must", "should"})
# but a weekday is a day near the report, which a modal comments on as often as it plans it
# ("he should get a boost from the win Tuesday")
_WEEKDAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.I)
# "as soon as Tuesday", "until Friday", "effective Feb. 1": a deadline, an earliest date or
# a start lies ahead
_LOOKS_AHEAD = re.compile(
    r"\b(?:as soon as|as early as|as late as|until|till|by|effective)\s+$", re.I
)
# "since March", "since year-end": the start of something still going on lies behind
_LOOKS_BACK = re.compile(r"\bsince\s+$", re.I)
_MAX_STEPS = 4


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above a token in the parse (itself when it is one)."""
    for _ in range(_MAX_STEPS):
        if token.pos_ in {"VERB", "AUX"}:
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return token if token.pos_ in {"VERB", "AUX"} else None


def verb_tense(verb: Token) -> Tense:
    """past, present or future, from the verb's tag and its auxiliaries.

    The past perfect ("had filed by Wednesday", "had been due to expire Friday") and a
    perfect after a modal ("would have met on Monday") look back before anything else;
    "would" is the future seen from a past report ("said it would pay Dec. 1"); a
    participle with no auxiliary ("the year ended March 31", "a record set on Aug. 6")
    tells of the past.
    """
    auxiliaries = _auxiliaries(verb)
    words = {c.lower_ for c in auxiliaries}
    if _past_perfect(verb) or (verb.tag_ == "VBN" and words & {"have", "'ve"}):
        return "past"
    if verb.tag_ == "VBN" and not auxiliaries and verb.dep_ in {"acl", "advcl"}:
        return "past"
    if words & (_FUTURE_AUX | _MODALS_AHEAD) or _going_to(verb):
        return "future"
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in auxiliaries):
        return "past"
    if verb.tag_ == "VBN" and words & {"has", "have", "had", "'ve", "'s"}:
        return "past"
    if verb.tag_ in {"VBZ", "VBP"} or any(c.tag_ in {"VBZ", "VBP"} for c in auxiliaries):
        return "present"
    if verb.dep_ in {"xcomp", "ccomp", "advcl", "conj"} and verb.head.i != verb.i:
        return verb_tense(verb.head)
    return None


def _past_perfect(verb: Token) -> bool:
    """ "had called", "had been scheduled to expire", "had been due to expire": the verb, or
    the words its infinitive hangs on, have the auxiliary "had"."""
    token = verb
    for _ in range(3):
        if any(c.lower_ == "had" and c.dep_ == "aux" for c in token.children):
            return True
        if token.dep_ not in {"xcomp", "acomp"} or token.head.i == token.i:
            return False
        token = token.head
    return False


_INTENT = frozenset({"go", "plan", "expect", "intend", "schedule"})
# an infinitive after these names something still to come: "decided to admit … in March",
# "set to resume Monday", "agreed to buy it in February", "is to resume trading Tuesday"
_AHEAD_OF_INFINITIVE = _INTENT | frozenset(
    {"agree", "decide", "set", "due", "be", "hope", "promise", "pledge", "vow", "threaten",
     "prepare", "propose", "aim", "want", "seek", "likely", "ready", "poised"}
)  # fmt: skip


# plans and schedules: the day they name is the planned event's
_SCHEDULES = _INTENT | frozenset({"be", "due", "set", "likely", "ready", "poised"})


def _going_to(verb: Token) -> bool:
    """ "is going to meet", "planned a rally on Saturday", "is expected to rule on Monday",
    "decided to admit them in March": intentions look ahead."""
    head = verb.head
    if verb.lemma_ in _INTENT - {"go"}:
        return True
    if verb.dep_ != "xcomp":
        return False
    infinitive = any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
    return head.lemma_ in _INTENT or (infinitive and head.lemma_ in _AHEAD_OF_INFINITIVE)


def tense_at(doc: Doc, start_char: int, end_char: int) -> Tense:
    """The tense governing the expression at these character offsets."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None:
        return None
    verb = governing_verb(span.root)
    before = doc_text(doc)[max(0, start_char - 14) : start_char]
    if (verb is not None and _past_perfect(verb)) or _LOOKS_BACK.search(before):
        return "past"
    if _LOOKS_AHEAD.search(before) and not _caused_by(span.root):
        return "future"
    ahead = _tense_ahead(doc, span.start)
    if ahead is not None:
        return ahead
    if verb is None:
        return None
    tense = verb_tense(verb)
    if (
        tense == "future"
        and _modal_only(verb)
        and _WEEKDAY.search(span.text)
        and not _hoped_for(verb)
    ):
        tense = "present"  # "should get a boost from the win Tuesday": a day just past
    if tense == "future" and _intended_in_past(verb) and _WEEKDAY.search(span.text):
        tense = "past"  # "sought to appeal to voters on Tuesday": the day of the seeking
    if tense == "future" and _planned_in_past(verb) and _WEEKDAY.search(span.text):
        tense = "ahead"  # "was scheduled to leave late Tuesday": yesterday's plan or one to come
    if tense == "future" and _future_in_past(verb) and _WEEKDAY.search(span.text):
        tense = "ahead"  # "it was obvious that Tuesday's quake would be a disaster"
    if tense == "present" and _scheduled(span.root, verb):
        return "future"
    if _scheduled_for(span.root, verb):
        return "ahead" if _WEEKDAY.search(span.text) else "future"
    if tense in {"past", "present"} and _time_clause_of_future(verb, tense):
        return "future"
    if tense == "present" and _open_condition(verb) and not _WEEKDAY.search(span.text):
        return "future"
    return tense


# what a deadline's "by" names: "filed by Tuesday's deadline", "sold by Friday's close"
_LIMIT_NOUNS = frozenset({"deadline", "end", "close", "cutoff", "opening", "start"})


def _caused_by(root: Token) -> bool:
    """ "killed by Tuesday's earthquake", "damage caused by Monday's storm": "by" names the
    agent of a passive, an event of that day, not a deadline ahead ("filed by Tuesday's
    deadline", which the parser also reads as an agent)."""
    noun = root.head
    return (
        root.dep_ == "poss"
        and noun.head.lower_ == "by"
        and noun.head.dep_ == "agent"
        and noun.lemma_.lower() not in _LIMIT_NOUNS
    )


def _open_condition(verb: Token) -> bool:
    """ "if he is the nominee in November": a present after "if" or "unless" poses a
    condition still open, so a month's or a holiday's lies ahead (a weekday's need not: "if
    Tuesday's results are any guide")."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children
    )


# "ahead of", "in advance of", "leading up to", "heading into" (and the preposition "before"):
# what follows names an event that comes after the one the verb tells of
_AHEAD_LINKS = {"ahead": "of", "advance": "of", "leading": "up", "heading": "into", "going": "into"}
# "in the run-up to", "the lead-up to", "the build-up to": nouns for the time before an event
_RUN_UP_NOUNS = frozenset({"run", "lead", "build"})
# "in the minutes leading up to Monday's caucuses", "hours before the vote": what was done in
# a span of minutes or hours just before an event, if it is past, puts the event in the past
# too (or today): it cannot lie days ahead of a report that tells the act as done
_SHORT_SPANS = frozenset({"second", "minute", "moment", "hour"})
_MAX_OBJECT_WORDS = 5


def _tense_ahead(doc: Doc, start: int) -> Tense:
    """ "campaigned ahead of Saturday's caucus" ("ahead": the day before the report or one to
    come; so too with no tense known), "sit atop the polls ahead of Monday's caucuses"
    ("future"); "past" when a past act took the minutes or hours just before the event ("in
    the minutes leading up to Monday's caucuses"); None when the expression is no such
    event's, or "before" hangs on a present ("her share before Friday's purchases is 7%" is
    a share of now)."""
    link = _link_ahead(doc, start)
    if link is None:
        return None
    tense = _clause_tense(governing_verb(link.head if link.pos_ == "VERB" else link))
    if link.lower_ == "before" and tense not in {"past", "future"}:
        return None
    if tense == "past" and _short_span(link):
        return "past"
    return "future" if tense in {"present", "future"} else "ahead"


def _short_span(link: Token) -> bool:
    """ "the minutes leading up to", "hours before": the link names the end of a span of
    minutes or hours (the noun it hangs on, or the word just before it)."""
    nouns = [link.head] + ([link.nbor(-1)] if link.i > 0 else [])
    return any(noun.lemma_.lower() in _SHORT_SPANS for noun in nouns)


# a chain of participles, gerunds and infinitives ("slamming the senator for failing to act
# to stem the tide of misinformation regarding his candidacy in the minutes …") has no tense
# of its own however long it is: the finite verb it hangs from tells its time
_MAX_CLAUSE_STEPS = 8


def _clause_tense(verb: Token | None) -> Tense:
    """The tense of a verb, or of the clause above it when the verb has none of its own
    ("misinformation regarding his candidacy in the minutes …" is told by "worked")."""
    for _ in range(_MAX_CLAUSE_STEPS):
        if verb is None:
            return None
        tense = verb_tense(verb)
        if tense is not None or verb.head.i == verb.i:
            return tense
        verb = governing_verb(verb.head)
    return None


def _link_ahead(doc: Doc, start: int) -> Token | None:
    """ "ahead of Saturday's caucus", "days before the primary on Tuesday", "leading up to
    Monday's vote", "in the run-up to Monday's vote": the first word of such a link when the
    expression ends the noun phrase after it (no verb or punctuation in between)."""
    words: list[Token] = []
    for token in reversed(doc[max(0, start - _MAX_OBJECT_WORDS - 3) : start]):
        if token.lower_ == "before" and token.pos_ == "ADP":
            return None if not words and _bare_object(token) else token
        if words and _AHEAD_LINKS.get(token.lower_) == words[-1].lower_:
            return token
        if words and words[-1].lower_ == "to" and _run_up(token):
            return token.nbor(-2)
        if token.pos_ in {"VERB", "AUX", "PUNCT"} or len(words) > _MAX_OBJECT_WORDS + 1:
            return None
        words.append(token)
    return None


def _bare_object(link: Token) -> bool:
    """ "existed before Tuesday": the day itself is the object of "before", the limit of the
    act and not an event that followed it ("before Tuesday's primary" names one), so the
    verb's tense alone tells where it lies."""
    objects = [c for c in link.children if c.dep_ == "pobj"]
    return bool(objects) and not any(t.dep_ in {"case", "poss"} for t in objects[0].subtree)


def _run_up(token: Token) -> bool:
    """ "up" of "run-up", "lead-up", "build-up" (the tokenizer splits at the hyphen)."""
    return (
        token.lower_ == "up"
        and token.i >= 2
        and token.nbor(-1).text == "-"
        and token.nbor(-2).lower_ in _RUN_UP_NOUNS
    )


_TIME_MARKS = frozenset({"as", "when", "once", "until", "till", "before", "after", "if", "unless"})


def _modal_only(verb: Token) -> bool:
    """ "can win", "must win": the verb looks ahead only by a present modal."""
    words = {c.lower_ for c in _auxiliaries(verb)}
    return bool(words & _MODALS_AHEAD) and not words & _FUTURE_AUX and not _going_to(verb)


# verbs whose object clause tells what someone hopes or expects will happen, by their forms
# (the lemmatizer reads "hoping" as "hop")
_HOPES = re.compile(
    r"(?:hop(?:e|es|ed|ing)|(?:wish|pray|expect|trust)(?:s|es|ed|ing)?)", re.IGNORECASE
)


def _hoped_for(verb: Token) -> bool:
    """ "I'm hoping we can evacuate more children on Tuesday", "we expect they can land
    Friday": a modal in what someone hopes or expects plans what is to come, so its weekday
    lies ahead, unlike a modal's comment on a day just past ("should get a boost from the
    win Tuesday")."""
    return (
        verb.dep_ == "ccomp"
        and verb.head.i != verb.i
        and _HOPES.fullmatch(verb.head.text) is not None
    )


def _intended_in_past(verb: Token) -> bool:
    """ "sought to appeal …", "agreed to buy …", "decided to resign …": an infinitive looks
    ahead only because a verb of intention in the past tense governs it. A weekday in such a
    sentence is a day near the report, and news tells the day of the seeking, agreeing or
    deciding (the parser hangs "on Tuesday" on the infinitive, the nearer verb, either way);
    a month or a year is left to look ahead ("decided to admit them in March"), and so is the
    day of a plan or a schedule ("planned to leave Nairobi on Thursday", "was to report
    earnings on Wednesday", "was set to receive an endorsement on Friday")."""
    return (
        verb.dep_ == "xcomp"
        and verb.head.lemma_ not in _SCHEDULES
        and not _has_modal(verb)
        and _going_to(verb)
        and verb_tense(verb.head) == "past"
    )


def _planned_in_past(verb: Token) -> bool:
    """ "was scheduled to leave late Tuesday", "was to report earnings on Wednesday": a plan
    told in the past. Its weekday is a day to come, or the day before the report (a report
    written before the planned act, published the morning after) — the same reading as an
    event "ahead of" a past act."""
    return (
        verb.dep_ == "xcomp"
        and verb.head.lemma_ in _SCHEDULES
        and not _has_modal(verb)
        and _simple_past(verb.head)
    )


def _future_in_past(verb: Token) -> bool:
    """ "It was obvious that Tuesday's quake would be a disaster", "said the talks would
    resume Thursday": "would" in a clause that hangs on a past verb is the future seen from
    that past moment, not from the report's. What it tells of follows the past act, which
    may itself have followed the day; so a weekday in it is read like a plan told in the
    past, the day before the report or one to come (`_planned_in_past`)."""
    words = {c.lower_ for c in _auxiliaries(verb)}
    if not words & _WOULD or words & (_FUTURE_AUX - _WOULD):
        return False
    if verb.dep_ not in {"ccomp", "advcl", "relcl", "conj"} or verb.head.i == verb.i:
        return False
    above = governing_verb(verb.head)
    return above is not None and _simple_past(above)


def _simple_past(verb: Token) -> bool:
    """ "was scheduled", "planned", "was": the verb or its auxiliary is in the past tense,
    with no modal ("would be scheduled" looks ahead)."""
    if _has_modal(verb):
        return False
    return verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in _auxiliaries(verb))


def _auxiliaries(verb: Token) -> list[Token]:
    """The verb's auxiliaries, passive ones included ("has been", "will", "was")."""
    return [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]


def _has_modal(verb: Token) -> bool:
    """Has the verb a future or modal auxiliary ("will", "would", "can", "must")?"""
    return any(c.lower_ in _FUTURE_AUX | _MODALS_AHEAD for c in _auxiliaries(verb))


def _time_clause_of_future(verb: Token, tense: Tense) -> bool:
    """ "likely to buy as soon as trading opened Monday", "would lose if he is the nominee in
    November": a time or conditional clause takes the tense of the clause it hangs on when
    that one looks ahead (its past or present is only the report's, or English's). A
    present after "as" is a comment ("as Tuesday's results show"), not a time. A non-finite
    complement belongs to the clause of the verb it completes ("when she continues
    testifying on Tuesday": the clause of "continues")."""
    marks = _TIME_MARKS - {"as"} if tense == "present" else _TIME_MARKS
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "advcl" or not any(
        c.dep_ in {"mark", "advmod"} and c.lower_ in marks for c in verb.children
    ):
        return False
    main = governing_verb(verb.head)
    return main is not None and main.i != verb.i and verb_tense(main) == "future"


# participles that put something on a calendar: "elections scheduled for September"
_PUT_ON_CALENDAR = frozenset({"schedule", "plan", "set", "slate"})


def _scheduled_for(root: Token, verb: Token) -> bool:
    """ "elections scheduled for September", "rallies planned for Tuesday": a participle of
    scheduling with no auxiliary, after the noun it describes, names the date of a plan, and
    a plan lies ahead of the report (or, for a weekday, is the day before it:
    `calendar._weekday`'s "ahead") — unlike a bare participle that tells what happened on a
    day ("a record set on Aug. 6"), which `verb_tense` reads as past. Only the "for" of a
    schedule counts, and the days joined to its object ("for Friday and Saturday")."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "acl"
        and verb.lemma_ in _PUT_ON_CALENDAR
        and not _auxiliaries(verb)
        and root.dep_ == "pobj"
        and root.head.lower_ == "for"
        and root.head.head.i == verb.i
    )


# verbs whose present tells of what someone says or thinks now, not of a schedule
_NOT_SCHEDULES = frozenset({"be", "say", "tell", "report", "think", "believe", "know", "see"})


def _scheduled(root: Token, verb: Token) -> bool:
    """ "Congress reconvenes Jan. 24", "They meet Monday": a bare date that hangs straight
    on a simple present (not a saying or a "be") is a schedule, so it lies ahead."""
    if verb.tag_ not in {"VBZ", "VBP"} or verb.lemma_ in _NOT_SCHEDULES:
        return False
    if _auxiliaries(verb):
        return False
    return root.head.i == verb.i and root.dep_ in {"npadvmod", "tmod"}
