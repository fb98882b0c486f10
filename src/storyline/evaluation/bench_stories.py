"""`storyline bench stories`: grouping reports into topics and stories, against gold.

The `--data` folders (Timeline17, ECB+ or WikiRef; all of one format, see `story_data`) are
pooled into one stream and fed to the clusterer in date order (undated last). It returns a
(story id, topic id) per article; story ids are taken as unique over the whole run. Topics are
scored against the gold topics, and stories against the gold stories where the data has them
(ECB+: the `ecb`/`ecbplus` sub-topics), with `cluster_metrics`: B³ precision/recall/F1, ARI,
NMI. On ECB+ the story scores of the even topics are given apart ("held out": the peer's story
threshold was chosen on the odd ones), and since the twelfth session's third round the odd
topics are storyline's development data and the even ones held out: `split` gives the topic
and story B³ of the reports of each half (`split_scores`). With `--peers`, TF-IDF +
average-linkage clustering (`story_peers`) runs on the same stream and is scored the same way.
`--out` writes one TSV line per article: data folder, article id, story id, topic id.
`--undated` and `--sentences N` score a development variant (`story_data.as_reports_like_ecbplus`):
no publication dates, only the first N sentences of each text, as ECB+'s reports are; the
stream keeps its order.

storyline's system (`story_system`) first computes each article's features (its lead through
the NLP pipeline and the sentence embedder; timed apart, `nlp_articles_per_s`), then feeds them
to a fresh `StoryClusterer` in stream order (`articles_per_s` is this clustering). Scaling is
measured on the clustering of the first 1,000 articles and of all of them (best of three
untraced timings, and the peak of one traced run; `scaling`). Tests inject a clusterer instead.
"""

from __future__ import annotations

import math
import time
import tracemalloc
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from storyline.errors import StorylineError
from storyline.evaluation.cluster_metrics import bcubed_of, score_clustering
from storyline.evaluation.story_data import (
    ECBPLUS,
    StoryItem,
    as_reports_like_ecbplus,
    read_story_data,
)
from storyline.evaluation.story_peers import tfidf_peer, thresholds_for
from storyline.evaluation.story_system import cluster_features, prepare_items
from storyline.evaluation.tables import metrics_table, percent
from storyline.link.stories.clusterer import ClusterSettings
from storyline.link.stories.features import ArticleFeatures

Clusterer = Callable[[Sequence[StoryItem]], list[tuple[str, str]]]
PEER_NAME = "tfidf-average-linkage"
SCALING_FROM = 1000
TIMING_RUNS = 3
NAMES = {"timeline17": "Timeline17", "ecbplus": "ECB+", "wikiref": "WikiRef"}


class StoriesBenchError(StorylineError):
    """No story clusterer to run, or it answered for the wrong number of articles."""


@dataclass(frozen=True, slots=True)
class SystemRun:
    """One system's (story id, topic id) per item, the seconds it took to cluster, and
    (storyline) the seconds its features took and how clustering time and memory scale."""

    assignment: list[tuple[str, str]]
    seconds: float
    nlp_seconds: float | None = None
    scaling: dict[str, Any] | None = None


def _clustering_cost(features: Sequence[ArticleFeatures]) -> tuple[float, int]:
    """Seconds (best of `TIMING_RUNS`, untraced: tracing slows Python unevenly) and peak
    traced bytes (one traced run) of clustering `features` with a fresh clusterer."""
    seconds = math.inf
    for _ in range(TIMING_RUNS):
        started = time.perf_counter()
        cluster_features(features)
        seconds = min(seconds, time.perf_counter() - started)
    tracemalloc.start()
    cluster_features(features)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return seconds, peak


def scaling(features: Sequence[ArticleFeatures], small: int = SCALING_FROM) -> dict[str, Any]:
    """Clustering time and memory of the first `small` articles and of all of them."""
    if len(features) <= small:
        return {}
    low_s, low_mem = _clustering_cost(features[:small])
    high_s, high_mem = _clustering_cost(features)
    return {
        "from": small,
        "to": len(features),
        "articles_ratio": round(len(features) / small, 2),
        "time_ratio": round(high_s / low_s, 2) if low_s else None,
        "memory_ratio": round(high_mem / low_mem, 2) if low_mem else None,
    }


