"""File the stored reports into stories and topics, online: earlier assignments stay.

The clusterer is rebuilt from the stored assignments (lead embeddings are stored; cues come
from the stored actors of the body and of the headline), then the reports without a story are
filed in date order (undated ones last, by id); their headlines are parsed for actors first.
A report is read (its lead's embedding, words, actors and days, and an untitled report's name)
from where its own text starts, after its source's page furniture (`furniture.Furniture`:
opening lines that earlier reports of the source opened with, read again on every run from
the stored reports in publication order, then from the new ones), so no story is made or
titled by a site's ticker line.
A duplicate takes its original's story and adds nothing to it. Each story and topic is titled
by the headline that says most nearly what its reports say (`titles.representative_title`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

import numpy as np

from storyline.link.stories.clusterer import ClusterSettings, StoryClusterer
from storyline.link.stories.embed import Embedder
from storyline.link.stories.features import (
    LEAD_CHARS,
    ArticleFeatures,
    LeadActor,
    lead_body,
    lead_day,
    lead_text,
    report_features,
)
from storyline.link.stories.furniture import FURNITURE_CHARS, Furniture
from storyline.link.stories.headlines import typed_by_body
from storyline.link.stories.titles import lead_names, named_title, representative_title
from storyline.store.database import Database

# enough of the text for `lead_body` to cut the lead as the whole text, after any furniture
STORED_LEAD = LEAD_CHARS + FURNITURE_CHARS + 1
HeadlineParser = Callable[[Sequence[str]], list[list[LeadActor]]]  # `headlines.headline_actors`


@dataclass
class StoryFiling:
    """What one filing run did: the articles it filed and the stories they went to."""

    filed: list[int] = field(default_factory=list)
    duplicates: int = 0
    new_stories: int = 0
    new_topics: int = 0
    touched_stories: set[int] = field(default_factory=set)
    merged_topics: dict[int, int] = field(default_factory=dict)  # retired id → kept id


def _by_article(rows: list[dict]) -> dict[int, list[LeadActor]]:
    """Stored actor rows (type, key, country, ambiguous, named_at), by article."""
    actors: dict[int, list[LeadActor]] = defaultdict(list)
    for row in rows:
        actors[row["article_id"]].append(
            LeadActor(
                type=row["type"],
                key=tuple(row["key"].split(" ")),
                country=row["country"],
                named_at=tuple(row["named_at"]),
                ambiguous=row["ambiguous"],
                names=tuple(row.get("names") or ()),
                name=row.get("name") or "",
            )
        )
    return actors


def _published_order(day: date | None, key: int) -> tuple[bool, date, int]:
    """The order furniture is read in: by publication date, undated reports last, then by
    id (the order reports are filed in, but for those dated by their text)."""
    return (day is None, day or date.min, key)


def _article_id(row: dict) -> int:
    """A report's id, in a row of `filed_articles` ("article_id") or `unfiled_articles` ("id")."""
    return row["id"] if "id" in row else row["article_id"]


def furniture_starts(filed: list[dict], unfiled: list[dict]) -> dict[int, int]:
    """Where each report's own text starts after its source's furniture (`Furniture`), by
    article id: the stored reports read first, then the new ones, each in publication order."""
    furniture = Furniture()
    reports = [
        *sorted(filed, key=lambda r: _published_order(r["published"], r["article_id"])),
        *sorted(unfiled, key=lambda r: _published_order(r["published"], r["id"])),
    ]
    return {_article_id(row): furniture.lead_start(row["source"], row["lead"]) for row in reports}


def _lead_of(
    row: dict,
    start: int,
    actors: dict[int, list[LeadActor]],
    times: dict[int, list[tuple[int, str, str | None]]],
) -> None:
    """Make a stored report's `lead`, actors and times start at `start` (after its source's
    furniture), keeping only the actors and times of the `LEAD_CHARS` after it."""
    key = _article_id(row)
    row["lead"] = row["lead"][start:]
    end = start + LEAD_CHARS
    if key in actors:
        kept = [shifted for actor in actors[key] if (shifted := _named_in(actor, start, end))]
        # in the order the lead first names them, then by key, as the store orders them
        actors[key] = sorted(kept, key=lambda actor: (actor.named_at[0], " ".join(actor.key)))
    if key in times:
        times[key] = [(s - start, v, a) for s, v, a in times[key] if start <= s < end]


def _named_in(actor: LeadActor, start: int, end: int) -> LeadActor | None:
    """The actor as named between `start` and `end`, offsets counted from `start`; None when
    it is not named there."""
    kept = [i for i, offset in enumerate(actor.named_at) if start <= offset < end]
    if not kept:
        return None
    names = tuple(actor.names[i] for i in kept) if actor.names else ()
    return replace(actor, named_at=tuple(actor.named_at[i] - start for i in kept), names=names)


