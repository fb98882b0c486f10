"""Passages in quotation marks: every style news uses, and quotes that run over paragraphs.

Written by us: textacy's `direct_quotations` refuses a whole text when it counts an odd
number of quote characters (apostrophes count), and no other library here finds quotes.

Marks paired: curly double “…”, straight double "…", guillemets «…» and »…«, TeX/PTB
``…'', and single quotes ‘…’ / '…' used as quotation marks (an opening one at the start of
a word, a closing one not followed by a letter, so "Pence’s" is an apostrophe). A quote that
runs over several paragraphs repeats its opening mark at each paragraph and closes only at
its end: those paragraphs are one quote, each a part, also where the text was flattened to
one line and only the repeated opening mark ('help. "Children …') shows the paragraph break;
a photo caption or box the flattening glued between two such paragraphs, with no stop of its
own, is left out (`_caption_before`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

# closing marks of each opening one: news mixes straight and curly marks ("…”), and the New
# York Times writes '' for both ends
_CLOSERS = {
    "“": ("”", '"', "“"), '"': ('"', "”"), "„": ("“", "”", '"'), "«": ("»",), "»": ("«",),
    "``": ("''",), "''": ("''",), "‘": ("’", "'"), "'": ("'", "’"),
}  # fmt: skip
_OPENING = re.compile(r"``|''|[“\"«»‘'„]")
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*[“\"«‘`])")


@dataclass(frozen=True, slots=True)
class Marked:
    """A quoted passage: its text without the marks (`start`, `end`), and with them."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    parts: tuple[tuple[int, int], ...]
    closed: bool = True
    captions: tuple[tuple[int, int], ...] = ()  # glued between its parts (`_caption_before`)


def quoted_passages(text: str) -> list[Marked]:
    """Every passage of the text in quotation marks, in order; a quote running over
    paragraphs is one passage with a part per paragraph."""
    found: list[Marked] = []
    for start, end in _paragraphs(text):
        found.extend(_in_paragraph(text, start, end))
    return _join_paragraph_runs(text, found)


def tokens_inside(doc: Doc, passages: list[Marked]) -> set[int]:
    """Indexes of the tokens inside the passages' quotation marks."""
    inside: set[int] = set()
    for passage in passages:
        for start, end in passage.parts:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                inside.update(range(span.start, span.end))
    return inside


def tokens_in_captions(doc: Doc, passages: list[Marked]) -> set[int]:
    """Indexes of the tokens of the captions glued inside the passages: no narrative, so
    they offer a quote no tag ("… and you want to be able to continue their care Bev Collin,
    MSF" is a caption, not the quote's "continue")."""
    found: set[int] = set()
    for passage in passages:
        for start, end in passage.captions:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                found.update(range(span.start, span.end))
    return found


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds = []
    position = 0
    for match in _PARAGRAPH.finditer(text):
        bounds.append((position, match.start()))
        position = match.end()
    bounds.append((position, len(text)))
    return [(s, e) for s, e in bounds if text[s:e].strip()]


# A markup tag left in the text (`<tweet pic="" author="realDonaldTrump" …>`): its
# attribute values are in quotation marks but are no quotation.
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s+[\w-]+=(?:\"[^\"<>]*\"|'[^'<>]*'))*\s*/?>")


def _in_paragraph(text: str, start: int, end: int) -> list[Marked]:
    """Quoted passages of one paragraph; an opening mark never closed runs to its end."""
    found = []
    tags = [m.span() for m in _TAG.finditer(text, start, end)]
    i = start
    opening = _closer_opening(text, start, end)
    if opening is not None:
        found.append(opening)
        i = opening.outer_end
    while i < end:
        match = _OPENING.search(text, i, end)
        if match is None:
            break
        tag_end = next((e for s, e in tags if s < match.start() < e), None)
        if tag_end is not None:  # markup: <tweet author="realDonaldTrump" …>
            i = tag_end
            continue
        mark = match.group()
        if mark in "'‘" and not _opens_single(text, match.start()):
            i = match.end()
            continue
        if mark in {'"', "''"} and not _opens_double(text, match.start()):
            i = match.end()
            continue
        marked = _run_of_parts(text, match.start(), match.end(), end, _CLOSERS[mark])
        if mark in "'‘" and _crosses_double(text, marked):
            i = match.end()  # an apostrophe after a space ("the Qur 'an"), no opening mark
            continue
        found.append(marked)
        if not marked.closed:  # unclosed: a quote going on in the next paragraph
            break
        i = marked.outer_end
    return found


