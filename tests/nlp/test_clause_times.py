"""Which times date a sentence's main clause, ranked at ingest for the story timeline."""

from __future__ import annotations

from spacy.language import Language

from storyline.ingest.blocks import BlockSpan
from storyline.nlp.annotations import annotations_of
from storyline.nlp.segments import join


def _ranked(nlp: Language, text: str) -> list[tuple[str, int]]:
    doc = nlp(text)
    return [(text[start : text.index(" ", start)], rank) for start, rank in doc._.clause_ranks]


def test_a_relative_clauses_date_does_not_date_the_sentence(nlp: Language) -> None:
    text = "Jobs, who founded Apple on April 1, 1976, said on Monday that sales grew. "
    assert _ranked(nlp, text) == [("Monday", 0)]  # not the founding's day


def test_the_main_clauses_dates_nearest_in_the_parse_first(nlp: Language) -> None:
    text = "Yesterday, at this year's conference, Jobs unveiled the iPhone 4. "
    assert _ranked(nlp, text) == [("Yesterday,", 0), ("this", 1)]


def test_a_date_of_what_is_said_is_not_ranked(nlp: Language) -> None:
    assert _ranked(nlp, "Pence said the talks would be held on Friday. ") == []


def test_ranks_follow_a_segment_into_the_articles_offsets(nlp: Language) -> None:
    text = "Officials said on Monday that the talks would resume on Friday."
    doc = nlp(text)
    part = annotations_of(doc, [BlockSpan("paragraph", 100, 100 + len(text))], offset=100)
    assert part.clause_ranks == {100 + text.index("Monday"): 0}
    joined = join([part], "2018-02-07")
    [monday] = [t for t in joined.times if t.start in joined.clause_ranks]
    assert (monday.text, monday.value) == ("Monday", "2018-02-05")
