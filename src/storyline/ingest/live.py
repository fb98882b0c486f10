"""A live page's entries as blocks of their own: "… says. 1426 US journalist …" becomes the
paragraph "… says.", the heading "14:26" and the paragraph "US journalist …".

The entry clocks are found on the whole page by `extract.times.live` (a run of them, never
one number alone). A clock on its own line starts no sentence with a name after it ("1117
Troy Livesay" as a speaker), and each entry's first sentence starts at its line. The clock is
written with its colon, so that it reads as a time wherever the page is cut for the parser
(a part of the run may hold only afternoon clocks, 1500–2059, that could be years).
"""

from __future__ import annotations

from storyline.extract.times.live import EntryClock, entry_clocks
from storyline.ingest.blocks import BLOCK_SEPARATOR, Block


def split_live_entries(blocks: list[Block]) -> list[Block]:
    """The blocks with each entry clock of a live page made a heading before its entry."""
    clocks = entry_clocks(BLOCK_SEPARATOR.join(block.text for block in blocks))
    if not clocks:
        return blocks
    out: list[Block] = []
    offset = 0
    for block in blocks:
        end = offset + len(block.text)
        inside = [clock for clock in clocks if offset <= clock.start < end]
        out.extend(_split(block, inside, offset) if inside else [block])
        offset = end + len(BLOCK_SEPARATOR)
    return out


def _split(block: Block, clocks: list[EntryClock], offset: int) -> list[Block]:
    """`block` cut before and after each of its clocks (at `offset` in the joined text)."""
    pieces: list[Block] = []
    kind = block.kind
    cursor = 0
    for clock in clocks:
        start, end = clock.start - offset, clock.end - offset
        if block.text[cursor:start].strip():
            pieces.append(Block(kind, block.text[cursor:start]))
        pieces.append(Block("heading", f"{clock.hour:02d}:{clock.minute:02d}"))
        kind, cursor = "paragraph", end
    if block.text[cursor:].strip():
        pieces.append(Block(kind, block.text[cursor:]))
    return pieces
