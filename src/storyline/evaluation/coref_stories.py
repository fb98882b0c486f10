"""The stories and topics storyline files a gold corpus's documents into, for linking
actors and times as an ingest does.

The documents go through the library's `StoryClusterer` with the features an ingest gives
it (`storyline.link.stories.corpus.file_stories`), read from the parse the coreference
benchmark made of the whole text rather than from the store:

- the title is what the ingest's cleaner takes as one (`clean_plain_text`: a headline-shaped
  first line), and the text after it is the report's text; a document without one has no
  title and its whole text is the report's;
- the lead (the title and the start of that text) is embedded and gives the lead's words
  (`lead_terms`);
- the actors named in the first `LEAD_CHARS` characters of that text give the cues, the
  latest absolute date they name the report's date (`date_in_text`);
- the reports are filed in date order, undated ones last, else in corpus order (the
  ingest's order of article ids).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

import numpy as np

from storyline.evaluation.entity_coref import Parsed
from storyline.evaluation.story_system import cluster_features
from storyline.ingest.blocks import squeeze
from storyline.ingest.clean import clean_plain_text
from storyline.link.stories.embed import Embedder
from storyline.link.stories.features import (
    LEAD_CHARS,
    ArticleFeatures,
    date_in_text,
    lead_cues,
    lead_terms,
    lead_text,
)
from storyline.link.stories.headlines import lead_actor


@dataclass(frozen=True, slots=True)
class Split:
    """A gold text as an ingest stores it: its title and where the report's text starts."""

    title: str
    body_start: int


def split_title(text: str) -> Split:
    """The title the ingest's cleaner finds in a plain text (its first line, when
    headline-shaped), and the offset of the text after it; no title: the whole text."""
    title = clean_plain_text(text).title
    end = text.find("\n")
    if title is None or end < 0 or squeeze(text[:end]) != title:
        return Split("", 0)
    return Split(title, end + 1)


def filing_order(features: Sequence[ArticleFeatures]) -> list[int]:
    """Positions of `features` in the order an ingest files them: by date, undated last,
    else as given."""
    return sorted(
        range(len(features)),
        key=lambda n: (features[n].published is None, features[n].published or date.min, n),
    )


def article_features(item: Parsed, split: Split, vector: np.ndarray) -> ArticleFeatures:
    """The clusterer's features of one parsed document (`vector`: its lead's embedding)."""
    doc, start = item.doc, split.body_start
    in_lead = range(start, start + LEAD_CHARS)
    day = date_in_text((t.value, t.anchor) for t in doc._.times if t.start in in_lead)
    actors = [lead_actor(actor) for actor in doc._.actors]
    actors = [
        replace(a, named_at=tuple(at - start for at in a.named_at if at >= start)) for a in actors
    ]
    return ArticleFeatures(
        key=item.gold.doc_id,
        title=split.title,
        headline=bool(split.title),
        published=day,
        dated_by_text=day is not None,
        vector=vector,
        cues=lead_cues(actors),
        terms=lead_terms(lead_text(split.title, item.gold.text[start:])),
    )


def file_stories(
    parsed: Sequence[Parsed], embedder: Embedder | None = None
) -> tuple[dict[str, str], dict[str, str]]:
    """Document id -> the story id the clusterer gives it, and -> its topic id."""
    splits = [split_title(item.gold.text) for item in parsed]
    leads = [
        lead_text(split.title, item.gold.text[split.body_start :])
        for item, split in zip(parsed, splits, strict=True)
    ]
    vectors = (embedder or Embedder()).embed(leads)
    features = [
        article_features(item, split, vector)
        for item, split, vector in zip(parsed, splits, vectors, strict=True)
    ]
    order = filing_order(features)
    filed = dict(zip(order, cluster_features([features[n] for n in order]), strict=True))
    return (
        {item.gold.doc_id: filed[n][0] for n, item in enumerate(parsed)},
        {item.gold.doc_id: filed[n][1] for n, item in enumerate(parsed)},
    )
