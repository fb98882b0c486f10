"""A cue verb inside what another cue verb reports is no tag of a quote beside it."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from storyline.extract.quotes.model import Quote


def who(doc: Doc, quote: Quote) -> str | None:
    """The speaker's actor name (or the speaker text when no actor resolved)."""
    if quote.speaker_actor is not None:
        return doc._.actors[quote.speaker_actor].name
    return quote.speaker.text if quote.speaker else None


def test_the_next_sentence_reporting_what_someone_else_will_do_is_not_the_quotes_tag(
    nlp: Language,
) -> None:
    text = (
        'The lawyer John Smith said in a statement that the claims were just "a theory". '
        '"Mr Brown never told the police that he left the house. He also never said that he '
        "waited an hour.\" Mr Brown's agent, Ann Lee, said she would comment on the report "
        "when it is released. The report is due next week."
    )
    doc = nlp(text)
    [quote] = [q for q in doc._.quotes if q.kind == "direct"]
    assert quote.cue is not None and quote.cue.text == "said"
    assert who(doc, quote) == "John Smith"
    [lee] = [q for q in doc._.quotes if q.kind == "indirect" and "comment" in q.content.text]
    assert lee.content.text == "she would comment on the report when it is released"


def test_an_estimate_inside_what_someone_told_does_not_speak_the_quote_after_it(
    nlp: Language,
) -> None:
    text = (
        "Peter Jones, of the retailer Fonz, told the BBC the estimated demand for the albums "
        'was now ten times greater than last week. "Once we had the news, people came into '
        'our stores. "Fortunately we had a lot of stock." The shop opened early on Sunday.'
    )
    doc = nlp(text)
    [quote] = [q for q in doc._.quotes if q.kind == "direct"]
    assert quote.cue is not None and quote.cue.text == "told"
    [told] = [q for q in doc._.quotes if q.kind == "indirect"]
    assert told.content.text.endswith("than last week")


def test_a_quote_inside_what_is_reported_keeps_its_inner_speaker(nlp: Language) -> None:
    text = 'Tom Baker said that Jane Fox had warned the board: "We cannot go on like this."'
    doc = nlp(text)
    [quote] = [q for q in doc._.quotes if q.kind == "direct"]
    assert quote.cue is not None and quote.cue.text == "warned"
    assert who(doc, quote) == "Jane Fox"


def test_a_quote_inside_the_subjects_prepositional_phrase_is_not_the_subjects_speech(
    nlp: Language,
) -> None:
    text = (
        'Patients with "severe traumas, head wounds and crushed limbs" have been streaming '
        'into the clinic all week. Critics of the "death tax" said the plan would hurt farmers.'
    )
    doc = nlp(text)
    assert [q.kind for q in doc._.quotes if "traumas" in q.content.text] == ["term"]
    assert [q.kind for q in doc._.quotes if q.content.text == "death tax"] == ["term"]
