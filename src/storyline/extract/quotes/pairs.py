"""The persons a "they" speaks for when they were named together: "Economists Paul Collier
and Jean-Louis Warnholz … say … They propose …".

The actors keep one entity per person and none for two persons together, so such a "they"
has no actor, and PolNeAR, like a reader, takes the pronoun as the quote's source. The quote
keeps the pronoun as its speaker phrase and no speaker actor (no one of the two said it
alone), and names the persons in a field of its own, `Quote.speaker_group`: their actors, in
the order the text names them. (quotes27 tried the names as the speaker phrase instead: right
antecedents, but the pronoun's own attribution was lost; see docs/benchmarks.md.)
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from storyline.extract.actors.state import PRONOUN_WINDOW

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OPENING_MARKS = "\"“‘'"


def speaker_group(pronoun: Token, actors: dict[int, int]) -> tuple[int, ...]:
    """The actors (indices, as `actors` maps a token to one) of the persons a subject "they"
    stands for (`pair_named_before`), each conjunct's own; none unless every person has an
    actor of their own and no two share one."""
    names = pair_named_before(pronoun)
    group = tuple(actors.get(name.i) for name in names)
    if len(group) < 2 or None in group or len(set(group)) < len(group):
        return ()
    return group  # type: ignore[return-value]


def pair_named_before(pronoun: Token) -> list[Token]:
    """The heads of the names that a subject "they" stands for, where the nearest plural
    subject before it, in its own sentence or the `PRONOUN_WINDOW` narrative sentences before,
    is two or more persons' names joined by "and" ("Executors John Branca and John McClain
    have been dealing … “…,” they said"). A "they" or "we" on the way is the same group and is
    looked through; any other plural subject ("the workers were angry") or a plural noun is
    the nearer antecedent, and then there is no pair. Sentences that open inside quotation
    marks are someone's words, not narrative, and are neither counted nor searched."""
    if pronoun.lower_ != "they" or pronoun.dep_ not in _SUBJECTS:
        return []
    doc = pronoun.doc
    sentence = pronoun.sent
    window = PRONOUN_WINDOW
    words = [] if _opens_in_quotes(sentence) else list(reversed(doc[sentence.start : pronoun.i]))
    while True:
        for word in words:
            if word.dep_ not in _SUBJECTS or word.lower_ in {"they", "we"}:
                continue
            if _plural_subject(word):
                return _persons_named(word)
        if sentence.start == 0 or window == 0:
            return []
        sentence = doc[sentence.start - 1].sent
        if _opens_in_quotes(sentence):
            words = []
        else:
            window -= 1
            words = list(reversed(sentence))


def _plural_subject(word: Token) -> bool:
    """A subject that could be a "they": a plural noun or names joined by a conjunction."""
    return word.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in word.children)


def _persons_named(head: Token) -> list[Token]:
    """The persons' names of a coordination, first to last, if every conjunct is a name the
    recogniser tags as a person ("Paul Collier and Jean-Louis Warnholz") or a role with such
    a name in apposition ("the saint, Irenaeus, and the philosopher, John Hick": Irenaeus,
    Hick), or the names in apposition to one plural noun (`_names_in_apposition`); else
    none."""
    named = _names_in_apposition(head)
    if named:
        return named
    names = [_person_name(c) for c in sorted([head, *head.conjuncts], key=lambda t: t.i)]
    if len(names) < 2 or any(name is None for name in names):
        return []
    return names  # type: ignore[return-value]


def _names_in_apposition(head: Token) -> list[Token]:
    """ "My twin brothers Nikenson and Makenson Louis", "his two aides, Tom Hale and Ann
    Cole,": a plural common noun with persons' names joined by "and" in apposition to it
    names those persons, as names joined in a subject do; none unless every conjunct is a
    name the recogniser tags as a person."""
    if head.tag_ != "NNS":
        return []
    first = next((c for c in head.rights if c.dep_ == "appos"), None)
    if first is None:
        return []
    names = sorted([first, *first.conjuncts], key=lambda t: t.i)
    if len(names) < 2 or any(n.pos_ != "PROPN" or n.ent_type_ != "PERSON" for n in names):
        return []
    return names


def _person_name(word: Token) -> Token | None:
    """The word if it is a person's name; for a common noun, the person's name set beside it
    in apposition ("the philosopher, John Hick"); else None."""
    if word.pos_ == "PROPN" and word.ent_type_ == "PERSON":
        return word
    if word.pos_ != "NOUN":
        return None
    return next(
        (
            c
            for c in word.rights
            if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
        ),
        None,
    )


def _opens_in_quotes(sentence: SpacySpan) -> bool:
    return sentence.text.lstrip()[:1] in _OPENING_MARKS
