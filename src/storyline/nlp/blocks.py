"""`storyline_blocks`: start a sentence at every line break, so headings, list items and
paragraphs are never glued into the sentence before or after them."""

from __future__ import annotations

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
        return mark_block_starts(doc)
