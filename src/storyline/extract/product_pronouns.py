"""A product's "it": the subject "It" opening a sentence whose previous sentence's subject
is that product.

"Structure-wise, iPhone 4 has a new stainless steel frame. It also has a new screen." The
actors resolve "it" for organisations and countries only (a company is "it" too); a
product the recogniser tagged PRODUCT gets no pronoun, so a report's sentences about a
product after the one that names it were no mentions of it. Read narrowly, as a reader
keeps the topic of one sentence for the next: the pronoun is the subject of its sentence's
main verb and its first word, no thing has it (an "it" the actors gave an organisation or a
country is taken from it), its sentence puts no clause in place of it ("It is said that
…", "It is unclear whether …", "It is important to …": an extraposed subject), and the
main verb's subject of the sentence just before is a mention of exactly one product. A
chain goes on: the "It" so joined is the subject the next sentence reads.

Inside a sentence (`clause_pronouns`), an "it" or "its" that no actor or thing took, outside
quotation marks and no empty subject, is the product that is the first singular subject or
object of the clause before it ("It is only 9.3 millimetres thick, making it the thinnest
smartphone"), read in its sentence or else from the main verb of the sentence before; a
person's mention there is skipped (no person is "it"), an organisation's "it" stays the
actors'.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from storyline.extract.actor_model import Actor, ActorMention
from storyline.extract.actors.pronouns import acting_it
from storyline.extract.quotes.marks import quoted_passages, tokens_inside
from storyline.extract.tags import PLURAL_NOUN_TAGS
from storyline.nlp.text import doc_text
from storyline.nlp.token_bounds import TokenBounds
from storyline.nlp.token_words import tokens_lowered

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLAUSE_SUBJECTS = frozenset({"ccomp", "csubj", "csubjpass"})  # "It is said that …"


def subject_pronouns(
    actors: Sequence[Actor], things: Sequence[Actor], bounds: TokenBounds, sentences: Sequence[Span]
) -> tuple[list[Actor], list[Actor]]:
    """The actors and `things` with the sentence-opening "It" of each product moved to it
    (module docstring; `bounds`: the Doc's `TokenBounds`, `sentences`: its sentences). An
    "it" the actors gave an organisation or a country is taken from it: the subject just
    before is a product, a closer reading than theirs; one a thing has stays its own."""
    owner: dict[int, int] = {}  # token -> the product whose mention covers it
    for n, thing in enumerate(things):
        for mention in thing.mentions if thing.type == "PRODUCT" else ():
            for i in bounds.expand(mention.start, mention.end) or ():
                owner[i] = -1 if owner.get(i, n) != n else n
    taken = mention_tokens(
        bounds,
        [
            *(m for a in actors for m in a.mentions if not _an_it(m)),
            *(m for t in things for m in t.mentions),  # an "It" a thing has stays its own
        ],
    )
    added: dict[int, list[ActorMention]] = {}
    worded = [s for s in sentences if any(t.is_alpha for t in s)]  # not a lone '"'
    for before, sentence in zip(worded, worded[1:], strict=False):
        pronoun = sentence[0]
        if not _opens_with_it(pronoun, sentence) or pronoun.i in taken:
            continue
        products = {owner.get(t.i, -1) for t in _subjects(before)}
        if len(products) != 1 or -1 in products:  # none, several, or not a product's
            continue
        (n,) = products
        owner[pronoun.i] = n
        mention = ActorMention(
            pronoun.idx, pronoun.idx + len(pronoun.text), pronoun.text, "pronoun"
        )
        added.setdefault(n, []).append(mention)
    moved = {m.start for found in added.values() for m in found}
    return _without(actors, moved), [
        replace(t, mentions=tuple(sorted((*t.mentions, *added[n]), key=lambda m: m.start)))
        if n in added
        else t
        for n, t in enumerate(things)
    ]


def _an_it(mention: ActorMention) -> bool:
    return mention.kind == "pronoun" and mention.text.lower() == "it"


def mention_tokens(bounds: TokenBounds, mentions: Sequence[ActorMention]) -> set[int]:
    """The indices of the tokens the mentions cover."""
    return {i for m in mentions for i in bounds.expand(m.start, m.end) or ()}


def _without(actors: Sequence[Actor], starts: set[int]) -> list[Actor]:
    """The actors without their "it" mentions starting at `starts`."""
    out = []
    for actor in actors:
        kept = tuple(m for m in actor.mentions if not (_an_it(m) and m.start in starts))
        if kept:
            out.append(actor if len(kept) == len(actor.mentions) else replace(actor, mentions=kept))
    return out


def _opens_with_it(token: Token, sentence: Span) -> bool:
    """Is the sentence's first word "It", the subject of its main verb, with no clause
    standing for it?"""
    root = sentence.root
    return (
        token.lower_ == "it"
        and token.dep_ in _SUBJECTS
        and token.head == root
        and not any(_stands_for_it(child) for child in root.children if child.i > token.i)
    )


def _stands_for_it(child: Token) -> bool:
    """A clause an "It" stands for: "that …", "whether …" ("It is said that …") or, after a
    copula's adjective, "to …" ("It is important to …")."""
    if child.dep_ in _CLAUSE_SUBJECTS:
        return True
    if child.dep_ == "acomp":
        return any(c.dep_ in {"xcomp", "ccomp"} for c in child.children)
    return child.dep_ == "xcomp" and child.head.lemma_ == "be"


def _subjects(sentence: Span) -> list[Token]:
    """The head words of the main verb's subjects ("iPhone" of "The new iPhone was …"; not
    "iPhone" of "iPhone sales rose": the subject is "sales")."""
    return [child for child in sentence.root.children if child.dep_ in _SUBJECTS]


_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
_COPULAS = frozenset({"be", "become", "remain"})  # "it is only 0.68 in thick"


def clause_pronouns(
    actors: Sequence[Actor], things: Sequence[Actor], bounds: TokenBounds, doc: Doc
) -> list[Actor]:
    """The `things` with each product's "it" and "its" inside a sentence: the pronoun is no
    sentence's first word, no actor's or thing's mention (the actors' "it" of an
    organisation stays theirs), no empty subject ("it seems", "it is said that …"),
    outside quotation marks, and the clause before it (the nearest verb before it with a
    subject or object, in its sentence or else the one before) has a product as its first
    singular subject or object that is no person's mention ("It is only 9.3 millimetres
    thick, making it the thinnest smartphone": the "It" of iPhone 4; "The phone has two
    cameras and it is thin": the phone)."""
    owner: dict[int, int] = {}
    for n, thing in enumerate(things):
        for mention in thing.mentions if thing.type == "PRODUCT" else ():
            for i in bounds.expand(mention.start, mention.end) or ():
                owner[i] = -1 if owner.get(i, n) != n else n
    if not owner:  # no product: nothing to read (the quotes are not looked for)
        return list(things)
    taken = mention_tokens(  # a thing's noun phrase may hold the pronoun: "its signal reception"
        bounds,
        [
            *(m for a in actors for m in a.mentions),
            *(m for t in things for m in t.mentions if m.kind == "pronoun"),
        ],
    )
    persons = mention_tokens(bounds, [m for a in actors if a.type == "PERSON" for m in a.mentions])
    quoted = tokens_inside(doc, quoted_passages(doc_text(doc)))
    added: dict[int, list[ActorMention]] = {}
    for i in tokens_lowered(doc, ("it", "its")):
        pronoun = doc[i]
        if i in taken or i in quoted or i == pronoun.sent.start or _empty_it(pronoun):
            continue
        arguments = [t for t in _last_clause(pronoun) if t.i not in persons]
        first = next((t for t in arguments if t.tag_ not in PLURAL_NOUN_TAGS), None)
        n = -1 if first is None else owner.get(first.i, -1)
        if n >= 0:
            end = pronoun.idx + len(pronoun.text)
            added.setdefault(n, []).append(ActorMention(pronoun.idx, end, pronoun.text, "pronoun"))
    return [
        replace(t, mentions=tuple(sorted((*t.mentions, *added[n]), key=lambda m: m.start)))
        if n in added
        else t
        for n, t in enumerate(things)
    ]


def _empty_it(pronoun: Token) -> bool:
    """Is an "it" a subject standing for nothing ("it seems", "it is said that …", "it is
    important to …"; `acting_it`), but for "it is thin" of a thing?"""
    if pronoun.lower_ != "it" or pronoun.dep_ not in _SUBJECTS or acting_it(pronoun):
        return False
    verb = pronoun.head
    return verb.lemma_ not in _COPULAS or any(
        _stands_for_it(child) for child in verb.children if child.i > pronoun.i
    )


def _last_clause(pronoun: Token) -> list[Token]:
    """The subjects, then the objects, of the nearest verb before a pronoun in its sentence
    that has one (not the pronoun's own), or else of the main verb of the sentence before."""
    doc = pronoun.doc
    sentence = pronoun.sent
    verb = next(
        (
            t.head
            for t in reversed(doc[sentence.start : pronoun.i])
            if t.dep_ in _ARGUMENTS and t.head != pronoun.head
        ),
        None,
    )
    if verb is None and sentence.start > 0:
        verb = doc[sentence.start - 1].sent.root
    arguments = [c for c in verb.children if c.dep_ in _ARGUMENTS] if verb is not None else []
    return sorted(arguments, key=lambda t: t.dep_ != "nsubj")  # subjects first
