"""Quotes introduced by layout: a colon before them, a signature line under them."""

from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from storyline.extract.quotes.cues import CueLexicon
from storyline.extract.quotes.marks import Marked
from storyline.extract.quotes.reported import speaker_on_a_topic, starts_line
from storyline.extract.quotes.speakers import ISSUED, speaker_of
from storyline.extract.quotes.speech import SUBJECTS, Speech


def colon_before(doc: Doc, text: str, passage: Marked) -> SpacySpan | None:
    """The colon that opens a quote ("…: “…”"), when only whitespace lies between them."""
    at = passage.outer_start
    while at > 0 and text[at - 1].isspace():
        at -= 1
    if at == 0 or text[at - 1] != ":":
        return None
    return doc.char_span(at - 1, at, alignment_mode="expand")


def named_before_colon(doc: Doc, text: str, passage: Marked, inside: set[int]) -> Speech | None:
    """ "… - Philip Bump: “…”": a source named right before the colon that opens the quote;
    in a headline ("Trump: ‘I’m the Worst Thing …’"), any capitalised word that opens it,
    whatever the parser tagged it."""
    colon = colon_before(doc, text, passage)
    if colon is None or colon.start == 0:
        return None
    if (on_topic := _on_a_topic(colon[0], inside)) is not None:
        return Speech(colon[0], on_topic, (passage.start, passage.end))
    name = doc[colon.start - 1]
    if name.i in inside or not (name.pos_ == "PROPN" or (starts_line(name) and name.is_title)):
        here = _here_is(colon[0], inside)
        return Speech(colon[0], here, (passage.start, passage.end)) if here else None
    if _object_of_preposition(name):
        return None  # "… told the newspaper NRC Handelsblad:", "… on Twitter:": not the source
    return Speech(colon[0], name, (passage.start, passage.end))


def _on_a_topic(colon: Token, inside: set[int]) -> Token | None:
    """The speaker of a headline line "Name on Topic: “…”" (`speaker_on_a_topic`), when the
    line opens its sentence's words before the colon and none of them is quoted."""
    start = colon.sent.start
    if not starts_line(colon.doc[start]):
        return None
    line = [t for t in colon.doc[start : colon.i] if not t.is_space]
    if any(t.i in inside for t in line):
        return None
    return speaker_on_a_topic(line)


_IS = frozenset({"is", "was", "'s", "’s"})


def _here_is(colon: Token, inside: set[int]) -> Token | None:
    """ "Here's Clinton in December 1992: “…”": a sentence opened by "Here is" and a name,
    ending in the colon that opens the quote, presents that name's words: the name (its
    last word), or None."""
    words = [t for t in colon.doc[colon.sent.start : colon.i] if not t.is_space]
    if len(words) < 3 or words[0].lower_ != "here" or words[1].lower_ not in _IS:
        return None
    name = words[2]
    while name.i + 1 < colon.i and name.nbor().pos_ == "PROPN" and name.pos_ == "PROPN":
        name = name.nbor()
    return name if name.pos_ == "PROPN" and name.i not in inside else None


DASHES = frozenset({"-", "—", "–", "--"})


def set_apart_before_colon(
    doc: Doc, text: str, passage: Marked, inside: set[int]
) -> Speech | None:
    """ "Pollsters agree - Carl Bialik: “…”": a name alone between a dash and the colon
    that opens the quote is its source, whatever verb the words before the dash hold."""
    speech = named_before_colon(doc, text, passage, inside)
    if speech is None or speech.speaker is None:
        return None
    start = speech.speaker.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and speech.speaker.i - start < 4:
        start -= 1
    return speech if start > 0 and doc[start - 1].text in DASHES else None


def from_before_colon(doc: Doc, text: str, passage: Marked, inside: set[int]) -> Speech | None:
    """ "From the report: “…”", "More from Bush's Facebook post: “…”": a line with no verb
    that names, after "from", where the quote comes from; what someone issued speaks for
    its owner ("Bush's")."""
    colon = colon_before(doc, text, passage)
    if colon is None or colon.start == 0:
        return None
    source = doc[colon.start - 1]
    while source.dep_ in {"compound", "flat"} and source.head.i > source.i:
        source = source.head
    line = doc[colon.sent.start : colon.start]
    if (
        source.i in inside
        or source.dep_ != "pobj"
        or source.head.lower_ != "from"
        or source.pos_ not in {"NOUN", "PROPN"}
        or any(t.pos_ in {"VERB", "AUX"} for t in line)
    ):
        return None
    owner = next((c for c in source.children if c.dep_ == "poss"), None)
    if owner is not None and source.lemma_.lower() in ISSUED and owner.pos_ == "PROPN":
        source = owner
    return Speech(colon[0], source, (passage.start, passage.end))


