"""Units of measure the recogniser takes for names ("a 16 GB model" with "GB" tagged PERSON),
and currency codes after an amount of money ("$99 (USD)" with "USD" tagged ORG)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from storyline.extract.tags import PLURAL_NOUN_TAGS

# Only names taken for persons and places: "12 Somali" (NORP) are people counted, and
# "06:00 BST" (ORG) is left to what it was (on ECB+ dev, time zones as organisations are
# context two reports share).
_UNIT_LABELS = frozenset({"PERSON", "GPE"})
# A currency code is taken for any name, organisations included ("$99 (USD)" tagged ORG):
# three capitals right after an amount of money say what it is counted in.
_CURRENCY_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP"})
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_DATE_LABELS = frozenset({"DATE", "TIME"})
_YEARS = range(1800, 2101)  # "in 2007 Jobs unveiled": a year before a name is no measure


def unit_names(doc: Doc) -> frozenset[str]:
    """The writings of the one-word names that are a unit of measure (`is_unit_of_measure`)
    or a currency code (`is_currency_code`) somewhere in the report: found once per report,
    for `names_a_unit`."""
    return frozenset(
        ent.text
        for ent in doc.ents
        if len(ent) == 1
        and (
            (ent.label_ in _UNIT_LABELS and is_unit_of_measure(ent))
            or (ent.label_ in _CURRENCY_LABELS and is_currency_code(ent))
        )
    )


def names_a_unit(span: Span, units: frozenset[str]) -> bool:
    """Is the name a unit of measure or a currency code here, or in another place of its
    report ("a 16 GB and 32 GB models": the second "GB" counted with the model)? `units`:
    `unit_names` of the report."""
    if len(span) != 1 or span.text not in units:
        return False
    return span.label_ in _UNIT_LABELS or (
        span.label_ in _CURRENCY_LABELS and _CURRENCY.match(span.text) is not None
    )


def is_currency_code(span: Span) -> bool:
    """Is a one-word name three capitals right after an amount of money, or in brackets
    right after one: "$249 USD", "$99 (USD)" (the amount a MONEY entity, or a number
    written after a currency sign that the recogniser left untagged: "$199 and $249 USD")?"""
    if len(span) != 1 or not _CURRENCY.match(span.text) or span.start == 0:
        return False
    doc, before = span.doc, span.start - 1
    if doc[before].text == "(" and span.end < len(doc) and doc[span.end].text == ")":
        before -= 1
    return before >= 0 and (doc[before].ent_type_ == "MONEY" or _after_currency_sign(doc[before]))


def _after_currency_sign(token: Token) -> bool:
    """Is the token a number written right after a currency sign ("$249", "€30")?"""
    return token.tag_ == "CD" and token.i > 0 and token.doc[token.i - 1].tag_ == "$"


def is_unit_of_measure(span: Span) -> bool:
    """Is a one-word name tagged PERSON or GPE a unit of a measure: a singular name counted
    by the number right before it ("16 GB") or written as one word with it ("the 16GB
    version", whatever the number counts), or an abbreviation in capitals, in brackets,
    after a number and the noun it counts ("5 gigabytes (GB)")? Not a name written in
    title case, nor after a number of a date ("March 5 Obama") or a year, nor one counting
    the noun that the name modifies ("500 Windows users"), nor a plural name ("eight
    million iPhones")."""
    if len(span) != 1 or span.start == 0 or span.label_ not in _UNIT_LABELS:
        return False
    doc, name = span.doc, span[0]
    if name.is_title:  # a name as names are written ("a 47-44 Creighton lead"), not "GB", "dB"
        return False
    number = doc[name.i - 1]
    if _counts(number, name) or (_counts(number, number.head) and not number.whitespace_):
        return name.tag_ not in PLURAL_NOUN_TAGS  # "16 GB", or "16GB version" written as one
    return (
        name.i >= 3
        and name.is_upper
        and doc[name.i - 1].text == "("
        and name.i + 1 < len(doc)
        and doc[name.i + 1].text == ")"
        and _counts(doc[name.i - 3], doc[name.i - 2])
    )


def _counts(number: Token, counted: Token) -> bool:
    """Is `number` a cardinal counting `counted`, not part of a date or time, not a year?"""
    if number.tag_ != "CD" or number.head != counted or number.ent_type_ in _DATE_LABELS:
        return False
    return not (number.is_digit and len(number.text) == 4 and int(number.text) in _YEARS)
