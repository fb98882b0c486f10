"""Terminal views of stories: the list, and one story whole."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from storyline.interfaces.dates import day_text, readable
from storyline.interfaces.render import (
    by_speaker,
    entities_table,
    or_note,
    plural,
    quotes_table,
    title_with_kind,
)
from storyline.story.order import ReportOrder
from storyline.story.timeline import TimelineItem


def stories_table(rows: list[dict[str, Any]], title: str) -> Table:
    """One line per story: id, topic, title, reports, span of dates."""
    table = Table(title=title, expand=True)
    table.add_column("id", justify="right")
    table.add_column("topic", justify="right")
    table.add_column("title", overflow="fold", ratio=6)
    table.add_column("reports", justify="right")
    table.add_column("from", no_wrap=True)
    table.add_column("to", no_wrap=True)
    for row in rows:
        table.add_row(
            str(row["id"]), str(row["topic_id"]), row["title"], str(row["articles"]),
            row["start"] or "–", row["end"] or "–",
        )  # fmt: skip
    return table


def topics_table(rows: list[dict[str, Any]], title: str) -> Table:
    table = Table(title=title, expand=True)
    table.add_column("id", justify="right")
    table.add_column("title", overflow="fold", ratio=6)
    table.add_column("stories", overflow="fold", ratio=2)
    table.add_column("reports", justify="right")
    table.add_column("from", no_wrap=True)
    table.add_column("to", no_wrap=True)
    for row in rows:
        table.add_row(
            str(row["id"]), row["title"], story_ids(row["story_ids"]),
            str(row["articles"]), row["start"] or "–", row["end"] or "–",
        )  # fmt: skip
    return table


SHOWN_STORY_IDS = 12


def story_ids(ids: list[int], shown: int = SHOWN_STORY_IDS) -> str:
    """A topic's story ids for its table cell: the first `shown`, then how many more (a topic
    of a hundred stories would fill the screen with ids)."""
    listed = ", ".join(map(str, ids[:shown]))
    return f"{listed} … and {len(ids) - shown} more" if len(ids) > shown else listed


def _reports_table(reports: list[dict[str, Any]]) -> Table:
    table = Table(title="Reports", expand=True)
    for column in ("id", "date", "source", "title"):
        table.add_column(column, overflow="fold", ratio=6 if column == "title" else None)
    for report in reports:
        table.add_row(
            str(report["id"]), _report_date(report), report["source"] or "",
            title_with_kind(report, 80),
        )  # fmt: skip
    return table


def _report_date(report: dict[str, Any]) -> str | Text:
    """Its publication date; else the latest date its text names, marked so; else undated."""
    if report["published"]:
        return readable(report["published"])
    if report["report_date"] is not None:
        return Text(f"{day_text(report['report_date'])} (from its text)", style="italic")
    return Text("undated", style="dim")


class Sentences:
    """Where a passage lies: "2:4" for report 2, its fourth sentence (as `storyline times`
    and `storyline quotes` number them); the report id alone where no sentence is known."""

    def __init__(self, rows: Iterable[dict[str, Any]] = ()) -> None:
        by_report: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for row in rows:
            by_report[row["article_id"]].append((row["start"], row["idx"]))
        self.starts = {aid: [s for s, _ in sorted(pairs)] for aid, pairs in by_report.items()}
        self.numbers = {aid: [n + 1 for _, n in sorted(pairs)] for aid, pairs in by_report.items()}

    def at(self, article_id: int, offset: int | None) -> str:
        starts = self.starts.get(article_id, [])
        i = bisect_right(starts, offset) - 1 if offset is not None else -1
        return f"{article_id}:{self.numbers[article_id][i]}" if i >= 0 else str(article_id)


def _timeline_table(
    items: list[TimelineItem], sources: dict[int, str], sentences: Sentences
) -> Table:
    table = Table(
        title="Timeline (by the date each sentence speaks of; (date): the report's; "
        "~date: the story's day an undated report's weekday falls on)",
        caption="at: report id:sentence number",
        expand=True,
    )
    table.add_column("date", no_wrap=True)
    table.add_column("at", justify="right")
    table.add_column("who", overflow="fold", ratio=1)
    table.add_column("sentence", overflow="fold", ratio=6)
    for item in items:
        where = sentences.at(item.article_id, item.start)
        table.add_row(
            item_when(item), f"{where} {sources.get(item.article_id) or ''}".strip(),
            item.speaker or "", item.text,
        )  # fmt: skip
    return table


def item_when(item: TimelineItem) -> str | Text:
    """The date an item speaks of as a reader says it; (its report's date) for a statement
    that names none; ~ the story's day an undated report's weekday falls on."""
    if item.inferred and item.placed_at is not None:
        return Text(f"~{day_text(item.placed_at)}", style="italic")
    if item.date:
        return readable(item.date)
    return Text(f"({day_text(item.placed_at)})" if item.placed_at else "(undated)", style="dim")


def _developments_table(
    developments: list[dict[str, Any]],
    texts: dict[int, str],
    sentences: Sentences | None = None,
    order: ReportOrder | None = None,
) -> Table:
    """One row per later passage, with every earlier one it is set against, each where it
    lies (report:sentence); "order unknown" under its kind where the reports' publication
    dates do not tell which came first (`ReportOrder.known_for`)."""
    sentences = sentences or Sentences()
    unknown = {
        (d["article_id"], d["earlier_article_id"])
        for d in developments
        if order is not None and not order.known_for(d["article_id"], d["earlier_article_id"])
    }
    caption = "at: report id:sentence number"
    if unknown:
        caption += "; order unknown: the reports' dates do not tell which came first"
    table = Table(title="Developments", expand=True, caption=caption)
    table.add_column("at", justify="right")
    table.add_column("kind", no_wrap=True)
    table.add_column("now", overflow="fold", ratio=4)
    table.add_column("before (nearest earlier)", overflow="fold", ratio=4)
    # one row per later passage, with every earlier one it is set against
    rows: dict[tuple[Any, ...], list[str]] = {}
    for d in developments:
        known = (d["article_id"], d["earlier_article_id"]) not in unknown
        key = (d["article_id"], d["kind"], d["actor_name"], d["start"], d["text"], known)
        earlier = rows.setdefault(key, [])
        if d["earlier_article_id"] is not None:
            text = texts.get(d["earlier_article_id"], "")
            said = text[d["earlier_start"] : d["earlier_end"]]
            earlier.append(f"[{sentences.at(d['earlier_article_id'], d['earlier_start'])}] {said}")
    for (article_id, kind, actor, start, text, known), earlier in rows.items():
        label = kind + (f"\n{actor}" if actor else "") + ("" if known else "\norder unknown")
        table.add_row(
            sentences.at(article_id, start), label, text, "\n".join(earlier)
        )  # fmt: skip
    return table


def story_span(start: str | None, end: str | None) -> str:
    """A story's dates as a reader says them: one day, a span, or undated."""
    if start is None and end is None:
        return "undated"
    first, last = readable(start) or "?", readable(end) or "?"
    return first if first == last else f"{first} – {last}"


def no_actors(reports: list[dict[str, Any]]) -> str:
    """The line in place of a story's actors (`storyline story`, `storyline actors --story`):
    why there are none where its reports are all programme listings (whose presenters and
    guests are no actors of a story: `story.material.told_entities`)."""
    if reports and all(r.get("page_kind") == "listing" for r in reports):
        return (
            "Actors: none — a programme listing's presenters, guests and titles are not a "
            "story's actors (`storyline show ID` marks them in the listing)"
        )
    return "Actors: none found"


def story_view(
    story: dict[str, Any],
    reports: list[dict[str, Any]],
    entities: list[dict[str, Any]],
    timeline: list[TimelineItem],
    quotes: list[dict[str, Any]],
    developments: list[dict[str, Any]],
    sentences: Sentences | None = None,
    order: ReportOrder | None = None,
) -> Group:
    """Title, dates, reports, actors, timeline, quotes by speaker and developments; a line in
    place of a section with nothing in it, saying why."""
    head = Panel(
        Text.assemble(
            (story["title"], "bold"),
            f"\nstory {story['id']} · topic {story['topic_id']}: {story['topic_title']}",
            f"\n{story_span(story['start'], story['end'])} · {plural(len(reports), 'report')}",
        )
    )
    texts = {r["id"]: r["text"] for r in reports}
    sources = {r["id"]: r["source"] for r in reports}
    sentences = sentences or Sentences()
    later = (
        "Developments: none yet — the story has one report; what a later report adds shows here"
        if len(reports) < 2
        else "Developments: none — the later reports say nothing the earlier ones did not"
    )
    return Group(
        head,
        _reports_table(reports),
        or_note(entities_table(entities, title="Actors"), len(entities), no_actors(reports)),
        or_note(
            _timeline_table(timeline, sources, sentences),
            len(timeline),
            "Timeline: empty — no sentence names a date it can be placed on, and no one is quoted",
        ),
        or_note(
            quotes_table(by_speaker(quotes), title="Quotes by speaker"),
            len(quotes),
            "Quotes by speaker: none — no one is quoted",
        ),
        or_note(
            _developments_table(developments, texts, sentences, order), len(developments), later
        ),
    )
