"""The story view's tables."""

from rich.console import Console

from storyline.interfaces.story_view import _developments_table, _reports_table


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
