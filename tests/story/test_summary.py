"""The timeline summary: the most reported days, each told by its most central sentence."""

from __future__ import annotations

from datetime import date

from storyline.story.summary import central_items, item_day, summarize_timeline
from storyline.story.timeline import TimelineItem


def item(
    text: str,
    value: str | None,
    article: int,
    placed: date | None = None,
    inferred: bool = False,
) -> TimelineItem:
    day = placed if placed is not None or value is None else date.fromisoformat(value[:10])
    return TimelineItem(
        story_id=1, date=value, article_id=article, start=0, end=len(text), text=text,
        kind="dated", placed_at=day, inferred=inferred,
    )  # fmt: skip


def test_only_calendar_days_are_summarized() -> None:
    assert item_day(item("On Monday the rig burned.", "2010-04-19", 1)) == date(2010, 4, 19)
    assert item_day(item("Talks at noon.", "2010-04-19T12:00", 1)) == date(2010, 4, 19)
    assert item_day(item("In April the rig burned.", "2010-04", 1, date(2010, 4, 1))) is None
    assert item_day(item("Week 16.", "2010-W16", 1, date(2010, 4, 19))) is None
    assert item_day(item("He said so.", None, 1, date(2010, 4, 20))) is None
    relative = item("On Thursday it sank.", "XXXX-WXX-4", 1, date(2010, 4, 22))
    assert item_day(relative) is None
    linked = item("On Thursday it sank.", "XXXX-WXX-4", 1, date(2010, 4, 22), inferred=True)
    assert item_day(linked) == date(2010, 4, 22)


def test_days_ranked_by_reports_then_sentences() -> None:
    items = [
        item("The rig exploded on April 20.", "2010-04-20", 1),
        item("The rig exploded and burned on April 20.", "2010-04-20", 2),
        item("Oil reached the coast on April 30.", "2010-04-30", 1),
        item("Oil reached Louisiana on April 30.", "2010-04-30", 1),
        item("Oil reached the marshes on April 30.", "2010-04-30", 1),
        item("BP capped the well on July 15.", "2010-07-15", 3),
    ]
    summary = summarize_timeline(items, 2)
    # April 20th: two reports; April 30th: one report, three sentences; July 15th: one, one
    assert [d.day for d in summary] == [date(2010, 4, 20), date(2010, 4, 30)]
    assert [(d.reports, d.sentences) for d in summary] == [(2, 2), (1, 3)]
    assert [len(d.items) for d in summary] == [1, 1]


def test_equal_days_keep_the_earliest() -> None:
    items = [item("Late.", "2010-05-02", 1), item("Early.", "2010-05-01", 2)]
    assert [d.day for d in summarize_timeline(items, 1)] == [date(2010, 5, 1)]


def test_the_central_sentence_tells_the_day() -> None:
    items = [
        item("Officials said the weather was fine.", "2010-04-20", 1),
        item("The rig exploded in the Gulf, killing 11 workers.", "2010-04-20", 2),
        item("The Deepwater Horizon rig exploded in the Gulf.", "2010-04-20", 3),
        item("Eleven workers died when the rig exploded.", "2010-04-20", 4),
    ]
    chosen = summarize_timeline(items, 1)[0].items
    assert chosen[0].text == "The rig exploded in the Gulf, killing 11 workers."


def test_a_second_sentence_does_not_repeat_the_first() -> None:
    items = [
        item("The rig exploded in the Gulf.", "2010-04-20", 1),
        item("The rig exploded in the Gulf.", "2010-04-20", 2),
        item("Eleven workers died on the rig.", "2010-04-20", 3),
    ]
    texts = [i.text for i in central_items(items, 2)]
    assert texts == ["The rig exploded in the Gulf.", "Eleven workers died on the rig."]
