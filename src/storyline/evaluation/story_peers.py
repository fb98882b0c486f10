"""The peer of `bench stories --peers`: TF-IDF + average-linkage agglomerative clustering.

Each article is `title + text`, vectorised with scikit-learn's TF-IDF (English stop words,
sublinear tf, L2-normalised), then clustered by average linkage over cosine distances (scipy).
The dendrogram is cut twice: at the topic threshold for topics and at the story threshold for
stories (a story is further split by its topic, so stories always nest in topics).

Thresholds are never chosen on the data being scored (rule: the other dataset):

- scoring Timeline17 or WikiRef: the topic threshold that gives the best topic B³ F1 on ECB+
  topics 1-35 (../shared);
- scoring ECB+: the topic threshold that gives the best topic B³ F1 on Timeline17 (../shared);
- story threshold: no other data in ../shared has a story level, so it is the best story B³
  F1 on the ECB+ sub-topics of the *odd* ECB+ topics only; on ECB+ the story figures of the
  even topics are the held-out ones.

`tune_threshold` re-derives them (grid 0.05-0.99 by 0.01, best F1, lowest threshold on ties):
see `THRESHOLDS` for the values and the figures they gave.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from storyline.errors import StorylineError
from storyline.evaluation.cluster_metrics import bcubed
from storyline.evaluation.story_data import ECBPLUS, TIMELINE17, WIKIREF, StoryItem

Assignment = list[tuple[str, str]]
GRID = tuple(round(0.05 + 0.01 * step, 2) for step in range(95))  # 0.05 to 0.99


class PeerError(StorylineError):
    """scikit-learn or scipy, needed by the TF-IDF peer, is not installed."""


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Cosine-distance cuts of the dendrogram and the data each was chosen on."""

    topic: float
    story: float
    topic_chosen_on: str
    story_chosen_on: str

    def record(self) -> dict[str, Any]:
        return {
            "topic_threshold": self.topic,
            "story_threshold": self.story,
            "topic_threshold_chosen_on": self.topic_chosen_on,
            "story_threshold_chosen_on": self.story_chosen_on,
        }


# chosen with `tune_threshold` on the data named (see the module doc for the rule); the B³ F1
# each gave there: 0.906 (ECB+ topics), 0.864 (Timeline17 topics), 0.866 (ECB+ odd sub-topics)
TOPIC_ON_ECBPLUS = 0.92
TOPIC_ON_TIMELINE17 = 0.96
STORY_ON_ECBPLUS_ODD = 0.81
ECBPLUS_TOPICS = "ECB+ topics 1-35 (topic B³ F1)"
TIMELINE17_TOPICS = "Timeline17 (topic B³ F1)"
ECBPLUS_ODD_STORIES = "ECB+ odd topics 1-35 (sub-topic B³ F1)"


def thresholds_for(kind: str) -> Thresholds:
    """The thresholds used when scoring data of format `kind`."""
    if kind == ECBPLUS:
        topic, on = TOPIC_ON_TIMELINE17, TIMELINE17_TOPICS
    elif kind in (TIMELINE17, WIKIREF):
        topic, on = TOPIC_ON_ECBPLUS, ECBPLUS_TOPICS
    else:
        raise ValueError(f"no thresholds for data of format {kind!r}")
    return Thresholds(topic, STORY_ON_ECBPLUS_ODD, on, ECBPLUS_ODD_STORIES)


def require_sklearn() -> None:
    """Fail with a clear message when scikit-learn or scipy cannot be imported."""
    try:
        import scipy.cluster.hierarchy  # noqa: F401
        import sklearn.feature_extraction.text  # noqa: F401
    except ImportError as error:
        raise PeerError(
            f"the TF-IDF peer needs scikit-learn and scipy ({error}): pip install -e '.[peers]'"
        ) from error


def document(item: StoryItem) -> str:
    return f"{item.title}\n{item.text}" if item.title else item.text


def dendrogram(items: Sequence[StoryItem]) -> Any:
    """Average-linkage tree (scipy linkage matrix) over TF-IDF cosine distances."""
    require_sklearn()
    import numpy as np
    from scipy.cluster.hierarchy import linkage
    from scipy.spatial.distance import squareform
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectors = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(
        [document(item) for item in items]
    )
    distances = 1.0 - (vectors @ vectors.T).toarray()
    np.clip(distances, 0.0, 2.0, out=distances)
    np.fill_diagonal(distances, 0.0)
    return linkage(squareform(distances, checks=False), method="average")


def cut(tree: Any, threshold: float) -> list[int]:
    """Cluster numbers of the leaves when the tree is cut at cosine distance `threshold`."""
    from scipy.cluster.hierarchy import fcluster

    return [int(label) for label in fcluster(tree, t=threshold, criterion="distance")]


def assign(tree: Any, size: int, thresholds: Thresholds) -> Assignment:
    """(story id, topic id) per item from the two cuts; stories nest in topics."""
    if size == 1:
        return [("s1", "t1")]
    topics = cut(tree, thresholds.topic)
    stories = cut(tree, thresholds.story)
    return [(f"t{t}.s{s}", f"t{t}") for s, t in zip(stories, topics, strict=True)]


def tfidf_peer(thresholds: Thresholds) -> Callable[[Sequence[StoryItem]], Assignment]:
    """A clusterer for `run_bench_stories` cutting at `thresholds`."""
    require_sklearn()

    def cluster(items: Sequence[StoryItem]) -> Assignment:
        if not items:
            return []
        tree = dendrogram(items) if len(items) > 1 else None
        return assign(tree, len(items), thresholds)

    return cluster


def tune_threshold(
    items: Sequence[StoryItem], level: str = "topic", grid: Sequence[float] = GRID
) -> tuple[float, float, float]:
    """(best threshold, its B³ F1, seconds) for gold `level` ("topic" or "story") of `items`."""
    started = time.perf_counter()
    gold = [item.gold_topic if level == "topic" else item.gold_story for item in items]
    if any(label is None for label in gold):
        raise ValueError(f"the items have no gold {level}")
    tree = dendrogram(items)
    best = (grid[0], -1.0)
    for threshold in grid:
        f1 = bcubed(gold, cut(tree, threshold))[2]
        if f1 > best[1]:
            best = (threshold, f1)
    return best[0], best[1], time.perf_counter() - started
