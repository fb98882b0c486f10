"""The CoNLL-2003 reader, its text layout and gold spans, and the NER scorer."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from spacy.language import Language

from storyline.evaluation.conll2003 import (
    SPACY_TO_CONLL,
    TYPES,
    ConllDocument,
    ConllSentence,
    document_layout,
    document_text,
    gold_spans,
    ner_scores,
    read_conll2003,
    tag_spans,
)
from storyline.evaluation.timeline17 import DatasetError

VALID = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "conll2003" / "valid.txt"

SAMPLE = """\
-TOKEN- -POSTAG- -CHUNKTAG- -NETAG-

SOCCER NN B-NP O
- : O O
JAPAN NNP B-NP B-LOC
GET VB B-VP O

LONDON NNP B-NP B-LOC
1996-08-30 CD I-NP O

-DOCSTART- -X- -X- O

West NNP B-NP B-MISC
Indian NNP I-NP I-MISC
Phil NNP I-NP B-PER
Simmons NNP I-NP I-PER
of IN B-PP O
Leicestershire NNP B-NP I-ORG
County NNP I-NP I-ORG
. . O O
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sample.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_reader_splits_documents_and_sentences(tmp_path: Path) -> None:
    documents = read_conll2003(write(tmp_path, SAMPLE))
    assert len(documents) == 2
    first, second = documents
    assert first.line == 3
    assert [s.tokens for s in first.sentences] == [
        ("SOCCER", "-", "JAPAN", "GET"),
        ("LONDON", "1996-08-30"),
    ]
    assert first.sentences[0].tags == ("O", "O", "B-LOC", "O")
    assert second.line == 13
    assert len(second.sentences) == 1  # the last sentence ends at the end of the file
    assert second.sentences[0].tokens[-1] == "."


def test_reader_without_header_or_trailing_blank_line(tmp_path: Path) -> None:
    documents = read_conll2003(write(tmp_path, "A NNP B-NP B-PER\n\n-DOCSTART- -X- -X- O\nB X Y O"))
    assert [[s.tokens for s in d.sentences] for d in documents] == [[("A",)], [("B",)]]


def test_reader_header_only_skipped_on_first_line(tmp_path: Path) -> None:
    path = write(tmp_path, "A NNP B-NP O\n-TOKEN- -POSTAG- -CHUNKTAG- -NETAG-\n")
    with pytest.raises(DatasetError, match="line 2"):
        read_conll2003(path)


def test_text_layout_and_offsets(tmp_path: Path) -> None:
    first, second = read_conll2003(write(tmp_path, SAMPLE))
    text, offsets = document_layout(first)
    assert text == "SOCCER - JAPAN GET\nLONDON 1996-08-30"
    assert text == document_text(first)
    assert offsets == [[(0, 6), (7, 8), (9, 14), (15, 18)], [(19, 25), (26, 36)]]
    for sentence, sentence_offsets in zip(first.sentences, offsets, strict=True):
        assert [text[a:b] for a, b in sentence_offsets] == list(sentence.tokens)
    assert gold_spans(first) == {(9, 14, "LOC"), (19, 25, "LOC")}


def test_gold_spans_follow_conlleval(tmp_path: Path) -> None:
    _, second = read_conll2003(write(tmp_path, SAMPLE))
    text = document_text(second)
    spans = {(text[a:b], kind) for a, b, kind in gold_spans(second)}
    # an I-ORG after O starts an entity, as conlleval reads it
    assert spans == {
        ("West Indian", "MISC"),
        ("Phil Simmons", "PER"),
        ("Leicestershire County", "ORG"),
    }


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        ([], []),
        (["O", "O"], []),
        (["B-PER", "I-PER", "O"], [(0, 2, "PER")]),
        (["I-PER", "I-PER"], [(0, 2, "PER")]),
        (["B-PER", "B-PER"], [(0, 1, "PER"), (1, 2, "PER")]),
        (["B-PER", "I-LOC", "I-LOC"], [(0, 1, "PER"), (1, 3, "LOC")]),
        (["O", "I-ORG", "B-ORG", "I-ORG"], [(1, 2, "ORG"), (2, 4, "ORG")]),
        (["B-MISC"], [(0, 1, "MISC")]),
    ],
)
def test_tag_spans(tags: list[str], spans: list[tuple[int, int, str]]) -> None:
    assert tag_spans(tags) == spans


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("JAPAN NNP B-LOC", "expected 4 columns"),
        ("JAPAN NNP B-NP B-GPE", "NER tag 'B-GPE'"),
        ("JAPAN NNP B-NP X-LOC", "NER tag 'X-LOC'"),
    ],
)
def test_malformed_line_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = write(tmp_path, f"-TOKEN- -POSTAG- -CHUNKTAG- -NETAG-\n\nA DT B-NP O\n{line}\n")
    with pytest.raises(DatasetError, match=message) as caught:
        read_conll2003(path)
    assert f"{path}, line 4" in str(caught.value)