def store_headline_actors(
    db: Database,
    unfiled: list[dict],
    parse: HeadlineParser,
    lead_actors: dict[int, list[LeadActor]],
) -> None:
    """Parse the headlines of reports about to be filed and store their actors, typed as
    their report's lead types the same names (`typed_by_body`)."""
    titled = [row for row in unfiled if row["title"].strip()]
    rows = [
        (row["id"], a.type, " ".join(a.key), a.country, a.ambiguous, list(a.named_at))
        for row, found in zip(titled, parse([row["title"] for row in titled]), strict=True)
        for a in typed_by_body(found, lead_actors.get(row["id"], ()), len(lead_body(row["lead"])))
    ]
    db.write_title_actors([row["id"] for row in titled], rows)


def _topic_title(
    members: list[ArticleFeatures],
    stories: int,
    actors: dict[int, list[LeadActor]],
    centroid: np.ndarray,
    embedder: Embedder,
) -> str:
    """A topic's title: the actors most of its reports name when it holds several stories
    (`titles.named_title`: several events, and no one headline says what they share), else
    the headline that says most nearly what its reports say. `stories`: how many it holds."""
    if stories > 1:
        named = named_title([lead_names(actors.get(int(m.key), ())) for m in members])
        if named:
            return named
    return representative_title(members, centroid, embedder.embed)


def file_stories(
    db: Database,
    embedder: Embedder,
    settings: ClusterSettings | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    headlines: HeadlineParser | None = None,
) -> StoryFiling:
    """File every report without a story; return what was done. `on_progress(done, total)`
    follows the embedding of the new reports' leads, the slow part; `headlines` finds the
    actors of the new reports' headlines (without it, those stored count)."""
    filing = StoryFiling()
    unfiled = db.unfiled_articles(STORED_LEAD)
    filed = db.filed_articles(STORED_LEAD)
    actors = _by_article(db.lead_actor_rows(LEAD_CHARS + FURNITURE_CHARS))
    times: dict[int, list[tuple[int, str, str | None]]] = defaultdict(list)
    for article, start, value, anchor in db.lead_time_values(LEAD_CHARS + FURNITURE_CHARS):
        times[article].append((start, value, anchor))
    starts = furniture_starts(filed, unfiled)
    for row in [*filed, *unfiled]:
        _lead_of(row, starts[_article_id(row)], actors, times)
    if headlines is not None:
        store_headline_actors(db, unfiled, headlines, actors)
    headline = _by_article(db.title_actor_rows())
    clusterer = StoryClusterer(settings)
    members: dict[int, list[ArticleFeatures]] = defaultdict(list)  # by story
    for row in filed:
        by_text = row["dated_by_text"]
        features = report_features(
            str(row["article_id"]),
            row["title"],
            row["lead"],
            np.asarray(row["vector"], dtype=np.float32),
            actors.get(row["article_id"], ()),
            published=None if by_text else row["report_date"],
            text_day=row["report_date"] if by_text else None,
            headline_actors=headline.get(row["article_id"], ()),
            times=times.get(row["article_id"], ()),
            listing=row["page_kind"] == "listing",
        )
        clusterer.restore(features, row["story_id"], row["topic_id"])
        members[row["story_id"]].append(features)
    stories_before, topics_before = len(clusterer.stories.clusters), len(clusterer.topics.clusters)

    leads = [lead_text(row["title"], row["lead"]) for row in unfiled]
    vectors = embedder.embed(leads, on_progress=on_progress)
    reports = [
        report_features(
            str(row["id"]),
            row["title"],
            row["lead"],
            vector,
            actors.get(row["id"], ()),
            published=row["published"],
            text_day=lead_day(times.get(row["id"], ()), row["lead"]),
            headline_actors=headline.get(row["id"], ()),
            times=times.get(row["id"], ()),
            listing=row["page_kind"] == "listing",
        )
        for row, vector in zip(unfiled, vectors, strict=True)
    ]
    reports.sort(key=lambda f: (f.published is None, f.published or date.min, int(f.key)))
    story_of = {}
    for features, (story, _) in zip(reports, clusterer.add_all(reports), strict=True):
        story_of[features.key] = story
        members[story].append(features)
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
            representative_title(
                members[story], clusterer.stories.get(story).centroid(), embedder.embed
            ),
        )
        for story in filing.touched_stories
    }
    topics = {clusterer.topic_of(story) for story in filing.touched_stories}
    topic_members: dict[int, list[ArticleFeatures]] = defaultdict(list)
    topic_stories: dict[int, int] = defaultdict(int)
    for story, found in members.items():
        if clusterer.topic_of(story) in topics:
            topic_members[clusterer.topic_of(story)] += found
            topic_stories[clusterer.topic_of(story)] += 1
    titled_topics = {
        topic: _topic_title(
            topic_members[topic],
            topic_stories[topic],
            actors,
            clusterer.topics.get(topic).centroid(),
            embedder,
        )
        for topic in topics
    }
    db.merge_topics(clusterer.merged_topics)
    db.write_story_assignments(rows, titled_stories, titled_topics)
    filing.duplicates = db.file_duplicates()
    filing.new_stories = len(clusterer.stories.clusters) - stories_before
    filing.new_topics = len(clusterer.topics.clusters) - topics_before
    filing.merged_topics = dict(clusterer.merged_topics)
    return filing
