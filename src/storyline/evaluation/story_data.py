"""Gold topics and stories of Timeline17, ECB+ and WikiRef as one list of `StoryItem`s.

The format of each data folder is detected from what it holds:

- Timeline17: `articles.json` files under `<topic>_<source>/` folders. Gold topic = the folder
  name before the first `_` (bpoil_bbc and bpoil_reuters are one topic); no story level.
  Article id = `<folder>/<uid>`; published = the article's DCT; title and text those an ingest
  of the article's text stores (`as_ingested`; none has a headline-shaped first line).
- ECB+: topic folders (or an `ECB+` folder of them) of `<topic>_<n>ecb[plus].xml`. Gold topic =
  the topic number; gold story = topic + `ecb` or `ecbplus` (the two seminal events of a topic,
  e.g. `1ecb`, `1ecbplus`). Article id = the file stem; no dates. The source-URL sentence of
  `ecbplus` files is left out; the title and text are those an ingest of the document's text
  (one sentence a line) stores (`build_article`): a headline-shaped first line is the title
  and the rest the text, else no title and the whole text.
- WikiRef: `.txt` files (Windows-1252 or UTF-8, decoded as an ingest decodes them; first line
  the headline). Gold topic = the file name before its trailing number (`premier.league.3`,
  `ParisAttacks2015 (12)`); no story level, no dates.
  Title and text are those an ingest of the file stores (`as_ingested`): its first line is the
  title where it looks like a headline, else it stays in the text.
  Topics of five articles or fewer are the readme's "noise" but are kept as topics of their
  own. A folder of `WikiRef*` sets reads the largest one (each set is a subset of the next).

`as_reports_like_ecbplus` makes a development variant of any of them: no publication dates and
only the first sentences of each text, as ECB+'s reports are (undated, short), for studying the
clusterer there without reading the held-out set's errors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from storyline.errors import Rejected
from storyline.evaluation.cat_xml import build_text, parse_cat_xml
from storyline.evaluation.ecbplus import _URL_SENTENCE
from storyline.evaluation.timeline17 import DatasetError, read_records
from storyline.ingest.article import build_article
from storyline.ingest.decode import decode_bytes
from storyline.ingest.sources import SourceItem

TIMELINE17 = "timeline17"
ECBPLUS = "ecbplus"
WIKIREF = "wikiref"
FORMATS = (TIMELINE17, ECBPLUS, WIKIREF)

_ECB_FILE = re.compile(r"(\d+)_(\d+)(ecb|ecbplus)\.xml")
_WIKIREF_LABEL = re.compile(r"(.+?)[ .]*\(?\d+\)?")
# a sentence ends at . ! or ? (after a closing quote too) before a space and a capital, digit
# or opening quote; rough: an abbreviation before a name ("Mr. Smith") ends one too early
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“‘'A-Z0-9])|(?<=[.!?][\"”’])\s+")


@dataclass(frozen=True, slots=True)
class StoryItem:
    """One article with its gold topic and, where the data has one, its gold story."""

    source: str
    article_id: str
    title: str
    text: str
    published: str | None
    gold_topic: str
    gold_story: str | None


def _ecb_root(folder: Path) -> Path | None:
    """The folder holding ECB+ topic folders: `folder` itself or its `ECB+` child."""
    for root in (folder, folder / "ECB+"):
        for child in root.iterdir() if root.is_dir() else ():
            digits = child.is_dir() and child.name.isdigit()
            if digits and any(_ECB_FILE.fullmatch(p.name) for p in child.iterdir()):
                return root
    return None


def _wikiref_txt(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.txt") if p.name.lower() != "readme.txt")


def _wikiref_root(folder: Path) -> Path | None:
    """`folder` when it holds article .txt files, else its largest `WikiRef*` set."""
    if _wikiref_txt(folder):
        return folder
    sets = [p for p in folder.glob("WikiRef*") if p.is_dir() and _wikiref_txt(p)]
    return max(sets, key=lambda p: len(_wikiref_txt(p))) if sets else None


def detect_format(folder: Path) -> str:
    """`timeline17`, `ecbplus` or `wikiref`; DatasetError when the folder is none of them."""
    if not folder.is_dir():
        raise DatasetError(f"{folder} is not a folder")
    if next(folder.rglob("articles.json"), None) is not None:
        return TIMELINE17
    if _ecb_root(folder) is not None:
        return ECBPLUS
    if _wikiref_root(folder) is not None:
        return WIKIREF
    raise DatasetError(
        f"{folder}: neither Timeline17 (<topic>_<source>/articles.json), ECB+ (topic folders of "
        "<topic>_<n>ecb[plus].xml) nor WikiRef (.txt articles)"
    )


def read_timeline17(folder: Path) -> list[StoryItem]:
    """Timeline17 articles; gold topic = their folder's name before `_`."""
    return [
        StoryItem(
            source=folder.name,
            article_id=f"{record.folder}/{record.uid}",
            title=title,
            text=text,
            published=record.published or None,
            gold_topic=Path(record.folder).name.split("_")[0],
            gold_story=None,
        )
        for record in read_records(folder)
        for title, text in [as_ingested(record.text)]
    ]


