"""The export contract: one JSON object. Keys are only ever added, never renamed or removed."""

from __future__ import annotations

from typing import Any

from storyline.store.database import Database


def export_corpus(db: Database) -> dict[str, Any]:
    """Everything stored, as `{"articles": [...], "mentions": [...]}`.

    `start`/`end` of a mention are character offsets into its article's `text`.
    """
    return {"articles": db.export_articles(), "mentions": db.export_mentions()}
