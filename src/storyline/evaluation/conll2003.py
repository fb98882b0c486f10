"""CoNLL-2003 English NER: the reader, and a conlleval-style score of a spaCy recogniser.

The files hold one token a line, `TOKEN POS CHUNK NER`, with IOB2 NER tags for PER, LOC,
ORG and MISC, a blank line between sentences and `-DOCSTART- -X- -X- O` between documents.
The first line may be a header `-TOKEN- -POSTAG- -CHUNKTAG- -NETAG-` standing in place of
the first `-DOCSTART-`.

The recogniser reads raw text, so each document is written out as text in the standard way
of running a raw-text NER on CoNLL: the gold tokens joined by single spaces, one sentence a
line. Scores are entity-level and exact: a predicted entity counts only when its character
span and its type both equal a gold entity's (conlleval's micro precision, recall and F1).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from storyline.evaluation.timeline17 import DatasetError

TYPES = ("PER", "LOC", "ORG", "MISC")
DOCSTART = "-DOCSTART-"
HEADER = "-TOKEN-"

# spaCy's OntoNotes labels -> CoNLL-2003 types; None: no CoNLL counterpart, the entity is
# dropped (numbers, dates, amounts). Nationalities, religious and political groups (NORP),
# events, works of art, laws, languages and products are CoNLL's MISC; facilities are LOC.
SPACY_TO_CONLL: dict[str, str | None] = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
    "PRODUCT": "MISC",
    "DATE": None,
    "TIME": None,
    "MONEY": None,
    "PERCENT": None,
    "QUANTITY": None,
    "ORDINAL": None,
    "CARDINAL": None,
}

_TAG = re.compile(r"O|[BI]-(?:PER|LOC|ORG|MISC)")

Span = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class ConllSentence:
    """One sentence: its tokens and their gold IOB2 NER tags."""

    tokens: tuple[str, ...]
    tags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ConllDocument:
    """One document: its sentences, and the line of the file of its first token (1-based)."""

    sentences: tuple[ConllSentence, ...]
    line: int = 0


def read_conll2003(path: str | Path) -> list[ConllDocument]:
    """Read a CoNLL-2003 file into its documents; raise DatasetError on a malformed line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DatasetError(f"cannot read {path}: {exc}") from exc

    documents: list[ConllDocument] = []
    sentences: list[ConllSentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    start = 0

    def end_sentence() -> None:
        if tokens:
            sentences.append(ConllSentence(tuple(tokens), tuple(tags)))
            tokens.clear()
            tags.clear()

    def end_document() -> None:
        end_sentence()
        if sentences:
            documents.append(ConllDocument(tuple(sentences), start))
            sentences.clear()

    for number, line in enumerate(lines, start=1):
        fields = line.split()
        if not fields:
            end_sentence()
            continue
        if fields[0] == DOCSTART or (number == 1 and fields[0] == HEADER):
            end_document()
            continue
        if len(fields) != 4:
            raise DatasetError(
                f"{path}, line {number}: expected 4 columns (TOKEN POS CHUNK NER), "
                f"got {len(fields)}: {line!r}"
            )
        if _TAG.fullmatch(fields[3]) is None:
            raise DatasetError(
                f"{path}, line {number}: NER tag {fields[3]!r} is not O or B-/I- "
                f"followed by one of {', '.join(TYPES)}"
            )
        if not tokens and not sentences:
            start = number
        tokens.append(fields[0])
        tags.append(fields[3])
    end_document()
    return documents


def tag_spans(tags: Sequence[str]) -> list[Span]:
    """Entities of one sentence's IOB2 tags as (first token, end token, type), end exclusive.

    As in conlleval, an `I-X` that does not continue an `X` entity (after `O`, another type,
    or at the start of the sentence) starts a new entity.
    """
    spans: list[Span] = []
    begin: int | None = None
    kind = ""
    for index, tag in enumerate(tags):
        prefix, _, label = tag.partition("-")
        if begin is not None and (prefix != "I" or label != kind):
            spans.append((begin, index, kind))
            begin = None
        if prefix in ("B", "I") and begin is None:
            begin, kind = index, label
    if begin is not None:
        spans.append((begin, len(tags), kind))
    return spans


def document_layout(document: ConllDocument) -> tuple[str, list[list[tuple[int, int]]]]:
    """The document's text and each token's (start, end) characters in it, by sentence.

    Tokens are joined by single spaces and sentences by newlines, so the recogniser reads
    exactly the gold tokens.
    """
    parts: list[str] = []
    offsets: list[list[tuple[int, int]]] = []
    position = 0
    for number, sentence in enumerate(document.sentences):
        if number:
            parts.append("\n")
            position += 1
        sentence_offsets: list[tuple[int, int]] = []
        for index, token in enumerate(sentence.tokens):
            if index:
                parts.append(" ")
                position += 1
            parts.append(token)
            sentence_offsets.append((position, position + len(token)))
            position += len(token)
        offsets.append(sentence_offsets)
    return "".join(parts), offsets


def document_text(document: ConllDocument) -> str:
    """The document as the recogniser reads it (see `document_layout`)."""
    return document_layout(document)[0]


def gold_spans(document: ConllDocument) -> set[Span]:
    """The document's gold entities as (start char, end char, type) in `document_text`."""
    _, offsets = document_layout(document)
    spans: set[Span] = set()
    for sentence, sentence_offsets in zip(document.sentences, offsets, strict=True):
        for first, end, kind in tag_spans(sentence.tags):
            spans.add((sentence_offsets[first][0], sentence_offsets[end - 1][1], kind))
    return spans


def predicted_spans(doc: Any) -> set[Span]:
    """A parsed doc's entities as CoNLL (start char, end char, type), whitespace stripped.

    Entities whose label maps to None in SPACY_TO_CONLL are dropped; an unknown label is a
    ValueError, so that a new label is mapped on purpose rather than ignored.
    """
    spans: set[Span] = set()
    for ent in doc.ents:
        if ent.label_ not in SPACY_TO_CONLL:
            raise ValueError(f"entity label {ent.label_!r} has no entry in SPACY_TO_CONLL")
        kind = SPACY_TO_CONLL[ent.label_]
        text: str = ent.text
        stripped = text.strip()
        if kind is None or not stripped:
            continue
        start = ent.start_char + (len(text) - len(text.lstrip()))
        spans.add((start, start + len(stripped), kind))
    return spans


def _prf(correct: int, gold: int, predicted: int) -> dict[str, float]:
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    total = precision + recall
    f1 = 2 * precision * recall / total if total else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def score_spans(
    gold: Iterable[tuple[int, int, int, str]], predicted: Iterable[tuple[int, int, int, str]]
) -> dict[str, Any]:
    """Micro and per-type P/R/F1 of exact matches; spans are (document, start, end, type)."""
    gold_set, predicted_set = set(gold), set(predicted)
    correct_set = gold_set & predicted_set

    def count(spans: set[tuple[int, int, int, str]], kind: str | None) -> int:
        return sum(1 for span in spans if kind is None or span[3] == kind)

    def block(kind: str | None) -> dict[str, Any]:
        numbers = {
            "gold": count(gold_set, kind),
            "predicted": count(predicted_set, kind),
            "correct": count(correct_set, kind),
        }
        return {**_prf(numbers["correct"], numbers["gold"], numbers["predicted"]), **numbers}

    return {**block(None), "per_type": {kind: block(kind) for kind in TYPES}}


def ner_scores(
    nlp: Language, documents: Sequence[ConllDocument], batch_size: int = 32
) -> dict[str, Any]:
    """Run `nlp` over the documents' texts and score its entities against the gold ones.

    Returns plain data: micro `precision`, `recall`, `f1` with `gold`, `predicted` and
    `correct` counts, the same under `per_type` for each CoNLL type, and the number of
    `documents` and gold `entities`.
    """
    texts = [document_text(document) for document in documents]
    gold: set[tuple[int, int, int, str]] = set()
    predicted: set[tuple[int, int, int, str]] = set()
    for number, document in enumerate(documents):
        gold.update((number, *span) for span in gold_spans(document))
    for number, doc in enumerate(nlp.pipe(texts, batch_size=batch_size)):
        predicted.update((number, *span) for span in predicted_spans(doc))
    scores = score_spans(gold, predicted)
    return {**scores, "documents": len(documents), "entities": len(gold)}
