"""A name that "some" give in a free relative (`governing._named_by_some`); every sentence
is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        'Clinton has called on the Senate to close what some call the "gun show loophole," '
        "which lets buyers skip a check.",
        'The governor has urged lawmakers to end what many call the "sweetheart deal" with '
        "the utility.",
    ],
)
def test_a_name_some_give_is_not_theirs(nlp: Language, text: str) -> None:
    # the quoted name is said by whoever urges or calls on (as its own quote or inside
    # that speaker's reported words), never by "some" or "many"
    quotes = nlp(text)._.quotes
    assert quotes and all(q.speaker is not None for q in quotes)
    assert not {q.speaker.text.lower() for q in quotes if q.speaker} & {"some", "many"}


def test_some_who_say_something_still_speak(nlp: Language) -> None:
    quotes = [
        q
        for q in nlp('After the vote, some called the bill "a disgrace."')._.quotes
        if q.kind == "direct"
    ]
    assert len(quotes) == 1
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "some"
