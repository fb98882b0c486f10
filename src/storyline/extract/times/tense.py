"""The tense of the verb that governs a time expression: "will meet on Monday" looks ahead,
"met on Monday" looks back."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from storyline.extract.times.calendar import Tense
from storyline.nlp.text import doc_text

_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "ll"})
# "as soon as Tuesday", "until Friday": a deadline or an earliest date lies ahead
_LOOKS_AHEAD = re.compile(r"\b(?:as soon as|as early as|as late as|until|till|by)\s+$", re.I)
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
    """past, present or future, from the verb's tag and its auxiliaries."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    words = {c.lower_ for c in auxiliaries}
    if words & _FUTURE_AUX or _going_to(verb):
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


_INTENT = frozenset({"go", "plan", "expect", "intend", "schedule"})


def _going_to(verb: Token) -> bool:
    """ "is going to meet", "planned a rally on Saturday", "is expected to rule on Monday":
    intentions look ahead."""
    head = verb.head
    return verb.lemma_ in _INTENT - {"go"} or (verb.dep_ == "xcomp" and head.lemma_ in _INTENT)


def tense_at(doc: Doc, start_char: int, end_char: int) -> Tense:
    """The tense governing the expression at these character offsets."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None:
        return None
    if _LOOKS_AHEAD.search(doc_text(doc)[max(0, start_char - 14) : start_char]):
        return "future"
    verb = governing_verb(span.root)
    return verb_tense(verb) if verb is not None else None
