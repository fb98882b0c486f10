"""Peers of the developments bench: every sentence new, and TF-IDF novelty.

The TF-IDF peer fits a vectorizer on a story's sentences (every line of its reports) and
flags a sentence of a later report as new when its cosine with every sentence of the earlier
reports stays below a threshold, chosen on the development topics (`TFIDF_THRESHOLD`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sklearn.feature_extraction.text import TfidfVectorizer

from storyline.evaluation.developments_scorer import Key, NewScore, score_new
from storyline.evaluation.ecbplus import EventDocument

TFIDF_THRESHOLD = 0.6  # chosen on the development (odd) topics (F1 of NEW 77.5)
GRID = tuple(round(0.05 * i, 2) for i in range(1, 20))


def lines(doc: EventDocument) -> list[str]:
    return [doc.text[s:e] for s, e in doc.sentences]


def tfidf_max_cosines(story: Sequence[EventDocument], keys: set[Key]) -> dict[Key, float]:
    """For each sentence of `keys` (in `story[1:]`), its highest TF-IDF cosine with a
    sentence of an earlier report of the story (0 when nothing earlier shares a word)."""
    texts = [(doc.doc_id, i, text) for doc in story for i, text in enumerate(lines(doc))]
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True)
    try:
        matrix = vectorizer.fit_transform([t for *_, t in texts])
    except ValueError:  # no word at all
        return dict.fromkeys(keys, 0.0)
    row_of = {(d, i): n for n, (d, i, _) in enumerate(texts)}
    found: dict[Key, float] = {}
    earlier: list[int] = []
    for doc in story:
        rows = [row_of[(doc.doc_id, i)] for i in range(len(doc.sentences))]
        mine = [(i, row) for i, row in enumerate(rows) if (doc.doc_id, i) in keys]
        if mine and earlier:
            cosines = (matrix[[row for _, row in mine]] @ matrix[earlier].T).toarray()
            for (i, _), best in zip(mine, cosines.max(axis=1), strict=True):
                found[(doc.doc_id, i)] = float(best)
        elif mine:
            found.update({(doc.doc_id, i): 0.0 for i, _ in mine})
        earlier += rows
    return found


def flag_below(cosines: Mapping[Key, float], threshold: float) -> set[Key]:
    return {key for key, value in cosines.items() if value < threshold}


def best_threshold(gold: Mapping[Key, bool], cosines: Mapping[Key, float]) -> float:
    """The grid threshold with the highest F1 of NEW (the lowest among equals)."""
    scores = {t: score_new(gold, flag_below(cosines, t)).f1 for t in GRID}
    return max(GRID, key=lambda t: (scores[t], -t))


def all_new(gold: Mapping[Key, bool]) -> NewScore:
    return score_new(gold, gold)
