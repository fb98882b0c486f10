"""Cues that the text types a name as an organisation (`storyline.extract.organisation_cues`)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from storyline.extract.nominals import NominalLexicon
from storyline.extract.organisation_cues import OrganisationCues, artefact_nouns
from storyline.extract.roles import RoleLexicon


@pytest.fixture(scope="module")
def cues() -> OrganisationCues:
    return OrganisationCues(NominalLexicon.load(), RoleLexicon.load(), artefact_nouns())


def span_of(doc: Doc, text: str) -> Span:
    start = doc.text.index(text)
    span = doc.char_span(start, start + len(text))
    assert span is not None
    return span


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Malaysia Airlines jet vanished over the sea.", "Malaysia Airlines"),  # head word
        ("Shares of Acme Corp fell on Monday.", "Acme Corp"),  # a company form
        ("Vulnerability management company nCircle warned users.", "nCircle"),  # noun in front
        ("An AFP photographer saw the crash.", "AFP"),  # it employs a role
        ("The chief executive of Boeing resigned.", "Boeing"),
        ("The minister told AFP that talks would go on.", "AFP"),  # a source told
        ("PARIS (AFP) - Talks went on.", "AFP"),  # credited after a dateline
    ],
)
def test_strong_cues(nlp: Language, cues: OrganisationCues, text: str, name: str) -> None:
    assert cues.strong(span_of(nlp(text), name))


def test_no_cue_for_a_product_and_a_subject_is_only_a_weak_cue(
    nlp: Language, cues: OrganisationCues
) -> None:
    doc = nlp("Sales of the Patriot system rose. iPod players sold well. Intel added a chip.")
    assert not cues.any(span_of(doc, "Patriot"))
    assert not cues.any(span_of(doc, "iPod"))  # "player" is a made thing here, no role
    intel = span_of(doc, "Intel")
    assert cues.any(intel) and not cues.strong(intel)


def test_an_organisations_head_word_can_be_left_out(nlp: Language, cues: OrganisationCues) -> None:
    store = span_of(nlp("Songs sold at the iTunes Music Store rose."), "iTunes Music Store")
    assert cues.strong(store) and not cues.strong(store, head_word=False)


@pytest.mark.parametrize(
    ("text", "name", "beside"),
    [
        ("Disney owns the animation studio Pixar now.", "Pixar", True),
        ("Sales at electronics retailer Best Buy rose.", "Best Buy", True),
        ("Apple chief executive Steve Jobs spoke.", "Steve Jobs", False),  # a role, not a body
        ("They beat the team Chuck Pagano used to coach.", "Chuck Pagano", False),  # a clause
    ],
)
def test_an_organisation_noun_in_front_of_the_name(
    nlp: Language, cues: OrganisationCues, text: str, name: str, beside: bool
) -> None:
    assert cues.organisation_in_front(span_of(nlp(text), name)) is beside
