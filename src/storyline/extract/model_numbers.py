"""Model designations: the number or code after a product's name is part of the name.

"iPhone 4", "iOS 4", "Xbox 360", "the iPhone 3GS" (one token) and "the iPhone 3G" (the
tokenizer's "3" and "G", written together) name a model, another product than the family
("iPhone"). The recogniser tags the number CARDINAL and the things stop before it; this
module extends a product's name mentions through it and splits the product by model.

A designation is a number of digits, with capital letters written onto it ("3GS"), right
after the name. Not one: a year ("the iPhone 2007 launch"), a version ("Safari 4.0"), a
number in a time expression, a date, an amount or a measure, a number counting a number
word or a unit after it ("iPhone 4 million", "4 %"), or one side of a score ("Evansville
91-73").

A report on one model writes its family's name short ("the iPhone" of a report on the
iPhone 4): the family's name joins the one model the report names, or, marked "new",
"newest" or "latest", the model of the highest number among several; marked "original",
"first", "previous" or "older" it stays the family's ("the original iPhone").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from storyline.extract.actor_model import Actor, ActorMention
from storyline.extract.names import name_words

_DESIGNATION = re.compile(r"^\d+[A-Z]*$")  # 4, 360, 3GS
_CODE_LETTERS = re.compile(r"^[A-Z]{1,3}$")  # the "G" of "3G" split off by the tokenizer
_DESIGNATION_KEY = re.compile(r"^\d+[a-z]*$")  # a model's last key word: "4", "3gs"
_YEAR = re.compile(r"^(1[0-9]|20)[0-9]{2}$")
_OTHER_NUMBERS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
_EARLIER = frozenset(
    {"original", "first", "previous", "earlier", "old", "older", "former", "prior"}
)
_NEWEST = frozenset({"new", "newer", "newest", "latest"})
_AFTER_A_COUNT = frozenset({"%", "-", "\u2013", "\u2014", ":", "/", "percent"})


def model_designation(span: Span, taken: set[int]) -> Span:
    """`span` with the model designation written right after it, if any (`taken`: the
    tokens of time expressions, which are no model)."""
    doc = span.doc
    if span.end >= len(doc) or not span[-1].whitespace_:
        return span
    number = doc[span.end]
    if not _is_designation(number, taken):
        return span
    end = span.end + 1
    if not number.whitespace_ and end < len(doc) and _CODE_LETTERS.match(doc[end].text):
        end += 1  # "3" "G" of "3G"
    if end < len(doc) and _counts_next(doc[end]):
        return span
    return doc[span.start : end]


def _is_designation(token: Token, taken: set[int]) -> bool:
    return (
        bool(_DESIGNATION.match(token.text))
        and not _YEAR.match(token.text)
        and token.i not in taken
        and token.ent_type_ not in _OTHER_NUMBERS
    )


def _counts_next(token: Token) -> bool:
    """Does the word after a number make it a count or a score ("4 million", "91-73")?"""
    return token.text.lower() in _AFTER_A_COUNT or (token.like_num and not token.is_digit)


def split_models(doc: Doc, products: Sequence[Actor], taken: set[int]) -> list[Actor]:
    """Each product split by the model its name mentions write ("iPhone 4" apart from
    "iPhone"), products of one name joined; a mention that is no name (a pronoun, a noun)
    goes with the name mention nearest before it."""
    by_key: dict[tuple[str, ...], Actor] = {}
    for product in products:
        for model in _models(doc, product, taken):
            same = by_key.get(model.key)
            if same is not None:
                mentions = tuple(sorted({*same.mentions, *model.mentions}, key=_order))
                model = Actor(same.name, same.type, same.key, mentions, ambiguous=same.ambiguous)
            by_key[model.key] = model
    return list(_one_model_named(doc, by_key).values())


def _one_model_named(
    doc: Doc, by_key: dict[tuple[str, ...], Actor]
) -> dict[tuple[str, ...], Actor]:
    """A family's name joins its model when the report names exactly one model of it ("the
    iPhone" of a report on the "iPhone 4"), as a short form of exactly one longer name
    does; with several models ("iPhone 3G", "iPhone 3GS") it stays the family's, but for a
    name an adjective marks as the newest ("the new iPhone"), which joins the model of the
    highest number when one has it ("iPhone 4" beside "iPhone 3GS"). A name an adjective
    marks as an earlier model ("the original iPhone") stays the family's. The mentions that
    are no name go with the name before them."""
    out = dict(by_key)
    for key, family in by_key.items():
        models = [k for k in by_key if k[:-1] == key and _DESIGNATION_KEY.match(k[-1])]
        if not models or family.type != "PRODUCT":
            continue
        plain = models[0] if len(models) == 1 else None
        newest = plain or _highest(models)
        moved: dict[tuple[str, ...], list[ActorMention]] = {}
        target = plain
        for mention in family.mentions:  # in text order
            if mention.kind == "name":
                target = (
                    None
                    if _marked(doc, mention, _EARLIER)
                    else newest
                    if _marked(doc, mention, _NEWEST)
                    else plain
                )
            moved.setdefault(target or key, []).append(mention)
        for model, mentions in moved.items():
            joined = mentions if model == key else [*out[model].mentions, *mentions]
            out[model] = replace(out[model], mentions=tuple(sorted(set(joined), key=_order)))
        if key not in moved:
            del out[key]
    return out


def _highest(models: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The model of the one highest number ("4" of "4" and "3gs"; none of "3g" and "3gs")."""
    numbers = sorted((int(k[-1].rstrip("abcdefghijklmnopqrstuvwxyz")), k) for k in models)
    if len(numbers) > 1 and numbers[-1][0] == numbers[-2][0]:
        return None
    return numbers[-1][1]


