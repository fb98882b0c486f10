"""A story's programme listings and its readers' words (`ingest.page_kind`) give it no
timeline items and no developments, on the story's timeline and on an actor's; the rest of
a readers' page (a correspondent's post above the comments) still tells the story
(invented reports)."""

from datetime import date
from typing import Any

from storyline.story.actor_timeline import build_actor_timeline
from storyline.story.material import StoryMaterial, untold_in

CARR = 4
NEWS = "Alan Carr switched on the lights on Friday. Crowds filled the pier."
LISTING = "Alan Carr broadcasts live on Saturday. Presenter/Alan Carr, Producer/Mark Hill."
POST = "Alan Carr arrived on Thursday."
READERS = (
    POST + " At 1:33 pm on 5 Sep 2009, Jo wrote: I saw Alan Carr on Friday. At 2:41 pm on 5 "
    "Sep 2009, Al wrote: Loved it. At 2:50 pm on 5 Sep 2009, Bo wrote: Too loud."
)
TEXTS = {1: (NEWS, "news"), 2: (LISTING, "listing"), 3: (READERS, "comments")}


def report(article_id: int, text: str, kind: str) -> dict[str, Any]:
    return {
        "id": article_id, "text": text, "report_date": date(2009, 9, 5),
        "published": "2009-09-05", "page_kind": kind,
    }  # fmt: skip


def sentence(article_id: int, idx: int, text: str, words: str) -> dict[str, Any]:
    start = text.index(words)
    return {
        "article_id": article_id, "idx": idx, "start": start, "end": start + len(words),
        "kind": "paragraph",
    }  # fmt: skip


SENTENCES = [
    sentence(1, 0, NEWS, "Alan Carr switched on the lights on Friday."),
    sentence(2, 0, LISTING, "Alan Carr broadcasts live on Saturday."),
    sentence(3, 0, READERS, POST),
    # the comment's first sentence as the parser cuts it, with its heading
    sentence(3, 1, READERS, "At 1:33 pm on 5 Sep 2009, Jo wrote: I saw Alan Carr on Friday."),
]
DAYS = {"Friday": "2009-09-04", "Saturday": "2009-09-05", "Thursday": "2009-09-03"}


def dated(row: dict[str, Any]) -> dict[str, Any]:
    words = TEXTS[row["article_id"]][0][row["start"] : row["end"]]
    [value] = [v for day, v in DAYS.items() if day in words]
    return {"article_id": row["article_id"], "sentence_idx": row["idx"], "type": "DATE",
            "value": value}  # fmt: skip


def material() -> StoryMaterial:
    blocks = [{"kind": "paragraph", "start_char": 0, "end_char": len(READERS)}]
    articles = [report(i, text, kind) for i, (text, kind) in TEXTS.items()]
    return StoryMaterial(
        story_id=1,
        articles=articles,
        sentences=SENTENCES,
        times=[dated(s) for s in SENTENCES],
        quotes=[],
        untold=[span for a in articles for span in untold_in(a, blocks)],
    )


def test_the_listing_and_the_readers_words_are_not_on_the_timeline_the_post_is() -> None:
    assert [(i.article_id, i.date) for i in material().timeline()] == [
        (3, "2009-09-03"),  # the correspondent's post, above the comments
        (1, "2009-09-04"),
    ]


def test_a_listing_and_the_readers_words_offer_no_developments() -> None:
    reports = material().reports()
    assert [r.article_id for r in reports] == [1, 2, 3]  # still the story's reports
    assert [[p.text for p in r.sentences] for r in reports] == [
        ["Alan Carr switched on the lights on Friday."], [], [POST]
    ]  # fmt: skip


def test_an_actors_timeline_leaves_out_the_listing_and_the_readers_words() -> None:
    mentions = [
        {"article_id": s["article_id"], "sentence_idx": s["idx"], "story_id": 1,
         "start": s["start"], "end": s["start"] + 9}
        for s in SENTENCES
    ]  # fmt: skip
    items = build_actor_timeline([material()], CARR, mentions)
    assert [(i.item.article_id, i.sentence) for i in items] == [(3, 0), (1, 0)]
