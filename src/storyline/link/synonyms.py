"""Near-synonym nouns ("robber" and "thief", "teen" and "teenager") by embeddings.

There is no WordNet offline and the spaCy model has no word vectors, so two nouns are near
synonyms when the sentence-embedding model the stories already ship (all-MiniLM-L6-v2,
`storyline.link.stories.embed`) puts the nouns alone close together: cosine at least
``THRESHOLD``. Each distinct noun is embedded once per process (a few thousand short
strings take seconds); pairs are found by one matrix product over the vocabulary, so the
work grows with the number of distinct nouns, not with the number of mentions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import numpy as np

THRESHOLD = 0.7  # cosine of two nouns' embeddings; chosen on the odd ECB+ topics
CHUNK = 2048  # rows of the similarity matrix computed at once

Embed = Callable[[Sequence[str]], np.ndarray]

_vectors: dict[str, np.ndarray] = {}


def _embed_with_model(texts: Sequence[str]) -> np.ndarray:
    from storyline.link.stories.embed import Embedder

    return Embedder().embed(texts)


def vectors(words: Sequence[str], embed: Embed | None = None) -> np.ndarray:
    """Unit vectors of `words` (a row each), embedding only the words not seen before."""
    new = sorted({w for w in words if w not in _vectors})
    if new:
        for word, vector in zip(new, (embed or _embed_with_model)(new), strict=True):
            _vectors[word] = np.asarray(vector, dtype=np.float32)
    return np.stack([_vectors[w] for w in words]) if words else np.zeros((0, 0), np.float32)


def near_synonyms(
    words: Iterable[str], threshold: float | None = None, embed: Embed | None = None
) -> set[tuple[str, str]]:
    """Pairs (a, b), a < b, of distinct `words` whose embeddings' cosine is at least
    `threshold` (``THRESHOLD`` by default)."""
    limit = THRESHOLD if threshold is None else threshold
    vocabulary = sorted(set(words))
    if len(vocabulary) < 2:
        return set()
    matrix = vectors(vocabulary, embed)
    pairs: set[tuple[str, str]] = set()
    for start in range(0, len(vocabulary), CHUNK):
        block = matrix[start : start + CHUNK] @ matrix.T
        for row, col in zip(*np.nonzero(block >= limit), strict=True):
            i = start + int(row)
            if i < col:
                pairs.add((vocabulary[i], vocabulary[int(col)]))
    return pairs
