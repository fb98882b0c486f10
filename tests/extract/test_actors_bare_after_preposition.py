"""A singular person noun that is the whole object of a preposition ("caught off guard", "in
person") refers to no one (`places.bare_after_preposition`); a determined one still does."""

from __future__ import annotations

from spacy.language import Language


def _unnamed(doc) -> list[str]:
    return [actor.name for actor in doc._.actors if actor.key[:1] == ("the",)]


def test_caught_off_guard_makes_no_guard(nlp: Language) -> None:
    doc = nlp(
        "The Tate campaign was caught off guard by a close race in Ohio. "
        "\"This just caught me so off guard,\" said Ann Ruiz."
    )
    assert "Guard" not in _unnamed(doc)


def test_a_determined_guard_is_still_someone(nlp: Language) -> None:
    doc = nlp("The Tate campaign hired a guard for the rally. The guard stood by the door.")
    assert "Guard" in _unnamed(doc)
