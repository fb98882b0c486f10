"""A mention with the text of its report around it: what the linker reads of a report's
text (`storyline.link.modifiers`), the same from a stored corpus
(`Database.actor_rows`) as from a parsed document."""

from __future__ import annotations

from collections.abc import Iterable

CONTEXT_CHARS = 80  # characters read on each side of a mention
MentionContext = tuple[str, str, str]  # the text before the mention, the mention, after it


def contexts_in(text: str, spans: Iterable[tuple[int, int]]) -> list[MentionContext]:
    """The context of each mention, a character span of `text`."""
    return [
        (text[max(start - CONTEXT_CHARS, 0) : start], text[start:end], text[end:][:CONTEXT_CHARS])
        for start, end in spans
    ]
