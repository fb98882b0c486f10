"""The `storyline` command line. Thin: parses options, calls the library, renders with rich."""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import shlex
import signal
import sys
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any, TypeVar

import click
import duckdb
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from storyline import __version__
from storyline.errors import StorylineError
from storyline.export import export_corpus
from storyline.extract.actor_model import ACTOR_TYPES, THING_TYPES
from storyline.ingest.defaults import DEFAULT_MAX_BYTES, DEFAULT_NEAR_DUPLICATE
from storyline.interfaces import actor_view, render, story_view
from storyline.interfaces.actor_lookup import named_by, resolve_told_actor, said_by
from storyline.store.database import DEFAULT_DB, Database
from storyline.story.actor_timeline import load_actor_timeline
from storyline.story.material import load_story, told_among, told_entities
from storyline.story.update import ensure_developments

if TYPE_CHECKING:
    from storyline.ingest.run import IngestOptions, IngestReport

F = TypeVar("F", bound=Callable[..., Any])
EXIT_REJECTED = 1

console = Console()
err_console = Console(stderr=True)


def db_option(func: F) -> F:
    return click.option(
        "--db",
        "db_path",
        default=DEFAULT_DB,
        envvar="STORYLINE_DB",
        show_default=True,
        type=click.Path(dir_okay=False),
        help="DuckDB file of the corpus (env STORYLINE_DB).",
    )(func)


def data_option(help_text: str) -> Callable[[F], F]:
    """A bench's `--data` option: an existing folder, `help_text` saying which data."""
    return click.option(
        "--data", required=True, type=click.Path(exists=True, file_okay=False), help=help_text
    )


def processes_option(default: int) -> Callable[[F], F]:
    """The `--processes` / `-p` option: NLP worker processes, `default` unless given."""
    return click.option(
        "--processes", "-p", default=default, show_default=True, help="NLP worker processes."
    )


@contextmanager
def open_db(path: str, *, read_only: bool = False, create: bool = False) -> Iterator[Database]:
    """The database, or a clear CLI error when it cannot be opened. Only the commands that
    store reports `create` one: a reading command given a wrong path says so instead of
    leaving an empty store behind."""
    if not create and not Path(path).exists():
        raise click.ClickException(f"no database at {path}: run `storyline ingest PATH` first")
    try:
        db = Database(path, read_only=read_only)
    except StorylineError as exc:
        raise click.ClickException(in_use_message(path, exc) or str(exc)) from exc
    try:
        yield db
    finally:
        db.close()


def in_use_message(path: str, exc: BaseException) -> str | None:
    """What to tell a user whose command found the database locked by another process (DuckDB
    lets one process write to a file, and none read while it does), or None for any other error."""
    cause = exc.__cause__
    if not isinstance(cause, duckdb.IOException) or "lock" not in str(cause).lower():
        return None
    pid = re.search(r"\(PID (\d+)\)", str(cause))
    who = f" ({holder_description(int(pid.group(1)))})" if pid else ""
    return (
        f"{path} is in use by another storyline command{who}: a command that writes to it "
        "(`storyline ingest`, and `storyline story` or `export` while they find developments) "
        "needs it to itself, and none can open it while one writes; run this one when that "
        "one has finished"
    )


def holder_description(pid: int) -> str:
    """The words "process PID" and, where the system tells it, the command that process runs, as the
    user typed it (`storyline timeline --actor 71`), so they know which one to wait for."""
    import psutil  # only here: a locked database is rare, and readers start fast without it

    try:
        argv = psutil.Process(pid).cmdline()
    except (psutil.Error, OSError):
        return f"process {pid}"
    return f"process {pid}: `{typed_command(argv)}`" if argv else f"process {pid}"


def typed_command(argv: list[str]) -> str:
    """A storyline process's command line as typed: `storyline ARGS` whether it was started
    by the console script or as `python -m storyline.cli`; any other command line whole."""
    for index, word in enumerate(argv):
        if Path(word).name == "storyline" or word in ("storyline.cli", "storyline"):
            return shlex.join(["storyline", *argv[index + 1 :]])
    return shlex.join(argv)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="storyline")
def main() -> None:
    """Read news reports and reconstruct the stories they tell.

    \b
    Start with:  storyline demo
    Then:        storyline ingest my-reports/ && storyline list
    """


