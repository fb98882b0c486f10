"""`link_corpus` links the stored actors with the stories and topics of their reports."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storyline.link.corpus import link_corpus
from storyline.link.entities import ActorRef, Entity


def row(
    article: int, idx: int, name: str, key: str, roles: tuple[str, ...] = (), **extra: Any
) -> dict:
    return {
        "article_id": article, "idx": idx, "name": name, "type": "PERSON", "key": key,
        "country": None, "roles": list(roles), "code": None, "ambiguous": False, "n_mentions": 2,
        "contexts": extra.get("contexts"), "pronouns": extra.get("pronouns"),
        "descriptions": extra.get("descriptions"), "names": extra.get("names"),
    }  # fmt: skip


class StoredActors:
    """What `link_corpus` reads of a database, and what it writes back."""

    def __init__(self, rows: list[dict], stories: dict[int, int], topics: dict[int, int]) -> None:
        self.rows, self.stories, self.topics = rows, stories, topics
        self.written: list[Entity] = []

    def actor_rows(self) -> list[dict[str, Any]]:
        return self.rows

    def story_ids(self) -> dict[int, int]:
        return self.stories

    def topic_ids(self) -> dict[int, int]:
        return self.topics

    def write_entities(self, actors: Sequence[ActorRef], entities: Sequence[Entity]) -> None:
        self.written = list(entities)


def linked(rows: list[dict], stories: dict[int, int], topics: dict[int, int]) -> list[tuple]:
    db = StoredActors(rows, stories, topics)
    link_corpus(db)  # type: ignore[arg-type]
    return [e.members for e in db.written]


def test_the_role_of_two_reports_of_one_stored_story_is_one_entity() -> None:
    climbers = [row(1, 0, "the climber", "the climber"), row(2, 0, "the climber", "the climber")]
    assert linked(climbers, {1: 5, 2: 5}, {1: 1, 2: 1}) == [(0, 1)]
    assert len(linked(climbers, {1: 5, 2: 6}, {1: 1, 2: 1})) == 2


def test_reports_of_two_stored_topics_do_not_share_a_role_on_shared_names() -> None:
    rows = [
        row(article, idx, name, key)
        for article in (1, 2)
        for idx, (name, key) in enumerate(
            [("the spokesman", "the spokesman"), ("Mike Pence", "mike pence"),
             ("Shinzo Abe", "shinzo abe")]
        )
    ]  # fmt: skip
    # rule 4: shared names, in one story (a role standing alone joins only within its
    # story when stories are known, `entities._story_parts`)
    assert (0, 3) in linked(rows, {1: 5, 2: 5}, {1: 1, 2: 1})
    assert (0, 3) not in linked(rows, {1: 5, 2: 6}, {1: 1, 2: 2})


def test_plural_groups_written_with_two_names_stay_apart_in_stored_reports() -> None:
    rows = []
    for article, before in ((1, "It is free for iPod Touch "), (2, "It is free for OS X "),
                            (3, "It comes to iPod Touch ")):  # fmt: skip
        rows += [
            row(article, 0, "users", "the user plural", contexts=[[before, "users", " now."]]),
            row(article, 1, "Steve Jobs", "steve jobs"),
            row(article, 2, "Tim Cook", "tim cook"),
        ]
    # stories unknown: rule 4 joins plural groups on shared names (with stories known, only
    # within one story, `entities._story_parts`), when the names written with them agree
    entities = linked(rows, {}, {})
    assert (0, 6) in entities  # both "iPod Touch users"
    assert not any(0 in members and 3 in members for members in entities)
