"""A surname under a public office that the corpus never gives the longer name's person, who
holds another ("Secretary Clinton" beside "President Bill Clinton"), is not that person
(`storyline.link.entities._other_title`)."""

from __future__ import annotations

from tests.link.test_corpus import linked, row


def _corpus(surname_roles: tuple[str, ...]) -> list[dict]:
    """Report 1 names President Bob Tate and a "Tate" with `surname_roles`; reports 2 and 3
    name Secretary of State Ann Tate; all name Ann Ruiz and Jim Lee (one story)."""
    rows = [row(1, 0, "Bob Tate", "bob tate", ("president",)),
            row(1, 1, "Tate", "tate", surname_roles)]  # fmt: skip
    rows += [row(a, 0, "Ann Tate", "ann tate", ("secretary of state",)) for a in (2, 3)]
    for article in (1, 2, 3):
        rows += [row(article, 5, "Ann Ruiz", "ann ruiz"), row(article, 6, "Jim Lee", "jim lee")]
    return rows


def _together(members: list[tuple], a: int, b: int) -> bool:
    return any({a, b} <= set(m) for m in members)


def test_a_surname_under_another_office_joins_the_holder_of_that_office() -> None:
    members = linked(_corpus(("secretary",)), {1: 5, 2: 5, 3: 5}, {1: 1, 2: 1, 3: 1})
    assert not _together(members, 0, 1)
    assert _together(members, 1, 2)


def test_a_surname_under_the_full_names_office_stays_with_it() -> None:
    members = linked(_corpus(("president",)), {1: 5, 2: 5, 3: 5}, {1: 1, 2: 1, 3: 1})
    assert _together(members, 0, 1)


def test_an_unclear_surname_joins_the_namesake_under_a_title_its_report_names_most() -> None:
    # report 1: "President Bob Tate" once, "Secretary Tate" three times, a bare "Tate"
    # extraction left unclear between them; reports 2 and 3: Secretary of State Ann Tate
    rows = _corpus(("secretary",))
    rows[0]["n_mentions"], rows[1]["n_mentions"] = 1, 3
    rows.append(row(1, 2, "Tate", "tate") | {"ambiguous": True, "n_mentions": 1})
    members = linked(rows, {1: 5, 2: 5, 3: 5}, {1: 1, 2: 1, 3: 1})
    assert _together(members, 1, len(rows) - 1)
    assert not _together(members, 0, len(rows) - 1)


def test_an_unclear_surname_between_two_writings_linking_joined_is_that_person() -> None:
    # report 1: "Sen. Bob Tate", a "Tate" under another office ("President Tate") and a bare
    # "Tate"; reports 2 and 3 call Bob Tate both senator and president: linking joins the
    # two writings of report 1, so the bare "Tate" is clear
    rows = [row(1, 0, "Bob Tate", "bob tate", ("senator",)),
            row(1, 1, "Tate", "tate", ("president",)),
            row(1, 2, "Tate", "tate") | {"ambiguous": True}]  # fmt: skip
    rows += [row(a, 0, "Bob Tate", "bob tate", ("senator", "president")) for a in (2, 3)]
    for article in (1, 2, 3):
        rows += [row(article, 5, "Ann Ruiz", "ann ruiz"), row(article, 6, "Jim Lee", "jim lee")]
    members = linked(rows, {1: 5, 2: 5, 3: 5}, {1: 1, 2: 1, 3: 1})
    assert _together(members, 0, 1)
    assert _together(members, 0, 2)


def test_a_titled_surname_is_no_rival_of_the_full_name_it_shortens() -> None:
    # report 1: "President Bob Tate" twice, "President Tate" once (a later segment of a
    # long report, read apart), his son "Jim Tate" once; reports 2 and 3: Bob Tate and
    # Jim Tate again. "President Tate" is Bob Tate: he alone holds the title of the two,
    # and the name itself is no third person to choose
    rows = [row(1, 0, "Bob Tate", "bob tate", ("president",)) | {"n_mentions": 2},
            row(1, 1, "Tate", "tate", ("president",)),
            row(1, 2, "Jim Tate", "jim tate")]  # fmt: skip
    rows += [row(a, 0, "Bob Tate", "bob tate", ("president",)) for a in (2, 3)]
    rows += [row(a, 2, "Jim Tate", "jim tate") for a in (2, 3)]
    for article in (1, 2, 3):
        rows += [row(article, 5, "Ann Ruiz", "ann ruiz"), row(article, 6, "Jim Lee", "jim lee")]
    members = linked(rows, {1: 5, 2: 5, 3: 5}, {1: 1, 2: 1, 3: 1})
    assert _together(members, 0, 1)
    assert not _together(members, 1, 2)
