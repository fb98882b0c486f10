"""Quoted terms (the “maximum pressure” line): quotation marks that carry no speech."""

from __future__ import annotations

from spacy.tokens import Doc

from storyline.extract.quotes.marks import Marked

TERM_WORDS = 4


def is_term(doc: Doc, text: str, passage: Marked) -> bool:
    """A few quoted words inside a sentence with no cue: a term, not speech."""
    if len(passage.parts) > 1 or len(text[passage.start : passage.end].split()) > TERM_WORDS:
        return False
    span = doc.char_span(passage.outer_start, passage.outer_end, alignment_mode="expand")
    if span is None:
        return True
    sent = span.sent
    outside = [t for t in sent if not t.is_punct and (t.i < span.start or t.i >= span.end)]
    return len(outside) >= 2
