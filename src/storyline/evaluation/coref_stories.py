"""The stories and topics storyline files a gold corpus's documents into, for linking
actors and times as an ingest does.

The documents go, in corpus order, through the library's `StoryClusterer` with the features
it uses elsewhere (`storyline bench stories`, the store): the title (a gold document's first
line) and lead embedded, the actors the lead names and the latest absolute date it gives,
here read from the parse the coreference benchmark made of the whole text (the part of it
within the lead), not from a second parse of the lead alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from storyline.evaluation.entity_coref import Parsed
from storyline.evaluation.story_system import cluster_features, lead_actor
from storyline.link.stories.embed import Embedder
from storyline.link.stories.features import (
    LEAD_CHARS,
    ArticleFeatures,
    date_in_text,
    lead_cues,
    lead_text,
)


def file_stories(
    parsed: Sequence[Parsed], embedder: Embedder | None = None
) -> tuple[dict[str, str], dict[str, str]]:
    """Document id -> the story id the clusterer gives it, and -> its topic id."""
    titles = [item.gold.text.split("\n", 1)[0] for item in parsed]
    leads = [lead_text(title, item.gold.text) for title, item in zip(titles, parsed, strict=True)]
    vectors = (embedder or Embedder()).embed(leads)
    features = []
    for item, title, vector in zip(parsed, titles, vectors, strict=True):
        doc = item.doc
        day = date_in_text((t.value, t.anchor) for t in doc._.times if t.start < LEAD_CHARS)
        features.append(
            ArticleFeatures(
                key=item.gold.doc_id,
                title=title,
                published=day,
                dated_by_text=day is not None,
                vector=vector,
                cues=lead_cues(lead_actor(actor) for actor in doc._.actors),
            )
        )
    filed = list(zip(parsed, cluster_features(features), strict=True))
    return (
        {item.gold.doc_id: story for item, (story, _) in filed},
        {item.gold.doc_id: topic for item, (_, topic) in filed},
    )
