"""Reader of the Timeline17 (T17) dataset: `<topic_source>/articles.json` folders.

Each `articles.json` is a JSON array of `{"uid", "dct", "dates", "text"}` where `text` is
Penn-Treebank tokenized (`-LRB-` for `(`, ``` `` ``` and `''` for quotes, spaces before
punctuation and inside brackets). `detokenize` turns it back into readable text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from storyline.errors import StorylineError

ARTICLES_FILE = "articles.json"

# PTB escapes of single tokens
_ESCAPES = {
    "-LRB-": "(",
    "-RRB-": ")",
    "-LSB-": "[",
    "-RSB-": "]",
    "-LCB-": "{",
    "-RCB-": "}",
    "``": '"',
    "''": '"',
    "`": "'",
}
# tokens written against the previous token: closing punctuation, closing quotes, clitics
_NO_SPACE_BEFORE = {
    ",", ".", ":", ";", "?", "!", "%", "...", "-RRB-", "-RSB-", "-RCB-", "''", "'",
}  # fmt: skip
_CLITICS = {"'s", "'re", "'ve", "'m", "'ll", "'d", "n't"}
# tokens written against the next token: opening brackets and quotes, currency and number signs
_NO_SPACE_AFTER = {"-LRB-", "-LSB-", "-LCB-", "``", "`", "$", "#"}
# PTB backslash-escapes `*` and `/` (`\*`, `9\/11`)
_BACKSLASH = re.compile(r"\\([*/])")
# runs of `!`/`?` (`!!`, `?!`) close a sentence like `!` does
_END_RUN = re.compile(r"[!?]+")


def _attaches_left(token: str) -> bool:
    return (
        token in _NO_SPACE_BEFORE
        or token.lower() in _CLITICS
        or _END_RUN.fullmatch(token) is not None
    )


def detokenize(text: str) -> str:
    """Undo PTB tokenization: escapes, and the spaces put around punctuation and quotes."""
    out: list[str] = []
    glue_next = True  # no space before the first token
    for token in text.split():
        if out and not glue_next and not _attaches_left(token):
            out.append(" ")
        out.append(_BACKSLASH.sub(r"\1", _ESCAPES.get(token, token)))
        glue_next = token in _NO_SPACE_AFTER
    return "".join(out)


class DatasetError(StorylineError):
    """The folder given is not a readable Timeline17 folder."""


@dataclass(frozen=True, slots=True)
class T17Record:
    """One Timeline17 article: its topic_source folder, uid, publication date and text."""

    folder: str
    uid: str
    published: str
    text: str


def article_files(root: str | Path) -> list[Path]:
    """The `articles.json` files under `root`, sorted; raise DatasetError when there is none."""
    root = Path(root)
    if not root.is_dir():
        raise DatasetError(f"{root} is not a folder (expected Timeline17 topic folders)")
    files = sorted(p for p in root.rglob(ARTICLES_FILE) if p.is_file())
    if not files:
        raise DatasetError(
            f"no {ARTICLES_FILE} anywhere under {root}: expected a Timeline17 folder holding "
            f"<topic_source>/{ARTICLES_FILE} files"
        )
    return files


def read_records(root: str | Path) -> Iterator[T17Record]:
    """Every article under `root`, folder by folder, in file order."""
    root = Path(root)
    for path in article_files(root):
        folder = path.parent.relative_to(root).as_posix()
        if folder == ".":
            folder = root.name
        try:
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise DatasetError(f"cannot read {path}: {exc}") from exc
        if not isinstance(data, list):
            raise DatasetError(f"{path} must hold a JSON array of articles")
        for number, item in enumerate(data):
            try:
                yield T17Record(
                    folder=folder,
                    uid=str(item["uid"]),
                    published=str(item["dct"]),
                    text=detokenize(item["text"]),
                )
            except (KeyError, TypeError, AttributeError) as exc:
                raise DatasetError(
                    f"{path}: article #{number} lacks uid, dct or text ({exc!r})"
                ) from exc


def load_records(root: str | Path) -> list[T17Record]:
    """All articles under `root`, sorted by (published, folder, uid)."""
    return sorted(read_records(root), key=_order)


def _order(record: T17Record) -> tuple[str, str, int, str]:
    """(published, folder, uid) with numeric uids in numeric order."""
    uid = record.uid
    return (record.published, record.folder, int(uid) if uid.isdigit() else -1, uid)


def write_jsonl(records: Sequence[T17Record], path: Path) -> None:
    """Write records as storyline JSONL: text, published and source (the topic_source folder)."""
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            line = {"text": record.text, "published": record.published, "source": record.folder}
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
