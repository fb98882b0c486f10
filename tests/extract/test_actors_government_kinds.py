"""A government noun with an adjective of its own that names a kind of government ("the
federal government") or compares governments ("the smallest government") is no anaphor of
the government the report named after its leader; "the current government" still is
(`places.of_a_kind`)."""

from __future__ import annotations

from spacy.language import Language

TEXT = (
    "WASHINGTON (CNN) -- President Barack Obama spoke on Tuesday about Egypt. The Mubarak "
    "government has cracked down on protesters in Cairo, and the White House said the "
    'government must change. Obama also spoke about the budget. "We need the smallest '
    'government we can afford," he said, and the federal government will cut spending. The '
    "current government in Cairo did not respond."
)


def _mentions(nlp: Language) -> dict[tuple[str, ...], list[str]]:
    return {a.key: [m.text for m in a.mentions] for a in nlp(TEXT)._.actors}


def test_a_government_of_a_kind_is_not_the_leaders(nlp: Language) -> None:
    led = _mentions(nlp)[("the", "mubarak", "government")]
    assert "the federal government" not in led
    assert "the smallest government" not in led


def test_the_current_government_still_repeats_the_leaders(nlp: Language) -> None:
    assert "The current government" in _mentions(nlp)[("the", "mubarak", "government")]
