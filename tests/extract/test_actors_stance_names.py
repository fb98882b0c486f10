"""A name made a side's word by "pro-" or "anti-" ("pro-Mubarak demonstrators") is no one's
name (`state.names_a_stance`); the name written alone still is."""

from __future__ import annotations

from spacy.language import Language


def test_a_pro_name_is_no_person(nlp: Language) -> None:
    doc = nlp(
        "Pro-Mubarak demonstrators attacked the protesters in Tahrir Square on Wednesday. "
        "Clashes between pro-Mubarak supporters and students went on."
    )
    assert not any("pro-" in actor.name.lower() for actor in doc._.actors)


def test_the_name_alone_is_still_a_person(nlp: Language) -> None:
    doc = nlp("Pro-Mubarak demonstrators marched. Hosni Mubarak said nothing.")
    assert any(actor.name == "Hosni Mubarak" for actor in doc._.actors)
