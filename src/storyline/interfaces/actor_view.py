"""The terminal view of one actor's timeline across reports (`storyline timeline --actor`)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table
from rich.text import Text

from storyline.interfaces.story_view import item_when
from storyline.story.actor_timeline import ActorItem

KIND_STYLES = {"statement": "bold", "dated": "", "mention": "dim"}


def actor_timeline_table(items: Sequence[ActorItem], title: str) -> Table:
    """One row per sentence: the date it speaks of (as a story's timeline shows it), where it
    lies (report:sentence), its story, its kind, and the sentence with the actor's mentions
    in bold."""
    table = Table(
        title=title,
        caption="at: report id:sentence number; (date): the report's; ~date: the story's day "
        "an undated report's weekday falls on",
        expand=True,
    )
    table.add_column("date", no_wrap=True)
    table.add_column("at", justify="right", no_wrap=True)
    table.add_column("story", justify="right")
    table.add_column("kind", no_wrap=True)
    table.add_column("sentence", overflow="fold", ratio=1)
    for entry in items:
        item = entry.item
        table.add_row(
            item_when(item), f"{item.article_id}:{entry.sentence + 1}", str(item.story_id),
            Text(item.kind, style=KIND_STYLES[item.kind]), marked(entry),
        )  # fmt: skip
    return table


def marked(entry: ActorItem) -> Text:
    """The sentence with the actor's mentions in bold cyan."""
    item = entry.item
    text = Text(item.text)
    for start, end in entry.marks:
        text.stylize("bold cyan", start - item.start, end - item.start)
    return text
