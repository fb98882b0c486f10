"""Another speaker's quote inside what a report says is not that report's words."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from storyline.extract.quotes.build import QUOTATION_MARKS, text_span
from storyline.extract.quotes.model import Quote, Span
from storyline.extract.quotes.speech import SUBJECTS
from storyline.nlp.text import doc_text

# A clause set beside what is said, not part of it: "while Cruz said …", "to which
# O'Malley interjected", "…, both of which Mrs. Clinton praised “…”" (joined, with a
# subject of its own).
ADJUNCTS = frozenset({"advcl", "relcl", "conj"})
# Subjects that name no other speaker: a relative pronoun stands for a word of the outer
# report ("a candidate who has called for “…”"), "you" and "it" for no one.
NO_ONE_ELSE = frozenset({"who", "whom", "that", "which", "you", "it"})


def around_others(quotes: list[Quote], doc: Doc) -> list[Quote]:
    """ "Clinton said experts had determined …, to which O'Malley interjected: “It's just
    not true.”": reported speech whose content runs over another speaker's quote (`_inner`)
    says the words around it, in parts, not that quote; the other speaker's cue and name
    stay in it, as PolNeAR's outer contents hold them. The characters the quotes cover
    together do not change."""
    text = doc_text(doc)
    return [_without(q, [o for o in quotes if _inner(o, q, doc)], text) for q in quotes]


def _inner(other: Quote, outer: Quote, doc: Doc) -> bool:
    """Is `other` someone else's quote in marks inside `outer`'s content: with a cue and
    speaker of its own in an adverbial, relative or joined clause of that content
    (`_set_beside`), and words of `outer` before it?"""
    if outer.kind != "indirect" or other.kind != "direct":
        return False  # reported speech inside stays whole: cut out, it lost a right
        # speaker on PolNeAR dev (docs/benchmarks.md, quotes, thirteenth session)
    if other.cue is None or other.speaker is None or other.cue == outer.cue:
        return False
    if not outer.content.start <= other.cue.start < outer.content.end:
        return False
    if not outer.content.start < other.content.start or other.content.end > outer.content.end:
        return False
    if other.speaker.text.lower() in NO_ONE_ELSE or other.speaker == outer.speaker:
        return False
    if other.speaker_actor is not None and other.speaker_actor == outer.speaker_actor:
        return False  # "Cross said …, whom he called “…”": his own words
    speaker = _token(doc, other.speaker)
    if speaker is None or (speaker.pos_ == "PRON" and other.speaker_actor is None):
        return False  # a "he" nobody resolved may be the reporter himself
    clause = _set_beside(_token(doc, other.cue), _token(doc, outer.cue))
    if clause is None:
        return False
    last = clause.right_edge
    return (
        clause.left_edge.idx <= other.content.start
        and other.content.end <= last.idx + len(last.text) + 2
    )  # the closing mark after the clause's last word


def _token(doc: Doc, span: Span) -> Token | None:
    found = doc.char_span(span.start, span.end, alignment_mode="expand")
    return found[0] if found is not None and len(found) else None


def _set_beside(cue: Token | None, outer: Token | None) -> Token | None:
    """The adverbial, relative or joined clause that `cue`, with a subject of its own,
    heads or lies in on the way up to the `outer` cue ("X suggested …, while Cruz said
    …"); None when there is none."""
    if cue is None or outer is None or not any(c.dep_ in SUBJECTS for c in cue.children):
        return None
    if outer not in cue.ancestors:
        return None
    token = cue
    while token.i != outer.i:
        if token.dep_ in ADJUNCTS:
            return token
        token = token.head
    return None


def _without(quote: Quote, inner: list[Quote], text: str) -> Quote:
    """`quote` in the parts of its content that no quote of `inner` covers."""
    if not inner:
        return quote
    parts: list[Span] = []
    for part in quote.parts or (quote.content,):
        start = part.start
        for other in sorted(inner, key=lambda o: o.content.start):
            if other.content.end <= start or other.content.start >= part.end:
                continue
            parts.extend(_piece(text, start, other.content.start))
            start = max(start, other.content.end)
        parts.extend(_piece(text, start, part.end))
    if not parts:
        return quote
    content = text_span(text, parts[0].start, parts[-1].end)
    return replace(quote, content=content, parts=tuple(parts) if len(parts) > 1 else ())


def _piece(text: str, start: int, end: int) -> list[Span]:
    """The span between `start` and `end` without the spaces and quotation marks at its
    ends; none if no word is left (a closing mark)."""
    while start < end and (text[start].isspace() or text[start] in QUOTATION_MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in QUOTATION_MARKS):
        end -= 1
    if not any(c.isalnum() for c in text[start:end]):
        return []
    return [text_span(text, start, end)]
