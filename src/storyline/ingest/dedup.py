"""Exact and near-duplicate detection (content hash; MinHash LSH from datasketch)."""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE_WORDS = 3
LSH_MARGIN = 0.2
SCHEME = "affine32"  # datasketch 2 needs the scheme named when signatures are reloaded
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """Lower-cased word n-grams of the text."""
    tokens = _WORD.findall(text.lower())
    if len(tokens) < size:
        return {" ".join(tokens).encode()}
    return {" ".join(tokens[i : i + size]).encode() for i in range(len(tokens) - size + 1)}


def minhash_of(text: str) -> MinHash:
    """MinHash signature of the text's shingles."""
    signature = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    signature.update_batch(list(shingles(text)))
    return signature


def minhash_to_bytes(signature: MinHash) -> bytes:
    return signature.hashvalues.astype(np.uint64).tobytes()


def minhash_from_bytes(data: bytes) -> MinHash:
    return MinHash(
        num_perm=NUM_PERM, scheme=SCHEME, hashvalues=np.frombuffer(data, dtype=np.uint64)
    )


class DuplicateIndex:
    """Finds, for a new text, the first stored copy it duplicates exactly or nearly.

    Keys are the articles' source keys. `threshold` is the estimated Jaccard similarity of
    word 3-shingles above which two texts are near-duplicates.
    """

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self._by_hash: dict[str, str] = {}
        # LSH only proposes candidates; a lower banding threshold than the decision one keeps
        # near-duplicates just above `threshold` from slipping through, and the estimated
        # Jaccard similarity then decides.
        self._lsh = MinHashLSH(threshold=max(0.5, threshold - LSH_MARGIN), num_perm=NUM_PERM)
        self._signatures: dict[str, MinHash] = {}

    def add(self, key: str, content_hash: str, signature: MinHash) -> None:
        """Register an original (non-duplicate) article."""
        self._by_hash.setdefault(content_hash, key)
        if key not in self._signatures:
            self._lsh.insert(key, signature)
            self._signatures[key] = signature

    def exact(self, content_hash: str) -> str | None:
        return self._by_hash.get(content_hash)

    def near(self, signature: MinHash) -> tuple[str, float] | None:
        """The most similar registered article above the threshold, with its similarity."""
        best: tuple[str, float] | None = None
        for key in self._lsh.query(signature):
            similarity = signature.jaccard(self._signatures[key])
            if similarity >= self.threshold and (best is None or similarity > best[1]):
                best = (key, similarity)
        return best
