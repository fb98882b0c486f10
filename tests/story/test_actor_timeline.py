"""One actor's timeline across stories: its sentences and statements by the date they speak
of, placed as each story's timeline places them."""

from datetime import date
from typing import Any

from storyline.story.actor_timeline import build_actor_timeline
from storyline.story.material import StoryMaterial

PENCE, ABE = 6, 13


def report(article_id: int, text: str, day: date | None, published: bool = True) -> dict:
    return {
        "id": article_id, "text": text, "report_date": day,
        "published": day.isoformat() if day and published else None,
    }  # fmt: skip


def sentences_of(article_id: int, text: str) -> list[dict[str, Any]]:
    """One sentence per ". "-ended piece of `text`."""
    rows, start = [], 0
    for idx, piece in enumerate(text.split(". ")):
        end = start + len(piece) + (0 if piece.endswith(".") else 1)
        rows.append({"article_id": article_id, "idx": idx, "start": start, "end": end})
        start = end + 1
    return rows


def mention(article_id: int, idx: int, text: str, words: str, story: int) -> dict[str, Any]:
    start = text.index(words)
    return {
        "article_id": article_id, "sentence_idx": idx, "start": start,
        "end": start + len(words), "story_id": story,
    }  # fmt: skip


def quote(article_id: int, idx: int, speaker: int | None, kind: str = "indirect") -> dict:
    return {
        "article_id": article_id, "sentence_idx": idx, "kind": kind,
        "speaker_entity_id": speaker, "speaker_name": "Mike Pence" if speaker else None,
        "speaker_text": None,
    }  # fmt: skip


def date_of(article_id: int, idx: int, value: str) -> dict[str, Any]:
    return {"article_id": article_id, "sentence_idx": idx, "type": "DATE", "value": value}


TOKYO = (
    "Pence arrived in Tokyo on Wednesday. He later met Abe. "
    "He told reporters on Monday that talks may come. Abe said Pence was welcome. "
    "“We will stand by Japan,” he said after a pause. Rain fell."
)
LIMA = "Floods hit Lima. Pence sent condolences on Sunday."


def stories() -> tuple[list[StoryMaterial], list[dict[str, Any]]]:
    """Story 1: a report of 7 Feb on Pence in Tokyo; story 2: one of 8 Feb naming him once,
    on what he did on Sunday 4 Feb."""
    tokyo = StoryMaterial(
        story_id=1,
        articles=[report(1, TOKYO, date(2018, 2, 7))],
        sentences=sentences_of(1, TOKYO),
        times=[date_of(1, 0, "2018-02-07"), date_of(1, 2, "2018-02-05")],
        quotes=[
            quote(1, 2, PENCE), quote(1, 3, ABE), quote(1, 4, PENCE, "direct"),
            quote(1, 5, PENCE, "term"),
        ],  # fmt: skip
    )
    lima = StoryMaterial(
        story_id=2,
        articles=[report(2, LIMA, date(2018, 2, 8))],
        sentences=sentences_of(2, LIMA),
        times=[date_of(2, 1, "2018-02-04")],
        quotes=[],
    )
    mentions = [
        mention(1, 0, TOKYO, "Pence", 1),
        mention(1, 1, TOKYO, "He later", 1) | {"end": TOKYO.index("He later") + 2},
        mention(1, 2, TOKYO, "He told", 1) | {"end": TOKYO.index("He told") + 2},
        mention(1, 3, TOKYO, "Pence was", 1) | {"end": TOKYO.index("Pence was") + 5},
        mention(2, 1, LIMA, "Pence", 2),
    ]
    return [tokyo, lima], mentions


def test_the_actors_sentences_by_the_date_they_speak_of_across_stories() -> None:
    materials, mentions = stories()
    items = build_actor_timeline(materials, PENCE, mentions)
    assert [(i.item.article_id, i.sentence) for i in items] == [
        (2, 1),  # Sunday 4 Feb, in a later report of another story
        (1, 2),  # Monday 5 Feb
        (1, 0),  # Wednesday 7 Feb
        (1, 1), (1, 3), (1, 4),  # naming no date: at their report's date, in text order
    ]  # fmt: skip
    assert [i.item.story_id for i in items] == [2, 1, 1, 1, 1, 1]
    assert [i.item.date for i in items] == [
        "2018-02-04", "2018-02-05", "2018-02-07", None, None, None
    ]  # fmt: skip
    assert [i.item.placed_at for i in items[3:]] == [date(2018, 2, 7)] * 3


