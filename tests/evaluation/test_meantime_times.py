"""MEANTIME's TIMEX3s read as TimeML documents, and `storyline bench times` on them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from rich.console import Console

from storyline.evaluation.bench_times import TimesBenchError, read_corpora, run_bench_times
from storyline.evaluation.meantime_times import is_meantime, read_meantime_times
from storyline.evaluation.time_peers import Item
from storyline.evaluation.timeline17 import DatasetError
from storyline.extract.times.model import TimeExpression

MEANTIME = Path(__file__).resolve().parents[2].parent / "shared/data/meantime"

WORDS = ["Jobs", "spoke", "June", "6", ",", "2005", "He", "spoke", "on", "Monday", "."]
SENTENCES = [0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2]
# sentences 3 to 6 (left out of the temporal layer from sentence 6 on)
WORDS += ["A", ".", "B", ".", "C", ".", "Then", "Tuesday", "."]
SENTENCES += [3, 3, 4, 4, 5, 5, 6, 6, 6]


def cat_xml(markables: str) -> str:
    tokens = "\n".join(
        f'<token t_id="{n + 1}" sentence="{s}" number="{n}">{w}</token>'
        for n, (w, s) in enumerate(zip(WORDS, SENTENCES, strict=True))
    )
    return (
        f'<Document doc_id="42" doc_name="42_Jobs">\n{tokens}\n'
        f"<Markables>\n{markables}\n</Markables>\n<Relations/>\n</Document>\n"
    )


def anchored(m_id: str, t_ids: Sequence[int], value: str, function: str = "NONE") -> str:
    anchors = "".join(f'<token_anchor t_id="{t}"/>' for t in t_ids)
    return (
        f'<TIMEX3 m_id="{m_id}" type="DATE" value="{value}" '
        f'functionInDocument="{function}">{anchors}</TIMEX3>'
    )


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus_test"
    folder.mkdir()
    markables = "\n".join(
        [
            anchored("1", [3, 4, 5, 6], "2005-06-06", "CREATION_TIME"),
            anchored("2", [10], "2005-06-06"),
            '<TIMEX3 m_id="3" TAG_DESCRIPTOR="1995" type="DATE" value="1995" />',
            '<ENTITY_MENTION m_id="4"><token_anchor t_id="1"/></ENTITY_MENTION>',
        ]
    )
    (folder / "42_Jobs.xml").write_text(cat_xml(markables))
    return tmp_path


def test_the_dateline_is_the_dct_not_an_expression(corpus: Path) -> None:
    (document,) = read_meantime_times(corpus)["corpus_test"]
    assert document.doc_id == "42" and document.dct == "2005-06-06"
    # the dateline is left out as TimeML's DCT is; the seventh sentence is past the
    # temporal layer's reach
    assert document.text.splitlines() == ["Jobs spoke", "He spoke on Monday.", "A.", "B.", "C."]
    # the tokenless TIMEX3 (an inferred date) and the entity mention are no expressions
    assert [(t.text, t.type, t.value) for t in document.timexes] == [
        ("Monday", "DATE", "2005-06-06")
    ]


def test_a_timex_past_the_annotated_sentences_is_an_error(tmp_path: Path) -> None:
    folder = tmp_path / "corpus_test"
    folder.mkdir()
    tuesday = anchored("1", [19], "2005-06-07")  # in the seventh sentence
    (folder / "42_Jobs.xml").write_text(cat_xml(tuesday))
    with pytest.raises(DatasetError, match="42_Jobs.xml: TIMEX3 1 lies past"):
        read_meantime_times(tmp_path)


def test_bench_reads_meantime_in_place_of_timeml(corpus: Path) -> None:
    assert is_meantime(corpus) and not is_meantime(corpus / "corpus_test" / "42_Jobs.xml")
    corpora, duplicates = read_corpora(corpus)
    assert [(c.name, len(c.documents)) for c in corpora] == [("MEANTIME corpus_test", 1)]

    def monday(items: Sequence[Item]) -> list[list[TimeExpression]]:
        assert [dct for _, dct in items] == ["2005-06-06"]
        starts = [text.index("Monday") for text, _ in items]
        return [[TimeExpression(s, s + 6, "Monday", "DATE", "2005-06-06")] for s in starts]

    result = run_bench_times(corpus, console=Console(quiet=True), tagger=monday)
    assert (result["gold"], result["system"], result["strict"]) == (1, 1, 1)
    assert result["value_accuracy"] == 1.0 and "held_out" not in result


def test_out_is_refused_for_meantime(corpus: Path, tmp_path: Path) -> None:
    with pytest.raises(TimesBenchError, match="CAT XML"):
        run_bench_times(corpus, out=tmp_path / "out", console=Console(quiet=True), tagger=list)


@pytest.mark.shared
def test_meantime_apple_timexes() -> None:
    if not MEANTIME.is_dir():
        pytest.skip(f"../shared is absent: no MEANTIME data at {MEANTIME}")
    (documents,) = read_meantime_times(MEANTIME).values()
    assert len(documents) == 30 and all(d.dct for d in documents)
    assert sum(len(d.timexes) for d in documents) == 81  # 111 anchored, 30 of them datelines
    for document in documents:
        assert all(document.text[t.start : t.end] == t.text for t in document.timexes)
