"""Two people of one surname are never one entity, whatever chain of rules links them."""

from __future__ import annotations

from storyline.link.entities import link_actors
from storyline.link.persons_apart import two_people
from tests.link.test_entities import actor, together


def test_two_given_names_of_one_surname_are_two_people() -> None:
    assert two_people(("anna", "berg"), ("paul", "berg"))
    assert not two_people(("anna", "berg"), ("paul", "anna", "berg"))  # a short form
    assert not two_people(("fred", "larue"), ("frederick", "c", "larue"))  # a writing of it
    assert not two_people(("bill", "clinton"), ("william", "clinton"))  # a pet form
    assert not two_people(("anna", "berg"), ("anna", "holm"))  # another surname: not judged


def test_a_misread_name_does_not_chain_two_people_into_one() -> None:
    # "Paul Anna Berg" (a list the recogniser read as one name) is a writing of "Paul Berg"
    # (a middle name left out) and "Anna Berg" its short form (its last words): each rule
    # is right alone, and the chain joined Anna to Paul.
    actors = [
        actor(1, "Paul Berg", n_mentions=5),
        actor(1, "Paul Anna Berg", idx=1),
        actor(2, "Anna Berg", idx=0, n_mentions=3),
        actor(2, "Paul Berg", idx=1),
    ]
    entities = link_actors(actors)
    assert together(entities, actors, 0, 3)
    assert not together(entities, actors, 0, 2)
