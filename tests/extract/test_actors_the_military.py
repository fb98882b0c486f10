""""The military", "the army", "the regime" with no country named with them mean the report's
military or government (`places.the_military`, `THE_GOVERNMENT`), as "the government" does; and
"the government" is never a military."""

from __future__ import annotations

from spacy.language import Language


def _codes(doc) -> dict[str, str | None]:
    """Each mention's text and its actor's code."""
    return {m.text: actor.code for actor in doc._.actors for m in actor.mentions}


def test_the_military_after_a_countrys_military_is_that_military(nlp: Language) -> None:
    doc = nlp(
        "Thousands of protesters filled a square in Ruritania on Friday. The Egyptian "
        "military said it would not fire on them. Later the military said the curfew would "
        "stay, and the army moved tanks into the square."
    )
    codes = _codes(doc)
    assert codes["the military"] == "EGYMIL"
    assert codes["the army"] == "EGYMIL"


def test_the_military_of_a_datelined_report_is_that_countrys(nlp: Language) -> None:
    doc = nlp("CAIRO, Egypt -- The military said on Friday that it would not fire on protesters.")
    assert _codes(doc)["The military"] == "EGYMIL"


def test_the_regime_is_the_government_not_the_military(nlp: Language) -> None:
    doc = nlp(
        "Protesters marched in Ruritania on Friday. The Egyptian military said it would not "
        "fire, and the Egyptian military later withdrew. The Egyptian government resigned. "
        "The regime blamed foreign agents, and the government promised reforms."
    )
    codes = _codes(doc)
    assert codes["The regime"] == "EGYGOV"
    assert codes["the government"] == "EGYGOV"
