"""Reader of gold entity coreference from ECB+ (`ECB+/<topic>/<topic>_<n>ecb[plus].xml`).

Entity mentions are the anchored markables tagged `HUMAN_PART*`, `NON_HUMAN_PART*`, `LOC*`
or `TIME*` (events, `ACTION_*` and `NEG_*`, are left out; unanchored markables are instances,
not mentions). A mention's cluster is:

- the instance id of a `CROSS_DOC_COREF` it is a source of (the target instance's
  `instance_id`, the relation's `note` otherwise): the same entity across documents;
- else `"<doc_id>/<target m_id>"` for an `INTRA_DOC_COREF` chain, unique to its document;
- else the singleton `"<doc_id>#<m_id>"`.

`ecbplus` documents carry their source URL tokenized as sentence 0: it is left out of the
text (`ecb` documents have none; their sentence 0 is the first sentence of the text).

The corpus annotates coreference reliably only in the sentences that
`ECBplus_coreference_sentences.csv` lists, so by default only mentions in those sentences
are kept (the text stays whole). Without an explicit path, the CSV is looked for in the
folder given and in up to two folders above it; when there is none, all mentions are kept.

`read_ecbplus_events` reads the event mentions (`ACTION_*`, `NEG_*`) instead, by sentence,
with the same chains, for the developments bench.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from storyline.evaluation.cat_xml import (
    CatDocument,
    GoldDocument,
    GoldMention,
    build_text,
    parse_cat_xml,
    singleton_id,
)
from storyline.evaluation.timeline17 import DatasetError

SENTENCES_CSV = "ECBplus_coreference_sentences.csv"
ENTITY_TAG_PREFIXES = ("HUMAN_PART", "NON_HUMAN_PART", "LOC", "TIME")
_DOC_NAME = re.compile(r"(\d+)_(\d+)(ecb|ecbplus)\.xml")
_URL_SENTENCE = 0


def find_sentences_csv(folder: Path) -> Path | None:
    """The validated-sentences CSV in `folder` or up to two folders above it, if any."""
    for parent in (folder, folder.parent, folder.parent.parent):
        candidate = parent / SENTENCES_CSV
        if candidate.is_file():
            return candidate
    return None


def read_sentences_csv(path: Path) -> dict[str, set[int]]:
    """Map doc_id (`<topic>_<n>ecb[plus]`) to its validated sentence numbers."""
    validated: dict[str, set[int]] = {}
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
    except (OSError, UnicodeDecodeError) as exc:
        raise DatasetError(f"{path}: cannot read the sentences CSV ({exc})") from exc
    if not rows or [c.strip() for c in rows[0]] != ["Topic", "File", "Sentence Number"]:
        raise DatasetError(f"{path}: expected the header 'Topic,File,Sentence Number'")
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        try:
            topic, name, number = (cell.strip() for cell in row)
            validated.setdefault(f"{int(topic)}_{name}", set()).add(int(number))
        except ValueError as exc:
            raise DatasetError(f"{path}:{line}: malformed row {row!r}") from exc
    return validated


def _topic_folders(folder: Path) -> dict[int, Path]:
    if not folder.is_dir():
        raise DatasetError(f"{folder}: no such folder")
    topics = {int(p.name): p for p in folder.iterdir() if p.is_dir() and p.name.isdigit()}
    if not topics and (folder / "ECB+").is_dir():
        return _topic_folders(folder / "ECB+")
    if not topics:
        raise DatasetError(f"{folder}: no ECB+ topic folders (named by topic number) inside")
    return topics


def _doc_files(topic: int, folder: Path) -> list[Path]:
    found = []
    for path in folder.iterdir():
        match = _DOC_NAME.fullmatch(path.name)
        if match and int(match[1]) == topic:
            found.append((match[3] == "ecbplus", int(match[2]), path))
    if not found:
        raise DatasetError(f"{folder}: no <topic>_<n>ecb[plus].xml documents in topic {topic}")
    return [path for *_, path in sorted(found)]


def _clusters(doc: CatDocument, doc_id: str) -> dict[str, str]:
    """Cluster id of every mention that is the source of a coreference relation."""
    cross: dict[str, str] = {}
    intra: dict[str, str] = {}
    for rel in doc.relations:
        if rel.tag not in {"CROSS_DOC_COREF", "INTRA_DOC_COREF"} or len(rel.targets) != 1:
            continue
        target = rel.targets[0]
        if rel.tag == "CROSS_DOC_COREF":
            instance = doc.markables[target].attrs.get("instance_id") or rel.attrs.get("note")
            if instance:
                cross.update(dict.fromkeys(rel.sources, instance))
                continue
        intra.update(dict.fromkeys(rel.sources, f"{doc_id}/{target}"))
    return intra | cross  # a cross-document link wins


def read_ecbplus_document(
    path: Path, topic: int, validated: set[int] | None = None
) -> GoldDocument:
    """One ECB+ document; `validated` (sentence numbers), when given, filters the mentions."""
    doc = parse_cat_xml(path)
    doc_id = path.stem
    skip = {_URL_SENTENCE} if doc_id.endswith("ecbplus") else set()
    text = build_text(doc.tokens, skip=skip)
    clusters = _clusters(doc, doc_id)
    mentions = []
    for mark in doc.markables.values():
        if not mark.anchors or not mark.tag.startswith(ENTITY_TAG_PREFIXES):
            continue
        span = text.span(mark.anchors)
        if span is None:  # in the URL sentence
            continue
        start, end, line = span
        if validated is not None and text.sentence_numbers[line] not in validated:
            continue
        cluster = clusters.get(mark.m_id) or singleton_id(doc_id, mark.m_id)
        mentions.append(
            GoldMention(doc_id, start, end, text.text[start:end], mark.tag, cluster, line)
        )
    mentions.sort(key=lambda m: (m.start, m.end, m.kind))
    return GoldDocument(doc_id, str(topic), text.text, text.sentences, mentions)


def read_ecbplus(
    folder: str | Path,
    sentences_csv: Path | None = None,
    topics: Iterable[int] | None = None,
    *,
    validated_only: bool = True,
) -> list[GoldDocument]:
    """Read ECB+ gold entity mentions; `folder` holds the topic folders (or an `ECB+` one).

    `sentences_csv` defaults to the CSV found near `folder` (see the module doc);
    `validated_only=False` keeps the mentions of every sentence. `topics` picks topic
    numbers; asking for one the folder does not hold is an error. Documents come in topic
    order, ECB documents before ECB+ ones.
    """
    folder = Path(folder)
    available = _topic_folders(folder)
    wanted = sorted(available) if topics is None else sorted(set(topics))
    missing = [t for t in wanted if t not in available]
    if missing:
        raise DatasetError(f"{folder}: no folder for topic(s) {missing}")
    validated: dict[str, set[int]] | None = None
    if validated_only:
        csv_path = sentences_csv or find_sentences_csv(folder)
        validated = read_sentences_csv(csv_path) if csv_path else None
    docs = []
    for topic in wanted:
        for path in _doc_files(topic, available[topic]):
            keep = None if validated is None else validated.get(path.stem, set())
            docs.append(read_ecbplus_document(path, topic, keep))
    return docs


# -- event mentions (the developments bench) ------------------------------------------------

EVENT_TAG_PREFIXES = ("ACTION", "NEG")


@dataclass(frozen=True, slots=True)
class EventDocument:
    """One ECB+ document as the developments bench reads it: the rebuilt text (a gold
    sentence per line) and, for each validated line, the chains of its event mentions.

    `subtopic` is `ecb` or `ecbplus` (the two seminal events of a topic), `number` the file
    number (`<topic>_<number>ecb.xml`). A chain is the cross-document instance id, else the
    within-document chain, else the mention alone (see `_clusters`, `singleton_id`)."""

    doc_id: str
    topic: int
    subtopic: str
    number: int
    text: str
    sentences: list[tuple[int, int]]
    events: dict[int, frozenset[str]]  # line -> chains of its event mentions (validated lines)


def read_event_document(path: Path, topic: int, validated: set[int] | None) -> EventDocument:
    """One document's event mentions by line; only `validated` sentence numbers when given."""
    match = _DOC_NAME.fullmatch(path.name)
    if match is None:
        raise DatasetError(f"{path}: not a <topic>_<n>ecb[plus].xml document")
    doc = parse_cat_xml(path)
    doc_id = path.stem
    skip = {_URL_SENTENCE} if doc_id.endswith("ecbplus") else set()
    text = build_text(doc.tokens, skip=skip)
    clusters = _clusters(doc, doc_id)
    events: dict[int, set[str]] = {}
    for mark in doc.markables.values():
        if not mark.anchors or not mark.tag.startswith(EVENT_TAG_PREFIXES):
            continue
        span = text.span(mark.anchors)
        if span is None:
            continue
        line = span[2]
        if validated is not None and text.sentence_numbers[line] not in validated:
            continue
        chain = clusters.get(mark.m_id) or singleton_id(doc_id, mark.m_id)
        events.setdefault(line, set()).add(chain)
    return EventDocument(
        doc_id,
        topic,
        match[3],
        int(match[2]),
        text.text,
        text.sentences,
        {line: frozenset(chains) for line, chains in sorted(events.items())},
    )


def read_ecbplus_events(
    folder: str | Path, topics: Iterable[int], sentences_csv: Path | None = None
) -> list[EventDocument]:
    """The event documents of `topics`, in topic, sub-topic (ECB, then ECB+) and file-number
    order; only validated sentences are read when the CSV is found (see the module doc)."""
    folder = Path(folder)
    available = _topic_folders(folder)
    wanted = sorted(set(topics))
    missing = [t for t in wanted if t not in available]
    if missing:
        raise DatasetError(f"{folder}: no folder for topic(s) {missing}")
    csv_path = sentences_csv or find_sentences_csv(folder)
    validated = read_sentences_csv(csv_path) if csv_path else None
    return [
        read_event_document(
            path, topic, None if validated is None else validated.get(path.stem, set())
        )
        for topic in wanted
        for path in _doc_files(topic, available[topic])
    ]


def ecbplus_topics(folder: str | Path) -> list[int]:
    """The topic numbers `folder` (or its `ECB+` folder) holds."""
    return sorted(_topic_folders(Path(folder)))
