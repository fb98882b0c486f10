"""Link every stored actor into entities and store the result."""

from __future__ import annotations

from typing import Any

from storyline.extract.actor_model import Actor
from storyline.extract.actors.state import honorific_gender, pronoun_gender
from storyline.link.entities import ActorRef, Entity, indefinite_only, link_actors
from storyline.link.mention_context import contexts_in
from storyline.link.modifiers import group_modifiers, is_plural_group
from storyline.store.database import Database


def link_corpus(db: Database) -> list[Entity]:
    """Link all actors of the stored originals (duplicates carry none), with the stories and
    topics they are filed into (so after `file_stories`), and store the entities, replacing
    those of the previous run."""
    actors = [actor_ref(row) for row in db.actor_rows()]
    entities = link_actors(actors, db.story_ids(), db.topic_ids())
    db.write_entities(actors, entities)
    return entities


def actor_ref(row: dict[str, Any]) -> ActorRef:
    """What linking needs of one stored actor (a row of `Database.actor_rows`), with what
    the text around its mentions says (`group_modifiers`)."""
    key = tuple(row["key"].split(" "))
    contexts = [tuple(context) for context in row["contexts"] or ()]
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
        modifiers=group_modifiers(contexts) if is_plural_group(key) else frozenset(),
        gender=pronoun_gender(row["pronouns"] or ()) if row["type"] == "PERSON" else None,
        indefinite=indefinite_only(row["descriptions"] or ()),
        honorific=honorific_gender(row["names"] or ()),
    )


def parsed_actor_ref(position: int, idx: int, actor: Actor, text: str) -> ActorRef:
    """What linking needs of one actor of a parsed report (`position` in the reports, `idx`
    among its actors and things, `text` the report's), read as `actor_ref` reads a stored
    one: the text around its mentions only for a plural group, the only actor linking reads
    it for; a person's gender by its pronouns, and by the honorific of a one-word name; a
    role's determiners (`indefinite_only`)."""
    modifiers: frozenset[str] = frozenset()
    if is_plural_group(actor.key):
        modifiers = group_modifiers(contexts_in(text, ((m.start, m.end) for m in actor.mentions)))
    gender = honorific = None
    if actor.type == "PERSON":
        gender = pronoun_gender(m.text for m in actor.mentions if m.kind == "pronoun")
        if len(actor.key) == 1:
            honorific = honorific_gender(m.text for m in actor.mentions if m.kind != "pronoun")
    indefinite = actor.key[:1] == ("the",) and indefinite_only(
        m.text for m in actor.mentions if m.kind != "pronoun"
    )
    return ActorRef(
        position, idx, actor.name, actor.type, actor.key, actor.country, actor.roles,
        actor.code, actor.ambiguous, len(actor.mentions), modifiers, gender, indefinite,
        honorific,
    )  # fmt: skip
