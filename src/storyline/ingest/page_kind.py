"""What kind of page a report is: a news report, a readers' page (comments or letters), or a
programme listing, read from the page's own structure.

A readers' page carries many short contributions, each signed by its writer (alone, or
after the post or article they answer, as a blog's comments follow its post): a comment
headed "At 1:33 pm on 18 Jan 2010, Isabel-II wrote:", a paragraph followed by its
signature line "Maria Lopez, Madrid", a letter opening "Sir," (`signed_contributions`).
A programme listing is made of programme entries: credits written "Presenter/Kate Thornton,
Producer/Mark Hill", or a run of lines that give a programme time and a title ("06:00
Today"). One or two of these in a page are things a news report quotes or reproduces (a
reader's letter, an agenda of two times); a page is another kind only when it has at
least `MIN_UNITS` of them (schedule lines: `MIN_SCHEDULE_LINES`, and a quarter of its
lines). Where both kinds are there, the listing wins: a listing quotes no readers.

`page_kind` reads only the stored text and its blocks, so it also reads a page whose
paragraphs were flattened into one block (the credits and "wrote:" headings survive that;
signature lines do not, and such a page stays "news").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from storyline.ingest.blocks import BlockSpan

PageKind = Literal["news", "comments", "letters", "listing"]
READERS_KINDS = frozenset({"comments", "letters"})  # pages of readers' own words

MIN_UNITS = 3  # comments, letters or credits that make a page of their kind
MIN_SCHEDULE_LINES = 4

# A programme credit: the role, a slash, the name ("Producer/Mark Hill").
_CREDIT = re.compile(
    r"\b(?:(?:Executive|Series|Assistant) )?(?:Producer|Presenter|Director|Editor|Reader|Writer"
    r"|Composer|Conductor|Abridger|Narrator|Host|Performer|Adaptor)s?/\s?[A-Z]"
)
# A programme time opening its line, then a short title ("06:00 Today", "9.30pm Newsnight").
_SCHEDULE_LINE = re.compile(
    r"^(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[ap]\.?m\.?)?\s+[A-Z0-9][^.!?]{0,60}[.!?]?$",
    re.IGNORECASE,
)
_SCHEDULE_TITLE_WORDS = 10
_NAME = r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|van|von|al|da|le|la)){0,3}"
# A comment's heading: when it was posted, by whom, "wrote:".
_COMMENT_HEAD = re.compile(
    r"(?:\bAt \d{1,2}[:.]\d\d\s?[ap]\.?m\.? on \d{1,2} [A-Z][a-z]+ \d{4}, |(?:^|(?<=\n)))"
    r"(?P<name>[^\s:,][^\n:,]{0,58}?) (?P<cue>wrote):"
)
# A passage under a name and a colon, after a sentence ends or at a line's start.
_NAMED_POST = re.compile(r"(?:^|(?<=\n)|(?<=[.!?:\"”] ))(?P<name>[A-Z][\w'’-]+): [\"“]")
_CLOSING_QUOTE = re.compile(r"[\"”](?=\s|$)")
# A signature line closing a contribution: the writer's name, a comma, where they write from.
_SIGNATURE = re.compile(
    rf"^\s*(?P<name>{_NAME}), (?P<place>[A-Z][\w'’.-]*(?:,? [\w'’.&-]+){{0,5}})\s*$"
)
_SIGNATURE_WORDS = 8
_LETTER_OPENING = re.compile(r"^(?:Dear )?(?:Sir|Madam|Sir or Madam|Editor)\s?[,:—–-]")


@dataclass(frozen=True, slots=True)
class Contribution:
    """One reader's contribution: its text (`start`–`end`) and its writer's name (`name_start`
    –`name_end`) in the page, with the word that says they wrote it ("wrote"), if any, and
    where its heading starts ("At 1:33 pm on 18 Jan 2010, …": `head_start`), if it has one."""

    start: int
    end: int
    name_start: int
    name_end: int
    cue_start: int | None = None
    cue_end: int | None = None
    head_start: int | None = None

    @property
    def whole(self) -> tuple[int, int]:
        """The contribution with its heading or signature: the reader's part of the page (a
        heading's posting time is the reader's date, not the story's)."""
        first = min(self.start, self.name_start, self.head_start or self.start)
        return first, max(self.end, self.name_end)


def page_kind(text: str, blocks: list[BlockSpan]) -> PageKind:
    """The kind of page `text` (its `blocks` as assembled) is: "listing" when it holds at
    least `MIN_UNITS` programme credits or a run of schedule lines; "comments" or "letters"
    when at least `MIN_UNITS` contributions are signed as readers' ("comments" for headed or
    signed comments, "letters" when the contributions open "Sir,"); "news" otherwise."""
    if _is_listing(text, blocks):
        return "listing"
    if len(_letter_openings(text, blocks)) >= MIN_UNITS:
        return "letters"
    if len(signed_contributions(text, blocks)) >= MIN_UNITS:
        return "comments"
    return "news"


