"""A single mark that would open a passage crossing a double-quoted one is an apostrophe
(a transliteration's "Qur 'an" with a space before it), not an opening quotation mark:
quotation marks nest, they never cross."""

from __future__ import annotations

from spacy.language import Language

from storyline.extract.quotes.marks import quoted_passages

TEXT = (
    "The problem was not the faith itself, Mr Rahimi said, but readings of the Qur 'an "
    'that zealots spread. "Faith is a positive force. It unites people." '
    'He said the talks had failed. "The ministers never listened to us," he said. '
    "\"I asked one of them, 'Why did you come here?' He left.\""
)


def test_an_apostrophe_after_a_space_opens_no_quote_over_double_quotes() -> None:
    found = [TEXT[p.start : p.end] for p in quoted_passages(TEXT)]
    assert found == [
        "Faith is a positive force. It unites people.",
        "The ministers never listened to us,",
        "I asked one of them, 'Why did you come here?' He left.",
    ]


def test_a_single_quoted_passage_may_hold_a_whole_double_quoted_one() -> None:
    text = "The banner read 'We said \"no\" and meant it' in red."
    found = [text[p.start : p.end] for p in quoted_passages(text)]
    assert found[0] == 'We said "no" and meant it'


def test_the_quotes_after_such_an_apostrophe_keep_their_speaker(nlp: Language) -> None:
    doc = nlp(TEXT)
    [quote] = [q for q in doc._.quotes if "never listened" in q.content.text]
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.text == "he"