def _object_of_preposition(name: Token) -> bool:
    """Is a name (through the compounds it ends, and a noun it is in apposition to) the
    object of a preposition other than "from" or "by" ("More from Jones:" names the
    source), in one run of words (a dash between them sets a source apart: "… IN OTHER
    STATES - Michael P. McDonald:")?"""
    while name.dep_ in {"compound", "flat"} and name.head.i > name.i:
        name = name.head
    if name.dep_ == "appos" and name.head.i < name.i:
        name = name.head  # "to the Dutch newspaper NRC Handelsblad:": the newspaper's
    prep = name.head
    if name.dep_ != "pobj" or prep.lower_ in {"from", "by"} or prep.i > name.i:
        return False
    return not any(t.is_punct for t in name.doc[prep.i + 1 : name.i])


# Every dash of Unicode's dash punctuation (category Pd): lists of quotes sign each with a
# hyphen, an en or em dash, or a horizontal bar.
_PD = "".join(chr(c) for c in range(0x10000) if unicodedata.category(chr(c)) == "Pd")
_DASH_RUN = f"[{re.escape(_PD)}]+"
# "“…”\n\n- Sanders.": a line under the quote of a dash and a name
_BELOW = re.compile(rf"[ \t]*\n\s*({_DASH_RUN})[ \t]*([^\n]{{1,60}}?)[ \t.]*(?:\n|$)")
# "“…” – Laura Hill": on the quote's own line, a dash and a name that end the line
_BESIDE = re.compile(rf"[ \t]*({_DASH_RUN})[ \t]*([^\n]{{1,60}}?)[ \t.]*(?:\n|$)")


def signed_below(doc: Doc, text: str, passage: Marked) -> Speech | None:
    """ "“…”\n\n- Sanders.": a line under the quote that is a dash and a name signs it; so
    does a dash and a name that end the line of a quote that opens its line ("“…” – Laura
    Hill", a list of quotes each signed on its line). The name ends at a comma: what
    follows says where the signer is from or what they did ("-President Obama, tweeting
    after Clinton's speech")."""
    match = _BELOW.match(text, passage.outer_end)
    if match is None and _opens_line(text, passage):
        match = _BESIDE.match(text, passage.outer_end)
    if match is None:
        return None
    start, end = match.span(2)
    comma = text.find(",", start, end)  # "-Michelle Marks, Philadelphia.": who, then where
    name = doc.char_span(start, comma if comma > start else end, alignment_mode="expand")
    dash = doc.char_span(*match.span(1), alignment_mode="expand")
    words = [t for t in name or () if t.is_alpha]
    if dash is None or not words or any(t.pos_ != "PROPN" for t in words):
        return None
    return Speech(dash[0], words[-1], (passage.start, passage.end))


# What may open a line of a list before its quote: a bullet or a number ("3.", "3)").
_LIST_ITEM = re.compile(r"\s*(?:[•·*▪●◦‣⁃]|\d{1,3}[.)])?\s*")


def _opens_line(text: str, passage: Marked) -> bool:
    """Does the passage open its line, with at most a list's bullet or number before it?"""
    line_start = text.rfind("\n", 0, passage.outer_start) + 1
    return _LIST_ITEM.fullmatch(text, line_start, passage.outer_start) is not None


def cue_before_colon(
    doc: Doc, text: str, passage: Marked, inside: set[int], cues: CueLexicon
) -> Speech | None:
    """ "“…,” Cruz said as the heckler yelled: “You suck!”", "“…,” Bundy says to Santilli,
    who responds enthusiastically: “Okay!”": a cue verb with a subject of its own whose
    clause ends in the colon that opens the passage says it, whatever cue farther up the
    parser hung the passage on; no other verb between the cue and the colon."""
    colon = colon_before(doc, text, passage)
    if colon is None or colon.start == 0 or colon.start in inside:
        return None
    for token in reversed(doc[colon.sent.start : colon.start]):
        if token.i in inside:
            return None
        if token.pos_ not in {"VERB", "AUX"}:
            continue
        cue = cues.of(token)
        subject = next(
            (c for c in token.children if c.dep_ in SUBJECTS and c.i not in inside), None
        )
        if cue is None or cue.kind == "thought" or subject is None:
            return None
        speaker = speaker_of(token, inside)
        return Speech(token, speaker, (passage.start, passage.end)) if speaker else None
    return None


def introduced_by_colon(
    doc: Doc, text: str, passage: Marked, inside: set[int], cues: CueLexicon
) -> Speech | None:
    """ "Sanders delivered a snappy retort: “…”": a clause ending in a colon right before the
    quote introduces it; the subject of its last cue verb speaks ("The Times made the same
    claims, and the NRA responded:"), else that of its main verb."""
    colon = colon_before(doc, text, passage)
    if colon is None:
        return None
    clause = [t for t in doc[colon.sent.start : colon.start] if t.i not in inside]
    verbs = [t for t in clause if t.pos_ in {"VERB", "AUX"}]
    said = [v for v in verbs if (cue := cues.of(v)) and cue.kind != "thought"]
    tops = [v for v in verbs if not clause or not clause[0].i <= v.head.i < colon.start]
    verb = (said[-1:] or tops or verbs or [None])[0]
    if verb is None:
        return None
    return Speech(verb, speaker_of(verb, inside), (passage.start, passage.end))