# -- ingest --------------------------------------------------------------------------------


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@processes_option(1)
@click.option(
    "--max-bytes",
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Reject files (or JSONL lines) larger than this.",
)
@click.option(
    "--near-duplicate",
    default=DEFAULT_NEAR_DUPLICATE,
    show_default=True,
    help="Estimated word-shingle Jaccard similarity above which a text is a near-duplicate.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def ingest_command(
    paths: tuple[str, ...],
    db_path: str,
    processes: int,
    max_bytes: int,
    near_duplicate: float,
    quiet: bool,
) -> None:
    """Ingest news files, folders (recursive) or JSONL on stdin (`-`).

    Reads .txt (with an optional NAME.meta.json sidecar: published, source, url, title,
    language), .html/.htm and .jsonl (one article a line: `text` or `html` plus the same
    keys). Exits with status 1 when any input was rejected; `storyline rejects` lists why.

    \b
    Example:
      storyline ingest reports/ dump.jsonl --db news.db --processes 2
      cat dump.jsonl | storyline ingest -
    """
    from storyline.ingest.run import IngestOptions  # imports spaCy: only when ingesting

    options = IngestOptions(
        max_bytes=max_bytes, near_duplicate_threshold=near_duplicate, processes=processes
    )
    report = run_ingest(list(paths), db_path, options, quiet=quiet)
    render.report_summary(report, err_console)
    if report.rejected:
        sys.exit(EXIT_REJECTED)


@contextmanager
def interrupts_in_this_process_only() -> Iterator[None]:
    """Ctrl-C reaches the whole process group; let only this process act on it.

    spaCy's worker processes are forked and inherit this handler, so they ignore the signal
    instead of each printing a traceback. This process ends them (SIGTERM) before spaCy joins
    them: left running, a worker can block for ever sending results nobody reads.
    """
    main_pid = os.getpid()

    def handler(signum: int, frame: FrameType | None) -> None:
        if os.getpid() != main_pid:
            return
        for child in multiprocessing.active_children():
            child.terminate()
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, handler)
    try:
        with warnings.catch_warnings():
            # W127: "not all worker processes completed": they were ended on purpose
            warnings.filterwarnings("ignore", message=r"\[W127\]")
            yield
    finally:
        signal.signal(signal.SIGINT, previous)


def run_ingest(
    paths: list[str], db_path: str, options: IngestOptions, *, quiet: bool
) -> IngestReport:
    """Ingest with a progress bar (on stderr) showing accepted, duplicate and rejected counts."""
    from storyline.ingest.run import ingest
    from storyline.nlp.pipeline import load_nlp  # spaCy loads in seconds: only when needed

    with open_db(db_path, create=True) as db:
        with err_console.status("loading the spaCy model…", spinner="dots"):
            nlp = load_nlp()
        progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[counts]}"),
            TimeElapsedColumn(),
            console=err_console,
            disable=quiet,
        )
        task = progress.add_task("ingest", total=None, counts="")

        def on_progress(report: IngestReport) -> None:
            if report.stage != "ingest":
                progress.update(
                    task,
                    description=report.stage,
                    total=report.stage_total,
                    completed=report.stage_done,
                )
                return
            counts = (
                f"[green]{report.accepted} stored[/] [yellow]{report.duplicates} duplicate[/] "
                f"[red]{report.rejected} rejected[/] [dim]{report.unchanged} unchanged[/]"
            )
            progress.update(task, total=report.total, completed=report.done, counts=counts)

        try:
            with progress, interrupts_in_this_process_only():
                return ingest(paths, db, nlp, options, on_progress)
        except KeyboardInterrupt:
            err_console.print(
                "[yellow]interrupted[/]: every stored article is whole; run the same command "
                "again to finish"
            )
            sys.exit(130)


# -- reading ---------------------------------------------------------------------------------


@main.command("list")
@db_option
@click.option("--limit", "-n", type=int, default=None, help="Show at most N articles.")
def list_command(db_path: str, limit: int | None) -> None:
    """List stored articles with date, title, source and duplicate links.

    \b
    Example:
      storyline list --db news.db -n 20
    """
    with open_db(db_path, read_only=True) as db:
        console.print(render.articles_table(db.articles(limit)))


@main.command("show")
@click.argument("article_id", type=int)
@db_option
def show_command(article_id: int, db_path: str) -> None:
    """Print an article's clean text with its actors marked by entity id, then its actors
    and its times.

    \b
    Example:
      storyline show 3
    """
    with open_db(db_path, read_only=True) as db:
        try:
            article = db.article(article_id)
        except StorylineError as exc:
            raise click.ClickException(str(exc)) from exc
        view = render.article_view(
            article,
            db.spans("blocks", article_id),
            db.spans("mentions", article_id),
            db.entity_mentions(article_id),
        )
        legend = render.entities_table(
            db.entities(article_id, types=ACTOR_TYPES), title="actors of this article"
        )
        times = render.times_table(db.times(article_id, titles=True), title="times of this article")
    console.print(view)
    console.print(legend)
    console.print(times)


