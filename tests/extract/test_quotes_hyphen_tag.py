"""A tag after a quote whose speaker is a hyphenated word ("a voice-over in the ad states")
(`storyline.extract.quotes.direct._tag_after`); every text is invented."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.quote_triples import said


def test_a_hyphen_inside_the_speaker_does_not_end_the_tag(nlp: Language) -> None:
    text = (
        "The group answered with an ad of its own.\n\n“They know the mayor is the only one "
        "strong enough to stop the abuses,” a voice-over in the ad states. “She will stand up "
        "to the lobby and take on the banks.”\n\nThose are topics the mayor wants to talk about."
    )
    found = [(speaker, cue) for speaker, cue, _ in said(nlp, text)]
    assert found == [("ad", "states"), ("ad", "states")]