def test_unreadable_file_is_a_dataset_error(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="cannot read"):
        read_conll2003(tmp_path / "missing.txt")


def test_mapping_covers_conll_types() -> None:
    assert {kind for kind in SPACY_TO_CONLL.values() if kind} == set(TYPES)


@dataclass
class FakeEnt:
    text: str
    start_char: int
    end_char: int
    label_: str


@dataclass
class FakeDoc:
    ents: list[FakeEnt]


class FakeNlp:
    """Finds the listed strings in each text, with their spaCy labels."""

    def __init__(self, found: dict[str, str]) -> None:
        self.found = found
        self.batch_sizes: list[int] = []

    def pipe(self, texts: list[str], batch_size: int) -> list[FakeDoc]:
        self.batch_sizes.append(batch_size)
        docs = []
        for text in texts:
            ents = []
            for needle, label in self.found.items():
                start = text.find(needle)
                if start >= 0:
                    ents.append(FakeEnt(needle, start, start + len(needle), label))
            docs.append(FakeDoc(ents))
        return docs


def test_ner_scores_with_fake_recogniser(tmp_path: Path) -> None:
    documents = read_conll2003(write(tmp_path, SAMPLE))
    nlp = FakeNlp(
        {
            "JAPAN": "GPE",  # LOC, correct
            "\nLONDON": "GPE",  # correct once the leading newline is stripped
            "West Indian": "NORP",  # MISC, correct
            "Phil": "PERSON",  # wrong span
            "Leicestershire County": "GPE",  # wrong type
            "1996-08-30": "DATE",  # dropped
        }
    )
    scores = ner_scores(nlp, documents, batch_size=7)  # type: ignore[arg-type]
    assert nlp.batch_sizes == [7]
    assert scores["documents"] == 2
    assert scores["entities"] == scores["gold"] == 5
    assert (scores["predicted"], scores["correct"]) == (5, 3)
    assert scores["precision"] == pytest.approx(0.6)
    assert scores["recall"] == pytest.approx(0.6)
    assert scores["f1"] == pytest.approx(0.6)
    per_type = scores["per_type"]
    assert set(per_type) == set(TYPES)
    assert per_type["LOC"] == {
        "precision": pytest.approx(2 / 3),
        "recall": 1.0,
        "f1": pytest.approx(0.8),
        "gold": 2,
        "predicted": 3,
        "correct": 2,
    }
    assert per_type["PER"]["correct"] == 0 and per_type["PER"]["f1"] == 0.0
    assert per_type["ORG"] == {
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
        "gold": 1,
        "predicted": 0,
        "correct": 0,
    }
    assert per_type["MISC"]["f1"] == 1.0


def test_ner_scores_rejects_unmapped_label(tmp_path: Path) -> None:
    documents = read_conll2003(write(tmp_path, SAMPLE))
    with pytest.raises(ValueError, match="'ALIEN'"):
        ner_scores(FakeNlp({"JAPAN": "ALIEN"}), documents)  # type: ignore[arg-type]


def test_ner_scores_with_real_pipeline(nlp: Language) -> None:
    sentence = ConllSentence(
        ("Barack", "Obama", "visited", "Paris", "on", "Monday", "."),
        ("B-PER", "I-PER", "O", "B-LOC", "O", "O", "O"),
    )
    document = ConllDocument((sentence, sentence))
    scores = ner_scores(nlp, [document])
    assert scores["documents"] == 1
    assert scores["entities"] == 4
    assert scores["per_type"]["PER"]["gold"] == 2
    assert scores["recall"] > 0.5  # the small English model finds these
    for block in [scores, *scores["per_type"].values()]:
        assert 0.0 <= block["precision"] <= 1.0 and 0.0 <= block["f1"] <= 1.0


@pytest.mark.shared
def test_valid_set_counts() -> None:
    if not VALID.is_file():
        pytest.skip(f"../shared is absent: no CoNLL-2003 valid set at {VALID}")
    documents = read_conll2003(VALID)
    sentences = [sentence for document in documents for sentence in document.sentences]
    assert len(documents) == 216
    assert len(sentences) == 3250
    assert sum(len(sentence.tokens) for sentence in sentences) == 51362
    assert sum(len(gold_spans(document)) for document in documents) == 5942
    for document in documents:  # every token sits at its offsets in the text
        text, offsets = document_layout(document)
        for sentence, sentence_offsets in zip(document.sentences, offsets, strict=True):
            assert [text[a:b] for a, b in sentence_offsets] == list(sentence.tokens)
