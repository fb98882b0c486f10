"""Terminal rendering with rich: tables of articles and rejects, an article with its mentions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from storyline.interfaces.dates import day_text, readable

if TYPE_CHECKING:  # both import spaCy; the reading commands that render need neither
    from storyline.ingest.run import IngestReport
    from storyline.story.summary import SummaryDay

LABEL_STYLES = {
    "PERSON": "bold cyan",
    "ORG": "bold magenta",
    "GPE": "bold green",
    "NORP": "green",
    "LOC": "green",
    "DATE": "yellow",
    "TIME": "yellow",
}
DEFAULT_LABEL_STYLE = "bold blue"


def untitled(article: dict[str, Any], width: int = 60) -> str:
    """The title, or the start of the text marked as such when the article has none."""
    if article.get("title"):
        return str(article["title"])
    text = str(article.get("text") or "").split("\n", 1)[0]
    return f"(untitled) {text[:width]}…" if text else "(untitled)"


def articles_table(rows: list[dict[str, Any]]) -> Table:
    table = Table(title=f"{len(rows)} articles", show_lines=False)
    for column in ("id", "published", "title", "source", "words", "duplicate of"):
        table.add_column(column, overflow="fold")
    for row in rows:
        dup = ""
        if row["duplicate_of"] is not None:
            dup = f"{row['duplicate_of']} ({row['similarity']:.2f})"
        table.add_row(
            str(row["id"]),
            row["published"] or "—",
            title_with_kind(row),
            row["source"] or "—",
            str(row["n_words"]),
            dup,
        )
    return table


def rejects_table(rows: list[dict[str, Any]]) -> Table:
    table = Table(title=f"{len(rows)} rejected inputs")
    for column in ("file", "line", "code", "reason"):
        table.add_column(column, overflow="fold")
    for row in rows:
        line = "" if row["line"] is None else str(row["line"])
        table.add_row(row["path"], line, row["code"], row["reason"])
    return table


TYPE_STYLES = {
    "PERSON": "bold cyan",
    "ORGANISATION": "bold magenta",
    "COUNTRY": "bold green",
    "GOVERNMENT": "bold red",
    "LOCATION": "green",
}


def entities_table(rows: list[dict[str, Any]], title: str) -> Table:
    table = Table(title=title)
    for column in ("id", "name", "type", "code", "country", "roles", "mentions", "articles"):
        justify = "right" if column in ("id", "mentions", "articles") else "left"
        table.add_column(column, overflow="fold", justify=justify)
    for row in rows:
        table.add_row(
            str(row["id"]),
            Text(row["name"], style=TYPE_STYLES.get(row["type"], "")),
            row["type"],
            row["code"] or "",
            row["country"] or "",
            ", ".join(row["roles"]),
            str(row["mentions"]),
            str(row["articles"]),
        )
    return table


def times_table(rows: list[dict[str, Any]], title: str) -> Table:
    """Time expressions with their calendar values, by article and sentence; each value also
    as a reader says it ("2018-02-05": Mon 5 Feb 2018). A headline's times (rows with no
    sentence, `Database.times(titles=True)`) show "title" for their sentence."""
    table = Table(title=title)
    for column in ("article", "sentence", "text", "type", "value", "reads as", "anchor"):
        justify = "right" if column in ("article", "sentence") else "left"
        table.add_column(column, overflow="fold", justify=justify)
    for row in rows:
        table.add_row(
            str(row["article_id"]),
            "title" if row["sentence_idx"] is None else str(row["sentence_idx"] + 1),
            row["text"],
            row["type"],
            Text(row["value"], style="bold green"),
            readable(row["value"], row["type"]),
            row["anchor"] or "",
        )
    return table


def summary_table(days: list[SummaryDay], title: str) -> Table:
    """A summarized timeline: each day, how many reports (later, in all) spoke of it, and
    the sentences that tell it, with their report's id."""
    table = Table(title=title)
    table.add_column("day", no_wrap=True)
    table.add_column("later / all reports", justify="right")
    table.add_column("told by", overflow="fold")
    for day in days:
        told = Text()
        for n, item in enumerate(day.items):
            told.append(("\n" if n else "") + item.text)
            told.append(f" [{item.article_id}]", style="dim")
        table.add_row(day_text(day.day), f"{day.later_reports} / {day.reports}", told)
    return table


