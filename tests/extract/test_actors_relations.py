"""A relation noun written with the one it relates to ("the son of former presidents", "the
founding father of fascism") describes another person, not the report's protagonist
(`state.related_to_someone`)."""

from __future__ import annotations

from spacy.language import Language

from storyline.extract.actor_model import Actor
from tests.extract.actor_named import named


def texts(actor: Actor) -> list[str]:
    return [m.text for m in actor.mentions]


def test_a_relation_with_an_of_phrase_is_not_the_protagonist(nlp: Language) -> None:
    doc = nlp(
        "Laura Hill won the race on Monday. Hill thanked her fans. The daughter of a miner "
        "said she was proud of the town."
    )
    hill = named(doc, "Laura Hill")
    assert "daughter" not in hill.roles
    assert "The daughter" not in texts(hill)
    assert any(a.key == ("the", "daughter") for a in doc._.actors)


def test_a_relation_of_something_else_is_not_the_protagonist(nlp: Language) -> None:
    doc = nlp(
        "Mark Hale spoke in Ohio on Monday. Hale said a lot of the founding father of the "
        "movement's words sound like his own."
    )
    hale = named(doc, "Mark Hale")
    assert "father" not in hale.roles
    assert "the founding father" not in texts(hale)


def test_a_relation_standing_alone_still_means_the_protagonist(nlp: Language) -> None:
    doc = nlp("Mark Hale lost the race on Monday. Hale spoke in Ohio. The father said he was sad.")
    hale = named(doc, "Mark Hale")
    assert "father" in hale.roles
    assert "The father" in texts(hale)
