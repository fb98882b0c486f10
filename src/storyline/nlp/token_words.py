"""Tokens found by their words from a Doc's arrays, without walking the Doc.

A rule that looks at a few known words only ("republican", a person's surname) and walks
every token to find them builds a spaCy ``Token`` for each word of the Doc. The Doc's
arrays give the same tokens (those whose ``lower_`` is one of the words) at the cost of one
array read.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from spacy.attrs import IS_SPACE, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc


def tokens_lowered(doc: Doc, words: Iterable[str]) -> list[int]:
    """Indexes, in text order, of the tokens whose lower-case form (``Token.lower_``) is
    one of `words`."""
    wanted = np.array([get_string_id(word) for word in words], dtype=np.uint64)
    if not wanted.size or not len(doc):
        return []
    lowers = doc.to_array(LOWER).astype(np.uint64)
    return np.flatnonzero(np.isin(lowers, wanted)).tolist()


def space_flags(doc: Doc) -> list[bool]:
    """``Token.is_space`` of each token, in order."""
    if not len(doc):
        return []
    return doc.to_array(IS_SPACE).astype(bool).tolist()