def run_storyline(items: Sequence[StoryItem], processes: int, console: Console) -> SystemRun:
    """storyline's features (timed apart) and clustering, and its scaling."""
    from storyline.link.stories.embed import Embedder
    from storyline.nlp.pipeline import load_nlp

    nlp = load_nlp()
    nlp.disable_pipes("storyline_quotes")  # the clusterer reads actors and times only
    console.print(f"Reading the leads of {len(items):,} articles (NLP and embeddings)…")
    prepared = prepare_items(items, nlp, Embedder(), processes)
    started = time.perf_counter()
    assignment = cluster_features(prepared.features)
    seconds = time.perf_counter() - started
    return SystemRun(
        assignment,
        seconds,
        nlp_seconds=prepared.nlp_seconds + prepared.embed_seconds,
        scaling=scaling(prepared.features),
    )


def run_clusterer(clusterer: Clusterer, items: Sequence[StoryItem]) -> SystemRun:
    """The clusterer on every item at once, timed; its answer's length is checked."""
    started = time.perf_counter()
    assignment = [(str(story), str(topic)) for story, topic in clusterer(items)]
    seconds = time.perf_counter() - started
    if len(assignment) != len(items):
        raise StoriesBenchError(
            f"the clusterer gave {len(assignment)} (story, topic) pairs for {len(items)} articles"
        )
    return SystemRun(assignment, seconds)


def _story_scores(
    items: Sequence[StoryItem], stories: Sequence[str], prefix: str
) -> dict[str, float | None]:
    keys = ("bcubed_precision", "bcubed_recall", "bcubed_f1", "ari", "nmi")
    gold = [item.gold_story for item in items]
    if not items or any(label is None for label in gold):
        return {f"{prefix}{key}": None for key in keys}
    return score_clustering(gold, stories).metrics(prefix)


def score_run(kind: str, items: Sequence[StoryItem], run: SystemRun) -> dict[str, Any]:
    """Topic and story scores of one system, the counts, and its speed."""
    stories = [story for story, _ in run.assignment]
    topics = [topic for _, topic in run.assignment]
    topic_score = score_clustering([item.gold_topic for item in items], topics)
    result: dict[str, Any] = {
        **topic_score.metrics("topic_"),
        "ari": round(topic_score.ari, 4),
        "nmi": round(topic_score.nmi, 4),
        **_story_scores(items, stories, "story_"),
    }
    result.pop("topic_ari")
    result.pop("topic_nmi")
    if kind == ECBPLUS:
        even = [i for i, item in enumerate(items) if int(item.gold_topic) % 2 == 0]
        held = _story_scores([items[i] for i in even], [stories[i] for i in even], "")
        result["story_held_out"] = {"topics": "even ECB+ topics", "articles": len(even), **held}
        result["split"] = split_scores(items, topics, stories)
    gold_stories = {item.gold_story for item in items} - {None}
    result.update(
        topics=len(set(topics)),
        stories=len(set(stories)),
        articles=len(items),
        gold_topics=topic_score.gold_clusters,
        gold_stories=len(gold_stories) if gold_stories else None,
        seconds=round(run.seconds, 3),
        articles_per_s=round(len(items) / run.seconds, 1) if run.seconds else None,
    )
    if run.nlp_seconds is not None:
        result["nlp_seconds"] = round(run.nlp_seconds, 1)
        result["nlp_articles_per_s"] = round(len(items) / run.nlp_seconds, 1)
    if run.scaling is not None:
        result["scaling"] = run.scaling
    return result


def split_scores(
    items: Sequence[StoryItem], topics: Sequence[str], stories: Sequence[str]
) -> dict[str, dict[str, float]]:
    """ECB+'s development and held-out halves: B³ of the reports of odd topics and of even
    ones (`bcubed_of`: each report's clusters whole, so one put with the other half's reports
    loses precision), at topic and story level."""
    gold_topics = [item.gold_topic for item in items]
    gold_stories = [item.gold_story for item in items]
    halves = {"odd": 1, "even": 0}
    result = {}
    for name, parity in halves.items():
        chosen = [i for i, topic in enumerate(gold_topics) if int(topic) % 2 == parity]
        scores = {"articles": len(chosen)}
        for level, gold, predicted in (
            ("topic", gold_topics, topics),
            ("story", gold_stories, stories),
        ):
            p, r, f1 = bcubed_of(gold, predicted, chosen)
            scores |= {
                f"{level}_bcubed_precision": round(p, 4),
                f"{level}_bcubed_recall": round(r, 4),
                f"{level}_bcubed_f1": round(f1, 4),
            }
        result[name] = scores
    return result


