"""`storyline_clause_times`: which time expressions date each sentence's main clause.

    nlp.add_pipe("storyline_clause_times")   # after "storyline_times"
    doc = nlp(text)
    doc._.clause_ranks                        # [[start, rank], …]: rank 0 is taken first

A sentence's main event is its root's ("Jobs, who founded Apple on April 1, 1976, said on
Monday that …": "said"). The times that may date it are those of the root's own clause, then
of the untensed clauses above it, in the order `storyline.story.clause_dates.clause_times`
takes them (the one reader of these rules, also `entity_timeline`'s); a time of another
finite clause (the relative clause's 1976, what is said) gets no rank. The ranks are written
at ingest, when the parse is there (the store keeps none), for any value: whether a ranked
time's value names a day the timeline can place it by is read later, from the resolved
value (`storyline.story.timeline.Placer`). Records are plain lists, so Docs cross process
boundaries.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from storyline.story.clause_dates import clause_times


class Offsets(NamedTuple):
    """A time expression's character offsets in its Doc."""

    start: int
    end: int


def clause_ranks(doc: Doc) -> list[list[int]]:
    """[start, rank] of each time expression that may date its sentence's main clause."""
    records = doc._.time_records or []
    ranks: list[list[int]] = []
    for sentence in doc.sents:
        inside = [
            Offsets(r["start"], r["end"])
            for r in records
            if sentence.start_char <= r["start"] and r["end"] <= sentence.end_char
        ]
        if inside:
            ranked = clause_times(doc, sentence.root, inside)
            ranks.extend([time.start, rank] for rank, time in enumerate(ranked))
    return ranks


class ClauseTimesComponent:
    """Writes ``Doc._.clause_ranks``; see the module docstring."""

    def __init__(self) -> None:
        if not Doc.has_extension("clause_ranks"):
            Doc.set_extension("clause_ranks", default=None)

    def __call__(self, doc: Doc) -> Doc:
        doc._.clause_ranks = clause_ranks(doc)
        return doc


@Language.factory(
    "storyline_clause_times",
    assigns=["doc._.clause_ranks"],
    requires=["token.dep", "doc.sents"],
)
def make_clause_times_component(nlp: Language, name: str) -> ClauseTimesComponent:
    """Rank the times of each sentence's main clause; add it after `storyline_times`."""
    return ClauseTimesComponent()
