"""A story's programme listings and readers' pages (`ingest.page_kind`) give it no timeline
items and no developments, on the story's timeline and on an actor's (invented reports)."""

from datetime import date
from typing import Any

from storyline.story.actor_timeline import build_actor_timeline
from storyline.story.material import StoryMaterial

CARR = 4
NEWS = "Alan Carr switched on the lights on Friday. Crowds filled the pier."
LISTING = "Alan Carr broadcasts live on Saturday. Presenter/Alan Carr, Producer/Mark Hill."
READERS = "I saw Alan Carr there on Friday and he was great. Jo Bell, Leeds."


def report(article_id: int, text: str, kind: str) -> dict[str, Any]:
    return {
        "id": article_id, "text": text, "report_date": date(2009, 9, 5),
        "published": "2009-09-05", "page_kind": kind,
    }  # fmt: skip


def first_sentence(article_id: int, text: str) -> dict[str, Any]:
    end = text.index(".") + 1
    return {"article_id": article_id, "idx": 0, "start": 0, "end": end, "kind": "paragraph"}


def friday_or_saturday(article_id: int, text: str) -> dict[str, Any]:
    value = "2009-09-04" if "Friday" in text else "2009-09-05"
    return {"article_id": article_id, "sentence_idx": 0, "type": "DATE", "value": value}


def material() -> StoryMaterial:
    texts = {1: (NEWS, "news"), 2: (LISTING, "listing"), 3: (READERS, "comments")}
    said = {
        "article_id": 3, "sentence_idx": 0, "kind": "direct", "start": 0, "end": 49,
        "text": READERS[:49], "speaker_entity_id": None, "speaker_actor_idx": None,
        "speaker_name": None, "speaker_text": "Jo Bell", "field": "text",
    }  # fmt: skip
    return StoryMaterial(
        story_id=1,
        articles=[report(i, text, kind) for i, (text, kind) in texts.items()],
        sentences=[first_sentence(i, text) for i, (text, _) in texts.items()],
        times=[friday_or_saturday(i, text) for i, (text, _) in texts.items()],
        quotes=[said],
    )


def test_only_the_news_reports_sentences_are_on_the_timeline() -> None:
    assert [(i.article_id, i.date) for i in material().timeline()] == [(1, "2009-09-04")]


def test_a_listing_and_a_readers_page_offer_no_developments() -> None:
    reports = material().reports()
    assert [r.article_id for r in reports] == [1, 2, 3]  # still the story's reports
    assert [(len(r.sentences), len(r.statements)) for r in reports] == [(1, 0), (0, 0), (0, 0)]


def test_an_actors_timeline_leaves_out_the_listing_and_the_readers_page() -> None:
    mentions = [
        {"article_id": i, "sentence_idx": 0, "start": text.index("Alan Carr"),
         "end": text.index("Alan Carr") + 9, "story_id": 1}
        for i, text in ((1, NEWS), (2, LISTING), (3, READERS))
    ]  # fmt: skip
    items = build_actor_timeline([material()], CARR, mentions)
    assert [i.item.article_id for i in items] == [1]
