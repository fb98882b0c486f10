"""Read MEANTIME's gold TIMEX3s as TimeML documents, for `storyline bench times`.

MEANTIME (NewsReader's annotated Wikinews, CAT XML) marks every time expression as a
`TIMEX3` markable anchored to tokens, with TimeML's `type` and `value`. Its creation time is
one of them (`functionInDocument="CREATION_TIME"`), anchored to the report's dateline, a line
of its own ("June 6, 2005"): its value is the DCT the tagger gets, and its line is left out of
the text, as TimeML keeps the DCT outside `<TEXT>` and TempEval-3 does not score it (a dateline
is the easiest expression there is: in corpus_apple, 30 of 111 anchored TIMEX3s). TIMEX3s
without tokens (`TAG_DESCRIPTOR`, dates the annotators inferred) are no expressions of the text
and are left out too.

The temporal layer covers only the start of each report: in the 30 English documents of
corpus_apple no TIMEX3, SIGNAL or VALUE markable lies past sentence 5 (the title is sentence 0,
the dateline 1), while entity and event mentions run to the end. So the text a tagger gets is
those `ANNOTATED_SENTENCES`, rebuilt as the entity reader rebuilds a whole report
(`meantime.read_meantime_document`): one sentence per line. Scoring whole reports would count
every expression after them as spurious.
"""

from __future__ import annotations

from pathlib import Path

from storyline.evaluation.cat_xml import build_text, parse_cat_xml
from storyline.evaluation.meantime import corpus_folders
from storyline.evaluation.timeline17 import DatasetError
from storyline.evaluation.timeml import GoldTimex, TimeMLDocument

ANNOTATED_SENTENCES = 6  # the title, the dateline and the four sentences after it


def is_meantime(folder: Path) -> bool:
    """Whether `folder` holds MEANTIME CAT XML (a corpus folder or the corpus root)."""
    try:
        corpus_folders(folder)
    except DatasetError:
        return False
    return True


def read_meantime_timexes(path: Path) -> TimeMLDocument:
    """One MEANTIME document: its annotated sentences but the dateline, its creation time and
    the TIMEX3s anchored in that text."""
    doc = parse_cat_xml(path)
    doc_id = doc.attrs.get("doc_id") or path.stem.split("_")[0]
    sentence_of = {token.t_id: token.sentence for token in doc.tokens}
    marks = [mark for mark in doc.markables.values() if mark.tag == "TIMEX3"]
    creation = [m for m in marks if m.attrs.get("functionInDocument") == "CREATION_TIME"]
    dct = (creation[0].attrs.get("value") or None) if creation else None
    skip = set(sentence_of.values()) - set(range(ANNOTATED_SENTENCES))
    skip |= {sentence_of[t_id] for mark in creation for t_id in mark.anchors}
    text = build_text(doc.tokens, skip=skip, pound_sign=True)
    timexes: list[GoldTimex] = []
    for mark in marks:
        if not mark.anchors or mark in creation:
            continue
        span = text.span(mark.anchors)
        if span is None:
            raise DatasetError(f"{path}: TIMEX3 {mark.m_id} lies past the annotated sentences")
        start, end, _ = span
        timexes.append(
            GoldTimex(
                start,
                end,
                text.text[start:end],
                mark.attrs.get("type", ""),
                mark.attrs.get("value", ""),
                tid=f"t{mark.m_id}",
            )
        )
    timexes.sort(key=lambda timex: (timex.start, timex.end))
    return TimeMLDocument(doc_id, dct, text.text, timexes, path)


def read_meantime_times(folder: Path) -> dict[str, list[TimeMLDocument]]:
    """Every MEANTIME corpus under `folder` (see `meantime.corpus_folders`), by corpus name
    ("corpus_apple"), its documents sorted by file name."""
    return {
        corpus.name: [read_meantime_timexes(path) for path in sorted(corpus.glob("*.xml"))]
        for corpus in corpus_folders(folder)
    }
