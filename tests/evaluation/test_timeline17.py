"""The Timeline17 reader: PTB de-tokenization and the folder format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.evaluation.timeline17 import (
    DatasetError,
    T17Record,
    detokenize,
    load_records,
    read_records,
)


@pytest.mark.parametrize(
    ("ptb", "text"),
    [
        ("Hello , world .", "Hello, world."),
        ("WASHINGTON -LRB- Reuters -RRB- - Virtually all", "WASHINGTON (Reuters) - Virtually all"),
        ("`` It is over , '' he said .", '"It is over," he said.'),
        ("a -LSB- sic -RSB- b -LCB- c -RCB-", "a [sic] b {c}"),
        ("Roche AG 's Tamiflu", "Roche AG's Tamiflu"),
        ("They do n't know , ca n't say and wo n't go", "They don't know, can't say and won't go"),
        ("I 'm sure we 've seen it ; they 're here and I 'll stay", None),
        ("He said ` no ' twice", "He said 'no' twice"),
        ("the parents ' homes", "the parents' homes"),
        ("It cost $ 5 , or 98.5 % of # 1", "It cost $5, or 98.5% of #1"),
        ("Really ?! Wait ... no !!", "Really?! Wait... no!!"),
        ("Dr. Smith : yes", "Dr. Smith: yes"),
        ("9\\/11 and\\/or \\*\\*\\*", "9/11 and/or ***"),
        ("one -- two", "one -- two"),
        ("  spaced   out  ", "spaced out"),
        ("", ""),
    ],
)
def test_detokenize(ptb: str, text: str | None) -> None:
    expected = text if text is not None else "I'm sure we've seen it; they're here and I'll stay"
    assert detokenize(ptb) == expected


def test_detokenize_keeps_leading_quote_words_apart() -> None:
    # `'em` and `'til` are words of their own, not clitics
    assert detokenize("give 'em hell 'til dawn") == "give 'em hell 'til dawn"


def test_detokenize_quote_at_start_and_nested_brackets() -> None:
    ptb = "`` -LRB- Yes -RRB- , '' she wrote -LRB- in a note -RRB- ."
    assert detokenize(ptb) == '"(Yes)," she wrote (in a note).'


def _write(folder: Path, articles: list[dict[str, object]]) -> None:
    folder.mkdir(parents=True)
    (folder / "articles.json").write_text(json.dumps(articles), encoding="utf-8")


def test_reader_sorts_by_date_folder_and_uid(tmp_path: Path) -> None:
    _write(
        tmp_path / "bpoil_bbc",
        [
            {"uid": "10", "dct": "2010-05-02", "dates": [], "text": "Oil , again ."},
            {"uid": "9", "dct": "2010-05-02", "dates": [], "text": "Oil -LRB- BP -RRB- ."},
            {"uid": "1", "dct": "2010-04-21", "dates": ["2010-04-20"], "text": "A rig burns ."},
        ],
    )
    _write(
        tmp_path / "H1N1_bbc",
        [{"uid": "3", "dct": "2010-05-02", "dates": [], "text": "Flu `` spreads '' ."}],
    )
    (tmp_path / "H1N1_bbc" / "h1n1.txt.timeline.json").write_text("[]", encoding="utf-8")
    (tmp_path / "SOURCE.md").write_text("# notes", encoding="utf-8")

    records = load_records(tmp_path)

    assert records == [
        T17Record("bpoil_bbc", "1", "2010-04-21", "A rig burns."),
        T17Record("H1N1_bbc", "3", "2010-05-02", 'Flu "spreads".'),
        T17Record("bpoil_bbc", "9", "2010-05-02", "Oil (BP)."),
        T17Record("bpoil_bbc", "10", "2010-05-02", "Oil, again."),
    ]
    # the unsorted reader goes folder by folder, in file order
    assert [(r.folder, r.uid) for r in read_records(tmp_path)] == [
        ("H1N1_bbc", "3"),
        ("bpoil_bbc", "10"),
        ("bpoil_bbc", "9"),
        ("bpoil_bbc", "1"),
    ]


def test_reader_accepts_a_single_topic_folder(tmp_path: Path) -> None:
    topic = tmp_path / "MJ_bbc"
    _write(topic, [{"uid": 7, "dct": "2009-06-25", "dates": [], "text": "He died ."}])
    assert load_records(topic) == [T17Record("MJ_bbc", "7", "2009-06-25", "He died.")]


def test_reader_names_a_folder_without_articles(tmp_path: Path) -> None:
    (tmp_path / "empty_topic").mkdir()
    (tmp_path / "empty_topic" / "x.txt.timeline.json").write_text("[]", encoding="utf-8")
    with pytest.raises(DatasetError, match="no articles.json") as info:
        load_records(tmp_path)
    assert str(tmp_path) in str(info.value)


def test_reader_rejects_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="not a folder"):
        load_records(tmp_path / "absent")


def test_reader_rejects_a_malformed_file(tmp_path: Path) -> None:
    _write(tmp_path / "t", [{"uid": "1", "text": "no date"}])
    with pytest.raises(DatasetError, match="lacks uid, dct or text"):
        load_records(tmp_path)
    (tmp_path / "t" / "articles.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(DatasetError, match="cannot read"):
        load_records(tmp_path)


def test_records_become_storyline_jsonl(tmp_path: Path) -> None:
    from storyline.evaluation.bench_ingest import size_label
    from storyline.evaluation.timeline17 import write_jsonl
    from storyline.ingest.sources import read_sources

    records = [T17Record("haiti_bbc", "2", "2010-01-13", 'Port-au-Prince "shook".')]
    path = tmp_path / "t17.jsonl"
    write_jsonl(records, path)
    (item,) = read_sources([str(path)], max_bytes=1_000_000)
    assert item.error is None
    assert item.content == 'Port-au-Prince "shook".'
    assert (item.meta.published, item.meta.source, item.meta.title) == (
        "2010-01-13",
        "haiti_bbc",
        None,
    )
    assert [size_label(n) for n in (1000, 4000, 2500, 500)] == ["1k", "4k", "2.5k", "0.5k"]


def test_tree_memory_of_this_process() -> None:
    import os

    import psutil

    from storyline.evaluation.bench_ingest import tree_memory

    rss, own, pss = tree_memory(psutil.Process(os.getpid()), with_pss=True)
    assert rss >= own > 0
    assert pss > 0
    assert tree_memory(psutil.Process(os.getpid()))[2] == 0  # PSS only when asked