def _marked(doc: Doc, mention: ActorMention, adjectives: frozenset[str]) -> bool:
    """Does one of these adjectives stand before a name ("the original iPhone", "the new
    iPhone")?"""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and any(
        t.lower_ in adjectives for t in span.root.lefts if t.i < span.start
    )


def _models(doc: Doc, product: Actor, taken: set[int]) -> list[Actor]:
    """One product per model its name mentions write (the product itself when none does)."""
    groups: dict[tuple[str, ...], list[ActorMention]] = {}
    names: dict[tuple[str, ...], str] = {}
    current = product.key
    for mention in sorted(product.mentions, key=_order):
        if mention.kind == "name":
            mention, current = _extended(doc, mention, product.key, taken)
            names.setdefault(current, mention.text)
        groups.setdefault(current, []).append(mention)
    if list(groups) == [product.key]:
        return [product]
    return [
        Actor(
            names.get(key, product.name),
            product.type,
            key,
            tuple(mentions),
            ambiguous=product.ambiguous,
        )
        for key, mentions in groups.items()
    ]


def _extended(
    doc: Doc, mention: ActorMention, key: tuple[str, ...], taken: set[int]
) -> tuple[ActorMention, tuple[str, ...]]:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return mention, key
    longer = model_designation(span, taken)
    if longer.end == span.end:
        return mention, key
    last = longer[-1]
    end = last.idx + len(last.text)
    model = name_words(doc.text[span.end_char : end])
    return ActorMention(mention.start, end, doc.text[mention.start : end], "name"), key + model


def _order(mention: ActorMention) -> tuple[int, int]:
    return (mention.start, mention.end)


def without_model_codes(things: Sequence[Actor]) -> list[Actor]:
    """Things without a mention that ends inside a product's name: a model code the
    tokenizer split from its number ("G" of "the iPhone 3G", read as a noun or a missed
    name); a thing left with no mention is dropped."""
    names = [
        (m.start, m.end)
        for t in things
        if t.type == "PRODUCT"
        for m in t.mentions
        if m.kind == "name"
    ]
    names = [span for span in names if span[1] > span[0]]
    out = []
    for thing in things:
        if thing.type == "PRODUCT":
            out.append(thing)
            continue
        kept = tuple(m for m in thing.mentions if not any(s < m.end <= e for s, e in names))
        if kept:
            out.append(thing if len(kept) == len(thing.mentions) else replace(thing, mentions=kept))
    return out
