"""`storyline_blocks`: sentence starts that the text's layout decides, set before the parser.

A sentence starts at every line break, so headings, list items and paragraphs are never glued
into the sentence before or after them; and never at a capitalised function word that follows
a capitalised word on the same line, which is part of a name ("President Moon Jae In on
Saturday": the parser would start a sentence at "In"), nor at a lower-case word after an
abbreviation ("We wish Apple Inc. every success": the parser would start one at "every").
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc


def mark_block_starts(doc: Doc) -> Doc:
    """Set `is_sent_start` on each word that follows whitespace holding a newline.

    Runs before the parser, which keeps boundaries that are already set.
    """
    newline_seen = False
    for token in doc:
        if token.is_space:
            newline_seen = newline_seen or "\n" in token.text
        elif newline_seen:
            token.is_sent_start = True
            newline_seen = False
    return doc


def keep_names_whole(doc: Doc) -> Doc:
    """Unset a sentence start at a capitalised stop word right after a capitalised word of
    the same line, with no punctuation between ("Moon Jae In", "Lord Of The Rings")."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if (
            token.is_title
            and token.is_stop
            and before.is_alpha
            and before.is_title
            and "\n" not in before.whitespace_
        ):
            token.is_sent_start = False
    return doc


# A word of letters closed by its period, or initials with periods: "Inc.", "Corp.", "Jr.",
# "U.S.", "a.m." (an ellipsis or a lone period is no abbreviation).
_ABBREVIATION = re.compile(r"^[A-Za-z]{1,5}\.(?:[A-Za-z]{1,2}\.)*$")


def keep_abbreviations_inside(doc: Doc) -> Doc:
    """Unset a sentence start at a lower-case word right after an abbreviation of the same
    line: an abbreviation ending a sentence is followed by a capital ("… Apple Inc. The
    company …"), so a lower-case word after one goes on the sentence."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if (
            token.is_lower
            and token.is_alpha
            and "\n" not in before.whitespace_
            and _ABBREVIATION.match(before.text)
        ):
            token.is_sent_start = False
    return doc


@Language.factory(
    "storyline_blocks",
    assigns=["token.is_sent_start"],
    requires=[],
)
def make_blocks_component(nlp: Language, name: str) -> BlocksComponent:
    """Create the component; add it before the parser: `nlp.add_pipe("storyline_blocks",
    before="parser")`."""
    return BlocksComponent()


class BlocksComponent:
    """Pipeline component wrapping `mark_block_starts`."""

    def __call__(self, doc: Doc) -> Doc:
        return keep_abbreviations_inside(keep_names_whole(mark_block_starts(doc)))
