"""A misspelt greeting ("Hay Mubarak") and a stage note whose brackets the transcript lost
("they removed INAUDIBLE Mubarak") are no part of the name the report writes alone."""

from __future__ import annotations

from spacy.language import Language


def _keys(nlp: Language, text: str) -> set[tuple[str, ...]]:
    return {a.key for a in nlp(text)._.actors}


def test_a_misspelt_greeting_is_no_name_word(nlp: Language) -> None:
    text = (
        "February 1, 2011 at 5:41 pm | This is strange, it's like the US was saying \"Hay "
        'Mubarak here is your money. We dont care what your people think" before, and now '
        "that protesters are winning Mubarak is out."
    )
    keys = _keys(nlp, text)
    assert ("hay", "mubarak") not in keys
    assert ("mubarak",) in keys


def test_a_note_run_into_a_name_is_no_part_of_it(nlp: Language) -> None:
    text = (
        "COOPER: What are people saying about President Hosni Mubarak tonight?\n\n"
        "WATSON: They are chanting. Mubarak -- (INAUDIBLE) Mubarak. We're very excited "
        "right now and the crowd is growing.\n\n"
        "COOPER: Did Mubarak leave?\n\n"
        "WATSON: This young man also telling us that they removed INAUDIBLE Mubarak in "
        "three weeks. Mubarak is gone."
    )
    actors = nlp(text)._.actors
    assert not any("inaudible" in a.key for a in actors)
    mubarak = next(a for a in actors if a.key == ("hosni", "mubarak"))
    assert "INAUDIBLE Mubarak" not in {m.text for m in mubarak.mentions}
    assert sum(m.text == "Mubarak" for m in mubarak.mentions) == 5


def test_initials_before_a_name_stay(nlp: Language) -> None:
    text = (
        "COOPER: What did the UN Security Council say?\n\n"
        "WATSON: The UN Security Council met on Friday. The Security Council said nothing."
    )
    assert ("un", "security", "council") in _keys(nlp, text)
