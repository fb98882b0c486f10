"""The quotes of a page as its kind (`ingest.page_kind`) makes them.

A programme listing quotes nobody: the words in quotation marks in it are programme titles
and blurbs, and a "he says" there is a presenter's trailer, not a statement of the story.
A readers' page is its readers' own words: each signed contribution is one quote whose
speaker is the reader named in its signature or heading. The extractor's quotes inside a
contribution give way to it: they are the reader's retelling ("they said", "Clinton said")
and, read on the BBC pile's blog comments, were mostly wrong (a "he" with no person, "UN"
or "A country" as a speaker, a reader answering another read as a quote of the other).
"""

from __future__ import annotations

from dataclasses import replace

from storyline.extract.quotes.model import Quote, Span
from storyline.ingest.article import Article
from storyline.ingest.page_kind import READERS_KINDS, Contribution, signed_contributions
from storyline.nlp.annotations import Annotations


def page_quotes(article: Article, found: Annotations) -> Annotations:
    """`found` with its quotes made what `article`'s kind of page says they are."""
    if article.page_kind == "listing":
        return replace(found, quotes=[])
    if article.page_kind not in READERS_KINDS:
        return found
    contributions = signed_contributions(article.text, article.blocks)
    if not contributions:
        return found
    kept = [q for q in found.quotes if _stands(q, contributions)]
    signed = [_contribution_quote(article.text, c, found) for c in contributions]
    quotes = sorted(kept + signed, key=lambda q: (q.content.start, -q.content.end))
    return replace(found, quotes=quotes)


def _stands(quote: Quote, contributions: list[Contribution]) -> bool:
    """Whether an extracted quote stays: outside every contribution (a reader's retelling
    of what others said is the reader's word for it)."""
    return not any(c.start <= quote.content.start < c.end for c in contributions)


def _contribution_quote(text: str, c: Contribution, found: Annotations) -> Quote:
    """A contribution as its writer's quote: the writer's name is the speaker, the actor
    named there (if the actors found one) the speaker's actor."""
    cue = None
    if c.cue_start is not None and c.cue_end is not None:
        cue = Span(c.cue_start, c.cue_end, text[c.cue_start : c.cue_end])
    return Quote(
        content=Span(c.start, c.end, text[c.start : c.end]),
        kind="direct",
        cue=cue,
        speaker=Span(c.name_start, c.name_end, text[c.name_start : c.name_end]),
        speaker_actor=_actor_at(found, c.name_start, c.name_end),
    )


def _actor_at(found: Annotations, start: int, end: int) -> int | None:
    """The index of the actor with a mention over `start`–`end`, or None."""
    for idx, actor in enumerate(found.actors):
        if any(m.start < end and start < m.end for m in actor.mentions):
            return idx
    return None
