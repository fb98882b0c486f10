"""storyline's side of the stories benchmark: features of each item, then the clusterer.

The features come from the path `storyline ingest` files reports by
(`features.report_features`): the start of the text (`features.lead_body`, the headline not
included, as the store keeps annotations of the text only) goes through storyline's NLP
pipeline for its actors and dates, the headline on its own for its actors
(`headlines.headline_actors`, typed by the lead as the ingest stores them), the headline and lead
(`features.lead_text`) through the sentence embedder. As in the store, each text is read from
after its source's page furniture (`furniture.lead_starts`, read in the items' order, the order
they are clustered in), and a programme listing is known as the ingest knows it
(`ingest.page_kind`, the text read as one block, its lines within it). That part is timed
apart from the clustering (the issue's speed goal is for clustering after NLP).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from spacy.language import Language

from storyline.evaluation.story_data import StoryItem
from storyline.ingest.blocks import BlockSpan
from storyline.ingest.page_kind import page_kind
from storyline.link.stories.clusterer import ClusterSettings, StoryClusterer
from storyline.link.stories.embed import Embedder
from storyline.link.stories.features import (
    ArticleFeatures,
    lead_body,
    lead_day,
    lead_text,
    report_features,
)
from storyline.link.stories.furniture import lead_starts
from storyline.link.stories.headlines import headline_actors, lead_actor, typed_by_body


@dataclass(frozen=True, slots=True)
class PreparedItems:
    """The features of every item, and the seconds NLP and embedding took."""

    features: list[ArticleFeatures]
    nlp_seconds: float
    embed_seconds: float


def _published(item: StoryItem) -> date | None:
    try:
        return date.fromisoformat(item.published) if item.published else None
    except ValueError:
        return None


def _is_listing(item: StoryItem) -> bool:
    """Whether the item is a programme listing (`ingest.page_kind`): an item has no blocks,
    so its text is read as one, whose lines `page_kind` reads within it."""
    return page_kind(item.text, [BlockSpan("paragraph", 0, len(item.text))]) == "listing"


def prepare_items(
    items: Sequence[StoryItem], nlp: Language, embedder: Embedder, processes: int = 1
) -> PreparedItems:
    """Lead actors and dates (NLP of the start of each text) and lead embeddings of every
    item, put together as `storyline ingest` does (`report_features`)."""
    starts = lead_starts((item.source, item.text) for item in items)
    texts = [item.text[start:] for item, start in zip(items, starts, strict=True)]
    bodies = [lead_body(text) for text in texts]
    started = time.perf_counter()
    actors, days, times = [], [], []
    docs = nlp.pipe(bodies, n_process=processes, batch_size=32)
    for item, body, doc in zip(items, bodies, docs, strict=True):
        doc._.dct = _published(item)  # relative days resolve as `storyline ingest` does
        actors.append([lead_actor(a) for a in doc._.actors])
        times.append([(t.start, t.value, t.anchor) for t in doc._.times])
        days.append(lead_day(times[-1], body))
    headlines = [
        typed_by_body(found, body_actors, len(body))
        for found, body_actors, body in zip(
            headline_actors(nlp, [item.title for item in items]), actors, bodies, strict=True
        )
    ]
    nlp_seconds = time.perf_counter() - started
    started = time.perf_counter()
    vectors = embedder.embed(
        [lead_text(item.title, text) for item, text in zip(items, texts, strict=True)]
    )
    embed_seconds = time.perf_counter() - started
    features = [
        report_features(
            f"{item.source}/{item.article_id}",
            item.title,
            text,
            vector,
            found,
            published=_published(item),
            text_day=day,
            headline_actors=headline,
            times=found_times,
            listing=_is_listing(item),
        )
        for item, text, vector, found, day, headline, found_times in zip(
            items, texts, vectors, actors, days, headlines, times, strict=True
        )
    ]
    return PreparedItems(features, nlp_seconds, embed_seconds)


def cluster_features(
    features: Sequence[ArticleFeatures], settings: ClusterSettings | None = None
) -> list[tuple[str, str]]:
    """(story id, topic id) of each item, from a fresh clusterer fed in order."""
    clusterer = StoryClusterer(settings)
    stories = [story for story, _ in clusterer.add_all(features)]
    return [(f"s{story}", f"t{clusterer.topic_of(story)}") for story in stories]