def story_article_ids(db: Database, story_id: int) -> list[int]:
    """The reports of a story, or a clear CLI error when the id is unknown."""
    try:
        return db.story(story_id)["article_ids"]
    except StorylineError as exc:
        raise click.ClickException(str(exc)) from exc


def where_label(article_id: int | None, story_id: int | None) -> str:
    if story_id is not None:
        return f"story {story_id}"
    return f"article {article_id}" if article_id is not None else "all articles"


def check_article(db: Database, article_id: int | None) -> None:
    """Fail with a clear message when an article id given on the command line is unknown."""
    if article_id is not None:
        try:
            db.article(article_id)
        except StorylineError as exc:
            raise click.ClickException(str(exc)) from exc


@main.command("actors")
@db_option
@click.option("--article", "-a", "article_id", type=int, help="Only the actors of one article.")
@click.option("--story", "-s", "story_id", type=int, help="Only the actors of one story.")
@click.option(
    "--type",
    "-t",
    "actor_type",
    type=click.Choice(ACTOR_TYPES + THING_TYPES),
    help="Only this type.",
)
@click.option("--things", is_flag=True, help="List the things (products, things) instead.")
@click.option("--limit", "-n", type=int, default=50, show_default=True, help="Show at most N.")
def actors_command(
    db_path: str,
    article_id: int | None,
    story_id: int | None,
    actor_type: str | None,
    things: bool,
    limit: int,
) -> None:
    """List actors (entities linked across articles) with their codes and mention counts;
    with --things, the products and other things the reports name, most mentioned first.

    \b
    Examples:
      storyline actors
      storyline actors --article 3
      storyline actors --story 1
      storyline actors --type PERSON -n 20
      storyline actors --things -n 20
    """
    with open_db(db_path, read_only=True) as db:
        check_article(db, article_id)
        types = (actor_type,) if actor_type else THING_TYPES if things else ACTOR_TYPES
        where = where_label(article_id, story_id)
        kind = "things" if things or actor_type in THING_TYPES else "actors"
        note = f"No {kind} in {where}."
        if story_id is not None:
            rows = told_entities(db, story_article_ids(db, story_id), types=types)
            if not rows and kind == "actors":
                note = story_view.no_actors(db.story_reports(story_id))
        elif article_id is not None:  # one report's actors, all of them (as `show` marks them)
            rows = db.entities(article_id, types=types)
        else:
            rows = told_entities(db, types=types)
    table = render.entities_table(
        rows[:limit], title=f"{len(rows)} {kind} of {where}{more(rows, limit)}"
    )
    print_or_note(table, rows, note)


def more(rows: list[Any], limit: int) -> str:
    """What a title adds when the table shows only the first `limit` rows."""
    return f" (the first {limit} shown: -n N shows more)" if len(rows) > limit else ""


def print_or_note(table: Any, rows: list[Any], note: str) -> None:
    """The table, or one line saying there is nothing to show (not an empty table)."""
    console.print(render.or_note(table, len(rows), note), highlight=False)


@main.command("times")
@db_option
@click.option("--article", "-a", "article_id", type=int, help="Only the times of one article.")
@click.option("--story", "-s", "story_id", type=int, help="Only the times of one story.")
@click.option("--limit", "-n", type=int, default=100, show_default=True, help="Show at most N.")
def times_command(db_path: str, article_id: int | None, story_id: int | None, limit: int) -> None:
    """List time expressions with their calendar values (TimeML), by article and sentence.

    \b
    Examples:
      storyline times --article 3
      storyline times --story 1
      storyline times -n 20
    """
    with open_db(db_path, read_only=True) as db:
        check_article(db, article_id)
        if story_id is not None:
            rows = db.times(article_ids=story_article_ids(db, story_id), titles=True)
        else:
            rows = db.times(article_id, titles=True)
    where = where_label(article_id, story_id)
    table = render.times_table(
        rows[:limit], title=f"{len(rows)} times of {where}{more(rows, limit)}"
    )
    print_or_note(table, rows, f"No times in {where}: no sentence names a date or a time.")


