"""The timeline bench's DCT baseline on hand-made documents."""

from __future__ import annotations

from storyline.evaluation.bench_timeline import dct_baseline
from storyline.evaluation.semeval_timeline import EventMark, GoldTimeline, TimelineDocument


def _document(doc_id: str, dct: str, text: str, words: list[str]) -> TimelineDocument:
    events = []
    for word in words:
        start = text.index(word)
        events.append(EventMark(f"{doc_id}-{word}", start, start + len(word)))
    return TimelineDocument(doc_id, dct, text, tuple(events), ())


def test_dct_baseline_dates_by_report_and_orders_by_date_then_text() -> None:
    documents = [
        _document("2", "2007-02-06", "Apple Corps settled.\nThe label sang.", ["settled", "sang"]),
        _document("1", "2006-03-28", "Apple Corps sued and won.", ["sued", "won"]),
    ]
    timeline = GoldTimeline("beatles_apple_corps", "Beatles Apple Corps", ())
    entries = dct_baseline(documents)(timeline)
    # "Apple Corps" is the longest run of the entity's words the reports contain; "sang"
    # is in a sentence that does not name it
    assert [(e.ordinal, e.date, e.mentions) for e in entries] == [
        (1, "2006-03-28", ("1-sued",)),
        (2, "2006-03-28", ("1-won",)),
        (3, "2007-02-06", ("2-settled",)),
    ]
