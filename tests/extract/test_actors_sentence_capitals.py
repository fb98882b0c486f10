"""A common word that opens a sentence, capitalised only there, is no part of the name the
recogniser ran it into ("Remove Mubarak now!", "Once Mubarak goes":
`persons.capital_of_the_sentence`); a given name or a word the parser reads as a proper
noun stays ("Ban Ki-moon" beside "the ban")."""

from __future__ import annotations

from spacy.language import Language


def _persons(nlp: Language, text: str) -> list[tuple[tuple[str, ...], int]]:
    return [(a.key, len(a.mentions)) for a in nlp(text)._.actors if a.type == "PERSON"]


def test_a_verb_opening_the_sentence_is_no_given_name(nlp: Language) -> None:
    text = (
        "President Hosni Mubarak spoke on Friday. Protesters want to remove him at once. "
        "Remove Mubarak now, they said. Mubarak refused."
    )
    assert _persons(nlp, text) == [(("hosni", "mubarak"), 4)]


def test_an_adverb_opening_the_sentence_is_no_given_name(nlp: Language) -> None:
    text = (
        "President Hosni Mubarak spoke on Friday. Protesters said they would not leave at "
        "once. Once Mubarak goes, they will go home. Mubarak refused."
    )
    assert _persons(nlp, text) == [(("hosni", "mubarak"), 3)]


def test_a_surname_first_name_written_as_a_common_word_stays(nlp: Language) -> None:
    text = "Ban Ki-moon spoke on Friday about the travel ban. Ban Ki-moon said the ban was wrong."
    assert _persons(nlp, text) == [(("ban", "ki-moon"), 2)]


def test_a_function_word_opening_the_sentence_needs_no_small_writing(nlp: Language) -> None:
    # a segment of a long report may not write "once" small: a function word is no name
    text = (
        "President Hosni Mubarak spoke on Friday. No, the money is needed now!! Once "
        "Mubarak is out of his position, the money will help Cairo."
    )
    assert _persons(nlp, text) == [(("hosni", "mubarak"), 3)]


def test_an_imperative_opening_a_list_item_is_no_given_name(nlp: Language) -> None:
    text = (
        "President Hosni Mubarak spoke on Friday. A protester told us: we have two "
        "choices, 1) Remove Mubarak or 2) stay in the square."
    )
    assert _persons(nlp, text) == [(("hosni", "mubarak"), 2)]