@main.command("quotes")
@db_option
@click.option(
    "--actor", help="Only what one actor said: a part of its name, or its id (`storyline actors`)."
)
@click.option("--article", "-a", "article_id", type=int, help="Only the quotes of one article.")
@click.option("--story", "-s", "story_id", type=int, help="Only the quotes of one story.")
@click.option("--terms", is_flag=True, help="Also list quoted terms (scare quotes).")
@click.option("--limit", "-n", type=int, default=100, show_default=True, help="Show at most N.")
def quotes_command(
    db_path: str,
    actor: str | None,
    article_id: int | None,
    story_id: int | None,
    terms: bool,
    limit: int,
) -> None:
    """Who said what: quotes and reported speech, grouped by speaker; a statement a report's
    headline attributes ("Kasich: ‘…’") is at "ID:title".

    \b
    Examples:
      storyline quotes
      storyline quotes --actor Pence
      storyline quotes --actor 6 --story 1
      storyline quotes --article 3
    """
    with open_db(db_path, read_only=True) as db:
        check_article(db, article_id)
        if story_id is not None:
            rows = db.quotes(article_ids=story_article_ids(db, story_id), titles=True)
        else:
            rows = db.quotes(article_id, titles=True)
        if actor and actor.strip().isdigit():
            check_entity(db, int(actor))
    if not terms:
        rows = [row for row in rows if row["kind"] != "term"]
    who = ""
    if actor:
        rows = said_by(rows, actor)
        who = f" by actor {actor.strip()}" if actor.strip().isdigit() else f" by “{actor}”"
    rows = render.by_speaker(rows)
    where = where_label(article_id, story_id)
    table = render.quotes_table(
        rows[:limit], title=f"{len(rows)} quotes{who} of {where}{more(rows, limit)}"
    )
    hint = ": `storyline actors` lists the actors" if actor else ""
    print_or_note(table, rows, f"No quotes{who} in {where}{hint}.")


def check_entity(db: Database, entity_id: int) -> None:
    """Fail with a clear message when an actor id given on the command line is unknown."""
    if not db.has_entity(entity_id):
        raise click.ClickException(f"no actor with id {entity_id}: `storyline actors` lists them")


@main.command("timeline")
@db_option
@click.option(
    "--actor", required=True, help="The actor: a part of its name, or its id (`storyline actors`)."
)
@click.option("--story", "-s", "story_id", type=int, help="Only its sentences in one story.")
@click.option("--limit", "-n", type=int, default=100, show_default=True, help="Show at most N.")
def timeline_command(db_path: str, actor: str, story_id: int | None, limit: int) -> None:
    """One actor's timeline across every report: the sentences that mention it (pronouns and
    roles included) and its statements, by the date each speaks of.

    \b
    Examples:
      storyline timeline --actor Pence
      storyline timeline --actor 6 --story 1
    """
    with open_db(db_path, read_only=True) as db:
        if story_id is not None:
            story_article_ids(db, story_id)  # a clear error for an unknown id
        names = db.entity_names()
        told = told_among(db, [e["id"] for e in named_by(actor, names)])
        try:
            entity = resolve_told_actor(actor, names, told)
        except StorylineError as exc:
            raise click.ClickException(str(exc)) from exc
        if entity["id"] not in told:
            raise click.ClickException(untold_actor_message(db, entity))
        items = load_actor_timeline(db, entity["id"], story_id)
    who = f"{entity['name']} (actor {entity['id']})"
    where = f" in story {story_id}" if story_id is not None else ""
    title = f"Timeline of {who}{where}: {render.plural(len(items), 'sentence')}{more(items, limit)}"
    table = actor_view.actor_timeline_table(items[:limit], title=title)
    print_or_note(table, items, f"No sentence mentions {who}{where}.")


def untold_actor_message(db: Database, entity: dict[str, Any]) -> str:
    """Why an actor named only in programme listings or readers' words has no timeline, and
    where `storyline show` finds it (`story.material.told_entities`)."""
    reports = sorted({m["article_id"] for m in db.mentions_of_entity(entity["id"])})
    listed = ", ".join(map(str, reports[:SHOWN_REPORTS]))
    if len(reports) > SHOWN_REPORTS:
        listed += f" … and {len(reports) - SHOWN_REPORTS} more"
    return (
        f"{entity['name']} (actor {entity['id']}) is named only in a programme listing or in "
        f"readers' words on a readers' page, which tell no story "
        f"({render.plural(len(reports), 'report')}: {listed}); "
        f"`storyline show {reports[0]}` shows where"
    )


SHOWN_REPORTS = 8  # reports named in `untold_actor_message`


