"""tokens_lowered and space_flags: what a walk over the Doc's Tokens would read."""

from __future__ import annotations

from spacy.lang.en import English

from storyline.nlp.token_words import space_flags, tokens_lowered

TEXT = "The Wisconsin Republican met Democrats.\n\nA REPUBLICAN and a democrat  left. Republican"


def test_tokens_lowered_are_the_tokens_whose_lower_form_is_a_word() -> None:
    doc = English()(TEXT)
    words = {"republican", "democrat"}
    assert tokens_lowered(doc, words) == [t.i for t in doc if t.lower_ in words]
    assert [doc[i].text for i in tokens_lowered(doc, words)] == [
        "Republican",
        "REPUBLICAN",
        "democrat",
        "Republican",
    ]


def test_tokens_lowered_match_whole_tokens_only() -> None:
    doc = English()(TEXT)
    assert tokens_lowered(doc, ["democrats"]) == [4]
    assert tokens_lowered(doc, ["democ", "Republican"]) == []  # a part; not lower case


def test_tokens_lowered_of_no_words_or_no_tokens_is_empty() -> None:
    assert tokens_lowered(English()(TEXT), []) == []
    assert tokens_lowered(English()(""), ["the"]) == []


def test_space_flags_are_each_tokens_is_space() -> None:
    doc = English()(TEXT)
    assert space_flags(doc) == [t.is_space for t in doc]
    assert any(space_flags(doc))
    assert space_flags(English()("")) == []
