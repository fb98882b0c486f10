"""Words the recogniser ran into a person's name that no name holds: a common word written
in small letters ("to force Mubarak to resign": `persons.small_common_word`), and a title
with a typing error ("Presidendt Mubarak": `PersonsStep.misspelt_title`), which is read as
the title it misspells; a name's particle ("Charles de Gaulle") and a given name one
letter from a title stay."""

from __future__ import annotations

from spacy.language import Language


def _persons(nlp: Language, text: str) -> list[tuple[tuple[str, ...], int]]:
    actors = nlp(text)._.actors
    return [(a.key, len(a.mentions)) for a in actors if a.type == "PERSON" and a.key[0] != "the"]


def test_a_verb_in_small_letters_is_no_given_name(nlp: Language) -> None:
    text = (
        "Egyptian President Hosni Mubarak spoke on Friday. I urge the European leaders "
        "to force Mubarak to resign before the massacre. Mubarak refused."
    )
    assert _persons(nlp, text) == [(("hosni", "mubarak"), 3)]


def test_a_misspelt_title_is_the_title(nlp: Language) -> None:
    text = (
        "Egyptian President Hosni Mubarak spoke on Friday. Many readers asked why the "
        "United States has not supported either Presidendt Mubarak or the protesters."
    )
    persons = nlp(text)._.actors
    named = [a for a in persons if a.type == "PERSON" and a.key[0] != "the"]
    assert [(a.key, len(a.mentions)) for a in named] == [(("hosni", "mubarak"), 2)]


def test_a_particle_in_small_letters_stays(nlp: Language) -> None:
    text = "General Charles de Gaulle spoke in London. Charles de Gaulle said France fights."
    assert _persons(nlp, text) == [(("charles", "de", "gaulle"), 2)]


def test_one_typing_error() -> None:
    from storyline.extract.actors.persons import one_edit_away

    near = one_edit_away("presidendt")
    assert "president" in near and "presidendt" not in near
    assert "senator" in one_edit_away("senater") and "senator" in one_edit_away("snator")


def test_a_given_name_written_small_stays(nlp: Language) -> None:
    # a reader's comment writes the whole name small; the given name lists know "mohamed"
    text = (
        "Mohamed ElBaradei spoke in Cairo on Friday. A reader wrote: what prophecy does "
        "mohamed elbaradie speak of in his speech last night?"
    )
    assert ("mohamed", "elbaradie") in [key for key, _ in _persons(nlp, text)]
