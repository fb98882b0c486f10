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


def test_days_later_reports_look_back_on_come_first() -> None:
    items = [
        item("The summit opens today.", "2010-06-01", 1),
        item("Leaders meet today.", "2010-06-01", 2),
        item("Talks go on today.", "2010-06-01", 3),
        item("The rig exploded on April 20.", "2010-04-20", 4),
        item("Since the April 20 blast, oil has leaked.", "2010-04-20", 5),
    ]
    written = {1: date(2010, 6, 1), 2: date(2010, 6, 1), 3: date(2010, 6, 1)}
    written |= {4: date(2010, 5, 2), 5: date(2010, 6, 3)}
    (looked_back,) = summarize_timeline(items, 1, report_dates=written)
    assert (looked_back.day, looked_back.later_reports, looked_back.reports) == (
        date(2010, 4, 20),
        2,
        2,
    )
    # without the reports' dates, the day most reports speak of
    assert [d.day for d in summarize_timeline(items, 1)] == [date(2010, 6, 1)]


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


def test_the_chosen_sentence_is_on_the_topic() -> None:
    items = [
        item("Halloween traditions abound on 31 October.", "2011-10-31", 1),
        item("Halloween costumes and traditions on 31 October.", "2011-10-31", 2),
        item("The Murray trial jury heard a defence witness on 31 October.", "2011-10-31", 3),
        item("The Murray trial opened.", "2011-09-27", 4),
        item("The jury in the Murray trial heard witnesses.", "2011-09-29", 5),
        item("Murray's trial jury heard the police tape.", "2011-10-08", 6),
    ]
    day = next(d for d in summarize_timeline(items, 4) if d.day == date(2011, 10, 31))
    assert day.items[0].text.startswith("The Murray trial jury")
    # the day's words alone would tell Halloween
    assert central_items(items[:3], 1)[0].text.startswith("Halloween")


def test_a_second_sentence_does_not_repeat_the_first() -> None:
    items = [
        item("The rig exploded in the Gulf.", "2010-04-20", 1),
        item("The rig exploded in the Gulf.", "2010-04-20", 2),
        item("Eleven workers died on the rig.", "2010-04-20", 3),
    ]
    texts = [i.text for i in central_items(items, 2)]
    assert texts == ["The rig exploded in the Gulf.", "Eleven workers died on the rig."]


def test_each_report_has_one_vote_on_what_the_day_shares() -> None:
    items = [  # one retrospective tells the day in three sentences; three reports tell the blast
        item("Lawyers filed claims in court.", "2010-04-20", 1),
        item("Lawyers filed more claims in court.", "2010-04-20", 1),
        item("Court claims by lawyers grew.", "2010-04-20", 1),
        item("The rig exploded in the Gulf.", "2010-04-20", 2),
        item("The rig exploded, killing workers.", "2010-04-20", 3),
        item("Workers died in the blast.", "2010-04-20", 4),
    ]
    assert central_items(items, 1)[0].text == "The rig exploded, killing workers."
    # one vote per sentence would follow the retrospective
    by_sentence = [item(i.text, i.date, n) for n, i in enumerate(items)]
    assert central_items(by_sentence, 1)[0].text.startswith("Lawyers")


def test_each_report_has_one_vote_on_the_topic() -> None:
    halloween = [  # one page of many days' Halloween news, three reports on the trial
        item(f"Halloween costumes and parties on {n} October.", f"2011-10-{n:02d}", 1)
        for n in range(20, 30)
    ]
    items = [
        *halloween,
        item("Halloween parties on 31 October.", "2011-10-31", 2),
        item("The Murray trial heard the jury on 31 October.", "2011-10-31", 3),
        item("The Murray trial opened.", "2011-09-27", 4),
        item("The jury in the Murray trial heard witnesses.", "2011-09-29", 5),
    ]
    day = next(d for d in summarize_timeline(items, 20) if d.day == date(2011, 10, 31))
    assert day.items[0].text.startswith("The Murray trial")


def test_a_day_is_told_by_reports_written_that_day_or_later() -> None:
    items = [  # a January preview names the vote's day; two later reports tell the result
        item("South Carolina votes Feb. 27 and the senator leads the state.", "2016-02-27", 1),
        item("The senator won South Carolina on Saturday.", "2016-02-27", 2),
        item("Turnout fell sharply that day.", "2016-02-27", 3),
    ]
    written = {1: date(2016, 1, 18), 2: date(2016, 2, 27), 3: date(2016, 2, 28)}
    (day,) = summarize_timeline(items, 1, 3, written)
    assert {i.article_id for i in day.items} == {2, 3}
    # a day no report written then or later tells keeps its earlier sentences
    (ahead,) = summarize_timeline(items[:1], 1, 1, written)
    assert [i.article_id for i in ahead.items] == [1]