def _run_of_parts(
    text: str, outer_start: int, start: int, end: int, closers: tuple[str, ...]
) -> Marked:
    """The quote opened at `start`, to its closing mark or the paragraph's end; a mark
    that reopens (`_reopens`) ends a part and starts the next one of the same quote."""
    parts: list[Marked] = []
    while True:
        closing = _closing(text, start, end, closers)
        if closing is None:  # unclosed: a quote going on in the next paragraph
            parts.append(_marked(text, outer_start, start, end, end, closed=False))
            break
        close, length = closing
        reopens = _reopens(text, close, length)
        caption = None if reopens else _caption_before(text, start, close, length, end)
        if caption is not None:  # a caption, then the quote's next paragraph
            found = _marked(text, outer_start, start, caption, caption)
            parts.append(replace(found, captions=((caption, close),)))
        else:
            parts.append(_marked(text, outer_start, start, close, close + length))
            if not reopens:
                break
        start = close + length
    return _one_quote(parts)


def _one_quote(runs: list[Marked]) -> Marked:
    """Consecutive passages of one quote (its paragraphs) as one passage with their parts."""
    first, last = runs[0], runs[-1]
    parts = tuple(part for run in runs for part in run.parts)
    captions = tuple(caption for run in runs for caption in run.captions)
    return Marked(
        first.start, last.end, first.outer_start, last.outer_end, parts, last.closed, captions
    )


# a sentence's stop (a closing single mark or bracket may follow it) and the space after it
_STOP_BEFORE = re.compile(r"[.?!…][’')\]]?\s+\Z")


def _reopens(text: str, at: int, length: int) -> bool:
    """A double mark after a sentence's stop and a space and before a letter or digit
    ('… for help. "Children mimic …') opens a paragraph of a quote that runs over several:
    English repeats the opening mark at each paragraph and closes only at the quote's end,
    and sets a closing mark right after the word or stop it closes, never before a word.
    Met inside an open quote where the text was flattened to one line, it ends a part and
    the quote goes on. (After no stop, "… arguments “that tax cuts …”", it is a quote
    wrongly nested in double marks, which closes the quote as before.)"""
    after = text[at + length] if at + length < len(text) else ""
    return (
        text[at : at + length] in {'"', "“"}
        and after.isalnum()
        and _STOP_BEFORE.search(text, max(0, at - 16), at) is not None
    )


# the words of a caption or box glued between two paragraphs of a quote: a capitalised word
# after a sentence's stop, then no stop up to a space before the reopening mark
_CAPTION = re.compile(r"(?<=[.?!])[’')\]]?\s+([A-Z][^.?!\"“”]*[A-Za-z0-9])\s+\Z")
_CAPTION_WORDS = 5
_DOUBLE = re.compile(r"[\"“”]")


def _caption_before(text: str, start: int, at: int, length: int, end: int) -> int | None:
    """Where the part before a caption ends, where a page flattened to one line glued a photo
    caption or a box (which news writes without a stop) between two paragraphs of a quote:
    `… to Haiti. Firefighters from around the UK have flown out to the quake zone "Unfortunately
    the snow meant …. "Sadly …`. The double mark has a space before it and a letter after it,
    as an opening mark has and a closing one never does; the words before it, back to the
    last sentence's stop, have no stop (a caption's form; a paragraph ends with one) and are
    at least `_CAPTION_WORDS`; and the text it opens holds a sentence's stop before its next
    double mark, which follows a stop too, as a paragraph ends. A quoted term wrongly nested
    in double marks (`"… called it "Fake News" and …"`) closes after a word with no stop
    and stays a close. The caption is left out of the quote."""
    if text[at : at + length] not in {'"', "“"} or not text[at - 1 : at].isspace():
        return None
    if not text[at + length : at + length + 1].isalpha():
        return None
    caption = _CAPTION.search(text, max(start, at - 400), at)
    if caption is None or len(caption.group(1).split()) < _CAPTION_WORDS:
        return None
    after = at + length
    following = _DOUBLE.search(text, after, end)
    paragraph = text[after : following.start() if following else end]
    if not re.search(r"[.?!]", paragraph) or len(paragraph.split()) < _CAPTION_WORDS:
        return None  # no sentence: a term or a title in marks ("is all "hear-say." We …")
    if following is not None and not re.search(r"[.?!,…][’')\]]?\s*\Z", paragraph):
        return None  # the next mark closes after a word: a quoted term, nested
    return caption.start(1)


