"""File the stored reports into stories and topics, online: earlier assignments stay.

The clusterer is rebuilt from the stored assignments (lead embeddings are stored; cues come
from the stored actors), then the reports without a story are filed in date order (undated
ones last, by id). A duplicate takes its original's story and adds nothing to it. Each story
and topic is titled with the headline of its report nearest to its centroid.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from storyline.link.stories.clusterer import Cluster, ClusterSettings, StoryClusterer
from storyline.link.stories.embed import Embedder
from storyline.link.stories.features import (
    LEAD_CHARS,
    ArticleFeatures,
    LeadActor,
    date_in_text,
    lead_cues,
    lead_terms,
    lead_text,
)
from storyline.store.database import Database

TITLE_CHARS = 120


@dataclass
class StoryFiling:
    """What one filing run did: the articles it filed and the stories they went to."""

    filed: list[int] = field(default_factory=list)
    duplicates: int = 0
    new_stories: int = 0
    new_topics: int = 0
    touched_stories: set[int] = field(default_factory=set)
    merged_topics: dict[int, int] = field(default_factory=dict)  # retired id → kept id


def _cues_by_article(db: Database) -> dict[int, dict[str, float]]:
    actors: dict[int, list[LeadActor]] = defaultdict(list)
    for row in db.lead_actor_rows(LEAD_CHARS):
        actors[row["article_id"]].append(
            LeadActor(
                type=row["type"],
                key=tuple(row["key"].split(" ")),
                country=row["country"],
                named_at=tuple(row["named_at"]),
                ambiguous=row["ambiguous"],
            )
        )
    return {article: lead_cues(found) for article, found in actors.items()}


def _title(title: str, lead: str) -> str:
    """The headline, or else the first words of the text."""
    text = (title or lead).strip().split("\n", 1)[0]
    return text if len(text) <= TITLE_CHARS else text[: TITLE_CHARS - 1].rstrip() + "…"


def _representative(members: list[ArticleFeatures], cluster: Cluster) -> str:
    """The headline of the member nearest the cluster's centroid (members with a headline
    first; a report without one is titled by its first words)."""
    centroid = cluster.centroid()
    best = max(
        enumerate(members),
        key=lambda pair: (pair[1].headline, float(pair[1].vector @ centroid), -pair[0]),
    )
    return best[1].title


def file_stories(
    db: Database,
    embedder: Embedder,
    settings: ClusterSettings | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> StoryFiling:
    """File every report without a story; return what was done. `on_progress(done, total)`
    follows the embedding of the new reports' leads, the slow part."""
    filing = StoryFiling()
    cues = _cues_by_article(db)
    clusterer = StoryClusterer(settings)
    members: dict[int, list[ArticleFeatures]] = defaultdict(list)  # by story
    for row in db.filed_articles(LEAD_CHARS):
        features = ArticleFeatures(
            key=str(row["article_id"]),
            title=_title(row["title"], row["lead"]),
            headline=bool(row["title"].strip()),
            published=row["report_date"],
            dated_by_text=row["dated_by_text"],
            vector=np.asarray(row["vector"], dtype=np.float32),
            cues=cues.get(row["article_id"], {}),
            terms=lead_terms(lead_text(row["title"], row["lead"])),
        )
        clusterer.restore(features, row["story_id"], row["topic_id"])
        members[row["story_id"]].append(features)
    stories_before, topics_before = len(clusterer.stories.clusters), len(clusterer.topics.clusters)

    unfiled = db.unfiled_articles(LEAD_CHARS)
    times: dict[int, list[tuple[str, str | None]]] = defaultdict(list)
    for article, value, anchor in db.lead_time_values(LEAD_CHARS):
        times[article].append((value, anchor))
    leads = [lead_text(row["title"], row["lead"]) for row in unfiled]
    vectors = embedder.embed(leads, on_progress=on_progress)
    text_days = {row["id"]: date_in_text(times.get(row["id"], ())) for row in unfiled}
    reports = [
        ArticleFeatures(
            key=str(row["id"]),
            title=_title(row["title"], row["lead"]),
            headline=bool(row["title"].strip()),
            published=row["published"] or text_days[row["id"]],
            dated_by_text=row["published"] is None and text_days[row["id"]] is not None,
            vector=vector,
            cues=cues.get(row["id"], {}),
            terms=lead_terms(lead),
        )
        for row, vector, lead in zip(unfiled, vectors, leads, strict=True)
    ]
    reports.sort(key=lambda f: (f.published is None, f.published or date.min, int(f.key)))
    story_of = {}
    for features in reports:
        story_of[features.key] = clusterer.add(features)[0]
        members[story_of[features.key]].append(features)
    filing.filed = [int(features.key) for features in reports]
    filing.touched_stories = set(story_of.values())
    # topics merge as reports come: a report's topic is its story's topic at the end
    rows = [
        (int(f.key), story_of[f.key], clusterer.topic_of(story_of[f.key]), f.published, f.vector)
        for f in reports
    ]
    titled_stories = {
        story: (
            clusterer.topic_of(story),
            _representative(members[story], clusterer.stories.get(story)),
        )
        for story in filing.touched_stories
    }
    topics = {clusterer.topic_of(story) for story in filing.touched_stories}
    topic_members: dict[int, list[ArticleFeatures]] = defaultdict(list)
    for story, found in members.items():
        if clusterer.topic_of(story) in topics:
            topic_members[clusterer.topic_of(story)] += found
    titled_topics = {
        topic: _representative(topic_members[topic], clusterer.topics.get(topic))
        for topic in topics
    }
    db.merge_topics(clusterer.merged_topics)
    db.write_story_assignments(rows, titled_stories, titled_topics)
    filing.duplicates = db.file_duplicates()
    filing.new_stories = len(clusterer.stories.clusters) - stories_before
    filing.new_topics = len(clusterer.topics.clusters) - topics_before
    filing.merged_topics = dict(clusterer.merged_topics)
    return filing
