"""The story view's tables."""

import re
from datetime import date

from rich.console import Console

from storyline.interfaces.story_view import (
    Sentences,
    _developments_table,
    _reports_table,
    _timeline_table,
    item_when,
    story_ids,
    story_span,
    story_view,
)
from storyline.story.timeline import TimelineItem


def test_a_report_without_a_title_shows_its_first_words_marked_untitled() -> None:
    report = {
        "id": 2, "published": "2018-02-07", "report_date": None, "source": None, "title": None,
        "text": "In a statement before his talks, Pence declared support.\n\nMore text.",
    }  # fmt: skip
    console = Console(record=True, width=200)
    console.print(_reports_table([report]))
    shown = console.export_text()
    assert "(untitled) In a statement before his talks, Pence declared support.…" in shown
    assert "More text" not in shown


def test_a_later_statement_set_against_several_earlier_ones_is_one_row() -> None:
    earlier_text = "He cannot rule out meeting them. He may meet officials."
    later = {
        "article_id": 2, "kind": "position", "actor_name": "Mike Pence", "start": 10,
        "text": "if you want to talk, we'll talk", "earlier_article_id": 1,
    }  # fmt: skip
    developments = [
        {**later, "earlier_start": 0, "earlier_end": 32},
        {**later, "earlier_start": 33, "earlier_end": 55},
    ]
    console = Console(record=True, width=200)
    console.print(_developments_table(developments, {1: earlier_text}))
    shown = console.export_text()
    assert shown.count("if you want to talk") == 1
    assert "[1] He cannot rule out meeting them." in shown
    assert "[1] He may meet officials." in shown


def shown(renderable: object) -> str:
    console = Console(record=True, width=200)
    console.print(renderable)
    return console.export_text()


UNDATED = {
    "id": 1, "published": None, "report_date": None, "source": None, "title": "Talks",
    "text": "Pence arrived on Monday. He said he may meet them.",
}  # fmt: skip


def test_a_report_with_no_date_says_undated_and_one_dated_by_its_text_says_so() -> None:
    undated = shown(_reports_table([UNDATED]))
    assert "undated" in undated and "from" not in undated
    by_text = shown(_reports_table([{**UNDATED, "report_date": date(2008, 12, 11)}]))
    assert "Thu 11 Dec 2008 (from its text)" in by_text


def test_a_story_of_one_undated_report_says_undated_and_why_it_has_no_developments() -> None:
    story = {"id": 3, "topic_id": 2, "title": "Talks", "topic_title": "Talks",
             "start": None, "end": None}  # fmt: skip
    text = shown(story_view(story, [UNDATED], [], [], [], []))
    assert re.search(r"undated · 1 report\b", text)
    assert "? – ?" not in text and "1 reports" not in text
    assert "Developments: none yet — the story has one report" in text
    assert "Timeline: empty" in text and "Quotes by speaker: none" in text


def test_a_story_span_reads_as_days() -> None:
    assert story_span("2018-02-07", "2018-02-13") == "Wed 7 Feb 2018 – Tue 13 Feb 2018"
    assert story_span("2018-02-07", "2018-02-07") == "Wed 7 Feb 2018"
    assert story_span(None, None) == "undated"


def test_timeline_dates_read_as_days_and_keep_where_they_were_placed() -> None:
    def item(**given: object) -> TimelineItem:
        fields = {"story_id": 1, "date": None, "article_id": 1, "start": 0, "end": 5,
                  "text": "Words", "kind": "statement", **given}  # fmt: skip
        return TimelineItem(**fields)  # type: ignore[arg-type]

    assert str(item_when(item(date="2018-02-05", placed_at=date(2018, 2, 5)))) == "Mon 5 Feb 2018"
    assert str(item_when(item(date="2018-W06", placed_at=date(2018, 2, 5)))) == "week of 5 Feb 2018"
    assert str(item_when(item(placed_at=date(2018, 2, 7)))) == "(Wed 7 Feb 2018)"  # its report's
    assert str(item_when(item())) == "(undated)"
    inferred = item(date="XXXX-WXX-4", placed_at=date(2008, 12, 11), inferred=True)
    assert str(item_when(inferred)) == "~Thu 11 Dec 2008"