def by_speaker(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Quotes sorted by speaker name (stable: text order within a speaker), no speaker last;
    a speaker's words that came through a medium after their own, by medium."""
    return sorted(
        rows,
        key=lambda row: (
            (speaker_named(row) if row["speaker_name"] or row["speaker_text"] else "~").lower(),
            (row.get("via") or "").lower(),
        ),
    )


def speaker_label(row: dict[str, Any]) -> str:
    """Who said it, and the medium it came through: "Kim Jong Un (via official media)"."""
    speaker = speaker_named(row)
    return f"{speaker} (via {row['via']})" if row.get("via") else speaker


def speaker_named(row: dict[str, Any]) -> str:
    """The speaker's entity name, else the speaker phrase; a "they" that stands for persons
    named together, with their names: "They (Paul Collier and Jean-Louis Warnholz)"
    (`Quote.speaker_group`)."""
    speaker = row["speaker_name"] or row["speaker_text"] or "(no speaker)"
    group = row.get("speaker_group_names")
    if group and not row["speaker_name"]:
        return f"{speaker} ({' and '.join(group)})"
    return speaker


def quote_place(row: dict[str, Any]) -> str:
    """Where a quote is: "report id:sentence number", or "report id:title" for a statement
    its headline attributes (offsets into the title, no sentence)."""
    if row.get("field") == "title":
        return f"{row['article_id']}:title"
    return f"{row['article_id']}:{row['sentence_idx'] + 1}"


def quotes_table(rows: list[dict[str, Any]], title: str) -> Table:
    """Who said what: quotes grouped by speaker (rows come sorted by speaker), each with the
    report and sentence it comes from and the dates that sentence names; what came through
    a medium is a group of its own (`speaker_label`). What was said is shown in its parts,
    without the words that interrupt it (`said_text`: "We will fight, … until the end.")."""
    table = Table(
        title=title, expand=True, caption="at: report id:sentence number (or :title, its headline)"
    )
    for column, ratio in (("speaker", 2), ("kind", 0), ("said", 6), ("cue", 0), ("dates", 2)):
        if ratio:
            table.add_column(column, overflow="fold", ratio=ratio)
        else:
            table.add_column(column, no_wrap=True)
    table.add_column("at", justify="right", no_wrap=True)
    previous = None
    for row in rows:
        speaker = speaker_label(row)
        if previous is not None and speaker != previous:
            table.add_section()
        table.add_row(
            Text(speaker, style="bold") if speaker != previous else "",
            row["kind"],
            row["said"],
            row["cue"] or "",
            ", ".join(readable(value) for value in row["dates"] or []),
            quote_place(row),
        )
        previous = speaker
    return table


def _as_marks(
    mentions: list[dict[str, Any]], actor_mentions: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """One list of marks in text order: actor mentions labelled by entity id, and the other
    entity mentions (dates, amounts, …) by their label. One that lies inside an actor mention
    is kept as that mark's inner mark ("Feb. 9[DATE] New Hampshire primary[#12]"); one that
    crosses an actor mention's edge is left out."""
    marks = [
        {"start": m["start"], "end": m["end"], "label": f"#{m['entity_id']}",
         "style": "bold cyan", "inner": []}
        for m in actor_mentions
    ]  # fmt: skip
    actors = list(marks)
    for m in mentions:
        start, end = m["start_char"], m["end_char"]
        style = LABEL_STYLES.get(m["label"], DEFAULT_LABEL_STYLE)
        mark = {"start": start, "end": end, "label": m["label"], "style": style, "inner": []}
        crossed = [a for a in actors if a["start"] < end and start < a["end"]]
        if not crossed:
            marks.append(mark)
        elif len(crossed) == 1 and _holds(crossed[0], mark):
            crossed[0]["inner"].append(mark)
    for mark in marks:
        mark["inner"].sort(key=lambda m: (m["start"], -m["end"]))
    return sorted(marks, key=lambda m: (m["start"], -m["end"]))


def _holds(outer: dict[str, Any], inner: dict[str, Any]) -> bool:
    """Does `inner` lie inside `outer` and leave some of it unmarked (not the same words)?"""
    inside = outer["start"] <= inner["start"] and inner["end"] <= outer["end"]
    return inside and (inner["start"], inner["end"]) != (outer["start"], outer["end"])


def article_view(
    article: dict[str, Any],
    blocks: list[dict[str, Any]],
    mentions: list[dict[str, Any]],
    actor_mentions: list[dict[str, Any]] = (),  # type: ignore[assignment]
) -> Panel:
    """The clean text, headings in bold, actor mentions marked with their entity id ("#3")
    and other entity mentions with their label."""
    text = Text()
    body = article["text"]
    marks = _as_marks(mentions, list(actor_mentions))
    for i, block in enumerate(blocks):
        if i:
            text.append("\n\n")
        start, end = block["start_char"], block["end_char"]
        inside = [m for m in marks if start <= m["start"] and m["end"] <= end]
        piece = _marked(body, start, end, inside)
        if block["kind"] == "heading":
            piece.stylize("bold underline")
        elif block["kind"] == "item":
            piece = Text("• ") + piece
        elif block["kind"] == "byline":
            piece.stylize("italic")
        text.append_text(piece)
    meta = [
        f"id {article['id']}",
        article["published"] or "no date",
        article["source"] or "",
        article["path"] + (f":{article['line']}" if article["line"] is not None else ""),
    ]
    if label := page_kind_label(article):
        meta.append(label)
    if article["duplicate_of"] is not None:
        meta.append(f"duplicate of {article['duplicate_of']} ({article['similarity']:.2f})")
    header = Text(" · ".join(m for m in meta if m), style="dim")
    return Panel(Group(header, Text(""), text), title=untitled(article), title_align="left")


# what a report that is not a news page is (`storyline.ingest.page_kind`), as a reader says it
PAGE_KIND_LABELS = {
    "comments": "readers' comments",
    "letters": "letters page",
    "listing": "programme listing",
}


def page_kind_label(report: dict[str, Any]) -> str:
    """What kind of page a report is, for a reader; "" for a news report."""
    return PAGE_KIND_LABELS.get(report.get("page_kind") or "news", "")


def title_with_kind(report: dict[str, Any], width: int = 60) -> str | Text:
    """The report's title (`untitled`), and what kind of page it is when it is not news:
    a reader should know a listing or a readers' page from the reports around it."""
    label = page_kind_label(report)
    if not label:
        return untitled(report, width)
    return Text(untitled(report, width)) + Text(f" ({label})", style="italic")


def _marked(body: str, start: int, end: int, marks: list[dict[str, Any]]) -> Text:
    """`body[start:end]` with each mark styled and its label after it; a mark's inner marks
    inside it the same way."""
    piece = Text()
    cursor = start
    for m in marks:
        if m["start"] < cursor:
            continue
        piece.append(body[cursor : m["start"]])
        inner = _marked(body, m["start"], m["end"], m.get("inner", []))
        inner.stylize_before(m["style"])  # the inner marks keep their own style
        piece.append_text(inner)
        piece.append(f"[{m['label']}]", style="dim")
        cursor = m["end"]
    piece.append(body[cursor:end])
    return piece


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """ "1 report", "2 reports"; `nouns` where the plural is not the noun and an s."""
    return f"{count} {noun if count == 1 else nouns or noun + 's'}"


def or_note(table: Table, rows: int, note: str) -> Table | Text:
    """The table, or a line saying why there is nothing to show (`rows`: how many it holds)."""
    return table if rows else Text(note, style="dim")


def report_summary(report: IngestReport, console: Console) -> None:
    """The closing lines of an ingest: counts, rate, each reject and each skipped file."""
    rate = report.accepted / report.seconds if report.seconds else 0.0
    console.print(
        f"[bold]{report.accepted}[/] stored, [bold]{report.duplicates}[/] duplicates, "
        f"[bold]{report.unchanged}[/] unchanged, [bold red]{report.rejected}[/] rejected "
        f"in {report.seconds:.1f} s ({rate:.1f} articles/s)"
    )
    filing = report.stories
    if filing is not None and filing.filed:
        console.print(
            f"filed {plural(len(filing.filed), 'report')} into "
            f"{plural(len(filing.touched_stories), 'story', 'stories')} "
            f"({filing.new_stories} new; {plural(filing.new_topics, 'new topic')}): "
            "`storyline stories` lists them"
        )
    for where, reason in report.rejects:
        console.print(f"  [red]rejected[/] {where}: {reason}", highlight=False)
    if report.skipped:
        example = "e.g. " if len(report.skipped) > 1 else ""
        console.print(
            f"  skipped {plural(len(report.skipped), 'file')} of unsupported type in folders"
            f"{',' if example else ':'} {example}{report.skipped[0]}",
            highlight=False,
        )
