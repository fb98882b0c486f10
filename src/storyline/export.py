"""The export contract: one JSON object. Keys are only ever added, never renamed or removed."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from storyline.link.times import link_time_rows
from storyline.store.database import Database
from storyline.story.material import load_story


def export_corpus(db: Database) -> dict[str, Any]:
    """Everything stored: `{"articles", "mentions", "entities", "times", "quotes"}`, lists.

    Each article is `{"id", "path", "title", "published", "source", "language", "page_kind",
    "text", "duplicate_of"}`; `page_kind` is what kind of page it is: "news", "comments"
    (readers' comments), "letters" (a letters page) or "listing" (programme listings), see
    `storyline.ingest.page_kind`.
    `start`/`end` of a mention are character offsets into its article's `text`. Each entity
    is `{"id", "name", "type", "code", "country", "roles", "mentions": [{"article_id",
    "start", "end", "text", "kind"}]}`: every entity stored, with every mention, those of a
    programme listing and of readers' words on a readers' page too (the export is the store;
    the story views and `storyline actors` leave them out, `storyline.story.material.
    told_entities`, and an article's `page_kind` tells a reader of the export which they are).
    Each time is `{"article_id", "start", "end", "text",
    "type", "value", "anchor", "mod", "field", "date_id"}`: a TIMEX3 type and value (see
    `storyline.extract.times.model.TimeExpression`); `field` the string `start` and `end` point
    into: "text", or "title" for a time the report's headline names ("5 things to watch in
    tonight's debate", listed before the text's times; see `storyline.extract.times.headline`);
    times with one `date_id` name one day or
    span: one absolute date anywhere, or one relative date ("Thursday" of undated reports)
    within a story (`storyline.link.times.link_times`); null for durations and sets. Each
    quote is `{"article_id", "start", "end", "text", "parts", "direct", "kind", "cue",
    "speaker_entity_id", "speaker_group_entity_ids", "speaker_text", "dates", "via", "field"}`:
    `text` runs from `start` to `end`, the words that interrupt a quote in parts included
    ("“We will fight,” he said, “until the end.”"); `parts` (`[{"start", "end"}]`, in text
    order, offsets as `start`/`end`) are what was said without them, one part for a quote
    said in one piece (`storyline quotes` shows the parts joined with " … "); `kind` direct
    (in quotation marks), indirect (reported speech) or term (scare quotes, no speaker);
    `speaker_group_entity_ids` the persons a "they" speaks for, named together before it ("Paul
    Collier and Jean-Louis Warnholz … They propose": both, in text order, while
    `speaker_entity_id` stays null, no one of them having said it alone; empty for any other
    quote; see `storyline.extract.quotes.pairs`); `dates` the values
    of the times in the quote's sentence; `via` the medium it came through ("official media
    quoted Kim as vowing …": "official media"), null for most; `field` the string `start` and
    `end` point into: "text" (the article's text), or "title" for the statement a report's
    headline attributes to one of its actors ("Kasich: ‘We Are Going …’", listed before the
    text's quotes, `dates` empty; see `storyline.extract.quotes.headline`).

    Stories: `"stories": [{"id", "topic_id", "title", "article_ids", "start", "end"}]` (reports in
    story order, as `storyline story` shows them; report dates), `"topics": [{"id", "title",
    "story_ids"}]`, `"timeline": [{"story_id", "date", "article_id", "start", "end", "text",
    "kind"}]` (a sentence's offsets; kind statement or dated; `date` a TimeML value, null for an
    undated statement) and `"developments": [{"story_id", "article_id", "kind", "text", "start",
    "end", "earlier_article_id", "earlier_start", "earlier_end", "actor_entity_id", "order_known"}]`
    (kind new or position, see `storyline.story.developments`; `order_known` false where the
    reports' publication dates do not tell that the report came after the earlier one, so the
    development claims no direction: `storyline.story.order`), as far as they were found:
    `ensure_developments` first brings them up to date (the CLI does).
    """
    articles = db.export_articles()
    times = db.times(titles=True)
    return {
        "articles": articles,
        "mentions": db.export_mentions(),
        "entities": export_entities(db),
        "times": [
            {**{key: row[key] for key in TIME_KEYS}, "date_id": date_id}
            for row, date_id in zip(times, _date_ids(times, articles, db), strict=True)
        ],
        "quotes": [
            {
                "article_id": row["article_id"],
                "start": row["start"],
                "end": row["end"],
                "text": row["text"],
                "parts": [{"start": start, "end": end} for start, end in row["parts"]],
                "direct": row["kind"] == "direct",
                "kind": row["kind"],
                "cue": row["cue"],
                "speaker_entity_id": row["speaker_entity_id"],
                "speaker_group_entity_ids": row["speaker_group_entity_ids"] or [],
                "speaker_text": row["speaker_text"],
                "via": row["via"],
                "dates": row["dates"] or [],
                "field": row["field"],
            }
            for row in db.quotes(titles=True)
        ],
        **export_stories(db),
    }


TIME_KEYS = ("article_id", "start", "end", "text", "type", "value", "anchor", "mod", "field")
STORY_KEYS = ("id", "topic_id", "title", "article_ids", "start", "end")
TOPIC_KEYS = ("id", "title", "story_ids")
DEVELOPMENT_KEYS = (
    "story_id", "article_id", "kind", "text", "start", "end", "earlier_article_id",
    "earlier_start", "earlier_end", "actor_entity_id",
)  # fmt: skip


def export_stories(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Stories, topics, every story's timeline, and developments (see `export_corpus`)."""
    stories = sorted(db.stories(), key=_id)
    materials = {row["id"]: load_story(db, row["id"]) for row in stories}
    orders = {story_id: material.order for story_id, material in materials.items()}
    return {
        "stories": [{key: row[key] for key in STORY_KEYS} for row in stories],
        "topics": [{key: row[key] for key in TOPIC_KEYS} for row in db.topics()],
        "timeline": [item.to_record() for m in materials.values() for item in m.timeline()],
        "developments": [
            {
                **{key: row[key] for key in DEVELOPMENT_KEYS},
                "order_known": orders[row["story_id"]].known_for(
                    row["article_id"], row["earlier_article_id"]
                ),
            }
            for row in db.developments()
        ],
    }


def _date_ids(
    times: list[dict[str, Any]], articles: list[dict[str, Any]], db: Database
) -> list[int | None]:
    """The date each time names, linked across the reports of its story (see
    `storyline.link.times`); a report in no story is a story of its own."""
    story_of = {aid: row["id"] for row in db.stories() for aid in row["article_ids"]}
    undated = {row["id"] for row in articles if row["published"] is None}
    return link_time_rows(times, lambda aid: story_of.get(aid, ("report", aid)), undated)


def _id(row: dict[str, Any]) -> int:
    return row["id"]


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
