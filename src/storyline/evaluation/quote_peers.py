"""Peer quote extractors run on the benchmark's texts: textacy's `direct_quotations`.

textacy 0.13.0 (optional extra `peers`), `textacy.extract.triples.direct_quotations`, on
spaCy's English model without storyline's components (`storyline.nlp.pipeline.MODEL`). It
finds direct quotations only, each with a speaker and a cue given as lists of tokens: they
become character spans from the first token's start to the last one's end. The content it
gives runs from the opening quotation mark to the closing one, marks included. It names no
actor, so its speaker is right only by span overlap.

textacy refuses a whole text whose quotation-mark tokens (spaCy's `is_quote`, apostrophes
included) are odd in number. So it runs per paragraph, as the issue's reference figures did:
the text is cut at its line breaks, each non-blank line is parsed on its own (offsets kept),
and a refused paragraph gives no quote and is counted. `mode="text"` runs it on whole texts.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from storyline.errors import StorylineError
from storyline.extract.quotes.model import Quote, Span

PARAGRAPH_RE = re.compile(r"[^\n]*\S[^\n]*")
Mode = Literal["paragraph", "text"]


class PeerError(StorylineError):
    """A peer quote extractor is not installed."""


@dataclass(frozen=True, slots=True)
class PeerRun:
    """A peer's quotes per text, the seconds spent on each, and what it refused.

    `refused`: paragraphs (texts in "text" mode) refused for an odd number of quotation
    marks; `refused_texts`: texts with at least one refusal; `pieces`: paragraphs (or texts)
    run in all; `mode`: "paragraph" or "text".
    """

    name: str
    quotes: list[list[Quote]]
    seconds: list[float]
    refused: int = 0
    refused_texts: int = 0
    pieces: int = 0
    mode: str = "paragraph"


def paragraphs(text: str) -> list[tuple[int, str]]:
    """The non-blank lines of a text, each with its start offset."""
    return [(match.start(), match.group()) for match in PARAGRAPH_RE.finditer(text)]


def token_span(tokens: Sequence[Any], text: str, offset: int) -> Span | None:
    """A character span from the first token's start to the last one's end, shifted."""
    if not tokens:
        return None
    start = tokens[0].idx
    end = tokens[-1].idx + len(tokens[-1])
    return Span(offset + start, offset + end, text[start:end])


def doc_quotes(doc: Any, offset: int) -> list[Quote]:
    """textacy's direct quotations in a parsed piece starting at `offset` of the text.

    Raises ValueError when textacy refuses the piece (an odd number of quotation marks).
    """
    from textacy.extract.triples import direct_quotations

    quotes = []
    for speaker, cue, content in direct_quotations(doc):
        text = doc.text
        start, end = content.start_char, content.end_char
        quotes.append(
            Quote(
                content=Span(offset + start, offset + end, text[start:end]),
                kind="direct",
                cue=token_span(cue, text, offset),
                speaker=token_span(speaker, text, offset),
            )
        )
    return quotes


def require_textacy() -> None:
    """Fail with a clear message when textacy cannot be imported."""
    try:
        import textacy.extract.triples  # noqa: F401
    except ImportError as error:
        raise PeerError(f"textacy is not installed ({error}): pip install -e '.[peers]'") from error


def load_textacy_nlp() -> Any:
    """spaCy's English model, bare, for textacy."""
    require_textacy()
    import spacy

    from storyline.nlp.pipeline import MODEL

    return spacy.load(MODEL)


def run_textacy(
    texts: Sequence[str], *, mode: Mode = "paragraph", nlp: Any | None = None
) -> PeerRun:
    """textacy's direct quotations in each text, per paragraph (default) or whole."""
    nlp = nlp if nlp is not None else load_textacy_nlp()
    quotes: list[list[Quote]] = []
    seconds: list[float] = []
    refused = refused_texts = pieces = 0
    for text in texts:
        started = time.perf_counter()
        parts = paragraphs(text) if mode == "paragraph" else [(0, text)]
        found: list[Quote] = []
        refusals = 0
        for (offset, _), doc in zip(parts, nlp.pipe(part for _, part in parts), strict=True):
            try:
                found.extend(doc_quotes(doc, offset))
            except ValueError:
                refusals += 1
        seconds.append(time.perf_counter() - started)
        quotes.append(found)
        pieces += len(parts)
        refused += refusals
        refused_texts += refusals > 0
    return PeerRun("textacy", quotes, seconds, refused, refused_texts, pieces, mode)


PeerRunner = Callable[[Sequence[str]], PeerRun]
PEERS: dict[str, PeerRunner] = {"textacy": run_textacy}
