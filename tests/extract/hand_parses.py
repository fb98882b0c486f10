"""Docs built from hand-written parses, to test our rules on the parser's slips."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def parsed(nlp: Language, rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """A Doc from (word, head, dep, pos, entity IOB) rows."""
    words, heads, deps, pos, ents = (list(column) for column in zip(*rows, strict=True))
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
