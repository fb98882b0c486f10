"""Speakers of "X calls Y “Z”" and "X described it as “Z”" where the parser lost X
(`speakers.name_on_the_verb`); the parses copy slips of PolNeAR train, every text is
invented."""

from __future__ import annotations

from spacy.language import Language

from storyline.extract.quotes.speakers import speaker_of
from tests.extract.hand_parses import parsed


def test_a_name_the_parser_took_for_an_adverb_calls(nlp: Language) -> None:
    # "And Tolliver called Mercer “a brilliant mind.”": "Tolliver" an adverb of "called",
    # "Mercer" its object (PolNeAR train's gold gives such a term to the subject of "call")
    doc = parsed(
        nlp,
        [
            ("And", 2, "cc", "CCONJ", "O"),
            ("Tolliver", 2, "advmod", "ADV", "O"),
            ("called", 2, "ROOT", "VERB", "O"),
            ("Mercer", 2, "oprd", "PROPN", "B-PERSON"),
            ("“", 7, "punct", "PUNCT", "O"),
            ("a", 7, "det", "DET", "O"),
            ("brilliant", 7, "amod", "ADJ", "O"),
            ("mind", 2, "oprd", "NOUN", "O"),
            (".", 2, "punct", "PUNCT", "O"),
            ("”", 2, "punct", "PUNCT", "O"),
        ],
    )
    speaker = speaker_of(doc[2])
    assert speaker is not None and speaker.text == "Tolliver"


def test_a_name_after_a_comma_taken_for_an_adverb_describes(nlp: Language) -> None:
    # "Told of the vote, Early described it as “a surprise.”"
    doc = parsed(
        nlp,
        [
            ("Told", 6, "advcl", "VERB", "O"),
            ("of", 0, "prep", "ADP", "O"),
            ("the", 3, "det", "DET", "O"),
            ("vote", 1, "pobj", "NOUN", "O"),
            (",", 6, "punct", "PUNCT", "O"),
            ("Early", 6, "advmod", "ADV", "O"),
            ("described", 6, "ROOT", "VERB", "O"),
            ("it", 6, "dobj", "PRON", "O"),
            ("as", 6, "prep", "ADP", "O"),
            ("“", 8, "punct", "PUNCT", "O"),
            ("a", 11, "det", "DET", "O"),
            ("surprise", 8, "pobj", "NOUN", "O"),
            (".", 6, "punct", "PUNCT", "O"),
            ("”", 6, "punct", "PUNCT", "O"),
        ],
    )
    speaker = speaker_of(doc[6])
    assert speaker is not None and speaker.text == "Early"


def test_a_capitalised_adverb_in_a_headline_is_no_name(nlp: Language) -> None:
    # "Later Quietly Called It “A Mistake”": every word capitalised, so "Quietly" may be
    # an adverb
    doc = parsed(
        nlp,
        [
            ("Later", 2, "advmod", "ADV", "O"),
            ("Quietly", 2, "advmod", "ADV", "O"),
            ("Called", 2, "ROOT", "VERB", "O"),
            ("It", 2, "dobj", "PRON", "O"),
            ("“", 6, "punct", "PUNCT", "O"),
            ("A", 6, "det", "DET", "O"),
            ("Mistake", 2, "oprd", "NOUN", "O"),
            ("”", 2, "punct", "PUNCT", "O"),
        ],
    )
    speaker = speaker_of(doc[2])
    assert speaker is None or speaker.text != "Quietly"
