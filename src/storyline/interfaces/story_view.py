"""Terminal views of stories: the list, and one story whole."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from storyline.interfaces.render import by_speaker, entities_table, quotes_table, untitled
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
            str(row["id"]), row["title"], ", ".join(map(str, row["story_ids"])),
            str(row["articles"]), row["start"] or "–", row["end"] or "–",
        )  # fmt: skip
    return table


def _reports_table(reports: list[dict[str, Any]]) -> Table:
    table = Table(title="Reports", expand=True)
    for column in ("id", "date", "source", "title"):
        table.add_column(column, overflow="fold", ratio=6 if column == "title" else None)
    for report in reports:
        date = report["published"] or (str(report["report_date"] or "") + " (from text)")
        table.add_row(str(report["id"]), date, report["source"] or "", untitled(report, 80))
    return table


def _timeline_table(items: list[TimelineItem], sources: dict[int, str]) -> Table:
    table = Table(
        title="Timeline (by the date each sentence speaks of; (date): the report's; "
        "~date: the story's day an undated report's weekday falls on)",
        expand=True,
    )
    table.add_column("date", no_wrap=True)
    table.add_column("report", justify="right")
    table.add_column("who", overflow="fold", ratio=1)
    table.add_column("sentence", overflow="fold", ratio=6)
    for item in items:
        table.add_row(
            _when(item),
            f"{item.article_id} {sources.get(item.article_id) or ''}".strip(),
            item.speaker or "", item.text,
        )  # fmt: skip
    return table


def _when(item: TimelineItem) -> str | Text:
    if item.inferred:
        return Text(f"~{item.placed_at}", style="italic")
    return item.date or Text(f"({item.placed_at or 'undated'})", style="dim")


def _developments_table(developments: list[dict[str, Any]], texts: dict[int, str]) -> Table:
    table = Table(title="Developments", expand=True)
    table.add_column("report", justify="right")
    table.add_column("kind", no_wrap=True)
    table.add_column("now", overflow="fold", ratio=4)
    table.add_column("before (nearest earlier)", overflow="fold", ratio=4)
    # one row per later passage, with every earlier one it is set against
    rows: dict[tuple[Any, ...], list[str]] = {}
    for d in developments:
        key = (d["article_id"], d["kind"], d["actor_name"], d["start"], d["text"])
        earlier = rows.setdefault(key, [])
        if d["earlier_article_id"] is not None:
            text = texts.get(d["earlier_article_id"], "")
            said = text[d["earlier_start"] : d["earlier_end"]]
            earlier.append(f"[{d['earlier_article_id']}] {said}")
    for (article_id, kind, actor, _, text), earlier in rows.items():
        table.add_row(
            str(article_id), kind + (f"\n{actor}" if actor else ""), text, "\n".join(earlier)
        )
    return table


def story_view(
    story: dict[str, Any],
    reports: list[dict[str, Any]],
    entities: list[dict[str, Any]],
    timeline: list[TimelineItem],
    quotes: list[dict[str, Any]],
    developments: list[dict[str, Any]],
) -> Group:
    """Title, dates, reports, actors, timeline, quotes by speaker and developments."""
    span = f"{story['start'] or '?'} – {story['end'] or '?'}"
    head = Panel(
        Text.assemble(
            (story["title"], "bold"),
            f"\nstory {story['id']} · topic {story['topic_id']}: {story['topic_title']}",
            f"\n{span} · {len(reports)} reports",
        )
    )
    texts = {r["id"]: r["text"] for r in reports}
    sources = {r["id"]: r["source"] for r in reports}
    return Group(
        head,
        _reports_table(reports),
        entities_table(entities, title="Actors"),
        _timeline_table(timeline, sources),
        quotes_table(by_speaker(quotes), title="Quotes by speaker"),
        _developments_table(developments, texts),
    )
