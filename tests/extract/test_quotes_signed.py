"""A quote signed by a dash and a name, under it or on its own line
(`storyline.extract.quotes.layout.signed_below`); every text is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language


def said(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker.text if q.speaker else None, q.content.text) for q in nlp(text)._.quotes]


@pytest.mark.parametrize("item", ["", "• ", "2. "])
@pytest.mark.parametrize("dash", ["–", "—", "-", "―"])
def test_a_list_of_quotes_each_signed_on_its_line(nlp: Language, item: str, dash: str) -> None:
    text = (
        "What the candidates said this week.\n\n"
        f"{item}“We will fix the roads before winter.” {dash} Laura Hill\n"
        f"{item}“Nobody believes that plan.” {dash} Tom Webb\n\n"
        "The vote is Friday."
    )
    found = said(nlp, text)
    assert ("Laura Hill", "We will fix the roads before winter.") in found
    assert ("Tom Webb", "Nobody believes that plan.") in found


def test_a_name_after_a_quote_inside_a_sentence_signs_nothing(nlp: Language) -> None:
    text = "The mayor spoke. He said the party was “still the first force here.” – Kim Lee\n"
    assert not [q for q in said(nlp, text) if q[0] == "Kim Lee"]


def test_any_dash_under_a_quote_signs_it(nlp: Language) -> None:
    text = "“I helped write that bill, and I am proud of it.”\n\n\u2010 Laura Hill.\n\nShe did not."
    assert said(nlp, text)[0] == ("Laura Hill", "I helped write that bill, and I am proud of it.")


def test_a_line_opening_with_a_closing_mark_is_signed_too(nlp: Language) -> None:
    text = "What they said.\n\n”We will fix the roads.” – Laura Hill\n\nThe vote is Friday."
    assert ("Laura Hill", "We will fix the roads.") in said(nlp, text)


def test_signature_name_ends_at_its_comma(nlp: Language) -> None:
    text = (
        "Delegates spoke all week.\n\n"
        "“The whole idea of a crooked judge is something we hear about all the time.”\n\n"
        "-Martha Stone, Cleveland.\n\n"
        "“She is ready, and she never quits.”\n\n"
        "-Senator Hale, tweeting after the speech.\n\nThe hall emptied by midnight."
    )
    speakers = {q[1][:12]: q[0] for q in said(nlp, text)}
    assert "Stone" in (speakers["The whole id"] or "")  # "-Martha Stone": the dash glued
    assert "Hale" in (speakers["She is ready"] or "")