def _closer_opening(text: str, start: int, end: int) -> Marked | None:
    """ "” … they are so not like him,” she said.": a paragraph that opens with a closing
    curly mark (typed for an opening one) opens a quotation there, closed by the next one."""
    lead = start + len(text[start:end]) - len(text[start:end].lstrip())
    if not text.startswith("”", lead):
        return None
    close = text.find("”", lead + 1, end)
    if close < 0 or not text[lead + 1 : close].strip(" …."):
        return None
    return _marked(text, lead, lead + 1, close, close + 1)


def _marked(
    text: str, outer_start: int, start: int, end: int, outer_end: int, *, closed: bool = True
) -> Marked:
    inner = text[start:end]
    left = start + len(inner) - len(inner.lstrip())
    right = end - (len(inner) - len(inner.rstrip()))
    return Marked(left, right, outer_start, outer_end, ((left, right),), closed)


def _opens_single(text: str, at: int) -> bool:
    """A single quote opens a quotation at the start of a word, after a space or bracket."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return not before.isalnum() and after.isalpha()


_DOUBLE_MARKS = re.compile(r'["“”]')


def _crosses_double(text: str, marked: Marked) -> bool:
    """Does a passage opened by a single mark hold an odd number of double marks, so that
    a double-quoted passage opens inside it and closes outside it, or the other way round?
    Quotation marks nest ("he said, 'no'" inside “…”, or “…” inside '…'); they never cross.
    A single mark that would open such a passage is an apostrophe instead: one a text set
    after a space inside a word ("the Qur 'an", "Hassan an-Ni 'ami's body", "gov 'ts"), which
    would otherwise run to a later single mark and swallow the quotes between."""
    inner = text[marked.outer_start + 1 : marked.outer_end]
    return len(_DOUBLE_MARKS.findall(inner)) % 2 == 1


def _opens_double(text: str, at: int) -> bool:
    """A straight double quote opens unless it follows a letter or digit (then it closes)."""
    before = text[at - 1] if at > 0 else " "
    return not before.isalnum() and before not in ".,!?"


def _closing(text: str, start: int, end: int, marks: tuple[str, ...]) -> tuple[int, int] | None:
    """Where the first closing mark is, and its length (a single quote closes only when no
    letter follows: otherwise it is an apostrophe, "Pence’s", "don’t")."""
    best: tuple[int, int] | None = None
    for mark in marks:
        i = start
        while True:
            at = text.find(mark, i, end)
            if at < 0 or (best is not None and at >= best[0]):
                break
            after = text[at + len(mark)] if at + len(mark) < len(text) else " "
            if mark in {"'", "’"} and (
                after.isalpha() or text[at - 1 : at].isalpha() and after == "s"
            ):
                i = at + 1
                continue
            if mark == "'" and text[at : at + 2] == "''":
                i = at + 2  # the New York Times's double mark, not a single one
                continue
            best = (at, len(mark))
            break
    return best


def _join_paragraph_runs(text: str, found: list[Marked]) -> list[Marked]:
    """An unclosed quote followed by a paragraph that opens with a mark is one quote."""
    joined: list[Marked] = []
    for marked in found:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and not previous.closed
            and not text[previous.outer_end : marked.outer_start].strip()
        ):
            joined[-1] = _one_quote([previous, marked])
            continue
        joined.append(marked)
    return joined
