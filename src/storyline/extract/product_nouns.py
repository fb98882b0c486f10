"""A product's plain nouns: "the phone", "the device" after "iPhone 4" in one report.

"Apple unveiled iPhone 4 … The phone has two cameras … Jobs demoed the device's new
gyroscope." A reader takes "the phone" for the product named before it, as the actors
take "the company" for an organisation. Read narrowly:

- the product's kind is a made thing's noun of ``artefacts.tsv`` its report gives it: the
  noun a name of it stands in front of ("MacBook Air laptops": laptop), a noun in
  apposition with a name of it ("Lion, the new version of their Mac OS X": version),
  or the noun its name is written with in lower camel case ("iPhone": phone); a kind has the
  nouns of ``product_kinds.tsv`` too ("the handset", "the device" of a phone);
- the noun is one of those, singular, with "the", "this" or "that", no name, number or
  owner in its phrase ("Apple's phone", "the iPhone device" are no plain nouns), outside
  quotation marks (a speaker's "reinvent the phone" is the phone in general) and outside
  the actors' mentions;
- its antecedent is the nearest mention before it of a product of that kind, not named
  with another ("a computer (Mac and Windows)"), naming one ("other iPhone 4s" name many),
  not in front of another kind's noun ("the Media Center operating system" is no
  device), with no heading between, no other noun
  of the same word between ("a phone", "other phones" start another referent) and no
  other product of that kind in the antecedent's sentence.

The noun's mention leaves the thing it was ("phone", or a product the noun was only
grouped with by its word) and joins the product.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from storyline.data import data_table
from storyline.extract.actor_model import Actor, ActorMention
from storyline.extract.organisation_cues import artefact_nouns
from storyline.extract.product_pronouns import mention_tokens
from storyline.extract.quotes.marks import quoted_passages, tokens_inside
from storyline.extract.tags import PLURAL_NOUN_TAGS
from storyline.nlp.text import doc_text
from storyline.nlp.token_bounds import TokenBounds
from storyline.nlp.token_words import tokens_lowered

_DEFINITE = frozenset({"the", "this", "that"})
_OTHER = frozenset({"other", "another"})  # "other iPhone 4s": not the one named before
# a modifier, or a predicate: "is the thinnest phone", "making it the thinnest phone"
_NOT_MENTIONS = frozenset({"compound", "amod", "nmod", "attr", "oprd", "acomp", "ccomp", "xcomp"})
_NOT_PLAIN = frozenset({"poss", "nummod", "appos", "nsubj"})  # "it" of "making it the … phone"
_CAMEL_PART = re.compile(r"^[a-z]+([A-Z][a-z]+)$")  # "Phone" of "iPhone"


@cache
def _kind_nouns() -> dict[str, frozenset[str]]:
    return {
        row["kind"]: frozenset(row["nouns"].split("|")) for row in data_table("product_kinds.tsv")
    }


def nouns_for(kinds: frozenset[str]) -> frozenset[str]:
    """The nouns that stand for a product of these kinds ("phone": phone, handset, device)."""
    table = _kind_nouns()
    return frozenset(kinds).union(*(table.get(kind, frozenset()) for kind in kinds))


def product_kinds(names: Sequence[Span]) -> frozenset[str]:
    """The made things' nouns a product's name mentions give it (module docstring)."""
    made = artefact_nouns()
    kinds = set()
    for span in names:
        after = _noun_in_front_of(span)
        beside = [t for t in span.root.children if t.dep_ == "appos"]
        if span.root.dep_ == "appos":
            beside.append(span.root.head)
        for token in [after, *beside] if after is not None else beside:
            if token.pos_ == "NOUN" and token.lemma_.lower() in made:
                kinds.add(token.lemma_.lower())
        for word in span:
            part = _CAMEL_PART.match(word.text)
            if part and part.group(1).lower() in made:
                kinds.add(part.group(1).lower())
    return frozenset(kinds)


def _noun_in_front_of(span: Span) -> Token | None:
    """The noun a name stands in front of, through the words it modifies ("MacBook Air" of
    "the new MacBook Air laptops": "laptops")."""
    token = span[-1]
    while token.dep_ in {"compound", "nmod"} and token.head.i > token.i:
        token = token.head
        if token.pos_ == "NOUN":
            return token
    return None


def plain_nouns(
    doc: Doc, actors: Sequence[Actor], things: Sequence[Actor], bounds: TokenBounds,
    headlines: set[int],
) -> list[Actor]:  # fmt: skip
    """The things with each product's plain nouns moved to it from the described things
    (module docstring; `bounds`: the Doc's `TokenBounds`, `headlines`: its headline tokens)."""
    nouns_of = {
        n: nouns_for(product_kinds(_name_spans(doc, thing)))
        for n, thing in enumerate(things)
        if thing.type == "PRODUCT"
    }
    wanted = frozenset().union(*nouns_of.values())
    if not wanted:
        return list(things)
    candidates = [  # a singular noun is written as its lemma ("phone")
        doc[i] for i in tokens_lowered(doc, wanted) if doc[i].tag_ == "NN"
    ]
    if not candidates:
        return list(things)
    named = [m for n in nouns_of for m in things[n].mentions if m.kind != "noun"]
    excluded = mention_tokens(bounds, [*(m for a in actors for m in a.mentions), *named])
    excluded |= headlines
    excluded |= tokens_inside(doc, quoted_passages(doc_text(doc)))
    ends = sorted(  # (last token, product) of each product mention
        (tokens[-1], n)
        for n in nouns_of
        for m in things[n].mentions
        if (tokens := bounds.expand(m.start, m.end))
    )
    moved: dict[int, list[ActorMention]] = {}
    for head in candidates:
        if head.i in excluded or not _plain(head):
            continue
        phrase = doc[head.left_edge.i : head.i + 1]
        n = _antecedent(head, phrase.start, ends, nouns_of, headlines)
        if n is None:
            continue
        moved.setdefault(n, []).append(_mention(phrase))
        ends = sorted([*ends, (head.i, n)])
    return _moved(things, moved)


def _plain(head: Token) -> bool:
    """A singular noun heading its phrase with "the", "this" or "that", and no name, number
    or owner in it ("the phone", "the new phone"; not "Apple's phone", "the iPhone device"),
    standing for a thing, not saying what one is ("is the best phone", "making it the
    thinnest smartphone": a predicate)."""
    if head.dep_ in _NOT_MENTIONS or head.pos_ != "NOUN":
        return False
    children = list(head.children)
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in children) and not any(
        c.dep_ in _NOT_PLAIN or c.pos_ == "PROPN" for c in children
    )


