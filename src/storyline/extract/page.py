"""A long report read in segments: what its whole page says, carried into each segment.

The NLP pass reads a long text in segments (`storyline.nlp.segments`), each alone, so the
actors component of a segment would not see what the report wrote in its other segments:
a transcript's speaker introduced 30,000 characters before, "the Mubarak regime" that a
later bare "the regime" repeats, a word the report writes in small letters elsewhere (the
test that a sentence-opening capital word is no name). The ingest reads these once from the
whole page, with no parse (a segment is parsed later, and possibly in another process), and
sets them on each segment's Doc as plain records in ``Doc._.page_record`` (they survive
``n_process``); ``Doc._.page`` (`doc_page`) reads them, None for a Doc that is a whole text.
A report that fits in one segment gets no page, and is read as before.

- `Page.small`: the words the page writes in small letters anywhere (a run of letters with
  no capital), the page's own ``ResolutionState.written_small``.
- `Page.leaders`: each government noun the page writes after a capitalised name ("the
  Mubarak regime", "the Obama administration", "Mubarak's government"), before the segment:
  (offset on the page, noun, the name's last word in lower case). Whether the name is a
  leader's is left to the segment, which knows its persons (`PlacesStep.page_named_before`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

# a word of letters written small (no capital anywhere in it)
_SMALL_WORD = re.compile(r"(?<![^\W\d_])[a-z]+(?![^\W\d_])")
# a government noun (`state.THE_GOVERNMENT`) after a capitalised name, with "the" before
# it or the name a possessor
_LEADERS_GOVERNMENT = re.compile(
    r"\b(?:[Tt]he (?P<name>(?:[A-Z][\w'’.-]+ ){0,2}[A-Z][\w'’-]+) "
    r"|(?P<owner>[A-Z][\w-]+)['’]s )(?P<noun>administration|cabinet|government|regime)\b"
)


@dataclass(frozen=True, slots=True)
class Page:
    """What a segment's page says outside the segment (see the module docstring)."""

    small: frozenset[str]
    leaders: tuple[tuple[int, str, str], ...]


def page_record(text: str) -> dict[str, list]:
    """The plain record of a whole page's `small` words and `leaders` (page offsets)."""
    leaders = []
    for m in _LEADERS_GOVERNMENT.finditer(text):
        name = m.group("name") or m.group("owner")
        leaders.append([m.start("noun"), m.group("noun"), name.split()[-1].lower()])
    return {"small": sorted(set(_SMALL_WORD.findall(text))), "leaders": leaders}


def segment_page(record: dict[str, list], start: int) -> dict[str, object]:
    """The page's record for its segment that starts at `start`: the leaders written before
    the segment only (a segment's own are its parse's)."""
    leaders = [leader for leader in record["leaders"] if leader[0] < start]
    return {"small": record["small"], "leaders": leaders}


def _page_of(doc: Doc) -> Page | None:
    """``Doc._.page``: the record read into a `Page`, None where the Doc is a whole text."""
    record = doc._.page_record
    if record is None:
        return None
    leaders = tuple((int(at), str(noun), str(word)) for at, noun, word in record["leaders"])
    return Page(frozenset(record["small"]), leaders)


def register_page_extensions() -> None:
    """Add the `_.page_record` and `_.page` attributes of a Doc (once)."""
    if not Doc.has_extension("page_record"):
        Doc.set_extension("page_record", default=None)
    if not Doc.has_extension("page"):
        Doc.set_extension("page", getter=_page_of)


def doc_page(doc: Doc) -> Page | None:
    """The page a Doc is a segment of (``Doc._.page``), None for a whole text."""
    register_page_extensions()
    return doc._.page


def page_small(doc: Doc) -> frozenset[str]:
    """The words a segment's page writes in small letters (`Page.small`; none for a whole
    text, whose own words are all there is): a word that opens a sentence with a capital
    in one segment and is written small in another ("Once Mubarak is out" … "once") is no
    name there either."""
    page = doc_page(doc)
    return page.small if page is not None else frozenset()


def with_page(doc: Doc, record: dict[str, object]) -> Doc:
    """The Doc, its page set to this segment's record (`segment_page`)."""
    register_page_extensions()
    doc._.page_record = record
    return doc
