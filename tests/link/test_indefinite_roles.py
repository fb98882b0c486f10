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


def _senators(descriptions: list[str]) -> list[dict]:
    """Senator Jim Lee in report 1, and one senator of each next report written as
    `descriptions` says, all naming Ann Tate and Bob Ruiz (one story)."""
    rows = [row(1, 0, "Jim Lee", "jim lee", ("senator",)), *_report(1, "x", [])[1:]]
    for article, text in enumerate(descriptions, start=2):
        rows += _report(article, "the senator", [text])
        rows[-3] = {**rows[-3], "key": "the senator", "roles": ["senator"]}
    return rows


def test_an_indefinite_office_does_not_take_its_role_groups_named_holder() -> None:
    # report 2's "the Vermont senator" is Lee (rule 5); report 3's "a sitting senator"
    # would join it by rule 4 and go with it to Lee: it names the office as a kind
    members = linked(_senators(["the Vermont senator", "a sitting senator"]),
                     {1: 5, 2: 5, 3: 5}, {1: 1, 2: 1, 3: 1})  # fmt: skip
    assert any({0, 3} <= set(m) for m in members)  # the definite one is still Lee's
    assert not any({0, 6} <= set(m) for m in members)


def test_an_indefinite_office_joins_no_named_holder_within_its_story() -> None:
    # as above, but report 3 names no one the others name: only the story (rule 6) puts
    # its "a senator" beside report 2's "the senator", Lee's; it stays apart from him
    rows = _senators(["The senator"])
    rows.append(row(3, 0, "the senator", "the senator", ("senator",), descriptions=["a senator"]))
    members = linked(rows, {1: 5, 2: 5, 3: 5}, {1: 1, 2: 1, 3: 1})
    assert any({0, 3} <= set(m) for m in members)
    assert (6,) in members


def test_an_indefinite_role_of_no_office_still_goes_with_its_group() -> None:
    # one event's "a Republican strategist" beside another report's "the strategist", Jim
    # Lee: not an office of the state, it may be the one another report names
    holder = [row(1, 0, "Jim Lee", "jim lee", ("strategist",)), *_report(1, "x", [])[1:]]
    rows = [*holder, *_report(2, "the strategist", ["The strategist"]),
            *_report(3, "the strategist", ["a Republican strategist"])]  # fmt: skip
    members = linked(rows, {1: 5, 2: 5, 3: 5}, {1: 1, 2: 1, 3: 1})
    assert any({0, 3, 6} <= set(m) for m in members)


def test_an_indefinite_role_still_joins_its_role_group_without_a_holder() -> None:
    # one event's "a gunman" (report 1) and "the gunman" (reports 2 and 3), no one named
    # gunman: one person, as rules 4 and 6 say
    rows = []
    for article, text in ((1, "a masked gunman"), (2, "the gunman"), (3, "The gunman")):
        rows += _report(article, "the gunman", [text])
        rows[-3] = {**rows[-3], "key": "the gunman", "roles": ["gunman"]}
    members = linked(rows, {1: 5, 2: 5, 3: 5}, {1: 1, 2: 1, 3: 1})
    assert (0, 3, 6) in members