def _is_listing(text: str, blocks: list[BlockSpan]) -> bool:
    """At least `MIN_UNITS` programme credits, or `MIN_SCHEDULE_LINES` lines (a quarter of
    the page's lines at least) that are a programme time and a short title."""
    if len(_CREDIT.findall(text)) >= MIN_UNITS:
        return True
    lines = [line.strip() for b in blocks for line in text[b.start : b.end].split("\n")]
    lines = [line for line in lines if line]
    schedule = [line for line in lines if _is_schedule_line(line)]
    return len(schedule) >= MIN_SCHEDULE_LINES and 4 * len(schedule) >= len(lines)


def _is_schedule_line(line: str) -> bool:
    """A programme time and a title on one line: "06:00 Today" (a live page's clock stands
    alone on its line, and its entry is a paragraph: not a title)."""
    return bool(_SCHEDULE_LINE.match(line)) and len(line.split()) <= _SCHEDULE_TITLE_WORDS


def _letter_openings(text: str, blocks: list[BlockSpan]) -> list[BlockSpan]:
    """The blocks that open as a letter to the editor does ("Sir,")."""
    return [b for b in blocks if _LETTER_OPENING.match(text[b.start : b.end])]


def signed_contributions(text: str, blocks: list[BlockSpan]) -> list[Contribution]:
    """The readers' contributions of a page: the comments headed "NAME wrote:" (each runs to
    the next heading, or to the end of its block), else the paragraphs closed by a
    signature line (each runs back to the signature before it; the first one is the single
    paragraph before its signature, so that a page's own introduction is no reader's)."""
    for read in (_headed_comments, _named_posts, _signed_paragraphs):
        found = read(text, blocks)
        if len(found) >= MIN_UNITS:
            return found
    return []


def _headed_comments(text: str, blocks: list[BlockSpan]) -> list[Contribution]:
    heads = list(_COMMENT_HEAD.finditer(text))
    out: list[Contribution] = []
    for n, head in enumerate(heads):
        block_end = next((b.end for b in blocks if b.start <= head.start() < b.end), len(text))
        end = min(heads[n + 1].start(), block_end) if n + 1 < len(heads) else block_end
        start = head.end()
        body = text[start:end]
        start, end = start + len(body) - len(body.lstrip()), start + len(body.rstrip())
        if end > start:
            out.append(
                Contribution(start, end, head.start("name"), head.end("name"),
                             head.start("cue"), head.end("cue"), head.start())
            )  # fmt: skip
    return out


def _named_posts(text: str, blocks: list[BlockSpan]) -> list[Contribution]:
    """Passages in quotation marks each put under a name and a colon ("Paul: "I am
    trying…""), as a board of readers' queries prints them; none unless the names are
    different people (half of them distinct: an interview's two speakers alternate) and the
    passages a third of the page (a vox pop inside a report is a small part of it)."""
    out: list[Contribution] = []
    for post in _NAMED_POST.finditer(text):
        close = _CLOSING_QUOTE.search(text, post.end())
        end = close.start() if close else len(text)
        if out and post.start() < out[-1].end:
            continue  # a name and colon inside the passage before
        out.append(Contribution(post.end(), end, post.start("name"), post.end("name")))
    names = {text[c.name_start : c.name_end] for c in out}
    covered = sum(c.end - c.start for c in out)
    if 2 * len(names) < len(out) or 3 * covered < len(text):
        return []
    return out


def _signed_paragraphs(text: str, blocks: list[BlockSpan]) -> list[Contribution]:
    """Paragraphs followed by a block, or a last line, that is only "Name, Place"; none
    unless the signatures are a quarter of the page's lines at least (a report's captions
    and datelines are a few of its lines)."""
    lines = [  # (start, end) of each line of each block but headings, in order
        (b.start + m.start(), b.start + m.end())
        for b in blocks
        if b.kind != "heading"
        for m in re.finditer(r"[^\n]+", text[b.start : b.end])
    ]
    out: list[Contribution] = []
    since: list[tuple[int, int]] = []  # the lines since the last signature
    n_signatures = 0
    for start, end in lines:
        signature = _signature(text[start:end])
        if signature is None:
            since.append((start, end))
            continue
        n_signatures += 1
        body = since if out else since[-1:]
        if body:
            out.append(Contribution(body[0][0], body[-1][1], start, start + signature.end("name")))
        since = []
    return out if 4 * n_signatures >= len(lines) else []


def _signature(line: str) -> re.Match[str] | None:
    """`line` as a signature "Name, Place" (short, no sentence in it), or None."""
    if len(line.split()) > _SIGNATURE_WORDS or line.lstrip().startswith(("By ", "Posted ")):
        return None
    return _SIGNATURE.match(line)
