"""A he/she that no one named before it, as the subject of an adverbial clause put before
its main clause, means that clause's subject ("After he blasted the film, Pastor Kevin
Swanson turned to …"; `PronounsStep.cataphoric_subject`). Every text is invented."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.quote_triples import said


def mentions_of(nlp: Language, text: str, name: str) -> list[str]:
    doc = nlp(text)
    actor = next(a for a in doc._.actors if a.name == name)
    return [m.text for m in actor.mentions]


def test_a_pronoun_before_the_name_of_the_main_clause_means_it(nlp: Language) -> None:
    text = (
        "After he criticised the film “Cold Harbour” as “far too gloomy,” Pastor Tom Ferrell "
        "turned his attention to the town's summer fair."
    )
    assert "he" in mentions_of(nlp, text, "Tom Ferrell")
    assert {q[0] for q in said(nlp, text, with_terms=False)} <= {"he", "Pastor Tom Ferrell"}


def test_a_person_named_before_still_comes_first(nlp: Language) -> None:
    text = (
        "Mark Olsen left early. When he arrived in Ohio, Senator Ada Lind said the plant "
        "would stay open."
    )
    assert "he" in mentions_of(nlp, text, "Mark Olsen")
