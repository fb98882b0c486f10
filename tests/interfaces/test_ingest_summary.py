"""The closing lines of an ingest read as English: one report, one story, one new topic."""

from __future__ import annotations

from rich.console import Console

from storyline.ingest.run import IngestReport
from storyline.interfaces.render import plural, report_summary
from storyline.link.stories.corpus import StoryFiling


def summary(filing: StoryFiling) -> str:
    console = Console(record=True, width=200)
    report_summary(IngestReport(accepted=len(filing.filed), seconds=1.0, stories=filing), console)
    return console.export_text()


def test_one_report_into_one_story_is_said_in_the_singular() -> None:
    text = summary(StoryFiling(filed=[1], new_stories=1, new_topics=1, touched_stories={1}))
    assert "filed 1 report into 1 story (1 new; 1 new topic)" in text


def test_several_reports_and_stories_are_said_in_the_plural() -> None:
    filing = StoryFiling(filed=[1, 2, 3], new_stories=2, new_topics=0, touched_stories={1, 2})
    assert "filed 3 reports into 2 stories (2 new; 0 new topics)" in summary(filing)


def test_plural_takes_an_irregular_plural_when_given() -> None:
    assert plural(1, "story", "stories") == "1 story"
    assert plural(2, "story", "stories") == "2 stories"
    assert plural(0, "report") == "0 reports"


def skipped_line(skipped: list[str]) -> str:
    console = Console(record=True, width=200)
    report_summary(IngestReport(accepted=0, seconds=1.0, skipped=skipped), console)
    return console.export_text()


def test_one_skipped_file_is_named_in_the_singular() -> None:
    text = skipped_line(["docs/NOTES.md"])
    assert "skipped 1 file of unsupported type in folders: docs/NOTES.md" in text


def test_several_skipped_files_are_counted_with_an_example() -> None:
    text = skipped_line(["a.md", "b.pdf"])
    assert "skipped 2 files of unsupported type in folders, e.g. a.md" in text
