"""One actor's timeline across every report: the sentences that mention it and the statements
it made, by the date each speaks of.

An item is a sentence that holds a mention of the actor's entity (a name, a title, a role or a
pronoun linked to it), or in which a direct or reported quote of the actor starts (its speaker
is the entity, or a "they" stands for it and others named together: `Quote.speaker_group`).
Each is placed as its story's timeline places it (`storyline.story.timeline.Placer`: the
calendar date it speaks of, else its report's date; a relative date of an undated report on
the story's day it falls on), and the items of all the actor's stories are ordered as one
story's are (`Placement.key`), the reports of all those stories taken in one story order
(`ReportOrder`). An item's kind is "statement" where the actor speaks, "dated" where the
sentence names a date, else "mention". A report not yet filed into a story (an ingest stopped
before filing) is left out until the next ingest files it, and so are a listing's sentences
and a reader's on a readers' page (`StoryMaterial.not_told`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from storyline.store.database import Database
from storyline.story.material import StoryMaterial, load_story
from storyline.story.order import ReportOrder
from storyline.story.timeline import STATEMENT_KINDS, Placement, Placer, TimelineItem


@dataclass(frozen=True, slots=True)
class ActorItem:
    """A sentence on an actor's timeline (`item.kind`: statement, dated or mention), its
    index in its report, and the actor's mentions in it (offsets into the report's text)."""

    item: TimelineItem
    sentence: int
    marks: tuple[tuple[int, int], ...]


def actor_items(
    material: StoryMaterial, entity_id: int, mentions: Sequence[dict[str, Any]]
) -> list[tuple[Placement, ActorItem]]:
    """The actor's items in one story, each with its placement. `mentions`: the entity's
    mentions (article_id, sentence_idx, start, end); those of other stories are passed over."""
    marks: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    reports = {a["id"] for a in material.articles}
    for m in mentions:
        if m["article_id"] in reports:
            marks[(m["article_id"], m["sentence_idx"])].append((m["start"], m["end"]))
    said = {
        (q["article_id"], q["sentence_idx"]): q
        for q in reversed(material.quotes)  # the sentence's first quote of the actor wins
        if q["kind"] in STATEMENT_KINDS and spoken_by(q, {entity_id})
    }
    text_of = {a["id"]: a["text"] for a in material.articles}
    skip = material.not_told  # a listing's lines, a reader's words (`not_told`)
    times = [t for t in material.times if (t["article_id"], t["sentence_idx"]) not in skip]
    placer = Placer(material.story_id, material.articles, times, material.quotes)
    items = []
    for s in material.sentences:
        key = (s["article_id"], s["idx"])
        if key in skip or (key not in marks and key not in said):
            continue
        quote = said.get(key)
        place = placer.place(*key, statement=quote is not None)
        kind = "statement" if quote else "dated" if place.date is not None else "mention"
        item = TimelineItem(
            story_id=material.story_id,
            date=place.date,
            article_id=s["article_id"],
            start=s["start"],
            end=s["end"],
            text=text_of[s["article_id"]][s["start"] : s["end"]],
            kind=kind,
            speaker=(quote["speaker_name"] or quote["speaker_text"]) if quote else None,
            speaker_entity_id=entity_id if quote else None,
            placed_at=place.day,
            inferred=place.inferred,
        )
        items.append((place, ActorItem(item, s["idx"], tuple(sorted(marks.get(key, ()))))))
    return items


def spoken_by(quote: dict[str, Any], entity_ids: AbstractSet[int]) -> bool:
    """Whether one of the entities said the quote (a row of `Database.quotes`): as its
    speaker, or as one of the persons named together that its "they" stands for
    (`Quote.speaker_group`: "Collier" said "They (Paul Collier and Jean-Louis Warnholz)"'s
    words); the actor timeline and `storyline quotes --actor` read it alike."""
    group = quote.get("speaker_group_entity_ids") or ()
    return quote["speaker_entity_id"] in entity_ids or not entity_ids.isdisjoint(group)


def build_actor_timeline(
    materials: Sequence[StoryMaterial], entity_id: int, mentions: Sequence[dict[str, Any]]
) -> list[ActorItem]:
    """The actor's items in the stories of `materials`, in timeline order (module docstring)."""
    placed = [pair for material in materials for pair in actor_items(material, entity_id, mentions)]
    reports = ReportOrder([a for material in materials for a in material.articles]).story_order()
    rank = {a["id"]: n for n, a in enumerate(reports)}
    return [
        actor_item
        for _, actor_item in sorted(
            placed,
            key=lambda pair: pair[0].key(rank[pair[1].item.article_id], pair[1].item.start),
        )
    ]


def load_actor_timeline(
    db: Database, entity_id: int, story_id: int | None = None
) -> list[ActorItem]:
    """The timeline of entity `entity_id` across every story it is mentioned in, or in one."""
    mentions = db.mentions_of_entity(entity_id)
    found = {m["story_id"] for m in mentions if m["story_id"] is not None}
    stories = sorted(found if story_id is None else found & {story_id})
    return build_actor_timeline([load_story(db, s) for s in stories], entity_id, mentions)
