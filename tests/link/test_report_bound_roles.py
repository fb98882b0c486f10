"""A member of a large public written only indefinitely ("a voter", "one Republican") is one
of millions: it joins no other report's actor by its noun alone
(`storyline.link.entities._of_its_report`)."""

from __future__ import annotations

from tests.link.test_corpus import linked, row


def _reports(key: str, role: str, writings: list[str]) -> list[dict]:
    """One report per writing, each naming Ann Tate and Bob Ruiz (one story) and one unnamed
    actor of the role `key` written so."""
    rows: list[dict] = []
    for article, text in enumerate(writings, start=1):
        rows += [
            row(article, 0, key, key, (role,), descriptions=[text]),
            row(article, 1, "Ann Tate", "ann tate"),
            row(article, 2, "Bob Ruiz", "bob ruiz"),
        ]
    return rows


def _joined(rows: list[dict], n: int) -> bool:
    """Are the role actors of the first two reports one entity?"""
    members = linked(rows, dict.fromkeys(range(1, n + 1), 5), dict.fromkeys(range(1, n + 1), 1))
    return any({0, 3} <= set(m) for m in members)


def test_two_reports_indefinite_voters_are_two_people() -> None:
    # "said one Republican involved in the planning" and "a Republican who headed the staff"
    assert not _joined(_reports("the voter", "voter", ["an Iowa voter", "a voter"]), 2)
    republicans = ["a Republican", "one Republican"]
    assert not _joined(_reports("the republican", "republican", republicans), 2)


def test_an_event_participant_written_indefinitely_still_joins() -> None:
    # one event's "a gunman" in two reports is the one gunman of the event
    assert _joined(_reports("the gunman", "gunman", ["a gunman", "a masked gunman"]), 2)


def test_a_definite_voter_of_one_story_still_joins() -> None:
    # "the voter" both reports of one story point back to: nothing new here
    assert _joined(_reports("the voter", "voter", ["the voter", "the voter"]), 2)


def test_a_relation_of_one_story_still_joins() -> None:
    # one story's reports relate "his mother" to the same person (the story's candidate)
    # more often than not: relation nouns keep rule 4
    assert _joined(_reports("the mother", "mother", ["his mother", "an American mother"]), 2)
