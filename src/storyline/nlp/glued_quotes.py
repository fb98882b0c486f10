"""Quotation marks written against a word split off it: ``said,“Look``, ``paranoia,”Clinton``.

Scraped reports often lose the space beside a quotation mark. spaCy's English tokenizer splits
a mark at the start or end of a token but not inside one, so ``said,“Look`` stays one token
and the quote finder never sees where the quotation opens (93 such marks in PolNeAR train).
We add infixes to the model's own: a double curly mark or guillemet inside a token, and a
straight double mark between a word or punctuation and a word. Apostrophes (’ and ') are
left alone: inside a token they are mostly possessives and contractions ("Sanders’", "don't").

It is a function over a loaded pipeline, not a config callback: ``spacy.load`` restores the
tokenizer's patterns from the model's files after ``[nlp.after_creation]`` and
``[nlp.after_pipeline_creation]`` run, so infixes added there are lost.
"""

from __future__ import annotations

import re

from spacy.language import Language

# A double curly mark or guillemet is never part of a word; a straight one is split only with
# a word after it and a word or punctuation before it (an inch mark, 5'10", ends its token).
# Punctuation and dashes touching a split mark go too (infixes are not split again: "said,“" would
# leave "said,"), but not the period of an abbreviation ("U.S.“allies”").
_STOP = r"(?:[,!?;:—–]|(?<![A-Z])\.)"
GLUED_QUOTES = (
    r'[“”„«»]|(?<=[\w,.!?;:])"(?=\w)'
    rf'|{_STOP}(?=[“”„«»])|(?<=[“”„«»])[,.!?;:—–]|(?<=\w){_STOP}(?="\w)'
)


def split_glued_quotes(nlp: Language) -> Language:
    """Let `nlp`'s tokenizer split quotation marks glued inside a token (in place)."""
    finder = nlp.tokenizer.infix_finditer
    pattern = finder.__self__.pattern if finder is not None else ""
    if GLUED_QUOTES in pattern:
        return nlp
    combined = f"{pattern}|{GLUED_QUOTES}" if pattern else GLUED_QUOTES
    nlp.tokenizer.infix_finditer = re.compile(combined).finditer
    return nlp
