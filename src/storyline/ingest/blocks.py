"""Blocks: the paragraphs, headings and list items an article body is made of.

Readers turn their input into a list of `Block`s; `assemble` joins the kept blocks into the
stored text (blocks separated by a blank line) and records each block's character span, so
later layers can tell a heading from a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

BlockKind = Literal["paragraph", "heading", "item", "byline"]

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
BLOCK_SEPARATOR = "\n\n"


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of an article body, before assembly."""

    kind: BlockKind
    text: str


@dataclass(frozen=True, slots=True)
class BlockSpan:
    """Where a block sits in the stored text."""

    kind: BlockKind
    start: int
    end: int


def squeeze(text: str) -> str:
    """Collapse runs of spaces and tabs inside a block and trim it."""
    return _SPACES.sub(" ", text).strip()


def assemble(blocks: list[Block]) -> tuple[str, list[BlockSpan]]:
    """Join blocks into the stored text; return it with each block's span."""
    parts: list[str] = []
    spans: list[BlockSpan] = []
    offset = 0
    for block in blocks:
        text = squeeze(block.text)
        if not text:
            continue
        if parts:
            offset += len(BLOCK_SEPARATOR)
        parts.append(text)
        spans.append(BlockSpan(block.kind, offset, offset + len(text)))
        offset += len(text)
    return BLOCK_SEPARATOR.join(parts), spans