@main.command("stories")
@db_option
@click.option("--topic", "-t", "topic_id", type=int, help="Only the stories of one topic.")
@click.option("--topics", "list_topics", is_flag=True, help="List topics instead.")
@click.option("--limit", "-n", type=int, default=50, show_default=True, help="Show at most N.")
def stories_command(db_path: str, topic_id: int | None, list_topics: bool, limit: int) -> None:
    """Stories (developing events) and their topics, largest first.

    \b
    Examples:
      storyline stories
      storyline stories --topics
      storyline stories --topic 2
    """
    with open_db(db_path, read_only=True) as db:
        if list_topics:
            rows = db.topics()
            title = render.plural(len(rows), "topic") + more(rows, limit)
            table = story_view.topics_table(rows[:limit], title=title)
            print_or_note(table, rows, NO_STORIES)
            return
        rows = db.stories(topic_id)
    if topic_id is not None and not rows:
        raise click.ClickException(
            f"no topic with id {topic_id}: `storyline stories --topics` lists them"
        )
    where = f" of topic {topic_id}" if topic_id is not None else ""
    title = render.plural(len(rows), "story", "stories") + where + more(rows, limit)
    table = story_view.stories_table(rows[:limit], title=title)
    print_or_note(table, rows, NO_STORIES)


NO_DAYS = "No sentence of this story's reports names a calendar day."
NO_STORIES = "No stories yet: `storyline ingest PATH` files each report it stores into a story."


@main.command("story")
@click.argument("story_id", type=int)
@db_option
@click.option(
    "--summary",
    "summary_days",
    type=click.IntRange(min=1),
    help="Only a short timeline: the N days later reports look back on most, two sentences each.",
)
def story_command(story_id: int, db_path: str, summary_days: int | None) -> None:
    """One story: title, dates, reports, actors, timeline, quotes by speaker, developments.

    \b
    Examples:
      storyline story 1
      storyline story 1 --summary 10
    """
    if summary_days is not None:
        from storyline.story.summary import summarize_timeline  # imports spaCy's stop words

        with open_db(db_path, read_only=True) as db:
            story_article_ids(db, story_id)
            material = load_story(db, story_id)
        dates = {a["id"]: a["report_date"] for a in material.articles}
        days = summarize_timeline(material.timeline(), summary_days, 2, dates)
        title = f"Story {story_id} in {render.plural(len(days), 'day')}"
        console.print(render.or_note(render.summary_table(days, title), len(days), NO_DAYS))
        return
    with open_db(db_path) as db:  # developments are found on first view, and kept
        story_article_ids(db, story_id)  # a clear error for an unknown id
        if db.undeveloped_stories([story_id]):
            with progress_bar("finding what each report adds"):
                ensure_developments(db, [story_id])
        story = db.story(story_id)
        material = load_story(db, story_id)
        view = story_view.story_view(
            story,
            material.articles,
            told_entities(
                db, story["article_ids"], limit=20, types=ACTOR_TYPES, untold=material.untold
            ),
            material.timeline(),
            [q for q in material.quotes if q["kind"] != "term"],
            db.developments(story_id),
            story_view.Sentences(material.sentences),
            material.order,
        )
    console.print(view)


@contextmanager
def progress_bar(label: str) -> Iterator[tuple[Progress, Any]]:
    """A progress bar on stderr for work after which something is printed to stdout."""
    progress = Progress(
        TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err_console, disable=not err_console.is_terminal,
    )  # fmt: skip
    with progress:
        yield progress, progress.add_task(label, total=None)


@main.command("rejects")
@db_option
def rejects_command(db_path: str) -> None:
    """List inputs that were rejected, with the file, line and reason.

    \b
    Example:
      storyline rejects --db news.db
    """
    with open_db(db_path, read_only=True) as db:
        console.print(render.rejects_table(db.rejects()))


@main.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True)
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False, writable=True), help="File (default stdout)."
)
def export_command(db_path: str, fmt: str, output: str | None) -> None:
    """Write the whole corpus as one JSON object (articles, mentions, …).

    Offsets (`start`, `end`) are character offsets into the article's `text`.

    \b
    Example:
      storyline export --format json -o corpus.json
    """
    if output and not Path(output).resolve().parent.is_dir():  # before the work, not after
        raise click.ClickException(f"cannot write {output}: no folder {Path(output).parent}")
    with open_db(db_path) as db:  # developments not found yet are found first, and kept
        stale = db.undeveloped_stories([row["id"] for row in db.stories()])
        if stale:
            with progress_bar("developments") as (progress, task):
                ensure_developments(
                    db,
                    stale,
                    on_progress=lambda n, total: progress.update(task, completed=n, total=total),
                )
        data = export_corpus(db)
    text = json.dumps(data, ensure_ascii=False, default=str)
    if output:
        try:
            Path(output).write_text(text + "\n", encoding="utf-8")
        except OSError as exc:
            raise click.ClickException(f"cannot write {output}: {exc.strerror}") from exc
    else:
        click.echo(text)


