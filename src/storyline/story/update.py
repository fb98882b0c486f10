"""Find the developments of the stories that reports were just filed into."""

from __future__ import annotations

from collections.abc import Callable

from storyline.link.stories.corpus import StoryFiling
from storyline.link.stories.embed import Embedder
from storyline.store.database import Database
from storyline.story.developments import find_developments
from storyline.story.material import load_story


def update_developments(
    db: Database,
    filing: StoryFiling,
    embedder: Embedder,
    on_progress: Callable[[int, int], None] | None = None,
) -> int:
    """Developments of each touched story from its earliest newly filed report on (those
    before it are unchanged); return how many were found."""
    filed = set(filing.filed)
    total = 0
    stories = sorted(filing.touched_stories)
    for n, story_id in enumerate(stories, 1):
        material = load_story(db, story_id)
        reports = material.reports()
        new = [i for i, report in enumerate(reports) if report.article_id in filed]
        if new and len(reports) > 1:
            first = max(1, min(new))
            found = find_developments(story_id, reports, embedder.embed, first)
            db.replace_developments(
                story_id, [r.article_id for r in reports[first:]], [d.row() for d in found]
            )
            total += len(found)
        if on_progress:
            on_progress(n, len(stories))
    return total
