"""Clean scraped text: split it into blocks, drop page furniture, find the title and headings.

Written by us because no library does this for plain text: trafilatura and jusText work on
HTML trees; a text file as scraped has lost its markup, so the cues are line shape (length,
final punctuation, bullets, blank lines) and a lexicon of toolbar and navigation lines kept
as data in `storyline/data/`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from storyline.data import data_lines
from storyline.ingest.blocks import Block, squeeze

BULLET = re.compile(r"^\s*(?:[•·▪▫◦‣∙●○■□►▶–—*+-]|\d{1,2}[.)])\s+")
_WORD = re.compile(r"[\w'’-]+")
_TITLE_WORD = re.compile(r"\w+")
_SENTENCE_END = tuple('.!?:;,"”’»)')
_PIPE_MENU = re.compile(r"^[^|]{1,30}(\|[^|]{1,30}){2,}$")
_BYLINE = re.compile(r"^(?i:by)\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3}\s*(,.*)?$")
SHORT_BLOCK_WORDS = 15  # furniture lines are short; longer blocks are never dropped as such
MENU_ITEM_WORDS = 4  # a navigation item is a few words with no sentence punctuation
HEADING_MAX_WORDS = 12
TITLE_MAX_WORDS = 25
TITLE_MAX_BLOCKS = 3  # a headline and a deck, each a paragraph of its own
# A news page's time stamp as its header prints it ("Tuesday 4 January 2005 08.43 GMT"): a
# weekday, a full date and a clock time with its zone, which no sentence of a report writes.
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_PAGE_STAMP = re.compile(
    rf"\b(?:{_WEEKDAYS}),? (?P<day>\d{{1,2}}) (?P<month>{_MONTHS}),? (?P<year>\d{{4}}),?"
    r" \d{1,2}[.:]\d{2}"
    r" ?(?:BST|GMT|CET|CEST|UTC|EST|EDT|CST|CDT|PST|PDT)\b"
)
STAMP_MAX_WORDS = 60  # a headline and its standfirst come before the stamp, never more


@dataclass(frozen=True, slots=True)
class CleanText:
    """The outcome of cleaning: an optional title line and the body blocks."""

    title: str | None
    blocks: list[Block]
    published: str | None = None  # ISO date of a page stamp in the text (`split_page_header`)


@cache
def _furniture_patterns() -> re.Pattern[str]:
    alternatives = "|".join(f"(?:{line})" for line in data_lines("boilerplate.txt"))
    return re.compile(rf"^\s*(?:{alternatives})\s*$", re.IGNORECASE)


@cache
def _toolbar_words() -> tuple[frozenset[str], frozenset[str]]:
    """(anchor words, filler words) of print/share toolbars."""
    lines = data_lines("share_words.txt")
    anchors = frozenset(w for w in lines if not w.startswith("+"))
    fillers = frozenset(w[1:] for w in lines if w.startswith("+"))
    return anchors, fillers


def words(text: str) -> list[str]:
    """The words of a line, for shape tests."""
    return _WORD.findall(text)


def is_toolbar(text: str) -> bool:
    """A print/share toolbar line such as "print PRINT" or "Share | Tweet | Email"."""
    tokens = [w.lower() for w in words(text)]
    if not tokens or len(tokens) > 8:
        return False
    anchors, fillers = _toolbar_words()
    return all(t in anchors or t in fillers for t in tokens) and any(t in anchors for t in tokens)


def is_furniture(text: str) -> bool:
    """A line of page furniture: toolbar, boilerplate phrase or pipe-separated menu."""
    if len(words(text)) > SHORT_BLOCK_WORDS:
        return False
    text = text.strip()
    return bool(is_toolbar(text) or _furniture_patterns().match(text) or _PIPE_MENU.match(text))


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_SENTENCE_END)


def is_menu_item(block: Block) -> bool:
    return (
        block.kind == "item"
        and len(words(block.text)) <= MENU_ITEM_WORDS
        and not ends_sentence(block.text)
    )


def drop_furniture(blocks: list[Block]) -> list[Block]:
    """Remove toolbar/boilerplate lines and navigation menus (runs of two or more short items)."""
    kept = [b for b in blocks if not is_furniture(b.text)]
    out: list[Block] = []
    i = 0
    while i < len(kept):
        j = i
        while j < len(kept) and is_menu_item(kept[j]):
            j += 1
        if j - i >= 2:
            i = j  # a run of short bullet items is a menu
            continue
        out.append(kept[i])
        i += 1
    return out


def looks_like_heading(text: str) -> bool:
    """A short line with no final punctuation that starts with a capital or a digit."""
    n = len(words(text))
    return 0 < n <= HEADING_MAX_WORDS and not ends_sentence(text) and text.lstrip()[:1].isupper()


def looks_like_title(text: str) -> bool:
    n = len(words(text))
    return 0 < n <= TITLE_MAX_WORDS and not text.rstrip().endswith((".", ",", ";", ":"))


def is_hard_wrapped(lines: list[str]) -> bool:
    """Lines broken at a width mid-sentence: most lines but the last end without punctuation."""
    body = [line.strip() for line in lines[:-1]]
    return bool(body) and sum(not ends_sentence(line) for line in body) * 2 >= len(body)


def split_blocks(text: str) -> list[Block]:
    """Split plain text into paragraph and item blocks.

    Paragraphs are separated by blank lines. Inside one, bullet lines are items. Hard-wrapped
    lines are joined, except after a line that ends a sentence well short of the width;
    otherwise each line is a paragraph of its own.
    """
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = [line for line in chunk.split("\n") if line.strip()]
        if not lines:
            continue
        prose = [line for line in lines if not BULLET.match(line)]
        wrapped = is_hard_wrapped(prose)
        width = max((len(line.strip()) for line in prose), default=0)
        current: list[str] = []
        for line in lines:
            if BULLET.match(line):
                if current:
                    blocks.append(Block("paragraph", " ".join(current)))
                    current = []
                blocks.append(Block("item", BULLET.sub("", line, count=1)))
                continue
            stripped = line.strip()
            current.append(stripped)
            if not wrapped or (ends_sentence(stripped) and len(stripped) < 0.7 * width):
                blocks.append(Block("paragraph", " ".join(current)))
                current = []
        if current:
            blocks.append(Block("paragraph", " ".join(current)))
    return blocks


def title_blocks(blocks: list[Block], title: str) -> int:
    """How many leading paragraphs say the metadata title's words, case, punctuation and line
    breaks aside (0 if they do not): "Evangelical Iowans flock to Cruz;" and "Diligent effort
    ….", full stop added, under the title "Evangelical Iowans flock to Cruz; Diligent effort …"."""
    wanted = _TITLE_WORD.findall(title.casefold())
    said: list[str] = []
    for count, block in enumerate(blocks[:TITLE_MAX_BLOCKS], start=1):
        if block.kind != "paragraph":
            return 0
        said += _TITLE_WORD.findall(block.text.casefold())
        if said == wanted:
            return count
        if said != wanted[: len(said)]:
            return 0
    return 0