def test_timeline_items_and_developments_point_to_their_report_and_sentence() -> None:
    text = "He cannot rule out meeting them. He may meet officials."
    sentences = Sentences([
        {"article_id": 1, "idx": 1, "start": 33, "end": 55},
        {"article_id": 1, "idx": 0, "start": 0, "end": 32},
    ])  # fmt: skip
    assert [sentences.at(1, 0), sentences.at(1, 40), sentences.at(7, 3)] == ["1:1", "1:2", "7"]
    development = {
        "article_id": 1, "kind": "position", "actor_name": "Mike Pence", "start": 36,
        "text": "may meet officials", "earlier_article_id": 1, "earlier_start": 3,
        "earlier_end": 32,
    }  # fmt: skip
    table = shown(_developments_table([development], {1: text}, sentences))
    assert "1:2" in table and "[1:1] cannot rule out meeting them." in table
    item = TimelineItem(story_id=1, date="2018-02-05", article_id=1, start=33, end=55,
                        text="He may meet officials.", kind="statement")  # fmt: skip
    assert "1:2 Kyodo" in shown(_timeline_table([item], {1: "Kyodo"}, sentences))


def test_a_development_between_reports_of_unknown_order_says_so() -> None:
    """A dated report and an undated one: the view claims no direction between them."""
    from storyline.story.order import ReportOrder

    text = "He cannot rule out meeting them. He may meet officials."
    reports = [
        {"id": 1, "published": "2018-02-13", "report_date": date(2018, 2, 13)},
        {"id": 2, "published": None, "report_date": None},
        {"id": 3, "published": "2018-02-14", "report_date": date(2018, 2, 14)},
    ]
    development = {
        "article_id": 2, "kind": "position", "actor_name": "Mike Pence", "start": 0,
        "text": "if you want to talk, we'll talk", "earlier_article_id": 1,
        "earlier_start": 0, "earlier_end": 32,
    }  # fmt: skip
    order = ReportOrder(reports)
    table = shown(_developments_table([development], {1: text}, None, order))
    assert "order unknown" in table
    known = {**development, "article_id": 3}
    assert "order unknown" not in shown(_developments_table([known], {1: text}, None, order))


def test_a_topic_of_many_stories_lists_the_first_ids_and_counts_the_rest() -> None:
    assert story_ids([3, 5, 8]) == "3, 5, 8"
    assert story_ids(list(range(1, 120)), shown=4) == "1, 2, 3, 4 … and 115 more"


def test_a_report_that_is_not_news_says_what_kind_of_page_it_is() -> None:
    listing = {**UNDATED, "id": 2, "title": "Radio 2 this week", "page_kind": "listing"}
    readers = {**UNDATED, "id": 3, "title": "Your views", "page_kind": "comments"}
    text = shown(_reports_table([UNDATED, listing, readers]))
    assert "Radio 2 this week (programme listing)" in text
    assert "Your views (readers' comments)" in text
    assert "Talks (" not in text  # a news report says nothing of the kind


def test_the_article_list_says_what_kind_of_page_a_report_is() -> None:
    from storyline.interfaces.render import articles_table

    row = {
        "id": 4, "published": None, "title": "Your views", "source": None, "n_words": 90,
        "duplicate_of": None, "page_kind": "letters",
    }  # fmt: skip
    assert "Your views (letters page)" in shown(articles_table([row]))


def test_a_story_of_listings_says_why_it_has_no_actors() -> None:
    from storyline.interfaces.story_view import no_actors

    listing = {**UNDATED, "id": 2, "page_kind": "listing"}
    assert "programme listing's presenters" in no_actors([listing, {**listing, "id": 3}])
    assert no_actors([listing, UNDATED]) == "Actors: none found"
