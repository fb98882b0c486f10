"""The names a plural group is written with, read from the report's text."""

from __future__ import annotations

from storyline.link.mention_context import contexts_in
from storyline.link.modifiers import agree, group_modifiers, is_plural_group


def names(text: str, *mentions: str) -> frozenset[str]:
    spans = []
    for mention in mentions:
        start = text.index(mention)
        spans.append((start, start + len(mention)))
    return group_modifiers(contexts_in(text, spans))


def test_a_name_written_before_the_group_or_after_of_is_read() -> None:
    assert names("It is free to iPod Touch users for a fee.", "users") == {"ipod touch"}
    assert names("Jobs blamed fewer iPhone 4 users putting cases on.", "fewer iPhone 4 users") == {
        "iphone 4"
    }
    assert names("Starbucks offers access to all users of the iPod touch.", "all users") == {"ipod"}
    assert names("On bulletin boards, Apple's users are buzzing.", "users") == {"apple"}


def test_lower_case_words_function_words_and_a_sentence_end_name_nothing() -> None:
    assert (
        names("It bans excessive bandwidth users and more.", "excessive bandwidth users") == set()
    )
    assert names("Some customers reported waits.", "Some customers") == set()
    assert names("On bulletin boards, users are buzzing.", "users") == set()
    assert names("It was shown by Apple. Users can fill it.", "Users") == set()
    assert names("It was free for users of compatible Apple devices.", "users") == set()
    assert names("He left. Masked men came in.", "Masked men") == set()  # a sentence's start
    assert names("Masked men came in.", "Masked men") == set()
    assert names("He left. Macintosh users came.", "users") == set()  # no capital but the first
    assert names("He left. iPod users came.", "users") == {"ipod"}
    assert names("Police came on Saturday officials said.", "officials") == set()


def test_two_groups_agree_without_names_or_on_a_name_or_its_start() -> None:
    assert agree(frozenset(), frozenset())
    assert agree(frozenset({"iphone"}), frozenset({"iphone 4"}))
    assert not agree(frozenset({"ipod touch"}), frozenset({"os x"}))
    assert not agree(frozenset(), frozenset({"os x"}))


def test_only_a_plural_group_standing_alone_is_read() -> None:
    assert is_plural_group(("the", "user", "plural"))
    assert not is_plural_group(("the", "user"))
    assert not is_plural_group(("apple",))
