"""The export contract: one JSON object. Keys are only ever added, never renamed or removed."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from storyline.store.database import Database


def export_corpus(db: Database) -> dict[str, Any]:
    """Everything stored, as `{"articles": [...], "mentions": [...], "entities": [...]}`.

    `start`/`end` of a mention are character offsets into its article's `text`. Each entity
    is `{"id", "name", "type", "code", "country", "roles", "mentions": [{"article_id",
    "start", "end", "text", "kind"}]}`.
    """
    return {
        "articles": db.export_articles(),
        "mentions": db.export_mentions(),
        "entities": export_entities(db),
    }


def export_entities(db: Database) -> list[dict[str, Any]]:
    """Entities, most mentioned first, each with all its mentions in text order."""
    mentions: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for mention in db.entity_mentions():
        mentions[mention.pop("entity_id")].append(mention)
    return [
        {
            "id": row["id"],
            "name": row["name"],
            "type": row["type"],
            "code": row["code"],
            "country": row["country"],
            "roles": row["roles"],
            "mentions": mentions[row["id"]],
        }
        for row in db.entities()
    ]
