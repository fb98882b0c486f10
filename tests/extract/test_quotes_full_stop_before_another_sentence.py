"""A quote that ends in a full stop ends its sentence: the cue of a long sentence after it,
which says something else, is no tag of it; the quote goes on with the speaker before it.
A short tag after it ("… ” He said.") still speaks it."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from storyline.extract.quotes.model import Quote


def quote_with(doc: Doc, words: str) -> Quote:
    """The one quote whose content holds `words`."""
    [quote] = [q for q in doc._.quotes if words in q.content.text]
    return quote


def test_the_next_sentences_cue_is_no_tag_of_a_quote_ending_in_a_full_stop(
    nlp: Language,
) -> None:
    doc = nlp(
        '"Police have always been harsh, but we have not seen it like this," Dana Farouk, a '
        "reporter for a Cairo weekly who has been posting updates online, told a radio host. "
        '"We have not seen this many people on the streets at the same time." Video footage '
        "from Friday showed throngs of marchers charging down a bridge over the river, "
        "overrunning police trucks that fired tear gas."
    )
    quote = quote_with(doc, "this many people")
    assert quote.speaker is not None and quote.speaker.text == "Dana Farouk"


def test_a_short_tag_after_a_full_stop_still_speaks_the_quote(nlp: Language) -> None:
    doc = nlp(
        "The mayor left the hall early. "
        '"We will rebuild the bridge before the winter comes." He said. The council agreed.'
    )
    quote = quote_with(doc, "rebuild the bridge")
    assert quote.speaker is not None and quote.speaker.text == "He"
