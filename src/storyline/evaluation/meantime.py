"""Reader of gold entity coreference from MEANTIME (`intra_cross-doc_annotation/corpus_*`).

Mentions are the `ENTITY_MENTION` markables. A mention linked by `REFERS_TO` to an `ENTITY`
instance takes that instance's `instance_id` as cluster (the ids are shared across the
documents of a corpus) and its `ent_type` (PER, ORG, LOC, PRO, FIN, MIX) as kind; an unlinked
mention is the singleton `"<doc_id>#<m_id>"` of kind `ENTITY_MENTION`.

The text is every sentence (title, dateline, body), one per line; the creation time (DCT)
is not read. `#` before a number is restored to `£` as in the bundled Wikinews examples.
"""

from __future__ import annotations

from pathlib import Path

from storyline.evaluation.cat_xml import (
    GoldDocument,
    GoldMention,
    build_text,
    parse_cat_xml,
    singleton_id,
)
from storyline.evaluation.timeline17 import DatasetError

CROSS_DOC_FOLDER = "intra_cross-doc_annotation"


def corpus_folders(folder: Path) -> list[Path]:
    """The corpus folders to read: `folder` itself when it holds XML files, else the
    `corpus_*` folders of `folder/intra_cross-doc_annotation` (or of `folder`)."""
    if not folder.is_dir():
        raise DatasetError(f"{folder}: no such folder")
    if any(folder.glob("*.xml")):
        return [folder]
    for base in (folder / CROSS_DOC_FOLDER, folder):
        corpora = sorted(p for p in base.glob("corpus_*") if p.is_dir() and any(p.glob("*.xml")))
        if corpora:
            return corpora
    raise DatasetError(
        f"{folder}: no MEANTIME XML files, nor {CROSS_DOC_FOLDER}/corpus_* folders holding them"
    )


def read_meantime_document(path: Path, group: str) -> GoldDocument:
    """One MEANTIME document's text and entity mentions."""
    doc = parse_cat_xml(path)
    doc_id = doc.attrs.get("doc_id") or path.stem.split("_")[0]
    text = build_text(doc.tokens, pound_sign=True)
    instance: dict[str, tuple[str, str]] = {}  # mention m_id -> (instance id, entity type)
    for rel in doc.relations:
        if rel.tag != "REFERS_TO" or len(rel.targets) != 1:
            continue
        target = doc.markables[rel.targets[0]]
        instance_id = target.attrs.get("instance_id")
        if target.tag == "ENTITY" and instance_id:
            kind = target.attrs.get("ent_type") or "ENTITY_MENTION"
            instance.update(dict.fromkeys(rel.sources, (instance_id, kind)))
    mentions = []
    for mark in doc.markables.values():
        if mark.tag != "ENTITY_MENTION":
            continue
        span = text.span(mark.anchors)
        if span is None:
            raise DatasetError(f"{path}: ENTITY_MENTION {mark.m_id} has no token anchors")
        start, end, line = span
        cluster, kind = instance.get(mark.m_id, (singleton_id(doc_id, mark.m_id), mark.tag))
        mentions.append(GoldMention(doc_id, start, end, text.text[start:end], kind, cluster, line))
    mentions.sort(key=lambda m: (m.start, m.end, m.kind))
    return GoldDocument(doc_id, group, text.text, text.sentences, mentions)


def read_meantime(folder: str | Path) -> list[GoldDocument]:
    """Read MEANTIME gold entity mentions from a corpus folder or the MEANTIME root.

    `folder` is a corpus folder such as `.../intra_cross-doc_annotation/corpus_apple`, or the
    MEANTIME root (or its `intra_cross-doc_annotation`), whose `corpus_*` folders are all read.
    A document's group is its corpus name (`corpus_apple`). Documents come sorted by file name
    within each corpus.
    """
    docs = []
    for corpus in corpus_folders(Path(folder)):
        docs.extend(read_meantime_document(p, corpus.name) for p in sorted(corpus.glob("*.xml")))
    return docs
