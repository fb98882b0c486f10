"""A transcript's stage notes ("(INAUDIBLE)", "(CROSSTALK)", "(COMMERCIAL BREAK)") name no
actor; a bracketed acronym ("(NDP)", "(CNN)", "(NATO)" after its name) stays a name
(`storyline.extract.actors.stage_notes`)."""

from __future__ import annotations

from spacy.language import Language

TRANSCRIPT = (
    "HOLT: What is the latest from the square? DANA FERRIS, WBN CORRESPONDENT: The "
    "marchers are still here (INAUDIBLE) and they say they will stay. HOLT: And the "
    "police? FERRIS: The police (INAUDIBLE) are holding back. (CROSSTALK) HOLT: Thank "
    "you, Dana. (COMMERCIAL BREAK) HOLT: The Liberal Union Party (LUP) met on Friday and "
    "the North Atlantic Treaty Organization (NATO) said nothing. FERRIS: (LAUGHTER) Not yet."
)


def _keys(nlp: Language, text: str) -> set[tuple[str, ...]]:
    return {a.key for a in nlp(text)._.actors}


def test_a_transcripts_stage_notes_name_no_actor(nlp: Language) -> None:
    keys = _keys(nlp, TRANSCRIPT)
    assert not {("inaudible",), ("crosstalk",), ("commercial", "break"), ("laughter",)} & keys
    assert not any(word in key for key in keys for word in ("inaudible", "crosstalk"))


def test_english_words_and_initials() -> None:
    from storyline.extract.actors.english import english_word

    assert all(english_word(w) for w in ("INAUDIBLE", "CROSSTALK", "TRANSLATED", "IN"))
    assert not any(english_word(w) for w in ("NDP", "CNN", "LUP"))


def test_bracketed_acronyms_stay_names(nlp: Language) -> None:
    # guard: the initials after a name, and an agency's dateline, are names (passes on main)
    keys = _keys(nlp, TRANSCRIPT)
    assert ("liberal", "union", "party") in keys
    assert any(
        "nato" in key or key == ("north", "atlantic", "treaty", "organization") for key in keys
    )
    text = "CAIRO, Egypt (CNN) -- The ruling party met on Friday, the network said."
    assert ("cnn",) in _keys(nlp, text)
