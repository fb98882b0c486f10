"""The role lexicon keeps a government's or a body's officers apart from a campaign's or a
politician's staff (roles23b): "a State Department official" is no campaign manager, and "a
Republican strategist", "a pollster" and "an aide" are each a role of their own, so that a
role phrase of one joins no holder of another. A name in apposition after a role and its "of"
complement ("the director of the film, Michael Bay,") is the role's holder, not the report's
main person; "the couple" (two persons) is never the main person either. A role in apposition
after a name is the name's with modifiers of several words in front of it ("Eric Dane, an Iowa
Republican strategist,"), not an anonymous strategist of its own."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.actor_named import named


def test_a_strategist_is_no_official(nlp: Language) -> None:
    doc = nlp("Jane Roe, a Republican strategist, said the race was close.")
    assert named(doc, "Jane Roe").roles == ("strategist",)


def test_a_pollster_is_no_official(nlp: Language) -> None:
    doc = nlp("Pollster Jane Roe said the race was close.")
    assert named(doc, "Jane Roe").roles == ("pollster",)


def test_a_campaign_manager_is_no_official(nlp: Language) -> None:
    doc = nlp("Campaign manager Jo Pell said the race was close in Iowa.")
    assert named(doc, "Jo Pell").roles == ("campaign manager",)


def test_an_aide_is_no_official(nlp: Language) -> None:
    doc = nlp("Tom Vale, an aide to the governor, said the race was close.")
    assert named(doc, "Tom Vale").roles == ("aide",)


def test_a_name_after_a_roles_of_phrase_holds_the_role(nlp: Language) -> None:
    doc = nlp(
        "Bob Vane spoke in Ohio. Vane said the film was wrong. The agency met with the "
        "director of the film, Mark Dell, officials said."
    )
    assert named(doc, "Mark Dell").roles == ("director",)
    assert "director" not in named(doc, "Bob Vane").roles


def test_a_name_after_a_roles_of_phrase_opening_a_sentence_holds_it(nlp: Language) -> None:
    doc = nlp(
        "Bob Vane spoke in Ohio. Vane said the book was wrong. The author of the book, "
        "Mark Dell, said he stands by it."
    )
    assert "author" in [m.text.lower().split()[-1] for m in named(doc, "Mark Dell").mentions]
    assert named(doc, "Bob Vane").roles == ()


def test_the_couple_is_not_the_main_person(nlp: Language) -> None:
    doc = nlp(
        "Tom Hale spoke in Iowa on Monday. Hale thanked his fans. A friend of the couple "
        "said they were happy."
    )
    hale = named(doc, "Tom Hale")
    assert "couple" not in hale.roles
    assert not any("couple" in m.text for m in hale.mentions)


def test_an_apposition_with_modifiers_of_several_words_is_the_names_role(
    nlp: Language,
) -> None:
    doc = nlp(
        "Eric Dane, an Iowa Republican strategist, said the race was close. Greg Toll, "
        "another unaligned Iowa Republican strategist, disagreed."
    )
    assert named(doc, "Eric Dane").roles == ("strategist",)
    assert named(doc, "Greg Toll").roles == ("strategist",)
    assert not [a for a in doc._.actors if a.name == "Strategist"]


def test_a_hyphenated_modifier_before_an_apposed_role(nlp: Language) -> None:
    doc = nlp("“It is over,” said Rick Dale, a Florida-based Republican strategist.")
    assert named(doc, "Rick Dale").roles == ("strategist",)


def test_the_average_person_is_not_the_main_person(nlp: Language) -> None:
    doc = nlp(
        "Tom Hale spoke in Iowa on Monday. Hale thanked his fans. Radio asked Hale how the "
        "average person should view the fees."
    )
    assert named(doc, "Tom Hale").roles == ()
