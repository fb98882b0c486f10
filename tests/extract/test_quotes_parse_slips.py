"""Speakers where the parser hung the speaker's words elsewhere (`speakers.speaker_of`,
`direct._verb_taken_for_a_noun`); the parses of the first two tests copy ones of PolNeAR
train, every text is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyline.extract.quotes.speakers import speaker_of
from tests.extract.hand_parses import parsed
from tests.extract.quote_triples import said


def test_a_name_hung_on_the_cue_as_a_compound_speaks(nlp: Language) -> None:
    # "When someone shouted, Beck joked, …": "Beck" a compound of "joked", which the
    # parser made the complement of "shouted"
    doc = parsed(
        nlp,
        [
            ("When", 2, "advmod", "SCONJ", "O"),
            ("someone", 2, "nsubj", "PRON", "O"),
            ("shouted", 2, "ROOT", "VERB", "O"),
            (",", 2, "punct", "PUNCT", "O"),
            ("Beck", 5, "compound", "PROPN", "B-PERSON"),
            ("joked", 2, "xcomp", "VERB", "O"),
            (".", 2, "punct", "PUNCT", "O"),
        ],
    )
    speaker = speaker_of(doc[5])
    assert speaker is not None and speaker.text == "Beck"


def test_a_person_the_parser_made_the_object_of_as_speaks_through_put_it(
    nlp: Language,
) -> None:
    # "As Amar, …, put it, judges should remember …": "Amar" the object of "As"
    doc = parsed(
        nlp,
        [
            ("As", 3, "mark", "SCONJ", "O"),
            ("Amar", 0, "pobj", "PROPN", "B-PERSON"),
            (",", 1, "punct", "PUNCT", "O"),
            ("put", 8, "advcl", "VERB", "O"),
            ("it", 3, "dobj", "PRON", "O"),
            (",", 8, "punct", "PUNCT", "O"),
            ("judges", 8, "nsubj", "NOUN", "O"),
            ("should", 8, "aux", "AUX", "O"),
            ("remember", 8, "ROOT", "VERB", "O"),
            (".", 8, "punct", "PUNCT", "O"),
        ],
    )
    speaker = speaker_of(doc[3])
    assert speaker is not None and speaker.text == "Amar"


def test_a_name_set_apart_after_an_inverted_said_speaks(nlp: Language) -> None:
    found = said(
        nlp,
        "Any ''sober'' reading of the governor's budget, said Daniel Ortiz, an economist at "
        "the Brookings Institution in Washington, would treat it as a retreat from the "
        "pledges he made in the spring.",
        with_terms=False,
    )
    assert found and all(speaker == "Daniel Ortiz" for speaker, _, _ in found)


def test_a_nominal_adjective_before_a_cue_speaks(nlp: Language) -> None:
    found = said(
        nlp,
        "Ortiz posted the video to YouTube on Monday.\n\n“What if the governor had singing "
        "lessons?” the 43-year-old asked in the video’s description.",
        with_terms=False,
    )
    assert ("the 43-year-old", "asked", "What if the governor had singing lessons?") in found


def test_a_tag_whose_noun_was_tagged_an_adjective_speaks(nlp: Language) -> None:
    found = said(
        nlp,
        "The paper aimed its Friday editorial at the governor.\n\n“If he wants to lead the "
        "state, the governor should act like it, and come to Lafayette,” the editorial read.",
        with_terms=False,
    )
    assert [(speaker, cue) for speaker, cue, _ in found] == [("editorial", "read")]


@pytest.mark.parametrize("tag", ["read one", "said one"])
def test_one_after_an_inverted_cue_speaks(nlp: Language, tag: str) -> None:
    text = f"Planes wrote slogans over the stadium.\n\n“Vote early! Vote often,” {tag}."
    found = said(nlp, text, with_terms=False)
    assert [(speaker, cue) for speaker, cue, _ in found] == [("one", tag.split()[0])]


def test_a_possessor_before_a_curly_apostrophe_is_in_the_speaker(nlp: Language) -> None:
    found = said(
        nlp,
        "Governor Hollis’ campaign email to his supporters notes that the mayor “is a civil "
        "rights attorney.”",
        with_terms=False,
    )
    assert [speaker for speaker, _, _ in found] == ["Governor Hollis’ campaign email"]