# -- demo ------------------------------------------------------------------------------------


def bundled_examples() -> Path:
    """The folder of bundled example reports (Wikinews, CC BY 2.5)."""
    return Path(str(resources.files("storyline").joinpath("examples/wikinews_apple")))


@main.command("demo")
@click.option(
    "--db",
    "db_path",
    default="storyline-demo.db",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="Where to store the demo corpus.",
)
@processes_option(1)
def demo_command(db_path: str, processes: int) -> None:
    """Ingest the bundled example reports and show what storyline found.

    The examples are 30 Wikinews reports about Apple (2005–2011, CC BY 2.5; see
    ATTRIBUTION.md beside them).

    \b
    Example:
      storyline demo && storyline list --db storyline-demo.db
    """
    from storyline.ingest.run import IngestOptions

    folder = bundled_examples()
    console.print(f"Ingesting the bundled examples from [bold]{folder}[/] into {db_path}")
    report = run_ingest([str(folder)], db_path, IngestOptions(processes=processes), quiet=False)
    render.report_summary(report, console)
    with open_db(db_path, read_only=True) as db:
        counts = db.counts()
        console.print(
            f"\nThe corpus holds {counts['articles']} articles ({counts['duplicates']} "
            f"duplicates), {counts['sentences']} sentences and {counts['mentions']} entity "
            "mentions."
        )
        console.print(render.articles_table(db.articles()))
        console.print(
            render.entities_table(
                told_entities(db, limit=15, types=ACTOR_TYPES), title="Most mentioned actors"
            )
        )
        first = db.articles(1)[0]["id"]
        article = db.article(first)
        console.print(
            render.article_view(
                article,
                db.spans("blocks", first),
                db.spans("mentions", first),
                db.entity_mentions(first),
            )
        )
        console.print(
            render.times_table(db.times(first, titles=True), title="Its times, as calendar values")
        )
        said = [q for q in db.quotes(first, titles=True) if q["kind"] != "term"]
        console.print(render.quotes_table(said, title="Who said what in it"))
        stories = db.stories()
        title = render.plural(len(stories), "story", "stories")
        title += " (the first 15: `storyline stories` lists more)" if len(stories) > 15 else ""
        console.print(story_view.stories_table(stories[:15], title=title))
    console.print(
        f"\nNext: [bold]storyline story {stories[0]['id'] if stories else 1} --db {db_path}[/], "
        f"[bold]storyline show ID --db {db_path}[/], "
        f"[bold]storyline actors --db {db_path}[/], [bold]storyline times --db {db_path}[/], "
        f"[bold]storyline quotes --db {db_path}[/], "
        f"[bold]storyline export --db {db_path}[/], "
        "or ingest your own reports with [bold]storyline ingest PATH[/]."
    )


# -- bench -----------------------------------------------------------------------------------


@main.group("bench")
def bench_group() -> None:
    """Benchmarks on public datasets. Each prints a table, then one JSON line of metrics."""


def parse_sizes(value: str) -> list[int]:
    """Comma-separated whole numbers; the benchmarks check their range themselves."""
    try:
        return [int(part) for part in value.split(",")]
    except ValueError:
        raise click.BadParameter(f"{value!r}: give whole numbers such as 1000,4000") from None


def echo_bench_result(run: Callable[[], dict[str, Any]]) -> None:
    """Run a benchmark (its tables go to the console) and print its metrics as one JSON
    object on the last line; a StorylineError becomes a clean command-line error."""
    try:
        result = run()
    except StorylineError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(result))


@bench_group.command("ingest")
@data_option("Timeline17 folder (topic_source folders holding articles.json).")
@click.option(
    "--sizes",
    default="1000,4000",
    show_default=True,
    callback=lambda _ctx, _param, value: parse_sizes(value),
    help="Corpus sizes to run, comma-separated.",
)
@processes_option(2)
def bench_ingest_command(data: str, sizes: list[int], processes: int) -> None:
    """Throughput of the whole ingest path against bare spaCy, and peak memory by corpus size.

    \b
    Example:
      storyline bench ingest --data ../shared/data/timeline17
    """
    from storyline.evaluation.bench_ingest import run_bench_ingest

    echo_bench_result(
        lambda: run_bench_ingest(Path(data), sizes, processes=processes, console=console)
    )


