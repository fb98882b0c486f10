"""What the quote tests read of a text's quotes: (speaker, cue, content), each as written."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from storyline.extract.quotes.cues import CueLexicon
from storyline.extract.quotes.finder import QuoteFinder


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


def speaker_actors(doc: Doc) -> list[tuple[str, str | None]]:
    """Each quote's speaker in a parsed Doc with its actors, and the name of its actor."""
    quotes = QuoteFinder(CueLexicon.load(), None)(doc)
    actors = doc._.actors
    return [
        (q.speaker.text, actors[q.speaker_actor].name if q.speaker_actor is not None else None)
        for q in quotes
        if q.speaker is not None
    ]


def speaker_keys(nlp: Language, text: str) -> list[tuple[str | None, tuple[str, ...] | None]]:
    """Each quote's speaker as written and the key of the actor it resolves to (None where
    it has none)."""
    doc = nlp(text)
    return [
        (
            q.speaker.text if q.speaker else None,
            doc._.actors[q.speaker_actor].key if q.speaker_actor is not None else None,
        )
        for q in doc._.quotes
    ]
