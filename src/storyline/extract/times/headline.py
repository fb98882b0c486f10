"""The time expressions of a report's headline ("5 things to watch in tonight's debate").

A headline is no sentence of the report's text, so the NLP pass over the text never reads
it; yet it often names the day the report is about ("tonight's debate", "Tuesday showdown").
At ingest its times are tagged with the same component as the text's, anchored on the
report's publication date, and stored apart (`title_times`: offsets into the title, no
sentence), so that nothing that slices the text by a time's offsets meets them; the story
filing, the export (`field` "title") and `storyline times --article` read them from there.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from storyline.extract.times.api import tag_texts
from storyline.extract.times.component import timeml_day
from storyline.extract.times.model import TimeExpression

if TYPE_CHECKING:  # a reading command need not import spaCy
    from spacy.language import Language

    from storyline.store.database import Database


def title_time_rows(article_id: int, found: Sequence[TimeExpression]) -> list[tuple[Any, ...]]:
    """The `title_times` rows of one report's headline: `TITLE_TIME_COLUMNS`."""
    return [
        (article_id, idx, t.start, t.end, t.text, t.type, t.value, t.anchor, t.mod)
        for idx, t in enumerate(found)
    ]


def store_title_times(nlp: Language, db: Database, articles: Sequence[dict[str, Any]]) -> int:
    """Tag and store the headline times of `articles` (rows with id, title and published:
    the reports not filed yet, whose parts were written again); return how many were found."""
    titled = [row for row in articles if (row["title"] or "").strip()]
    found = tag_texts(nlp, [(row["title"], timeml_day(row["published"])) for row in titled])
    rows = [
        r
        for row, times in zip(titled, found, strict=True)
        for r in title_time_rows(row["id"], times)
    ]
    db.write_title_times([row["id"] for row in titled], rows)
    return len(rows)
