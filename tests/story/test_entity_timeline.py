"""An entity's timeline: finding the entity, choosing, dating and ordering its events."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from storyline.link.entities import ActorRef
from storyline.story.entity_timeline import (
    EventSpan,
    date_key,
    entity_timeline,
    order,
    target_actors,
    verbs,
)


def _ref(article: int, name: str, key: tuple[str, ...]) -> ActorRef:
    return ActorRef(article, 0, name, "ORGANISATION", key, None, (), None, False)


def test_target_is_the_exact_name_else_its_longest_last_run() -> None:
    refs = [
        _ref(0, "Beatles", ("beatles",)),
        _ref(1, "Apple Corps", ("apple", "corps")),
        _ref(2, "iPods", ("ipods",)),
        _ref(3, "iPhone", ("iphone",)),
    ]
    assert target_actors(refs, "Beatles Apple Corps") == {1}
    assert target_actors(refs, "iPod") == {2}  # its plural
    assert target_actors(refs, "iPhone 4") == {3}
    assert target_actors(refs, "Microsoft") == set()


def test_dates_order_by_first_day_then_precision() -> None:
    values = ["2006-04-05", "2006", "2006-01-01", "2006-01"]
    assert sorted(values, key=date_key) == ["2006", "2006-01", "2006-01-01", "2006-04-05"]
    spans = [EventSpan(0, i, i + 1) for i in range(4)]
    placed = order(zip(spans, "abcd", ["2006-01", None, "2006-01-01", "2006-01"], strict=True))
    assert [(e.text, e.ordinal) for e in placed] == [("a", 1), ("b", 0), ("c", 2), ("d", 1)]


def _doc(nlp: Language, text: str, dct: str) -> Doc:
    doc = nlp(text)
    doc._.dct = dct
    return doc


def _span(docs: list[Doc], position: int, word: str) -> EventSpan:
    start = docs[position].text.index(word)
    return EventSpan(position, start, start + len(word))


def test_entity_timeline_chooses_dates_and_orders(nlp: Language) -> None:
    docs = [
        _doc(
            nlp,
            "Apple unveiled the iPod on Tuesday. Sales of the iPod rose in 2005. "
            "Microsoft released a player.",
            "2006-04-05",
        ),
        _doc(nlp, "The iPod has a new screen.", "2006-03-28"),
    ]
    events = [
        _span(docs, 0, "unveiled"),
        _span(docs, 0, "rose"),
        _span(docs, 0, "released"),
        _span(docs, 1, "has"),
    ]
    placed = {e.text: e for e in entity_timeline(docs, "iPod", events)}
    assert "released" not in placed  # its sentence names no iPod
    assert placed["unveiled"].date == "2006-04-04"  # the Tuesday attached to it
    assert placed["rose"].date == "2005"  # the sentence's year
    assert placed["has"].date == "2006-03-28"  # no date: its report's
    assert placed["rose"].ordinal < placed["has"].ordinal < placed["unveiled"].ordinal


def test_track_a_events_are_verbs_of_the_entity_clause(nlp: Language) -> None:
    docs = [_doc(nlp, "Apple said the iPod was launched in 2001.", "2006-04-05")]
    found = {docs[0].text[e.start : e.end] for e in verbs(docs)}
    assert found == {"said", "launched"}
    # "said" names the iPod only in the clause it embeds
    assert [(e.text, e.date) for e in entity_timeline(docs, "iPod")] == [("launched", "2001")]


def test_a_statement_is_of_the_entity_only_when_its_own_clause_names_it(
    nlp: Language,
) -> None:
    docs = [
        _doc(
            nlp,
            "Steve Jobs said that the iPod sold well. Apple announced the iPod in 2001. "
            "Pre-orders of the recently announced iPod began.",
            "2006-04-05",
        )
    ]
    text = docs[0].text
    firsts = (text.index("announced the"), text.index("announced iPod"))
    announced = [EventSpan(0, i, i + len("announced")) for i in firsts]
    events = [_span(docs, 0, "said"), _span(docs, 0, "sold"), *announced]
    placed = {(e.text, e.start) for e in entity_timeline(docs, "iPod", events)}
    assert "said" not in {word for word, _ in placed}  # Jobs's saying; the iPod is what is said
    assert ("sold", text.index("sold")) in placed
    assert {("announced", e.start) for e in announced} <= placed  # object; described noun
