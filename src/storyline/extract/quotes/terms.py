"""Quoted terms (the “maximum pressure” line): quotation marks that carry no speech."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.extract.quotes.marks import Marked

TERM_WORDS = 4


def is_term(doc: Doc, text: str, passage: Marked) -> bool:
    """A few quoted words inside a sentence with no cue: a term, not speech."""
    if len(passage.parts) > 1 or len(text[passage.start : passage.end].split()) > TERM_WORDS:
        return False
    span = doc.char_span(passage.outer_start, passage.outer_end, alignment_mode="expand")
    if span is None:
        return True
    sent = span.sent
    outside = [t for t in sent if not t.is_punct and (t.i < span.start or t.i >= span.end)]
    return len(outside) >= 2


def in_noun_phrase(doc: Doc, text: str, passage: Marked) -> bool:
    """A quoted name inside a noun phrase, between its first word and its head noun (the
    “Apple” brand, a “Stop Trump” movement, the “Bernie or Bust” crowd), names a thing: a
    term, whatever cue the sentence has. Quoted common words there ("lamented the
    “disheartened” state") are someone's words and stay speech."""
    words = text[passage.start : passage.end].split()
    if len(passage.parts) > 1 or len(words) > TERM_WORDS or not _is_name(words):
        return False
    span = doc.char_span(passage.start, passage.end, alignment_mode="expand")
    if span is None:
        return False
    roots = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
    if len(roots) != 1:
        return False
    noun = roots[0].head
    return (
        noun.i >= span.end
        and noun.pos_ in {"NOUN", "PROPN"}
        and noun.left_edge.i < span.start
        and noun.left_edge.idx < passage.outer_start
    )


_NAME_LINKS = frozenset({"of", "for", "or", "and", "the", "a", "in", "on", "to", "&"})


def _is_name(words: list[str]) -> bool:
    """Words written as a name: each capitalised (or a number), but for linking words
    inside it ("Bernie or Bust")."""

    def named(word: str) -> bool:
        return word[:1].isupper() or word[:1].isdigit()

    return (
        bool(words)
        and named(words[0])
        and named(words[-1])
        and all(named(w) or w in _NAME_LINKS for w in words)
    )


def describes_speaker(speaker: Token | None, passage: Marked) -> bool:
    """Is the quoted passage a prepositional phrase of the speaker's own (an anonymous
    individual “with direct knowledge of the situation” claimed …), or the object of one
    ("Patients with “severe traumas, head wounds” have been streaming in")? Then it
    describes the speaker, inside the speaker's own noun phrase; it is not what was said."""
    if speaker is None:
        return False
    left, right = speaker.left_edge, speaker.right_edge
    if not (left.idx <= passage.start and passage.end <= right.idx + len(right.text) + 1):
        return False
    span = speaker.doc.char_span(passage.start, passage.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        root = root.head  # the preposition before the marks: "with “severe traumas”"
    return root.dep_ == "prep" and root.head.i == speaker.i and root.i > speaker.i