@bench_group.command("actors")
@data_option("ECB+ folder of topic folders (e.g. ../shared/data/ecbplus/ECB+).")
@click.option(
    "--sentences",
    type=click.Path(exists=True, dir_okay=False),
    help="ECB+ validated-sentences CSV (default: found in or above --data).",
)
@click.option(
    "--meantime",
    type=click.Path(exists=True, file_okay=False),
    help="MEANTIME folder (default: beside ECB+ in a shared/data layout).",
)
@click.option(
    "--conll",
    type=click.Path(exists=True, dir_okay=False),
    help="CoNLL-2003 valid.txt (default: beside ECB+ in a shared/data layout).",
)
@click.option(
    "--topics",
    callback=lambda _ctx, _param, value: parse_sizes(value) if value else None,
    help="Only these ECB+ topics, comma-separated (default: all there).",
)
@click.option(
    "--skip", multiple=True, type=click.Choice(["meantime", "conll"]), help="Leave a part out."
)
@processes_option(2)
def bench_actors_command(
    data: str,
    sentences: str | None,
    meantime: str | None,
    conll: str | None,
    topics: list[int] | None,
    skip: tuple[str, ...],
    processes: int,
) -> None:
    """Entity coreference (ECB+, MEANTIME) against a same-head-lemma baseline, and NER F1.

    \b
    Example:
      storyline bench actors --data ../shared/data/ecbplus/ECB+
    """
    from storyline.evaluation.bench_actors import run_bench_actors

    def path(value: str | None) -> Path | None:
        return Path(value) if value else None

    echo_bench_result(
        lambda: run_bench_actors(
            Path(data),
            path(sentences),
            path(meantime),
            path(conll),
            processes,
            console,
            topics=topics,
            skip=skip,
        )
    )


@bench_group.command("times")
@data_option("Folder of TimeML files (subfolders scored apart: TimeBank, AQUAINT) or MEANTIME.")
@click.option(
    "--out",
    type=click.Path(file_okay=False),
    help="Write storyline's TIMEX3s into copies of the files here, for the TempEval-3 scorer.",
)
@click.option(
    "--peers", is_flag=True, help="Also run HeidelTime and dateparser (extra `peers`; slow)."
)
@processes_option(1)
def bench_times_command(data: str, out: str | None, peers: bool, processes: int) -> None:
    """TIMEX3 extraction and normalization (TempEval-3 Task A): strict/relaxed F1, value F1.

    \b
    Example:
      storyline bench times --data ../shared/data/tempeval3/TBAQ-cleaned --peers
      storyline bench times --data ../shared/data/meantime
    """
    from storyline.evaluation.bench_times import run_bench_times

    echo_bench_result(
        lambda: run_bench_times(
            Path(data),
            out=Path(out) if out else None,
            peers=peers,
            processes=processes,
            console=console,
        )
    )


@bench_group.command("quotes")
@data_option("PolNeAR split folder with text/ and attributions/ (e.g. ../shared/data/polnear/dev).")
@click.option(
    "--out",
    type=click.Path(dir_okay=False),
    help="Write storyline's quotes here as JSONL: one article a line, character spans.",
)
@click.option("--peers", is_flag=True, help="Also run textacy's direct quotations (extra `peers`).")
@processes_option(1)
def bench_quotes_command(data: str, out: str | None, peers: bool, processes: int) -> None:
    """Quotes and reported speech (PolNeAR): quote recall and speaker accuracy, content F1.

    \b
    Example:
      storyline bench quotes --data ../shared/data/polnear/dev --peers
    """
    from storyline.evaluation.bench_quotes import run_bench_quotes

    echo_bench_result(
        lambda: run_bench_quotes(
            Path(data),
            out=Path(out) if out else None,
            peers=peers,
            processes=processes,
            console=console,
        )
    )


