"""`link_corpus` links the stored actors within the stories their reports are filed into."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storyline.link.corpus import link_corpus
from storyline.link.entities import ActorRef, Entity


class StoredActors:
    """What `link_corpus` reads of a database, and what it writes back."""

    def __init__(self, stories: dict[int, int]) -> None:
        self.stories = stories
        self.written: list[Entity] = []

    def actor_rows(self) -> list[dict[str, Any]]:
        row = {
            "name": "the climber", "type": "PERSON", "key": "the climber", "country": None,
            "roles": ["climber"], "code": None, "ambiguous": False, "n_mentions": 2,
        }  # fmt: skip
        return [{"article_id": article, "idx": 0, **row} for article in (1, 2)]

    def story_ids(self) -> dict[int, int]:
        return self.stories

    def write_entities(self, actors: Sequence[ActorRef], entities: Sequence[Entity]) -> None:
        self.written = list(entities)


def test_the_role_of_two_reports_of_one_stored_story_is_one_entity() -> None:
    one_story = StoredActors({1: 5, 2: 5})
    link_corpus(one_story)  # type: ignore[arg-type]
    assert [e.members for e in one_story.written] == [(0, 1)]
    two_stories = StoredActors({1: 5, 2: 6})
    link_corpus(two_stories)  # type: ignore[arg-type]
    assert len(two_stories.written) == 2
