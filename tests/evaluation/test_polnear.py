"""The PolNeAR reader on tiny BRAT files, and on the dev split when ../shared is there."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from storyline.evaluation.polnear import (
    Attribution,
    PolnearError,
    parse_offsets,
    publication_date,
    read_ann,
    read_polnear,
)

POLNEAR = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "polnear"
NAME = "nyt_2016-10-02_trump-says"
TEXT = "Trump said the polls are rigged.\n\n“We will win,” he added, “believe me.”\nIt rains."
ANN = (
    "T1\tSource 0 5\tTrump\n"
    "T2\tCue 6 10\tsaid\n"
    "T3\tContent 11 31\tthe polls are rigged\n"
    "T4\tAttribution 6 10\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tContent 34 48;59 72\t“We will win,” “believe\n"
    "me.”\n"  # a span's text runs over a line break: only the offsets are read
    "T6\tCue 52 57\tadded\n"
    "T7\tSource 49 51\the\n"
    "T8\tAttribution 52 57\tadded\n"
    "E2\tAttribution:T8 Cue:T6 Source:T7 Content:T5 Content2:T9\n"
    "T9\tContent 73 82\tIt rains.\n"
    "#1\tAnnotatorNotes T9\tnot sure\n"
    "T10\tAttribution-no-source 0 0\t\n"
    "E3\tAttribution-no-source:T10\n"
    "T11\tDiscard 73 82\tIt rains.\n"
)


def write_split(root: Path) -> Path:
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / f"{NAME}.txt").write_text(TEXT, encoding="utf-8")
    (root / "attributions" / f"{NAME}_ef2d.ann").write_text("E1\tAttribution:T1\n")
    (root / "attributions" / f"{NAME}_4b22.ann").write_text(ANN, encoding="utf-8")
    (root / "text" / "politico_2016-13-40_no-date.txt").write_text("Nothing said.")
    (root / "attributions" / "orphan_ab12.ann").write_text(ANN)  # no text: ignored
    return root


def test_offsets_may_be_discontinuous() -> None:
    assert parse_offsets("3 8") == ((3, 8),)
    assert parse_offsets("34 47;58 71") == ((34, 47), (58, 71))


def test_attributions_gather_their_spans_by_role() -> None:
    first, second, third = read_ann(ANN)
    assert first == Attribution("E1", ((11, 31),), ((6, 10),), ((0, 5),))
    assert TEXT[11:31] == "the polls are rigged" and TEXT[49:51] == "he"
    # Content and Content2 together, in text order
    assert second.content == ((34, 48), (59, 72), (73, 82)) and second.source == ((49, 51),)
    assert third == Attribution("E3", (), (), ())  # a bare trigger: no content, no source


def test_publication_date_comes_from_the_file_name() -> None:
    assert publication_date(NAME) == dt.date(2016, 10, 2)
    assert publication_date("politico_2016-13-40_x") is None
    assert publication_date("no-date") is None


def test_split_reads_the_first_annotator_in_sorted_order(tmp_path: Path) -> None:
    documents = read_polnear(write_split(tmp_path / "dev"))
    assert [d.name for d in documents] == [NAME, "politico_2016-13-40_no-date"]
    first, second = documents
    assert first.annotators == ("4b22", "ef2d") and first.annotator == "4b22"
    assert len(first.attributions) == 3 and first.text == TEXT
    # the second annotator's attributions are kept apart, not mixed into the gold
    assert first.other_attributions == ([Attribution("E1", (), (), ())],)
    assert first.published == dt.date(2016, 10, 2)
    assert second.attributions == [] and second.published is None
    assert second.other_attributions == ()


def test_a_folder_without_the_split_layout_is_named(tmp_path: Path) -> None:
    with pytest.raises(PolnearError, match="text/ and attributions/"):
        read_polnear(tmp_path)
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    with pytest.raises(PolnearError, match=r"no \.txt file"):
        read_polnear(tmp_path)


@pytest.mark.shared
def test_dev_split_counts() -> None:
    if not (POLNEAR / "dev").is_dir():
        pytest.skip(f"../shared is absent: no PolNeAR at {POLNEAR}")
    documents = read_polnear(POLNEAR / "dev")
    assert len(documents) == 84
    assert sum(len(d.annotators) > 1 for d in documents) == 2
    attributions = [a for d in documents for a in d.attributions]
    assert len(attributions) == 2193
    assert sum(not a.content for a in attributions) == 1
    assert sum(bool(a.content) and not a.source for a in attributions) == 126
    for document in documents:  # every span lies inside its text
        for attribution in document.attributions:
            for start, end in attribution.content + attribution.cue + attribution.source:
                assert 0 <= start < end <= len(document.text)
