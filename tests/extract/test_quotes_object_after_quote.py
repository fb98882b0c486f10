"""The first noun after a quotation, before a cue with no subject (`speakers.speaker_of`):
an object of a verb or preposition outside the marks is not the speaker; one the parser hung
on a word inside them may be. The parses copy shapes of PolNeAR train; the texts are
invented."""

from __future__ import annotations

from spacy.language import Language

from storyline.extract.quotes.speakers import speaker_of
from tests.extract.hand_parses import parsed


def test_the_object_of_a_preposition_after_the_quote_does_not_speak(nlp: Language) -> None:
    # "After the “Summit” with Jones, Smith said …": "Jones" is whom the summit was with;
    # the parser hung "Smith" on "Jones" and left "said" with no subject
    doc = parsed(
        nlp,
        [
            ("After", 9, "prep", "ADP", "O"),
            ("the", 3, "det", "DET", "O"),
            ("“", 3, "punct", "PUNCT", "O"),
            ("Summit", 0, "pobj", "PROPN", "O"),
            ("”", 3, "punct", "PUNCT", "O"),
            ("with", 3, "prep", "ADP", "O"),
            ("Jones", 5, "pobj", "PROPN", "B-PERSON"),
            (",", 6, "punct", "PUNCT", "O"),
            ("Smith", 6, "appos", "PROPN", "B-PERSON"),
            ("said", 9, "ROOT", "VERB", "O"),
            ("the", 11, "det", "DET", "O"),
            ("talks", 12, "nsubj", "NOUN", "O"),
            ("failed", 9, "ccomp", "VERB", "O"),
            (".", 9, "punct", "PUNCT", "O"),
        ],
    )
    speaker = speaker_of(doc[9], {2, 3, 4})
    assert speaker is not None and speaker.text == "Smith"


def test_a_noun_hung_on_a_word_inside_the_quote_still_speaks(nlp: Language) -> None:
    # "“They can't handle questions,” a voice says.": the parser made "voice" the object
    # of "handle", inside the marks; a failed parse, and the voice is who speaks
    doc = parsed(
        nlp,
        [
            ("“", 3, "punct", "PUNCT", "O"),
            ("They", 3, "nsubj", "PRON", "O"),
            ("ca", 3, "aux", "AUX", "O"),
            ("handle", 3, "ROOT", "VERB", "O"),
            ("questions", 3, "dobj", "NOUN", "O"),
            (",", 3, "punct", "PUNCT", "O"),
            ("”", 3, "punct", "PUNCT", "O"),
            ("a", 8, "det", "DET", "O"),
            ("voice", 3, "dobj", "NOUN", "O"),
            ("says", 3, "dep", "VERB", "O"),
            (".", 3, "punct", "PUNCT", "O"),
        ],
    )
    speaker = speaker_of(doc[9], set(range(7)))
    assert speaker is not None and speaker.text == "voice"
