""" "…, according to X." closing a sentence reports the whole sentence before the comma
(`storyline.extract.quotes.media.according_to`); every text is invented."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.quote_triples import said


def test_according_to_closing_a_sentence_reports_all_before_it(nlp: Language) -> None:
    text = (
        "Officials met on Friday. Later that day, Jones told reporters she was “very "
        "hopeful” about the talks, according to the Chronicle. The talks resume next week."
    )
    contents = {q[2] for q in said(nlp, text) if (q[1] or "").lower() == "according to"}
    assert contents == {
        "Later that day, Jones told reporters she was “very hopeful” about the talks"
    }
    assert ("Jones", "told") in {(q[0], q[1]) for q in said(nlp, text)}


def test_according_to_inside_a_sentence_keeps_its_clause(nlp: Language) -> None:
    text = "According to the Chronicle, the talks will resume next week in Geneva."
    contents = {q[2] for q in said(nlp, text) if (q[1] or "").lower() == "according to"}
    assert contents == {"the talks will resume next week in Geneva"}


def test_according_to_interrupting_a_sentence_is_no_part_of_its_content(nlp: Language) -> None:
    doc = nlp(
        "In Tanta, 12 people were hurt in the clashes, according to officials, and the "
        "market stayed shut."
    )
    [quote] = [q for q in doc._.quotes if q.cue and q.cue.text.lower() == "according to"]
    assert [p.text for p in quote.parts] == [
        "In Tanta, 12 people were hurt in the clashes",
        "and the market stayed shut",
    ]


def test_a_conjunction_before_according_to_is_no_part_of_its_content(nlp: Language) -> None:
    doc = nlp("But according to the Chronicle, the talks will resume next week in Geneva.")
    [quote] = [q for q in doc._.quotes if q.cue and q.cue.text.lower() == "according to"]
    assert quote.content.text == "the talks will resume next week in Geneva"
