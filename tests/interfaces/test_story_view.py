"""The story view's tables."""

from rich.console import Console

from storyline.interfaces.story_view import _reports_table


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
