"""The order of a story's reports, and when it is known that one came after another.

Reports are put in story order by their publication date, or for a report without one by
the latest day its text names (the store's report date); a report of which neither is known
comes after the reports ingested before it (ingest order). That order is a best guess. Only
publication dates make it known: one report is known to come after another when both were
published, on different days. A report without a publication date may have been written any
day (the latest day its text names can be one still to come: "the summit on 3 March"), so a
development between it and another report, or between two reports of one day, claims no
direction (`storyline story` and the export say so). The store lists a story's reports in
this order too (`listed_ids`), so `storyline stories`, the export and the story view agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any


def _day(value: date | str | None) -> date | None:
    return date.fromisoformat(value[:10]) if isinstance(value, str) else value


class ReportOrder:
    """Story order and known precedence of reports (``{"id", "published", "report_date"}``,
    `published` an ISO day or None, `report_date` the publication date or the text's)."""

    def __init__(self, articles: Sequence[dict[str, Any]]) -> None:
        self.articles = list(articles)
        self._published = {a["id"]: _day(a["published"]) for a in self.articles}

    def story_order(self) -> list[dict[str, Any]]:
        """The reports by the day they were written (or the text's day), then by id; one
        with no day after the reports ingested before it (lower ids)."""
        keys: dict[int, tuple[date, int]] = {}
        latest = date.min  # the latest day of the reports ingested so far
        for article in sorted(self.articles, key=lambda a: a["id"]):
            day = _day(article["report_date"])
            latest = max(latest, day) if day is not None else latest
            keys[article["id"]] = (day if day is not None else latest, article["id"])
        return sorted(self.articles, key=lambda a: keys[a["id"]])

    def known_for(self, later: int, earlier: int | None) -> bool:
        """Is the direction of a development of report `later` known: is it known to come
        after `earlier`, or, where no earlier report is named, after every report before it
        in story order?"""
        if earlier is not None:
            return self.known_after(later, earlier)
        ids = [a["id"] for a in self.story_order()]
        return all(self.known_after(later, other) for other in ids[: ids.index(later)])

    def known_after(self, later: int, earlier: int) -> bool:
        """Is report `later` known to have been published after report `earlier`?"""
        then, now = self._published.get(earlier), self._published.get(later)
        return then is not None and now is not None and now > then


def listed_ids(members: Sequence[dict[str, Any]]) -> list[int]:
    """The ids of a story's reports in story order (``{"id", "published", "report_date",
    "duplicate_of"}``): the originals by `ReportOrder.story_order`, each duplicate right after
    its original (a duplicate whose original is not among them last, by id)."""
    originals = [m for m in members if m["duplicate_of"] is None]
    copies: dict[int, list[int]] = {}
    for member in sorted(members, key=lambda m: m["id"]):
        if member["duplicate_of"] is not None:
            copies.setdefault(member["duplicate_of"], []).append(member["id"])
    ids: list[int] = []
    for article in ReportOrder(originals).story_order():
        ids += [article["id"], *copies.pop(article["id"], [])]
    return ids + sorted(i for rest in copies.values() for i in rest)