def _antecedent(
    head: Token, start: int, ends: list[tuple[int, int]], nouns_of: dict[int, frozenset[str]],
    headlines: set[int],
) -> int | None:  # fmt: skip
    """The product of the nearest mention before token `start` whose kind `head` names, if
    no heading, no other noun of `head`'s word and no other product of that kind in the
    antecedent's sentence stand in the way (module docstring)."""
    word = head.lemma_.lower()
    before = [(end, n) for end, n in ends if end < start and word in nouns_of[n]]
    if not before:
        return None
    end, n = before[-1]
    doc = head.doc
    if _joined(doc[end]) or _other_thing(doc[end], word):
        return None
    between = range(end + 1, start)
    if any(i in headlines for i in between):
        return None
    taken = {e for e, m in ends if m == n}
    if any(doc[i].lemma_.lower() == word and doc[i].pos_ == "NOUN" and i not in taken
           for i in between):  # fmt: skip
        return None
    sentence = doc[end].sent
    if any(m != n and sentence.start <= e < start for e, m in before):
        return None
    return n


def _other_thing(last: Token, word: str) -> bool:
    """Does the mention ending with this word name many ("iPhones") or another ("other
    iPhone 4s") or, in front of a made thing's noun of another kind, that thing
    ("Microsoft's Media Center operating system" is no device)?"""
    head = last.head if last.dep_ in {"compound", "nmod"} and last.head.i > last.i else last
    if last.tag_ in PLURAL_NOUN_TAGS or any(c.lower_ in _OTHER for c in head.children):
        return True
    if head is last or head.pos_ != "NOUN" or head.lemma_.lower() not in artefact_nouns():
        return False
    return word not in nouns_for(frozenset({head.lemma_.lower()}))


def _joined(token: Token) -> bool:
    """Is the word a conjunct, named with another ("a computer (Mac and Windows)")?"""
    return token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children)


def _name_spans(doc: Doc, thing: Actor) -> list[Span]:
    spans = []
    for m in thing.mentions:
        if m.kind == "name":
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and len(span):
                spans.append(span)
    return spans


def _mention(phrase: Span) -> ActorMention:
    last = phrase[-1]
    return ActorMention(phrase[0].idx, last.idx + len(last.text), phrase.text, "noun")


def _moved(things: Sequence[Actor], moved: dict[int, list[ActorMention]]) -> list[Actor]:
    """The things with the `moved` noun mentions added to their product and taken from any
    other thing that had them (a described thing left with none is dropped)."""
    spans = {(m.start, m.end) for found in moved.values() for m in found}
    out = []
    for n, thing in enumerate(things):
        kept = [m for m in thing.mentions if (m.start, m.end) not in spans]
        mentions = sorted([*kept, *moved.get(n, [])], key=lambda m: (m.start, m.end))
        if mentions:
            same = mentions == list(thing.mentions)
            out.append(thing if same else replace(thing, mentions=tuple(mentions)))
    return out