def clean_plain_text(text: str, known_title: str | None = None) -> CleanText:
    """Clean scraped plain text into a title and body blocks.

    With a `known_title` (from metadata) the title is that, and the leading paragraphs that
    say it (a headline and a deck) are taken off the body; with none, the first block when it
    is a single headline-shaped line followed by more text. Later headline-shaped single
    lines followed by a paragraph become headings; "By ..." lines become bylines.
    """
    blocks = drop_furniture(split_blocks(text))
    header, stamped, blocks = split_page_header(blocks)
    if header and not known_title:
        return CleanText(header, mark_headings(blocks), stamped)
    if known_title:
        said = title_blocks(blocks, known_title)
        return CleanText(
            known_title, mark_headings(blocks[said:] if said < len(blocks) else blocks), stamped
        )
    title: str | None = None
    if (
        blocks
        and blocks[0].kind == "paragraph"
        and len(blocks) > 1
        and looks_like_title(blocks[0].text)
    ):
        title = squeeze(blocks[0].text)
        blocks = blocks[1:]
    return CleanText(title, mark_headings(blocks), stamped)


def split_page_header(blocks: list[Block]) -> tuple[str | None, str | None, list[Block]]:
    """A page's header flattened into its first paragraph by the scrape: the headline and its
    standfirst, the page's time stamp ("Tuesday 4 January 2005 08.43 GMT"), then the report
    ("The victims of the tsunami pay the price … Tuesday 4 January 2005 08.43 GMT There has
    never been …"). The stamp is page furniture and goes. Returns what came before it, the
    headline (squeezed; None when the stamp opens the text), the stamp's date (ISO), and the
    blocks with the paragraph keeping what follows the stamp; blocks without such a stamp
    near their start come back as they were, with (None, None)."""
    if not blocks or blocks[0].kind != "paragraph":
        return None, None, blocks
    first = blocks[0].text
    stamp = _PAGE_STAMP.search(first)
    if stamp is None or len(words(first[: stamp.start()])) > STAMP_MAX_WORDS:
        return None, None, blocks
    rest = first[stamp.end() :].strip()
    if not rest:
        return None, None, blocks
    month = _MONTHS.split("|").index(stamp["month"]) + 1
    try:
        stamped = date(int(stamp["year"]), month, int(stamp["day"])).isoformat()
    except ValueError:  # "31 February": no date, though still the page's stamp
        stamped = None
    header = squeeze(first[: stamp.start()]) or None
    return header, stamped, [Block("paragraph", rest), *blocks[1:]]


def mark_headings(blocks: list[Block]) -> list[Block]:
    """Relabel short unpunctuated paragraphs that precede more text as headings or bylines."""
    out: list[Block] = []
    for i, block in enumerate(blocks):
        if block.kind == "paragraph" and _BYLINE.match(block.text.strip()):
            out.append(Block("byline", block.text))
        elif (
            block.kind == "paragraph"
            and i + 1 < len(blocks)
            and blocks[i + 1].kind == "paragraph"
            and looks_like_heading(block.text)
        ):
            out.append(Block("heading", block.text))
        else:
            out.append(block)
    return out
