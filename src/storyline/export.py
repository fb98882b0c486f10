"""The export contract: one JSON object. Keys are only ever added, never renamed or removed."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from storyline.store.database import Database


def export_corpus(db: Database) -> dict[str, Any]:
    """Everything stored: `{"articles", "mentions", "entities", "times", "quotes"}`, lists.

    `start`/`end` of a mention are character offsets into its article's `text`. Each entity
    is `{"id", "name", "type", "code", "country", "roles", "mentions": [{"article_id",
    "start", "end", "text", "kind"}]}`. Each time is `{"article_id", "start", "end", "text",
    "type", "value", "anchor", "mod"}`: a TIMEX3 type and value (see
    `storyline.extract.times.model.TimeExpression`). Each quote is `{"article_id", "start",
    "end", "text", "direct", "kind", "cue", "speaker_entity_id", "speaker_text", "dates"}`:
    `kind` direct (in quotation marks), indirect (reported speech) or term (scare quotes, no
    speaker); `dates` the values of the times in the quote's sentence.
    """
    return {
        "articles": db.export_articles(),
        "mentions": db.export_mentions(),
        "entities": export_entities(db),
        "times": [
            {
                key: row[key]
                for key in ("article_id", "start", "end", "text", "type", "value", "anchor", "mod")
            }
            for row in db.times()
        ],
        "quotes": [
            {
                "article_id": row["article_id"],
                "start": row["start"],
                "end": row["end"],
                "text": row["text"],
                "direct": row["kind"] == "direct",
                "kind": row["kind"],
                "cue": row["cue"],
                "speaker_entity_id": row["speaker_entity_id"],
                "speaker_text": row["speaker_text"],
                "dates": row["dates"] or [],
            }
            for row in db.quotes()
        ],
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