@bench_group.command("stories")
@click.option(
    "--data",
    "datas",
    required=True,
    multiple=True,
    type=click.Path(exists=True, file_okay=False),
    help="Timeline17, ECB+ or WikiRef folder; repeat to pool folders of one format.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False),
    help="Write one TSV line per article: data folder, article id, story id, topic id.",
)
@click.option("--peers", is_flag=True, help="Also run TF-IDF + average linkage (extra `peers`).")
@processes_option(2)
@click.option("--undated", is_flag=True, help="Variant: drop publication dates (as ECB+'s).")
@click.option(
    "--sentences",
    type=click.IntRange(min=1),
    help="Variant: keep the title and the first N sentences of each text (as ECB+'s).",
)
def bench_stories_command(
    datas: tuple[str, ...],
    out: str | None,
    peers: bool,
    processes: int,
    undated: bool,
    sentences: int | None,
) -> None:
    """Grouping reports into topics and stories: B³ P/R/F1, ARI, NMI, articles/s.

    \b
    Examples:
      storyline bench stories --data ../shared/data/timeline17 --peers
      storyline bench stories --data ../shared/data/ecbplus/ECB+
      storyline bench stories --data ../shared/data/timeline17 --undated --sentences 4
    """
    from storyline.evaluation.bench_stories import run_bench_stories

    echo_bench_result(
        lambda: run_bench_stories(
            [Path(d) for d in datas],
            out=Path(out) if out else None,
            peers=peers,
            processes=processes,
            console=console,
            undated=undated,
            sentences=sentences,
        )
    )


@bench_group.command("timeline")
@data_option("SemEval-2015 Task 4 folder (trial documents and TimeLines_trial_data_task4_v1.2).")
@click.option("--held-out", is_flag=True, help="Also score the held-out timelines (final runs).")
@processes_option(1)
def bench_timeline_command(data: str, held_out: bool, processes: int) -> None:
    """Entity timelines (Track B): temporal-awareness P/R/F1 against a DCT baseline.

    \b
    Example:
      storyline bench timeline --data ../shared/data/semeval2015_task4_timeline
    """
    from storyline.evaluation.bench_timeline import run_bench_timeline

    echo_bench_result(
        lambda: run_bench_timeline(
            Path(data), held_out=held_out, processes=processes, console=console
        )
    )


@bench_group.command("developments")
@data_option("ECB+ folder of topic folders (e.g. ../shared/data/ecbplus/ECB+).")
@click.option(
    "--topics",
    callback=lambda _ctx, _param, value: parse_sizes(value) if value else None,
    help="Only these ECB+ topics, comma-separated (default: the odd, development ones).",
)
@click.option("--held-out", is_flag=True, help="Score the held-out (even) topics: final runs.")
@click.option("--peers", is_flag=True, help="Also score every-sentence-new and TF-IDF novelty.")
@click.option(
    "--store",
    type=click.Path(dir_okay=False),
    help="Keep the store in this file (a second run skips the NLP of stored reports).",
)
@processes_option(1)
def bench_developments_command(
    data: str,
    topics: list[int] | None,
    held_out: bool,
    peers: bool,
    store: str | None,
    processes: int,
) -> None:
    """What each report adds (`new` developments) against ECB+ event coreference: P/R/F1.

    \b
    Example:
      storyline bench developments --data ../shared/data/ecbplus/ECB+ --peers
    """
    from storyline.evaluation.bench_developments import run_bench_developments

    echo_bench_result(
        lambda: run_bench_developments(
            Path(data),
            topics=topics,
            held_out=held_out,
            peers=peers,
            processes=processes,
            store=Path(store) if store else None,
            console=console,
        )
    )


@bench_group.command("tls")
@data_option("Timeline17 folder (topic_source folders of articles.json and *.timeline.json).")
@click.option("--held-out", is_flag=True, help="Score the held-out folders (final runs) instead.")
@click.option(
    "--sentences",
    "sentences_per_date",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="Sentences told per day.",
)
@click.option(
    "--stores",
    type=click.Path(file_okay=False),
    help="Keep each folder's store here (a second run skips the NLP of stored reports).",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False),
    help="Write the summarized timelines as JSON (timeline name -> days and sentences).",
)
@processes_option(1)
def bench_tls_command(
    data: str,
    held_out: bool,
    sentences_per_date: int,
    stores: str | None,
    out: str | None,
    processes: int,
) -> None:
    """Timeline summaries against journalists' timelines: date F1, ROUGE-1/2 F.

    \b
    Example:
      storyline bench tls --data ../shared/data/timeline17
    """
    from storyline.evaluation.bench_tls import run_bench_tls

    echo_bench_result(
        lambda: run_bench_tls(
            Path(data),
            held_out=held_out,
            sentences_per_date=sentences_per_date,
            processes=processes,
            stores=Path(stores) if stores else None,
            out=Path(out) if out else None,
            console=console,
        )
    )


if __name__ == "__main__":
    main()