def read_ecbplus_items(folder: Path, topics: Iterable[int] | None = None) -> list[StoryItem]:
    """ECB+ documents (of `topics`, default all) in topic order, ECB before ECB+ halves."""
    root = _ecb_root(folder)
    if root is None:
        raise DatasetError(f"{folder}: no ECB+ topic folders inside")
    wanted = None if topics is None else set(topics)
    found = []
    for topic_folder in root.iterdir():
        if not (topic_folder.is_dir() and topic_folder.name.isdigit()):
            continue
        for path in topic_folder.iterdir():
            match = _ECB_FILE.fullmatch(path.name)
            if match and (wanted is None or int(match[1]) in wanted):
                found.append((int(match[1]), match[3], int(match[2]), path))
    items = []
    for topic, half, _, path in sorted(found):
        skip = {_URL_SENTENCE} if half == "ecbplus" else set()
        title, text = as_ingested(build_text(parse_cat_xml(path).tokens, skip=skip).text)
        items.append(
            StoryItem(
                source=folder.name,
                article_id=path.stem,
                title=title,
                text=text,
                published=None,
                gold_topic=str(topic),
                gold_story=f"{topic}{half}",
            )
        )
    return items


def read_as_ingested(path: Path) -> str:
    """The file's text as an ingest decodes it (`decode_bytes`), or as Windows-1252 with
    replacement characters where an ingest would reject it: the gold still counts the file."""
    data = path.read_bytes()
    try:
        return decode_bytes(data)[0]
    except Rejected:
        return data.decode("cp1252", errors="replace")


def as_ingested(text: str) -> tuple[str, str]:
    """The title ("" for none) and text an ingest of the plain `text` stores. A text an ingest
    rejects (empty after cleaning) is kept as given, with no title: the gold still counts it."""
    source = SourceItem(key="", path="", line=None, format="text", content=text)
    try:
        article = build_article(source)
    except Rejected:
        return "", text
    return article.meta.title or "", article.text


def wikiref_label(stem: str) -> str:
    """The gold topic of a WikiRef file stem: the name before its trailing number."""
    match = _WIKIREF_LABEL.fullmatch(stem)
    return match[1] if match else stem


def read_wikiref(folder: Path) -> list[StoryItem]:
    """WikiRef articles (Windows-1252 or UTF-8), decoded and titled as an ingest of the file
    decodes and titles them."""
    root = _wikiref_root(folder)
    if root is None:
        raise DatasetError(f"{folder}: no WikiRef .txt articles inside")
    items = []
    for path in _wikiref_txt(root):
        title, text = as_ingested(read_as_ingested(path))
        items.append(
            StoryItem(
                source=root.name,
                article_id=path.stem,
                title=title,
                text=text,
                published=None,
                gold_topic=wikiref_label(path.stem),
                gold_story=None,
            )
        )
    return items


READERS = {TIMELINE17: read_timeline17, ECBPLUS: read_ecbplus_items, WIKIREF: read_wikiref}


def read_story_data(folders: Sequence[Path]) -> tuple[str, list[StoryItem]]:
    """The format shared by all `folders` and their items pooled in date order.

    Raises DatasetError when the folders are of different formats or hold no article.
    """
    if not folders:
        raise DatasetError("no data folder given")
    formats = {folder: detect_format(folder) for folder in folders}
    if len(set(formats.values())) > 1:
        listed = ", ".join(f"{folder} ({kind})" for folder, kind in formats.items())
        raise DatasetError(f"the data folders must all be of one format: {listed}")
    kind = formats[folders[0]]
    items = [item for folder in folders for item in READERS[kind](folder)]
    if not items:
        raise DatasetError("no article in " + ", ".join(map(str, folders)))
    return kind, by_date(items)


def by_date(items: Iterable[StoryItem]) -> list[StoryItem]:
    """Items sorted by publication date, undated ones last; ties keep their order."""
    return sorted(items, key=lambda item: (item.published is None, item.published or ""))


def first_sentences(text: str, sentences: int) -> str:
    """The first `sentences` sentences of `text` (split at a full stop, question or
    exclamation mark before a capital, digit or quote), joined by spaces."""
    return " ".join(_SENTENCE_END.split(text.strip())[:sentences])


def as_reports_like_ecbplus(
    items: Sequence[StoryItem], *, undated: bool = False, sentences: int | None = None
) -> list[StoryItem]:
    """A development variant of `items`, in the same order: without publication dates
    (`undated`; the clusterer then reads a report's date from its text, as on ECB+) and
    with only the first `sentences` sentences of each text (the title is kept)."""
    return [
        replace(
            item,
            published=None if undated else item.published,
            text=item.text if sentences is None else first_sentences(item.text, sentences),
        )
        for item in items
    ]
