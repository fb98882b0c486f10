"""Write a system's TIMEX3s into a copy of a TimeML file, for the official TempEval-3 scorer.

The input file is copied character for character, except inside `<TEXT>`: its gold TIMEX3
tags are removed and the system's are put in their place (`tid="t1"`…, `type`, `value`, and
`mod` when set). EVENT and SIGNAL tags, the DCT and everything after `</TEXT>` stay as they
were. An expression is skipped (and counted) when it is empty or out of the text, when it
overlaps an expression kept before it, or when no placement of its tags nests with the tags
around it (e.g. it starts inside an EVENT and ends after it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import quoteattr

from storyline.evaluation.time_scorer import TimexLike
from storyline.evaluation.timeml import TimeMLDocument, TimeMLError

TEXT_RE = re.compile(r"(<TEXT\b[^>]*>)(.*?)(</TEXT\s*>)", re.DOTALL)
TOKEN_RE = re.compile(r"<!--.*?-->|<[^>]*>|&[^;\s<&]*;|\r\n?|[^<&\r]", re.DOTALL)
TIMEX_TAG_RE = re.compile(r"</?TIMEX3\b")


@dataclass(frozen=True, slots=True)
class WrittenTimeML:
    """Where a document was written, how many expressions it holds and how many were left out."""

    path: Path
    written: int
    skipped: int


def _is_open(tag: str) -> bool:
    return not tag.startswith(("</", "<!", "<?")) and not tag.endswith("/>")


def _is_close(tag: str) -> bool:
    return tag.startswith("</")


def _nests(tags: Sequence[str]) -> bool:
    """Whether the tags open and close in balance (names are not checked: XML is well-formed)."""
    depth = 0
    for tag in tags:
        if _is_close(tag):
            depth -= 1
            if depth < 0:
                return False
        elif _is_open(tag):
            depth += 1
    return depth == 0


def _split(body: str) -> tuple[list[str], list[list[str]]]:
    """The raw characters of `<TEXT>` (one per text character) and the tags before each one.

    Gold TIMEX3 tags are dropped. `boundaries[i]` holds the tags before character i;
    the last boundary holds those after the last character.
    """
    characters: list[str] = []
    boundaries: list[list[str]] = [[]]
    for token in TOKEN_RE.findall(body):
        if token.startswith("<"):
            if not TIMEX_TAG_RE.match(token):
                boundaries[-1].append(token)
        else:
            characters.append(token)
            boundaries.append([])
    return characters, boundaries


def _timex_tags(tid: int, timex: TimexLike) -> tuple[str, str]:
    attributes = f"tid={quoteattr(f't{tid}')} type={quoteattr(timex.type)}"
    attributes += f" value={quoteattr(timex.value)}"
    mod = getattr(timex, "mod", None)
    if mod:
        attributes += f" mod={quoteattr(mod)}"
    return f"<TIMEX3 {attributes}>", "</TIMEX3>"


def _placement(
    boundaries: list[list[str]], start: int, end: int, min_open: int = 0
) -> tuple[int, int] | None:
    """Where the opening tag goes among the tags at `start`, the closing among those at `end`.

    The innermost placement whose enclosed tags nest is chosen; None when there is none.
    `min_open` keeps the opening after the closing tag of an expression ending at `start`.
    """
    first, last = boundaries[start], boundaries[end]
    inside = [tag for boundary in boundaries[start + 1 : end] for tag in boundary]
    for open_at in range(len(first), min_open - 1, -1):
        for close_at in range(len(last) + 1):
            if _nests([*first[open_at:], *inside, *last[:close_at]]):
                return open_at, close_at
    return None


def render_text(body: str, expressions: Sequence[TimexLike]) -> tuple[str, int, int]:
    """The content of `<TEXT>` with its TIMEX3s replaced: (content, written, skipped)."""
    characters, boundaries = _split(body)
    # per boundary: (index among its tags, closing before opening, tag)
    inserts: dict[int, list[tuple[int, int, str]]] = {}
    written = skipped = last_end = last_close = 0
    for timex in sorted(expressions, key=lambda t: (t.start, -t.end)):
        place = None
        if 0 <= timex.start < timex.end <= len(characters) and timex.start >= last_end:
            min_open = last_close if timex.start == last_end else 0
            place = _placement(boundaries, timex.start, timex.end, min_open)
        if place is None:
            skipped += 1
            continue
        written += 1
        opening, closing = _timex_tags(written, timex)
        inserts.setdefault(timex.start, []).append((place[0], 1, opening))
        inserts.setdefault(timex.end, []).append((place[1], 0, closing))
        last_end, last_close = timex.end, place[1]
    parts: list[str] = []
    for position, (tags, character) in enumerate(zip(boundaries, [*characters, ""], strict=True)):
        added = sorted(inserts.get(position, []))
        for index, tag in enumerate([*tags, ""]):
            parts.extend(new for at, _, new in added if at == index)
            parts.append(tag)
        parts.append(character)
    return "".join(parts), written, skipped


def render_timeml(source: str, expressions: Sequence[TimexLike]) -> tuple[str, int, int]:
    """A TimeML file's source with the TIMEX3s of its `<TEXT>` replaced."""
    match = TEXT_RE.search(source)
    if match is None:
        raise TimeMLError("no <TEXT> element")
    body, written, skipped = render_text(match.group(2), expressions)
    rendered = source[: match.start(2)] + body + source[match.end(2) :]
    return rendered, written, skipped


def write_timeml(
    document: TimeMLDocument, expressions: Sequence[TimexLike], out_dir: Path
) -> WrittenTimeML:
    """Write `<out_dir>/<DOCID>.tml`: the document's file with the system's TIMEX3s."""
    if document.path is None:
        raise TimeMLError(f"{document.doc_id}: no source file to copy")
    source = document.path.read_bytes().decode("utf-8")  # keeps "\r" as it is
    try:
        rendered, written, skipped = render_timeml(source, expressions)
    except TimeMLError as error:
        raise TimeMLError(f"{document.path}: {error}") from error
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{document.doc_id}.tml"
    path.write_bytes(rendered.encode("utf-8"))
    return WrittenTimeML(path, written, skipped)
