"""A person noun said of a thing is no one's role (roles22b): "Education is the primary
driver among voters" gives the report's protagonist no role "driver"."""

from __future__ import annotations

from spacy.language import Language


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
