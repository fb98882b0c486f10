"""Link every stored actor into entities and store the result."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from storyline.link.entities import ActorRef, Entity, link_actors
from storyline.link.modifiers import group_modifiers, is_plural_group
from storyline.store.database import Database


def link_corpus(db: Database) -> list[Entity]:
    """Link all actors of the stored originals (duplicates carry none), with the stories and
    topics they are filed into (so after `file_stories`), and store the entities, replacing
    those of the previous run."""

    @cache
    def text_of(article_id: int) -> str:
        return db.article(article_id)["text"]

    actors = [_actor(row, text_of) for row in db.actor_rows()]
    entities = link_actors(actors, db.story_ids(), db.topic_ids())
    db.write_entities(actors, entities)
    return entities


def _actor(row: dict[str, Any], text_of: Callable[[int], str]) -> ActorRef:
    """What linking needs of one stored actor row; its report's text is read (`text_of`)
    only for a plural group standing alone, whose names around its mentions it reads."""
    key = tuple(row["key"].split(" "))
    spans = [(start, end) for start, end in row["spans"] if start is not None]
    return ActorRef(
        article_id=row["article_id"],
        idx=row["idx"],
        name=row["name"],
        type=row["type"],
        key=key,
        country=row["country"],
        roles=tuple(row["roles"]),
        code=row["code"],
        ambiguous=row["ambiguous"],
        n_mentions=row["n_mentions"],
        modifiers=(
            group_modifiers(text_of(row["article_id"]), spans)
            if is_plural_group(key)
            else frozenset()
        ),
    )
