"""Find the quotes of many texts at once: what the benchmark and batch users call."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language

from storyline.extract.quotes.model import Quote


def quote_texts(
    nlp: Language, texts: Sequence[str], processes: int = 1
) -> list[tuple[list[Quote], list[list[tuple[int, int]]]]]:
    """Per text: its quotes, and per actor (as ``quote.speaker_actor`` indexes them) the
    character spans of that actor's mentions."""
    if "storyline_quotes" not in nlp.pipe_names:
        nlp.add_pipe("storyline_quotes", after="storyline_actors")
    disabled = [name for name in ("storyline_times",) if name in nlp.pipe_names]
    with nlp.select_pipes(disable=disabled):
        return [
            (
                doc._.quotes,
                [[(m.start, m.end) for m in actor.mentions] for actor in doc._.actors],
            )
            for doc in nlp.pipe(texts, n_process=processes, batch_size=16)
        ]
