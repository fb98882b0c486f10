"""A group of a CAMEO sector standing alone ("the government", "the police") joins no named
organisation of another report (`entities._a_sector_group`), and two countries' groups of one
role are never joined by rule 4 (`entities._two_countries`)."""

from __future__ import annotations

from tests.link.test_corpus import linked, row


def _org(article: int, idx: int, name: str, key: str, country: str | None = None) -> dict:
    found = row(article, idx, name, key) | {"type": "ORGANISATION", "country": country}
    if country:
        found["code"] = f"{country}COP" if key.endswith("police") else f"{country}GOV"
    return found


def _shared(articles: tuple[int, ...]) -> list[dict]:
    """Names every report shares (one story)."""
    return [
        row(article, idx, name, name.lower())
        for article in articles
        for idx, name in ((5, "Ann Ruiz"), (6, "Jim Lee"), (7, "Bob Tate"))
    ]


def _together(members: list[tuple], a: int, b: int) -> bool:
    return any({a, b} <= set(m) for m in members)


def test_the_government_joins_no_other_reports_named_government() -> None:
    rows = [_org(1, 0, "Unity Government", "unity government"),
            _org(2, 0, "the government", "the government")]  # fmt: skip
    rows += _shared((1, 2))
    members = linked(rows, {1: 5, 2: 6}, {1: 1, 2: 1})
    assert not _together(members, 0, 1)


def test_the_church_still_joins_another_reports_named_church() -> None:
    rows = [_org(1, 0, "Wasilla Bible Church", "wasilla bible church"),
            _org(2, 0, "the church", "the church")]  # fmt: skip
    rows += _shared((1, 2))
    members = linked(rows, {1: 5, 2: 6}, {1: 1, 2: 1})
    assert _together(members, 0, 1)


def test_two_countries_police_of_one_story_stay_apart() -> None:
    rows = [_org(1, 0, "the police", "the police", "EGY"),
            _org(2, 0, "the police", "the police", "TUN"),
            _org(3, 0, "the police", "the police", "EGY")]  # fmt: skip
    rows += _shared((1, 2, 3))
    members = linked(rows, {1: 5, 2: 5, 3: 5}, {1: 1, 2: 1, 3: 1})
    assert not _together(members, 0, 1)
    assert _together(members, 0, 2)
