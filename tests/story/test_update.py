"""Developments brought up to date: what `ensure_developments` reads of the store."""

from __future__ import annotations

from typing import Any

from storyline.story.update import ensure_developments


class OneReportStore:
    """A store whose only story has one report; reading its material is an error."""

    def __init__(self) -> None:
        self.marked: list[tuple[int, list[int]]] = []

    def undeveloped_stories(self, story_ids: list[int]) -> list[int]:
        return [s for s in story_ids if not any(m[0] == s for m in self.marked)]

    def story_reports(self, story_id: int) -> list[dict[str, Any]]:
        return [{"id": 7, "text": "One report."}]

    def developed_articles(self, story_id: int) -> set[int]:
        return set()

    def mark_developed(self, story_id: int, article_ids: list[int]) -> None:
        self.marked.append((story_id, list(article_ids)))

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"a story of one report read {name}")


def test_a_story_of_one_report_is_marked_developed_without_reading_its_material() -> None:
    """Nothing can develop in a story of one report: its sentences, times and quotes are not
    read (an export of audit20's election pile read them for 108 such stories)."""
    store = OneReportStore()
    assert ensure_developments(store, [3], embedder=object()) == 0  # type: ignore[arg-type]
    assert store.marked == [(3, [7])]
    assert store.undeveloped_stories([3]) == []