ROWS = (
    ("topic B³ precision", "topic_bcubed_precision"),
    ("topic B³ recall", "topic_bcubed_recall"),
    ("topic B³ F1", "topic_bcubed_f1"),
    ("topic ARI", "ari"),
    ("topic NMI", "nmi"),
    ("story B³ precision", "story_bcubed_precision"),
    ("story B³ recall", "story_bcubed_recall"),
    ("story B³ F1", "story_bcubed_f1"),
    ("story ARI", "story_ari"),
    ("story NMI", "story_nmi"),
)


def scores_table(title: str, systems: Mapping[str, dict[str, Any]]) -> Table:
    """One column per system, one row per metric (percentages), then counts and speed."""
    table = metrics_table(title, systems, ROWS, breaks={"nmi", "story_nmi"})
    first = next(iter(systems.values()))
    if "story_held_out" in first:
        table.add_row(
            "story B³ F1, even topics",
            *(percent(s["story_held_out"]["bcubed_f1"]) for s in systems.values()),
        )
        for half, label in (("odd", "odd topics (development)"), ("even", "even topics")):
            for level in ("topic", "story"):
                table.add_row(
                    f"{level} B³ F1 of {label}",
                    *(percent(s["split"][half][f"{level}_bcubed_f1"]) for s in systems.values()),
                )
        table.add_section()
    table.add_row("topics", *(f"{s['topics']:,}" for s in systems.values()))
    table.add_row("stories", *(f"{s['stories']:,}" for s in systems.values()))
    table.add_row(
        "articles/s",
        *(
            "–" if s["articles_per_s"] is None else f"{s['articles_per_s']:,.0f}"
            for s in systems.values()
        ),
    )
    if "nlp_articles_per_s" in first:
        table.add_row(
            "articles/s, NLP + embeddings",
            *(
                f"{s['nlp_articles_per_s']:,.1f}" if s.get("nlp_articles_per_s") else "–"
                for s in systems.values()
            ),
        )
    return table


def write_assignment(items: Sequence[StoryItem], run: SystemRun, out: Path) -> dict[str, Any]:
    """One TSV line per article: data folder, article id, story id, topic id."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as stream:
        for item, (story, topic) in zip(items, run.assignment, strict=True):
            fields = (item.source, item.article_id, story, topic)
            stream.write("\t".join(f.replace("\t", " ") for f in fields) + "\n")
    return {"file": str(out), "articles": len(items)}


def run_bench_stories(
    datas: Sequence[Path],
    *,
    out: Path | None = None,
    peers: bool = False,
    console: Console | None = None,
    clusterer: Clusterer | None = None,
    processes: int = 1,
    undated: bool = False,
    sentences: int | None = None,
) -> dict[str, Any]:
    """Run the stories benchmark; print a table; return the metrics.

    `clusterer` replaces storyline's system (features, then `StoryClusterer`). `undated` and
    `sentences` score the variant without dates and with the first sentences of each text.
    """
    console = console or Console(stderr=True)
    kind, items = read_story_data(datas)
    if undated or sentences is not None:
        items = as_reports_like_ecbplus(items, undated=undated, sentences=sentences)
    peer = tfidf_peer(thresholds_for(kind)) if peers else None
    gold_topics = len({item.gold_topic for item in items})
    gold_stories = len({item.gold_story for item in items} - {None})
    console.print(
        f"{NAMES[kind]}: {len(items):,} articles from "
        + ", ".join(str(data) for data in datas)
        + f"; {gold_topics} gold topics"
        + (f", {gold_stories} gold stories" if gold_stories else ", no story level")
    )
    if clusterer is None:
        run = run_storyline(items, processes, console)
    else:
        run = run_clusterer(clusterer, items)
    results = {"storyline": score_run(kind, items, run)}
    if peer is not None:
        console.print(f"Running {PEER_NAME} on {len(items):,} articles…")
        results[PEER_NAME] = score_run(kind, items, run_clusterer(peer, items))
        results[PEER_NAME].update(name=PEER_NAME, **thresholds_for(kind).record())
    console.print(scores_table(f"{NAMES[kind]}: {len(items):,} articles", results))

    result = results.pop("storyline")
    if clusterer is None:
        result["settings"] = ClusterSettings().record()
    result["data"] = [str(data) for data in datas]
    result["format"] = kind
    if undated or sentences is not None:
        result["variant"] = {"undated": undated, "sentences": sentences}
    if out is not None:
        result["out"] = write_assignment(items, run, out)
        console.print(f"Wrote {len(items):,} lines to {out}")
    if peers:
        result["peers"] = results[PEER_NAME]
    return result
