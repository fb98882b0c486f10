"""Developments, found when first asked for and kept: `storyline story`, the export.

A story's developments are computed from its earliest report not yet developed on (a report
filed later, or one dated before the others, makes the reports after it be compared again);
the reports developed are recorded so that the next call costs nothing. Ingest does not pay
for them: embedding every lead sentence of every report in a multi-report story took a
quarter of a Timeline17 ingest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from storyline.link.stories.embed import Embedder
from storyline.store.database import Database
from storyline.story.developments import find_developments
from storyline.story.material import load_material


def ensure_developments(
    db: Database,
    story_ids: Iterable[int],
    embedder: Embedder | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> int:
    """Bring the developments of `story_ids` up to date; return how many were found."""
    stale = db.undeveloped_stories(list(story_ids))
    embedder = embedder or Embedder()
    total = 0
    for n, story_id in enumerate(stale, 1):
        articles = db.story_reports(story_id)  # a story of one report is not read further
        ids = [a["id"] for a in articles]
        done = db.developed_articles(story_id)
        pending = [i for i, article_id in enumerate(ids) if article_id not in done]
        if pending and len(ids) > 1:
            first = max(1, min(pending))
            reports = load_material(db, story_id, articles).reports()
            found = find_developments(story_id, reports, embedder.embed, first)
            db.replace_developments(story_id, ids[first:], [d.row() for d in found])
            total += len(found)
        db.mark_developed(story_id, ids)
        if on_progress:
            on_progress(n, len(stale))
    return total
