"""Role phrases that are no one's role (roles22b): a person noun said of a thing ("Education
is the primary driver among voters"), a business office with no holder ("the chief
executive's address" in a report on a candidate)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from storyline.extract.actor_model import Actor


def named(doc: Doc, name: str) -> Actor:
    found = [a for a in doc._.actors if a.name == name]
    assert len(found) == 1, [a.name for a in doc._.actors]
    return found[0]


def test_a_person_noun_predicated_of_a_thing_is_no_ones_role(nlp: Language) -> None:
    doc = nlp(
        "Mark Ruddle spoke in Ohio on Monday. Ruddle thanked his fans. Ruddle leads the "
        "race. Education is the primary driver among white voters in this state, a pollster "
        "said."
    )
    assert not any("driver" in a.roles for a in doc._.actors)


def test_a_person_noun_predicated_of_a_person_is_still_a_role(nlp: Language) -> None:
    doc = nlp("Mark Ruddle spoke in Ohio on Monday. The driver was a friend of Ruddle.")
    assert any("driver" in a.roles for a in doc._.actors)


def test_a_business_office_with_no_holder_is_not_the_protagonist(nlp: Language) -> None:
    doc = nlp(
        "Mark Ruddle spoke in Ohio on Monday. Ruddle thanked his fans. Ruddle leads the "
        "race. He criticised the chief executive's annual address on Tuesday."
    )
    assert "chief executive" not in named(doc, "Mark Ruddle").roles
    assert any("chief executive" in a.roles for a in doc._.actors)


def test_a_business_office_given_with_a_name_is_still_its_holders(nlp: Language) -> None:
    doc = nlp("Chief executive Jane Wood spoke in Ohio. The chief executive thanked her staff.")
    assert "chief executive" in named(doc, "Jane Wood").roles


def test_a_capitalised_common_noun_opening_a_quote_is_still_a_thing(nlp: Language) -> None:
    doc = nlp(
        "Mark Ruddle spoke in Ohio on Monday. Ruddle thanked his fans. Ruddle leads the "
        "race.\n\n\u201cEducation, at this point, is the primary driver among white voters in "
        "this state,\u201d said pollster Jane Wood."
    )
    assert "driver" not in named(doc, "Mark Ruddle").roles
