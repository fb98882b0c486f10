"""The ECB+ and MEANTIME gold readers on the real corpora in ../shared/data (skipped if absent)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from storyline.evaluation.cat_xml import GoldDocument
from storyline.evaluation.ecbplus import read_ecbplus, read_ecbplus_events
from storyline.evaluation.meantime import read_meantime

ROOT = Path(__file__).resolve().parent.parent.parent
SHARED = ROOT.parent / "shared"
ECBPLUS = SHARED / "data" / "ecbplus"
MEANTIME = SHARED / "data" / "meantime"
# ECB+ numbers its 43 topics 1-45 (no 15, 17); 36-45 are held out of ../shared
ECB_TOPICS = [t for t in range(1, 36) if t not in {15, 17}]


def _folder(path: Path) -> Path:
    if not path.is_dir():
        pytest.skip(f"../shared is absent: no corpus at {path}")
    return path


@pytest.fixture(scope="module")
def ecbplus() -> list[GoldDocument]:
    return read_ecbplus(_folder(ECBPLUS) / "ECB+")


@pytest.fixture(scope="module")
def meantime() -> list[GoldDocument]:
    return read_meantime(_folder(MEANTIME))


def _docs_per_cluster(docs: list[GoldDocument]) -> dict[str, set[str]]:
    clusters: dict[str, set[str]] = defaultdict(set)
    for doc in docs:
        for m in doc.mentions:
            clusters[m.cluster].add(m.doc_id)
    return clusters


def _check_offsets(docs: list[GoldDocument]) -> None:
    for doc in docs:
        assert [s for s, _ in doc.sentences] == sorted(s for s, _ in doc.sentences)
        for m in doc.mentions:
            assert m.text and doc.text[m.start : m.end] == m.text, (doc.doc_id, m)
            start, end = doc.sentences[m.sentence]
            assert start <= m.start < m.end <= end, (doc.doc_id, m)


def test_ecbplus_counts(ecbplus: list[GoldDocument]) -> None:
    assert sorted({int(d.group) for d in ecbplus}) == ECB_TOPICS
    assert len(ecbplus) == 772
    assert sum(d.doc_id.endswith("ecbplus") for d in ecbplus) == 381
    mentions = [m for d in ecbplus for m in d.mentions]
    assert len(mentions) == 6234  # in validated sentences (12,864 in all)
    assert not any(m.kind.startswith(("ACTION", "NEG")) for m in mentions)


def test_ecbplus_offsets_and_no_url_sentence(ecbplus: list[GoldDocument]) -> None:
    _check_offsets(ecbplus)
    assert not any("http" in d.text.split("\n", 1)[0] for d in ecbplus)
    first = next(d for d in ecbplus if d.doc_id == "1_1ecbplus")
    assert first.text.startswith("Lindsay Lohan Leaves Betty Ford, Checks Into Malibu Rehab\n")
    ecb = next(d for d in ecbplus if d.doc_id == "1_1ecb")
    assert ecb.text.startswith("Another day in Hollywood; another star in rehab.\n")


def test_ecbplus_cross_document_cluster(ecbplus: list[GoldDocument]) -> None:
    clusters = _docs_per_cluster(ecbplus)
    lohan = clusters["HUM15732980283919140"]  # t1_lindsay_lohan
    assert "1_1ecbplus" in lohan
    assert len(lohan) >= 10
    assert sum(len(docs) > 1 for docs in clusters.values()) > 500


def test_ecbplus_topics_filter(ecbplus: list[GoldDocument]) -> None:
    docs = read_ecbplus(ECBPLUS / "ECB+", topics=[1, 3])
    assert {d.group for d in docs} == {"1", "3"}
    assert docs == [d for d in ecbplus if d.group in {"1", "3"}]


def test_meantime_counts_and_clusters(meantime: list[GoldDocument]) -> None:
    assert len(meantime) == 30
    assert {d.group for d in meantime} == {"corpus_apple"}
    _check_offsets(meantime)
    mentions = [m for d in meantime for m in d.mentions]
    assert len(mentions) == 1048
    assert {m.kind for m in mentions} <= {"PER", "ORG", "LOC", "PRO", "FIN", "MIX"}
    clusters = _docs_per_cluster(meantime)
    assert len(clusters) == 236
    assert sum(len(docs) > 1 for docs in clusters.values()) == 33
    assert len(clusters["ORG19274271187160719"]) == 30  # Apple Inc., in every document


def test_ecbplus_events_by_validated_line() -> None:
    docs = read_ecbplus_events(_folder(ECBPLUS) / "ECB+", [1])
    assert len(docs) == 39 and [d.subtopic for d in docs[:1]] == ["ecb"]
    first = docs[0]
    assert (first.doc_id, first.number, sorted(first.events)) == ("1_1ecb", 1, [1, 2])
    assert "ACT16236402809085484" in first.events[1] & first.events[2]  # one chain, two lines
    assert "1_1ecb#24" in first.events[1]  # a mention in no chain: its own singleton
    assert first.text.startswith("Another day in Hollywood")
