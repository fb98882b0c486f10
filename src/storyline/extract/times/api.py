"""Tag many texts at once: what the benchmark and batch users call."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language

from storyline.extract.times.model import TimeExpression
from storyline.extract.times.resolve import resolve_records

# what the times component needs of the pipeline: the parse and lemmas for tenses
_NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "storyline_times")


def tag_texts(
    nlp: Language, items: Sequence[tuple[str, str | None]], processes: int = 1
) -> list[list[TimeExpression]]:
    """The time expressions of each (text, publication date) pair, resolved."""
    if "storyline_times" not in nlp.pipe_names:
        nlp.add_pipe("storyline_times")
    enabled = [name for name in nlp.pipe_names if name in _NEEDED]
    with nlp.select_pipes(enable=enabled):
        docs = nlp.pipe((text for text, _ in items), n_process=processes, batch_size=16)
        return [
            resolve_records(doc._.time_records or [], dct)
            for doc, (_, dct) in zip(docs, items, strict=True)
        ]