def test_a_pronoun_counts_and_the_actors_mentions_are_marked() -> None:
    materials, mentions = stories()
    items = {i.sentence: i for i in build_actor_timeline(materials, PENCE, mentions)[1:]}
    met = items[1]  # "He later met Abe.": Pence only by a pronoun
    assert met.item.text == "He later met Abe." and met.item.kind == "mention"
    assert [TOKYO[s:e] for s, e in met.marks] == ["He"]


def test_statements_are_the_actors_own_quotes() -> None:
    materials, mentions = stories()
    kinds = {
        (i.item.article_id, i.sentence): i.item.kind
        for i in build_actor_timeline(materials, PENCE, mentions)
    }
    assert kinds[(1, 2)] == "statement"  # he told reporters … (dated, and his)
    assert kinds[(1, 4)] == "statement"  # his quote, though the sentence names him by no mention
    assert kinds[(1, 3)] == "mention"  # Abe's statement naming him is not his
    assert kinds[(1, 0)] == "dated" and kinds[(2, 1)] == "dated"
    assert (1, 5) not in kinds  # a term is no statement, and he is not named there
    [said] = [i for i in build_actor_timeline(materials, PENCE, mentions) if i.sentence == 4]
    assert said.marks == () and said.item.speaker_entity_id == PENCE


def test_one_story_only_when_given_one() -> None:
    materials, mentions = stories()
    items = build_actor_timeline(materials[1:], PENCE, mentions)
    assert [(i.item.story_id, i.sentence) for i in items] == [(2, 1)]


def test_an_undated_reports_weekday_is_placed_on_its_storys_day() -> None:
    dated = "Talks began on Thursday, Dec. 11, 2008. Pence came."
    undated = "Pence spoke on Thursday. Rain fell."
    material = StoryMaterial(
        story_id=3,
        articles=[report(7, dated, date(2008, 12, 12)), report(8, undated, None)],
        sentences=sentences_of(7, dated) + sentences_of(8, undated),
        times=[date_of(7, 0, "2008-12-11"), date_of(8, 0, "XXXX-WXX-4")],
        quotes=[],
    )
    mentions = [mention(7, 1, dated, "Pence", 3), mention(8, 0, undated, "Pence", 3)]
    first, second = build_actor_timeline([material], PENCE, mentions)
    assert (first.item.article_id, first.item.date, first.item.inferred) == (8, "XXXX-WXX-4", True)
    assert first.item.placed_at == date(2008, 12, 11) and first.item.kind == "dated"
    assert (second.item.article_id, second.item.placed_at) == (7, date(2008, 12, 12))


def test_the_actors_statement_is_dated_by_its_saying_not_by_what_it_reports() -> None:
    """ "Pence said the talks would be held on Friday" is his statement of 7 Feb; a sentence
    that only mentions him is still dated by the day it names."""
    text = "Pence said the talks would be held on Friday. Abe met Pence on Friday."
    first = text.index("Friday")
    second = text.index("Friday", first + 1)
    material = StoryMaterial(
        story_id=4,
        articles=[report(9, text, date(2018, 2, 7))],
        sentences=sentences_of(9, text),
        times=[
            date_of(9, 0, "2018-02-09") | {"start": first, "end": first + 6},
            date_of(9, 1, "2018-02-09") | {"start": second, "end": second + 6},
        ],
        quotes=[quote(9, 0, PENCE) | {"start": 11, "end": text.index(".")}],
    )
    mentions = [
        mention(9, 0, text, "Pence", 4),
        mention(9, 1, text, "Pence on", 4) | {"end": text.index("Pence on") + 5},
    ]
    items = build_actor_timeline([material], PENCE, mentions)
    assert [(i.sentence, i.item.kind, i.item.date, i.item.placed_at) for i in items] == [
        (0, "statement", None, date(2018, 2, 7)),
        (1, "dated", "2018-02-09", date(2018, 2, 9)),
    ]
