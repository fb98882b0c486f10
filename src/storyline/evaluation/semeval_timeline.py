"""Read SemEval-2015 Task 4 "TimeLine" data: gold entity timelines and their documents.

A gold timeline file (`TimeLines_trial_data_task4_v1.2/<entity>.txt`) has the target entity
on its first line, then one line per event: `ordinal<TAB>date<TAB>mention[<TAB>mention…]`,
a mention written `docid-sentence-word` (the CAT XML `sentence` attribute and the token's
text, not its `number` or `t_id`: "4678-5-use" is the token "use" of sentence 5 of document
4678; compared lower-cased, see `mention_id`). Mentions on one line are the same event told
in several reports; ordinal 0 is an event the annotators did not order, XXXX-XX-XX an event
with no date.

The documents are CAT XML (the MEANTIME format, read with `cat_xml`); the creation time is
the `TIMEX3` with `functionInDocument="CREATION_TIME"`, anchored to the dateline, which is
left out of the text (as `meantime_times` does). In the trial data, the folder
`Corpus-trial-data_task4_events_timelines` marks as `EVENT_MENTION` only the events of the
six timelines (188 event mentions over 30 documents), while `Corpus-trial-data_task4` marks
every event (944): Track B on the trial data gives the events to place, so it measures anchoring
and ordering, and choosing which of them concern the entity, not finding events.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from storyline.evaluation.cat_xml import build_text, parse_cat_xml
from storyline.evaluation.timeline17 import DatasetError
from storyline.evaluation.timeline_scorer import Entry

TRIAL_TIMELINES = "TimeLines_trial_data_task4_v1.2"
TRACK_B_DOCS = "Corpus-trial-data_task4_events_timelines"


@dataclass(frozen=True, slots=True)
class GoldTimeline:
    """A gold entity timeline; `name` is its file's stem ("ipod")."""

    name: str
    entity: str
    events: tuple[Entry, ...]  # its lines


@dataclass(frozen=True, slots=True)
class EventMark:
    """An event markable of a document: its mention id (`docid-sentence-word`) and its
    character span in the document's rebuilt text."""

    mention: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TimelineDocument:
    """A document: id, creation time, rebuilt text (one sentence per line, no dateline), its
    event markables in text order, and every token as a one-word `EventMark` (to name an
    event found in the text, Track A)."""

    doc_id: str
    dct: str | None
    text: str
    events: tuple[EventMark, ...]
    tokens: tuple[EventMark, ...]


def mention_id(doc_id: str, sentence: int, words: str) -> str:
    """The gold's id of an event mention, lower-cased (the gold writes "pre-orders" for the
    token "Pre-orders"; a multi-word event joins its words with "_": "court_case")."""
    return f"{doc_id}-{sentence}-{words}".lower()


def read_timeline(path: Path) -> GoldTimeline:
    """One gold timeline file; raise DatasetError naming the file and line when malformed."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or not lines[0].strip():
        raise DatasetError(f"{path}: no target entity on the first line")
    events = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = line.rstrip("\n").split("\t")
        if len(fields) < 3 or not fields[0].isdigit():
            raise DatasetError(f"{path}:{number}: expected ordinal, date and a mention")
        mentions = tuple(field.lower() for field in fields[2:] if field)
        events.append(Entry(int(fields[0]), fields[1], mentions))
    return GoldTimeline(path.stem, lines[0].strip(), tuple(events))


def read_document(path: Path) -> TimelineDocument:
    """One CAT XML document with its event markables (see the module docstring)."""
    doc = parse_cat_xml(path)
    doc_id = doc.attrs.get("doc_id") or path.stem.split("_")[0].split("-")[0]
    by_id = {token.t_id: token for token in doc.tokens}
    creation = [
        mark
        for mark in doc.markables.values()
        if mark.tag == "TIMEX3" and mark.attrs.get("functionInDocument") == "CREATION_TIME"
    ]
    dct = (creation[0].attrs.get("value") or None) if creation else None
    skip = {by_id[t_id].sentence for mark in creation for t_id in mark.anchors}
    text = build_text(doc.tokens, skip=skip, pound_sign=True)
    events = []
    for mark in doc.markables.values():
        if mark.tag != "EVENT_MENTION" or not mark.anchors:
            continue
        span = text.span(mark.anchors)
        if span is None:
            raise DatasetError(f"{path}: event {mark.m_id} lies in the dateline")
        tokens = sorted((by_id[t_id] for t_id in mark.anchors), key=lambda t: t.number)
        words = "_".join(token.text for token in tokens)
        events.append(EventMark(mention_id(doc_id, tokens[0].sentence, words), *span[:2]))
    events.sort(key=lambda event: event.start)
    tokens = [
        EventMark(mention_id(doc_id, token.sentence, token.text), *text.token_spans[token.t_id])
        for token in doc.tokens
        if token.t_id in text.token_spans
    ]
    tokens.sort(key=lambda token: token.start)
    return TimelineDocument(doc_id, dct, text.text, tuple(events), tuple(tokens))


def read_trial(data: Path) -> tuple[list[TimelineDocument], list[GoldTimeline]]:
    """The Track B documents and the gold timelines of the trial data under `data`."""
    docs_dir, gold_dir = data / TRACK_B_DOCS, data / TRIAL_TIMELINES
    if not docs_dir.is_dir() or not gold_dir.is_dir():
        raise DatasetError(f"{data}: expected {TRACK_B_DOCS}/ and {TRIAL_TIMELINES}/")
    documents = [read_document(path) for path in sorted(docs_dir.glob("*.xml"))]
    timelines = [read_timeline(path) for path in sorted(gold_dir.glob("*.txt"))]
    if not documents or not timelines:
        raise DatasetError(f"{data}: no documents or no timelines")
    return documents, timelines
