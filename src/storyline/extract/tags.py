"""Part-of-speech tag sets (Penn Treebank, spaCy's `Token.tag_`) the extractors share."""

from __future__ import annotations

PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})  # "officials", "Chargers"
