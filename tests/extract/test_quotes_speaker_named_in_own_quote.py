"""The he/she who says a quote in marks is not a person that quote names in the third
person: a speaker speaks of himself as "I"; the pronoun goes on with the person who spoke
before it."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from storyline.extract.quotes.model import Quote


def quote_with(doc: Doc, words: str) -> Quote:
    """The one quote whose content holds `words`."""
    [quote] = [q for q in doc._.quotes if words in q.content.text]
    return quote


def speaker_name(doc: Doc, quote: Quote) -> str | None:
    """The name of the quote's speaker's actor."""
    return None if quote.speaker_actor is None else doc._.actors[quote.speaker_actor].name


def test_a_name_inside_the_quote_is_not_its_pronoun_speaker(nlp: Language) -> None:
    doc = nlp(
        "Pat Gerges said the region had changed since the events in Tunisia. "
        '"People no longer fear the police, regardless of whether Mr Mubarak stays or goes," '
        "he said."
    )
    quote = quote_with(doc, "no longer fear")
    assert quote.speaker is not None and quote.speaker.text == "he"
    assert speaker_name(doc, quote) == "Pat Gerges"


def test_a_full_name_inside_the_quote_is_not_its_pronoun_speaker(nlp: Language) -> None:
    doc = nlp(
        "Keys believes that his son went to war trusting a false case that Blair made. "
        '"I want to hold Tony Blair to account for his deceit," he says.'
    )
    assert speaker_name(doc, quote_with(doc, "hold Tony Blair")) == "Keys"


def test_a_person_named_outside_the_quote_is_still_the_pronouns(nlp: Language) -> None:
    doc = nlp(
        "Mr Mubarak spoke on state television on Tuesday. "
        '"I will not run again, but I will die on Egyptian soil," he said.'
    )
    assert speaker_name(doc, quote_with(doc, "will not run")) == "Mubarak"
