"""What the quote tests read of a text's quotes: (speaker, cue, content), each as written."""

from __future__ import annotations

from spacy.language import Language


def said(
    nlp: Language, text: str, *, with_terms: bool = True
) -> list[tuple[str | None, str | None, str]]:
    """Each quote of `text` as (speaker, cue, content); `with_terms=False` leaves out the
    quoted terms ("the “maximum pressure” line")."""
    return [
        (q.speaker.text if q.speaker else None, q.cue.text if q.cue else None, q.content.text)
        for q in nlp(text)._.quotes
        if with_terms or q.kind != "term"
    ]


def speakers(nlp: Language, text: str) -> list[str | None]:
    """The speaker of each quote of `text`, as written (None where it has none)."""
    return [q.speaker.text if q.speaker else None for q in nlp(text)._.quotes]
