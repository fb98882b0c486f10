"""The `storyline_times` spaCy component: TIMEX3 expressions of a Doc, with their values.

The component finds and reads the expressions (`grammar`) and the tense that governs each
(`tense`), and stores them as plain records in ``Doc._.time_records`` (they survive
``n_process``). ``Doc._.times`` resolves them to calendar values against ``Doc._.dct``, the
publication date, when it is set (``doc = nlp.make_doc(text); doc._.dct = "2018-02-07";
nlp(doc)``; a `datetime.date` works too); without one, relative values keep X's.
``sent._.times`` gives the expressions of a sentence (any span).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from storyline.extract.times.chooser import DROP, Chooser, family_of, features, packaged_chooser
from storyline.extract.times.grammar import find_readings
from storyline.extract.times.model import TimeExpression
from storyline.extract.times.resolve import resolve_records
from storyline.extract.times.tense import tense_at
from storyline.extract.times.words import MEASURED_IN_TIME, PARTS_OF_DAY, WEEKDAYS
from storyline.nlp.text import doc_text


def time_records(doc: Doc, chooser: Chooser | None = None) -> list[dict[str, Any]]:
    """The time expressions of a parsed Doc, read but not resolved.

    Where the gold's conventions offer several readings (`chooser.family_of`), the chooser
    (the packaged model unless one is given) stores its pick as the record's ``choice``; a
    fuzzy word it drops ("now" in a sentence that does not date anything) is left out.
    """
    chooser = chooser or packaged_chooser()
    text = doc_text(doc)
    records = []
    for reading in find_readings(text):
        if (
            _weekday_in_a_name(doc, reading.start, reading.end)
            or _modal_may(doc, reading.start, reading.end)
            or (reading.type == "DURATION" and _a_measure_of_stuff(doc, reading.start, reading.end))
        ):
            continue
        tense = tense_at(doc, reading.start, reading.end)
        record = {
            "start": reading.start,
            "end": reading.end,
            "text": text[reading.start : reading.end],
            "type": reading.type,
            "spec": reading.spec,
            "mod": reading.mod,
            "tense": tense,
        }
        if reading.stamp is not None:
            record["stamp"] = reading.stamp  # in a live page's update stamp
        if _names_a_thing(doc, reading.start, reading.end):
            record["attributive"] = True
        family = family_of(record)
        if family is not None:
            record["choice"] = chooser.choose(
                family, features(doc, reading.start, reading.end, tense)
            )
            if record["choice"] == DROP:
                continue
        records.append(record)
    return records


def _names_a_thing(doc: Doc, start: int, end: int) -> bool:
    """ "the August 1988 cease-fire", "the March 7 document": a date before a noun it
    modifies names that thing by its date, in passing."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return (
        root.dep_ in {"nmod", "compound", "amod"}
        and root.head.i >= span.end
        and root.head.pos_ in {"NOUN", "PROPN"}
    )


def _weekday_in_a_name(doc: Doc, start: int, end: int) -> bool:
    """ "a memoir by Wednesday Martin", "the Sunday Times": a weekday that the parser makes
    a compound of the proper noun right after it is the first word of a name (a person's,
    a paper's), not a day. But a day and a name side by side after a verb or before one
    are the verb's time and its subject, however the parser joins them ("said Tuesday Obama
    was wrong", "on Tuesday Obama said"): there the weekday stays a day, unless an article
    or a possessor opens the name ("the Sunday Mirror reports", "this week's Sunday Worship
    marks"), which a day before a subject never has."""
    span = doc.char_span(start, end)
    if span is None or len(span) != 1 or span.text.lower() not in WEEKDAYS:
        return False
    token = span[0]
    head = token.head
    return (
        token.dep_ == "compound"
        and head.i == token.i + 1
        and head.tag_ in {"NNP", "NNPS"}
        and head.text[:1].isupper()
        and head.lower_ not in PARTS_OF_DAY
        and (_opens_a_noun_phrase(token) or _not_beside_a_verb(token, head))
    )


def _modal_may(doc: Doc, start: int, end: int) -> bool:
    """ "It May Surprise You", "Voters May Have Won Cruz The Caucus": a headline written in
    title case capitalises the modal "may" as it does every word, so the grammar, which
    takes a capitalised "May" before a capitalised word for the month, reads a month in it.
    A "May" alone that the tagger reads as a modal auxiliary (MD: it stands before a verb,
    "May Rise", "May Have Won") is the verb's modal, not a month; the month after "in" or
    before a noun ("Prices May Rise In May", "The May Vote") is a proper noun (NNP)."""
    span = doc.char_span(start, end)
    return span is not None and len(span) == 1 and span[0].lower_ == "may" and span[0].tag_ == "MD"


def _a_measure_of_stuff(doc: Doc, start: int, end: int) -> bool:
    """ "75 hours of video can be stored", "a bonus equal to six months of base pay": a
    duration whose "of" names recorded material or money (`MEASURED_IN_TIME`) measures an
    amount of it, by its running time or by the time it takes to earn, and names no interval
    in which anything happens; "three days of questioning", "ten years of boom" stay
    durations. TimeBank's and MEANTIME's annotators leave such measures untagged."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return any(
        child.dep_ == "prep"
        and child.lower_ == "of"
        and any(obj.dep_ == "pobj" and obj.lower_ in MEASURED_IN_TIME for obj in child.children)
        for child in span.root.children
    )


def _opens_a_noun_phrase(token: Token) -> bool:
    """An article or a possessive "'s" right before the word ("the Sunday Times")."""
    return token.i > 0 and token.nbor(-1).tag_ in {"DT", "POS"}


def _not_beside_a_verb(token: Token, head: Token) -> bool:
    """The name is no verb's subject and no verb comes right before the weekday."""
    return head.dep_ not in {"nsubj", "nsubjpass"} and (
        token.i == 0 or token.nbor(-1).pos_ not in {"VERB", "AUX"}
    )


def publication_date(doc: Doc) -> str | None:
    """``Doc._.dct`` as a TimeML day (`timeml_day`), as a user's own pipeline may hold it."""
    return timeml_day(doc._.dct)


def timeml_day(value: date | str | None) -> str | None:
    """A publication date as a TimeML day: a string ("2018-02-07") as it is, a `datetime.date`
    or `datetime.datetime` (its day) written so, None as None."""
    if isinstance(value, datetime):
        value = value.date()
    return value.isoformat() if isinstance(value, date) else value


def _times_of(doc: Doc) -> list[TimeExpression]:
    return resolve_records(doc._.time_records or [], publication_date(doc))


def _times_in(span: Span) -> list[TimeExpression]:
    """The time expressions inside a span: a sentence's ``sent._.times``."""
    return [t for t in span.doc._.times if span.start_char <= t.start and t.end <= span.end_char]


class TimesComponent:
    """Writes ``Doc._.time_records``; see the module docstring."""

    def __init__(self) -> None:
        if not Doc.has_extension("time_records"):
            Doc.set_extension("time_records", default=None)
        if not Doc.has_extension("dct"):
            Doc.set_extension("dct", default=None)
        if not Doc.has_extension("times"):
            Doc.set_extension("times", getter=_times_of)
        if not Span.has_extension("times"):
            Span.set_extension("times", getter=_times_in)

    def __call__(self, doc: Doc) -> Doc:
        doc._.time_records = time_records(doc)
        return doc


@Language.factory("storyline_times", requires=["token.dep", "token.tag"])
def make_times_component(nlp: Language, name: str) -> TimesComponent:
    """Find TIMEX3 expressions; resolve them with ``Doc._.times``."""
    return TimesComponent()
