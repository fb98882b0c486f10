"""Another speaker's quote inside what a report says (`quotes.nested`); every sentence is
invented."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from storyline.extract.quotes.model import Quote, Span
from storyline.extract.quotes.nested import around_others


def words_of(quote: Quote) -> str:
    """What a quote says, its parts joined."""
    return " | ".join(part.text for part in quote.parts or (quote.content,))


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        (
            "Warren said that the new rules had worked well in every state, to which Baker "
            'interjected: "That is simply false."',
            "Warren",
            "That is simply false.",
        ),
        (
            'Mayor Lopez said, "We will fix the roads" - at which point the crowd chanted '
            '"Fix them now!" - "and we will do it this year."',
            "Mayor Lopez",
            "Fix them now!",
        ),
    ],
)
def test_a_quote_in_a_clause_beside_what_is_said_is_not_the_reports_words(
    nlp: Language, text: str, outer: str, inner: str
) -> None:
    quotes = [q for q in nlp(text)._.quotes if q.kind != "term"]
    report = next(q for q in quotes if q.speaker is not None and q.speaker.text == outer)
    assert inner not in words_of(report)
    assert report.content.start < text.index(inner)  # the words around it stay the report's
    assert any(q.content.text == inner and q.speaker.text != outer for q in quotes if q.speaker)


def test_a_quote_the_same_speaker_gives_in_a_clause_stays_in_the_report(nlp: Language) -> None:
    text = (
        "Cross said he would vote for Clinton, whom he called "
        '"the most divisive figure in politics," and for no one else.'
    )
    report = next(q for q in nlp(text)._.quotes if q.kind == "indirect")
    assert "the most divisive figure in politics" in words_of(report)


def test_a_quote_in_a_clause_joined_inside_what_is_said_is_not_the_reports_words(
    nlp: Language,
) -> None:
    # the parse of a PolNeAR train sentence ("Clinton advisers say … could backfire, …, both
    # of which Mrs. Clinton praised Tuesday night ''for …''"): "praised" joined to the verb
    # of what the advisers say, with a subject of its own
    rows = [
        ("Aides", 1, "nsubj", "NOUN"),
        ("say", 1, "ROOT", "VERB"),
        ("it", 4, "nsubj", "PRON"),
        ("could", 4, "aux", "AUX"),
        ("backfire", 1, "ccomp", "VERB"),
        (",", 4, "punct", "PUNCT"),
        ("and", 4, "cc", "CCONJ"),
        ("Moreno", 8, "nsubj", "PROPN"),
        ("praised", 4, "conj", "VERB"),
        ("him", 8, "dobj", "PRON"),
        ('"', 8, "punct", "PUNCT"),
        ("for", 8, "prep", "ADP"),
        ("courage", 11, "pobj", "NOUN"),
        (".", 1, "punct", "PUNCT"),
        ('"', 1, "punct", "PUNCT"),
    ]
    words, heads, deps, pos = (list(column) for column in zip(*rows, strict=True))
    spaces = [True, True, True, True, False, True, True, True, True, True, False, True, False]
    doc = Doc(
        nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, spaces=[*spaces, False, False]
    )
    text = doc.text

    def span(words: str) -> Span:
        start = text.index(words)
        return Span(start, start + len(words), words)

    outer = Quote(span(text[text.index("it") :]), "indirect", span("say"), span("Aides"), 0)
    inner = Quote(span("for courage."), "direct", span("praised"), span("Moreno"), 1)
    report, quote = around_others([outer, inner], doc)
    assert [part.text for part in report.parts] == []
    assert report.content.text == "it could backfire, and Moreno praised him"
    assert quote == inner
