"""Headline lines of a report (`storyline.extract.actors.state.headline_tokens`)."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from storyline.extract.actors import state
from storyline.extract.actors.state import headline_lines, headline_tokens


def tokens_of_line(doc: Doc, line: str) -> set[int]:
    start = doc.text.index(line)
    span = doc.char_span(start, start + len(line))
    assert span is not None
    return set(range(span.start, span.end))


def walked(doc: Doc) -> set[int]:
    """The rule read token by token, line by line (the definition `headline_lines` keeps)."""
    found: set[int] = set()
    start = 0
    for token in doc:
        if "\n" in token.text or token.i == len(doc) - 1:
            line = doc[start : token.i + 1]
            words = [t for t in line if t.is_alpha and not t.is_stop]
            capitalised = sum(1 for t in words if t.is_title or t.is_upper)
            period = line.text.rstrip().endswith(".")
            initials = all(t.text[0].isupper() for t in words)
            title = line.start == 0 and token.text.count("\n") >= 2 and initials
            if len(words) >= 3 and (not period or title) and capitalised >= 0.8 * len(words):
                found.update(range(line.start, line.end))
            start = token.i + 1
    return found


def test_a_title_case_line_is_a_headline_and_the_body_is_not() -> None:
    doc = English()("Laura Hill Beats Anna Berg In Final\n\nLaura Hill beat Anna Berg on Sunday.")
    assert headline_tokens(doc) == tokens_of_line(doc, "Laura Hill Beats Anna Berg In Final\n\n")


def test_a_line_in_capitals_without_a_line_break_after_it_is_a_headline() -> None:
    doc = English()("Hill won on Sunday.\nHILL BEATS BERG IN FINAL")
    assert headline_tokens(doc) == tokens_of_line(doc, "HILL BEATS BERG IN FINAL")


def test_a_first_line_with_a_full_stop_and_a_blank_line_after_it_is_a_headline() -> None:
    doc = English()("Laura Hill Beats Anna McBerg In Final.\n\nLaura Hill beat Anna McBerg.")
    assert headline_tokens(doc) == tokens_of_line(doc, "Laura Hill Beats Anna McBerg In Final.\n\n")


def test_a_first_line_with_a_full_stop_and_a_word_in_lower_case_is_no_headline() -> None:
    doc = English()("Governor Mary Fallin spoke on CNN on Sunday.\n\nFallin said so.")
    assert headline_tokens(doc) == set()


def test_a_title_case_line_with_a_full_stop_further_down_is_no_headline() -> None:
    doc = English()("Hill won.\n\nLaura Hill Beats Anna Berg In Final.\n\nShe won.")
    assert headline_tokens(doc) == set()


@pytest.mark.parametrize(
    "line",
    [
        "Laura Hill Beats Anna Berg In Final.",  # a closing period, one line break: a sentence
        "Laura Hill Beats Anna Berg In Final.  ",  # ... before the line's trailing blanks
        "Hill Wins",  # fewer than three words other than stop words
        "Hill Beats Berg in final",  # 3 of 4 words capitalised: under 80 %
    ],
)
def test_lines_that_are_no_headline(line: str) -> None:
    doc = English()(f"{line}\nHill beat Berg on Sunday.")
    assert headline_tokens(doc) == set()


def test_four_of_five_capitalised_words_make_a_headline() -> None:
    doc = English()("Hill Beats Berg In Dramatic final\nHill beat Berg on Sunday.")
    assert headline_tokens(doc) == tokens_of_line(doc, "Hill Beats Berg In Dramatic final\n")


def test_the_lines_read_from_arrays_are_those_of_a_walk_over_the_tokens() -> None:
    text = (
        "Apple Releases The iPhone SDK.\n\nCupertino —  Apple released the kit.\n"
        "APPLE RELEASES IPHONE SDK \n\nCupertino —  Apple released the kit.\n"
        "Jobs Says: ‘We Are Thrilled’\n\n\nEMPTY\n  \nThe iPhone Software Development Kit "
        "Ships Today\nIt costs nothing . \nMajor IE Bug Patched"
    )
    doc = English()(text)
    assert headline_tokens(doc) == walked(doc) != set()
    assert headline_lines(English()("")) == []


def test_the_lines_are_found_once_per_doc_and_travel_with_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = []
    monkeypatch.setattr(state, "headline_lines", lambda doc: calls.append(doc) or [(0, 2)])
    doc = English()("Hill Wins Final\nHill won.")
    assert headline_tokens(doc) == headline_tokens(doc) == {0, 1}
    assert len(calls) == 1
    copy = Doc(doc.vocab).from_bytes(doc.to_bytes())  # as from spaCy's worker processes
    assert headline_tokens(copy) == {0, 1} and len(calls) == 1
