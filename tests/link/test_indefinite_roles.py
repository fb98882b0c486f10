"""A role written only with an indefinite determiner ("a strategist", "another pollster")
brings in someone new: linking's rule 5 joins it to no named holder
(`storyline.link.entities.indefinite_only`)."""

from __future__ import annotations

from storyline.extract.actor_model import Actor, ActorMention
from storyline.link.corpus import parsed_actor_ref
from storyline.link.entities import indefinite_only, link_actors
from tests.link.test_corpus import linked, row


def _report(article: int, role: str, descriptions: list[str]) -> list[dict]:
    """A report naming Ann Tate and Bob Ruiz, with one strategist written as `descriptions`."""
    return [
        row(article, 0, role, "the strategist", ("strategist",), descriptions=descriptions),
        row(article, 1, "Ann Tate", "ann tate"),
        row(article, 2, "Bob Ruiz", "bob ruiz"),
    ]


def test_an_indefinite_role_joins_no_named_holder_of_another_report() -> None:
    # report 1 names strategist Jim Lee; reports 2 and 3, of the same story, each quote "a
    # Republican strategist" (rules 4 and 6 may still join the two): neither is Lee
    holder = [row(1, 0, "Jim Lee", "jim lee", ("strategist",)), *_report(1, "x", [])[1:]]
    rows = [*holder, *_report(2, "the strategist", ["a Republican strategist"]),
            *_report(3, "the strategist", ["Another strategist"])]  # fmt: skip
    members = linked(rows, {1: 5, 2: 5, 3: 5}, {1: 1, 2: 1, 3: 1})
    assert (0,) in members


def test_a_definite_role_still_joins_its_named_holder() -> None:
    # the same reports, but report 2 also writes "the strategist": it points back to one known
    holder = [row(1, 0, "Jim Lee", "jim lee", ("strategist",)), *_report(1, "x", [])[1:]]
    rows = [*holder, *_report(2, "the strategist", ["a strategist", "The strategist"])]
    members = linked(rows, {1: 5, 2: 5}, {1: 1, 2: 1})
    assert any({0, 3} <= set(m) for m in members)


def test_which_determiners_bring_in_someone_new() -> None:
    assert indefinite_only(["a top strategist", "An aide", "one adviser", "every person"])
    assert not indefinite_only(["a strategist", "the strategist"])
    assert not indefinite_only(["strategist"])  # bare: nothing says who
    assert not indefinite_only([])


def test_a_parsed_role_written_indefinitely_is_read_as_such() -> None:
    text = "A top strategist said so. He left."
    role = Actor(
        "strategist", "PERSON", ("the", "strategist"),
        (ActorMention(0, 16, "A top strategist", "role"), ActorMention(26, 28, "He", "pronoun")),
        roles=("strategist",),
    )  # fmt: skip
    named = Actor("Jim Lee", "PERSON", ("jim", "lee"), (ActorMention(0, 7, "Jim Lee", "name"),),
                  roles=("strategist",))  # fmt: skip
    refs = [parsed_actor_ref(0, 0, role, text), parsed_actor_ref(1, 0, named, "Jim Lee said.")]
    assert refs[0].indefinite
    assert all(len(e.members) == 1 for e in link_actors(refs))
