"""Token ranges of character ranges, as ``Doc.char_span(..., alignment_mode="expand")``.

``char_span`` builds a Span for each call; a rule that asks it for every mention of every
actor, several times a Doc (`storyline.extract.things.covered_tokens`), spends more on
those Spans than on its own work. `TokenBounds` reads the tokens' offsets once and answers
with plain ranges, the same as ``char_span``'s: the first token is the one the start
character falls in (the next one when it falls on that token's trailing space), the last
the one the end's previous character falls in; a character outside the text gives none.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import IDX, LENGTH, SPACY
from spacy.tokens import Doc


class TokenBounds:
    """The tokens' character offsets of one Doc, read once."""

    def __init__(self, doc: Doc) -> None:
        offsets = doc.to_array([IDX, LENGTH, SPACY]).astype("int64").reshape(-1, 3)
        self.starts: list[int] = offsets[:, 0].tolist()
        self.text_ends: list[int] = (offsets[:, 0] + offsets[:, 1]).tolist()
        self.ends: list[int] = (offsets[:, 0] + offsets[:, 1] + offsets[:, 2]).tolist()

    def token_at(self, char: int) -> int:
        """The token whose text or trailing space holds `char`; -1 if none."""
        i = bisect_right(self.starts, char) - 1
        return i if i >= 0 and char < self.ends[i] else -1

    def expand(self, start: int, end: int) -> range | None:
        """The tokens of ``doc.char_span(start, end, alignment_mode="expand")``, or None
        where it gives None."""
        first, last = self.token_at(start), self.token_at(end - 1)
        if first < 0 or last < 0:
            return None
        if start == self.text_ends[first]:  # on the token's trailing space
            first += 1
        if first > last + 1:
            raise IndexError(f"no span from token {first} to {last + 1}")  # as spaCy's Span
        return range(first, last + 1)
