"""Find inputs and read them into decoded `SourceItem`s, one per article-to-be.

Files: `.txt`/`.text` (with an optional `NAME.meta.json` sidecar), `.html`/`.htm`,
`.jsonl`/`.ndjson` (one article a line), folders (recursive), and `-` for JSONL on stdin.
Every problem becomes a `Rejected` carried by a `SourceItem`, never an exception that stops
the batch.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from storyline.errors import RejectCode, Rejected
from storyline.ingest.decode import decode_bytes
from storyline.ingest.meta import Meta, meta_from_mapping

Format = Literal["text", "html"]
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SIDECAR_SUFFIX = ".meta.json"
STDIN = "-"


@dataclass(frozen=True, slots=True)
class SourceItem:
    """One input unit: a file or a JSONL line, decoded, or the reason it could not be."""

    key: str
    path: str
    line: int | None
    format: Format | None = None
    content: str = ""
    meta: Meta = Meta()
    error: Rejected | None = None

    @property
    def where(self) -> str:
        """File and line, for messages."""
        return f"{self.path}:{self.line}" if self.line is not None else self.path


SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


def discover(paths: Iterable[str]) -> tuple[list[str], list[str]]:
    """Expand folders recursively into (files to read, files skipped).

    Inside folders, hidden files and sidecars are passed over and files of unsupported types
    are skipped (and listed); a file named explicitly is always read, so an unsupported one
    is rejected.
    """
    found: list[str] = []
    skipped: list[str] = []
    for raw in paths:
        path = Path(raw)
        if raw == STDIN or not path.is_dir():
            found.append(raw)
            continue
        for p in sorted(path.rglob("*")):
            if not p.is_file() or p.name.endswith(SIDECAR_SUFFIX):
                continue
            if any(part.startswith(".") for part in p.relative_to(path).parts):
                continue
            if p.suffix.lower() not in SUPPORTED_SUFFIXES:
                skipped.append(str(p))
            else:
                found.append(str(p))
    return found, skipped


def count_units(files: list[str]) -> int | None:
    """How many articles-to-be the files hold (JSONL lines counted); None when stdin is read."""
    total = 0
    for name in files:
        if name == STDIN:
            return None
        if Path(name).suffix.lower() in JSONL_SUFFIXES:
            try:
                with open(name, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


def read_sources(files: list[str], max_bytes: int) -> Iterator[SourceItem]:
    """Read every file (and stdin) into SourceItems, in order."""
    for name in files:
        if name == STDIN:
            yield from read_jsonl_stream(sys.stdin.buffer, "<stdin>", max_bytes)
            continue
        path = Path(name).resolve()
        suffix = path.suffix.lower()
        if not path.exists():
            yield _rejected(str(path), None, RejectCode.UNREADABLE, "no such file or folder")
        elif suffix in JSONL_SUFFIXES:
            try:
                with open(path, "rb") as handle:
                    yield from read_jsonl_stream(handle, str(path), max_bytes)
            except OSError as exc:
                yield _rejected(str(path), None, RejectCode.UNREADABLE, exc.strerror or str(exc))
        elif suffix in TEXT_SUFFIXES or suffix in HTML_SUFFIXES:
            yield read_file(path, "html" if suffix in HTML_SUFFIXES else "text", max_bytes)
        else:
            yield _rejected(str(path), None, RejectCode.UNSUPPORTED, repr(suffix or "(none)"))


def _rejected(path: str, line: int | None, code: RejectCode, detail: str) -> SourceItem:
    key = f"{path}:{line}" if line is not None else path
    return SourceItem(key=key, path=path, line=line, error=Rejected(code, detail))


def _size_text(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


def read_file(path: Path, fmt: Format, max_bytes: int) -> SourceItem:
    """Read one text or HTML file and its sidecar metadata."""
    where = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            detail = f"file is {_size_text(size)}, over the {_size_text(max_bytes)} limit"
            return _rejected(where, None, RejectCode.TOO_LARGE, detail)
        if size == 0:
            return _rejected(where, None, RejectCode.EMPTY, "the file is empty (0 bytes)")
        data = path.read_bytes()
        meta = read_sidecar(path)
        content, _encoding = decode_bytes(data)
    except OSError as exc:
        return _rejected(where, None, RejectCode.UNREADABLE, exc.strerror or str(exc))
    except Rejected as exc:
        return SourceItem(key=where, path=where, line=None, error=exc)
    return SourceItem(key=where, path=where, line=None, format=fmt, content=content, meta=meta)


def read_sidecar(path: Path) -> Meta:
    """Metadata from `NAME.meta.json` beside `path`, or empty metadata when there is none."""
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return Meta()
    try:
        data = json.loads(decode_bytes(sidecar.read_bytes())[0])
    except (json.JSONDecodeError, Rejected) as exc:
        raise Rejected(RejectCode.BAD_META, f"{sidecar.name}: {exc}") from exc
    if not isinstance(data, dict):
        raise Rejected(RejectCode.BAD_META, f"{sidecar.name} must hold a JSON object")
    return meta_from_mapping(data)


def read_jsonl_stream(handle: BinaryIO, where: str, max_bytes: int) -> Iterator[SourceItem]:
    """One SourceItem per non-blank line of a JSONL stream."""
    for number, raw in enumerate(handle, start=1):
        if not raw.strip():
            continue
        if len(raw) > max_bytes:
            detail = f"line is {_size_text(len(raw))}, over the {_size_text(max_bytes)} limit"
            yield _rejected(where, number, RejectCode.TOO_LARGE, detail)
            continue
        yield parse_jsonl_line(raw, where, number)


def parse_jsonl_line(raw: bytes, where: str, number: int) -> SourceItem:
    """Parse one JSONL line: an object with `text` or `html` and the metadata keys."""
    try:
        record = json.loads(decode_bytes(raw)[0])
    except json.JSONDecodeError as exc:
        return _rejected(where, number, RejectCode.BAD_JSON, f"{exc.msg} at column {exc.colno}")
    except Rejected as exc:
        return SourceItem(key=f"{where}:{number}", path=where, line=number, error=exc)
    if not isinstance(record, dict):
        return _rejected(where, number, RejectCode.BAD_RECORD, "expected a JSON object")
    text, html = record.get("text"), record.get("html")
    fmt: Format = "text" if text not in (None, "") else "html"
    content = text if fmt == "text" else html
    if content is None or content == "":
        return _rejected(where, number, RejectCode.EMPTY, "no 'text' or 'html' key with content")
    if not isinstance(content, str):
        return _rejected(where, number, RejectCode.BAD_RECORD, f"'{fmt}' must be a string")
    try:
        meta = meta_from_mapping(record)
    except Rejected as exc:
        return SourceItem(key=f"{where}:{number}", path=where, line=number, error=exc)
    return SourceItem(
        key=f"{where}:{number}",
        path=where,
        line=number,
        format=fmt,
        content=content,
        meta=meta,
    )
