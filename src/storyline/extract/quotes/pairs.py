"""A "they" that speaks for persons named together: "Economists Paul Collier and Jean-Louis
Warnholz … say … They propose …".

The actors keep one entity per person and no entity for two persons together, so such a "they"
has no actor. The quote then keeps, as its speaker phrase, the two names as the text wrote
them ("Paul Collier and Jean-Louis Warnholz"), and no speaker actor: no one of the two said it
alone, so the export's `speaker_entity_id` (one entity or none) stays empty, and the phrase
tells the reader who spoke.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from storyline.extract.actors.state import PRONOUN_WINDOW
from storyline.extract.quotes.model import Span

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OPENING_MARKS = "\"“‘'"


def pair_spoken_for(pronoun: Token) -> Span | None:
    """The persons a subject "they" with no actor stands for, where the nearest plural subject
    before it, in its own sentence or the `PRONOUN_WINDOW` narrative sentences before, is two or
    more persons' names joined by "and" ("Executors John Branca and John McClain have been
    dealing … “…,” they said"). A "they" or "we" on the way is the same group and is looked
    through; any other plural subject ("disasters occur") or a plural noun is the nearer
    antecedent, and then no pair is. Sentences that open inside quotation marks are someone's
    words, not narrative, and are neither counted nor searched."""
    if pronoun.lower_ != "they" or pronoun.dep_ not in _SUBJECTS:
        return None
    doc = pronoun.doc
    sentence = pronoun.sent
    window = PRONOUN_WINDOW
    words = [] if _opens_in_quotes(sentence) else list(reversed(doc[sentence.start : pronoun.i]))
    while True:
        for word in words:
            if word.dep_ not in _SUBJECTS or word.lower_ in {"they", "we"}:
                continue
            if _plural_subject(word):
                return _names_span(word)
        if sentence.start == 0 or window == 0:
            return None
        sentence = doc[sentence.start - 1].sent
        if not _opens_in_quotes(sentence):
            window -= 1
            words = list(reversed(sentence))
        else:
            words = []


def _plural_subject(word: Token) -> bool:
    """A subject that could be a "they": a plural noun or names joined by a conjunction."""
    return word.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in word.children)


def _names_span(head: Token) -> Span | None:
    """The names of a coordination of persons, first to last ("Paul Collier and Jean-Louis
    Warnholz"); None unless every conjunct is a name the recogniser tags as a person."""
    conjuncts = [head, *head.conjuncts]
    if len(conjuncts) < 2 or any(c.ent_type_ != "PERSON" or c.pos_ != "PROPN" for c in conjuncts):
        return None
    first, last = _entity(conjuncts[0]), _entity(max(conjuncts, key=lambda c: c.i))
    if first is None or last is None:
        return None
    doc = head.doc
    return Span(first.start_char, last.end_char, doc.text[first.start_char : last.end_char])


def _entity(token: Token) -> SpacySpan | None:
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)


def _opens_in_quotes(sentence: SpacySpan) -> bool:
    return sentence.text.lstrip()[:1] in _OPENING_MARKS
